import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsString, Length, Matches, ValidateNested } from 'class-validator';
import type { UnitEntity } from './unit.entity.js';
import { Optional } from '../http/validation.decorators.js';
import { IsUnitRef, UNIT_REF_DESCRIPTION } from '../http/unit-ref.js';

export class UnitSettingsDto {
  @ApiPropertyOptional({ description: 'Nội dung phải được lãnh đạo duyệt trước khi lên lịch' })
  @Optional()
  @IsBoolean()
  requiresApproval?: boolean;

  @ApiPropertyOptional({
    enum: ['ministry', 'calendar'],
    description: 'Kỳ báo cáo: ministry (số liệu từ ngày 15 đến ngày 14, mặc định) hoặc calendar (quý, năm theo lịch)',
  })
  @Optional()
  @IsIn(['ministry', 'calendar'], { message: 'Kỳ báo cáo (reportingWindows) phải là ministry hoặc calendar.' })
  reportingWindows?: 'ministry' | 'calendar';
}

export class CreateUnitDto {
  @ApiPropertyOptional({ description: `Đơn vị cấp trên (${UNIT_REF_DESCRIPTION}); bỏ trống để tạo đơn vị gốc (chỉ quản trị hệ thống)` })
  @Optional()
  @IsUnitRef()
  parentId?: string;

  @ApiProperty({ example: 'UBND xã Hành Đức' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'commune', description: 'Cấp: province, district, commune, ward, town… (không cố định số cấp)' })
  @Matches(/^[a-z][a-z-]{1,31}$/)
  level!: string;

  @ApiPropertyOptional({ example: '16279', description: 'Mã đơn vị hành chính' })
  @Optional()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/)
  code?: string;
}

export class UpdateUnitDto {
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional()
  @Optional()
  @Matches(/^[a-z][a-z-]{1,31}$/)
  level?: string;

  @ApiPropertyOptional({ type: UnitSettingsDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => UnitSettingsDto)
  settings?: UnitSettingsDto;
}

export class UnitView {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String }) parentId!: string | null;
  @ApiProperty({ nullable: true, type: String }) code!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty() level!: string;
  @ApiProperty() depth!: number;
  @ApiProperty({ type: UnitSettingsDto }) settings!: UnitSettingsDto;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;

  static of(u: UnitEntity): UnitView {
    return {
      id: u.id,
      parentId: u.parentId,
      code: u.code,
      name: u.name,
      level: u.level,
      depth: u.depth,
      settings: u.settings ?? {},
      createdAt: u.createdAt.toISOString(),
      updatedAt: u.updatedAt.toISOString(),
    };
  }
}

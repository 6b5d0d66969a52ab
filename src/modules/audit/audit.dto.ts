import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import type { AuditEntryEntity } from './audit-entry.entity.js';
import { Optional } from '../http/validation.decorators.js';

export class AuditQueryDto {
  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

export class AuditEntryView {
  @ApiProperty() id!: number;
  @ApiProperty() at!: string;
  @ApiProperty({ nullable: true, type: String }) actorUserId!: string | null;
  @ApiProperty({ nullable: true, type: String }) actorApiKeyId!: string | null;
  @ApiProperty({
    description: 'Người thực hiện: họ tên (tên đăng nhập), tên khóa API, hoặc "Hệ thống"',
    example: 'Nguyễn Văn A (bientap.hanhduc)',
  })
  actorName!: string;
  @ApiProperty({ nullable: true, type: String }) unitId!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty() entity!: string;
  @ApiProperty({ nullable: true, type: String }) entityId!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'Tên đối tượng: tiêu đề nội dung hoặc kế hoạch, tên đơn vị, tài khoản kênh, khóa API, người dùng; null khi không có tên hoặc đã xóa',
    example: 'Tuyên truyền cải cách hành chính tháng 3',
  })
  entityName!: string | null;
  @ApiProperty({ nullable: true, type: Object }) changes!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String }) requestId!: string | null;

  static of(a: AuditEntryEntity & { actorName: string; entityName: string | null }): AuditEntryView {
    return { ...a, at: a.at.toISOString() };
  }
}

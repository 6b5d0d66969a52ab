import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import type { PlanReading } from '../../domain/plan/plan-reading.types.js';
import type { SyncResult } from '../calendar/calendar-sync.service.js';
import type { PlanVersionEntity } from './plan-version.entity.js';
import type { PlanEntity } from './plan.entity.js';
import { PlanDocumentView } from './plan-document.view.js';
import { IsCalendarDate, Optional } from '../http/validation.decorators.js';
import { IsUnitRef, UNIT_REF_DESCRIPTION } from '../http/unit-ref.js';

export class ImportQueryDto {
  @ApiProperty({ description: `Đơn vị sở hữu kế hoạch: ${UNIT_REF_DESCRIPTION}` })
  @IsUnitRef()
  unitId!: string;

  @ApiPropertyOptional({ description: 'Đã xem bản chuyển mã từ TCVN3/VNI và đồng ý lưu', default: false })
  @Optional()
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  acceptLegacyEncoding?: boolean;

  @ApiPropertyOptional({
    description:
      'Khi đơn vị đã có kế hoạch cùng số, cơ quan ban hành và năm: refuse (mặc định) trả 409 kèm kế hoạch đã có; newVersion nhập văn bản thành phiên bản mới của kế hoạch đó',
    enum: ['refuse', 'newVersion'],
    default: 'refuse',
  })
  @Optional()
  @IsIn(['refuse', 'newVersion'])
  onDuplicate?: 'refuse' | 'newVersion';
}

export class PlanListQueryDto {
  @ApiPropertyOptional({ description: UNIT_REF_DESCRIPTION })
  @Optional()
  @IsUnitRef()
  unitId?: string;
}

export class RowVersionDto {
  @ApiProperty({ description: 'rowVersion của bản đang sửa (chống ghi đè)', type: 'integer', minimum: 1 })
  @IsInt()
  @Min(1)
  rowVersion!: number;
}

/** The same, in a query string (where every value arrives as text). */
export class RowVersionQueryDto {
  @ApiProperty({ description: 'rowVersion của bản đang sửa (chống ghi đè)', type: 'integer', minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  rowVersion!: number;
}

export class ActivateDto extends RowVersionDto {
  @ApiPropertyOptional({
    description:
      'Các điểm cần xem lại đã xem và chấp nhận, nêu tên từng điểm ("3/quota" của nhiệm vụ 3, "number" của kế hoạch); bắt buộc khi kế hoạch còn điểm cần xem lại',
    type: [String],
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  acknowledge?: string[];
}

export class PatchPlanDto extends RowVersionDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: '41/KH-UBND' })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 64)
  number?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 300)
  issuer?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '2024-03-11' })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsCalendarDate()
  issuedOn?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number, example: 2024 })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 1000)
  title?: string | null;

  @ApiPropertyOptional({ nullable: true, enum: ['province', 'district', 'commune'] })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(['province', 'district', 'commune'])
  level?: 'province' | 'district' | 'commune' | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Hành Đức' })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 200)
  place?: string | null;

  @ApiPropertyOptional({ type: [String], enum: ['week', 'month', 'quarter', 'half-year', 'nine-months', 'year'] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(6)
  @IsIn(['week', 'month', 'quarter', 'half-year', 'nine-months', 'year'], { each: true })
  reportingPeriods?: ('week' | 'month' | 'quarter' | 'half-year' | 'nine-months' | 'year')[];

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'Trước ngày 30/11/2025',
    description: 'Thời hạn báo cáo, viết như trong văn bản; null để xóa',
  })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 500)
  reportingDeadlineText?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Kế hoạch cấp trên đã có trong Loa' })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  parentPlanId?: string | null;
}

export class TaskFieldsDto extends RowVersionDto {
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @Length(1, 2000)
  title?: string;

  @ApiPropertyOptional({ type: [String], example: ['web-portal'] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z][a-z-]{1,31}$/, { each: true })
  channels?: string[];

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  products?: string[];

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '03 tin, bài/tháng',
    description: 'Tần suất, viết như trong văn bản; null để xóa',
  })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 500)
  quotaText?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Quý I/2024' })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 500)
  timeframeText?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Trước ngày 30/11/2025' })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 500)
  deadlineText?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  leads?: string[];

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  cooperators?: string[];

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  optional?: boolean;
}

export class NewTaskDto extends TaskFieldsDto {
  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  declare title: string;
}

export class PlanSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ nullable: true, type: String }) parentPlanId!: string | null;
  @ApiProperty({ enum: ['draft', 'active', 'archived'] }) status!: string;
  @ApiProperty() version!: number;
  @ApiProperty() rowVersion!: number;
  @ApiProperty({ nullable: true, type: String }) number!: string | null;
  @ApiProperty({ nullable: true, type: String }) issuedOn!: string | null;
  @ApiProperty({ nullable: true, type: Number }) year!: number | null;
  @ApiProperty() sourceFormat!: string;
  @ApiProperty({ nullable: true, type: String }) sourceName!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ nullable: true, type: String }) activatedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) activatedBy!: string | null;

  static of(p: PlanEntity): PlanSummaryView {
    return {
      id: p.id,
      unitId: p.unitId,
      parentPlanId: p.parentPlanId,
      status: p.status,
      version: p.version,
      rowVersion: p.rowVersion,
      number: p.number,
      issuedOn: p.issuedOn,
      year: p.year,
      sourceFormat: p.sourceFormat,
      sourceName: p.sourceName,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
      activatedAt: p.activatedAt ? p.activatedAt.toISOString() : null,
      activatedBy: p.activatedBy,
    };
  }
}

export class PlanView extends PlanSummaryView {
  @ApiProperty({ description: 'Kế hoạch đã đọc (cùng dạng với `loa plan import --json`)', type: PlanDocumentView })
  document!: PlanReading;

  @ApiProperty({ description: 'Văn bản đã đọc từ tệp (sau khi chuyển mã), để đối chiếu từng dòng với bằng chứng (evidence.line)' })
  sourceText!: string;

  static full(p: PlanEntity): PlanView {
    return { ...PlanSummaryView.of(p), document: p.document, sourceText: p.sourceText };
  }
}

export class ActivationView {
  @ApiProperty({ type: PlanView }) plan!: PlanView;
  @ApiProperty({ type: Object, description: 'Số ô lịch thêm, sửa, giữ, xóa; nội dung bị trả về hàng đợi' })
  calendar!: Omit<SyncResult, 'obligations' | 'notes'> & { obligations: number; notes: SyncResult['notes'] };
}

export class PlanVersionView {
  @ApiProperty() version!: number;
  @ApiProperty() note!: string;
  @ApiProperty({ nullable: true, type: String }) changedBy!: string | null;
  @ApiProperty() changedAt!: string;
  @ApiProperty({ type: PlanDocumentView }) document!: PlanReading;
  static of(v: PlanVersionEntity): PlanVersionView {
    return { version: v.version, note: v.note, changedBy: v.changedBy, changedAt: v.changedAt.toISOString(), document: v.document };
  }
}

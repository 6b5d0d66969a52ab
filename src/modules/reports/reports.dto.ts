import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { Optional } from '../http/validation.decorators.js';

export class FulfilmentQueryDto {
  @ApiProperty({ example: '2024-03', description: 'tháng 2024-03, quý 2024-Q1, 6 tháng 2024-H1, 9 tháng 2024-9M, năm 2024 (kỳ theo lịch)' })
  @IsString()
  @Length(4, 7, { message: 'Kỳ (period) có dạng 2024, 2024-03, 2024-Q1, 2024-H1 hoặc 2024-9M.' })
  period!: string;
}

export class ReportQueryDto {
  @ApiProperty({ example: '2024-Q1', description: 'Kỳ báo cáo: 2024-Q1, 2024-H1, 2024-9M, 2024, 2024-03 (số liệu từ ngày 15 đến ngày 14, hoặc theo lịch nếu đơn vị chọn)' })
  @IsString()
  @Length(4, 7, { message: 'Kỳ báo cáo (period) có dạng 2024, 2024-03, 2024-Q1, 2024-H1 hoặc 2024-9M.' })
  period!: string;

  @ApiPropertyOptional({ enum: ['json', 'xlsx', 'docx'], default: 'json' })
  @Optional()
  @IsIn(['json', 'xlsx', 'docx'], { message: 'Định dạng (format) phải là json, xlsx hoặc docx.' })
  format?: 'json' | 'xlsx' | 'docx';
}

export class FulfilmentRowView {
  @ApiProperty({ nullable: true, type: String }) planId!: string | null;
  @ApiProperty({ nullable: true, type: String }) planNumber!: string | null;
  @ApiProperty({ nullable: true, type: String }) taskId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() channelName!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'null: nhiệm vụ thường xuyên, không có số lượng' }) planned!: number | null;
  @ApiProperty() filled!: number;
  @ApiProperty() approved!: number;
  @ApiProperty({ description: 'Đã đăng, có minh chứng, theo ngày đăng (giờ Việt Nam)' }) published!: number;
  @ApiProperty() late!: number;
  @ApiProperty() missed!: number;
  @ApiProperty() gap!: number;
  @ApiProperty() open!: boolean;
  @ApiProperty({ type: Object }) evidence!: Record<string, unknown>;
}

export class FulfilmentView {
  @ApiProperty({ type: Object }) period!: { label: string; from: string; to: string };
  @ApiProperty({ type: [FulfilmentRowView] }) rows!: FulfilmentRowView[];
}

export class ReportView {
  @ApiProperty({ type: Object, description: '{label, title, scheme, from, to, dueOn, dueSource}' }) period!: Record<string, unknown>;
  @ApiProperty({ type: Object }) unit!: Record<string, unknown>;
  @ApiProperty() generatedAt!: string;
  @ApiProperty() today!: string;
  @ApiProperty({ type: [Object] }) plans!: Record<string, unknown>[];
  @ApiProperty({ type: [FulfilmentRowView] }) rows!: FulfilmentRowView[];
  @ApiProperty({ type: Object }) totals!: Record<string, unknown>;
  @ApiProperty({ type: Object, description: 'Điểm tiêu chí PAR Index: hôm nay, dự kiến cuối kỳ, việc cần làm để đạt tối đa' }) score!: Record<string, unknown>;
  @ApiProperty({ type: Object, nullable: true }) rollup!: Record<string, unknown> | null;
  @ApiProperty({ type: [Object] }) proofs!: Record<string, unknown>[];
}

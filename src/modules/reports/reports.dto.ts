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
  @ApiProperty({
    example: '2024-Q1',
    description: 'Kỳ báo cáo: 2024-Q1, 2024-H1, 2024-9M, 2024, 2024-03 (số liệu từ ngày 15 đến ngày 14, hoặc theo lịch nếu đơn vị chọn)',
  })
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

export class ReportPeriodView {
  @ApiProperty({ example: '2024-Q1' }) label!: string;
  @ApiProperty({ description: 'Tên kỳ bằng tiếng Việt, ví dụ "Quý I năm 2024"' }) title!: string;
  @ApiProperty({ enum: ['ministry', 'calendar'], description: 'ministry: số liệu từ ngày 15 đến ngày 14; calendar: theo lịch' }) scheme!:
    'ministry' | 'calendar';
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ description: 'Hạn nộp báo cáo' }) dueOn!: string;
  @ApiProperty({ enum: ['ministry', 'calendar', 'plan'] }) dueSource!: 'ministry' | 'calendar' | 'plan';
}

export class ReportUnitView {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String }) code!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty() level!: string;
  @ApiProperty({ nullable: true, type: String }) parentName!: string | null;
}

export class ReportPlanView {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String }) number!: string | null;
  @ApiProperty({ nullable: true, type: Number }) year!: number | null;
}

class ScoreCriterionView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() maxPoints!: number;
  @ApiProperty() source!: string;
}

class ScoreVarietyView {
  @ApiProperty() id!: string;
  @ApiProperty() label!: string;
  @ApiProperty() points!: number;
  @ApiProperty() earned!: boolean;
}

class ScoreProjectedView {
  @ApiProperty({ nullable: true, type: Number }) completion!: number | null;
  @ApiProperty() completionPoints!: number;
  @ApiProperty() varietyPoints!: number;
  @ApiProperty() points!: number;
}

class ScoreNeedView {
  @ApiProperty({ enum: ['completion', 'variety'] }) kind!: 'completion' | 'variety';
  @ApiPropertyOptional({ nullable: true, type: String }) planId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) taskId?: string | null;
  @ApiPropertyOptional() channel?: string;
  @ApiPropertyOptional() group?: string;
  @ApiProperty() count!: number;
  @ApiProperty() by!: string;
  @ApiProperty({ description: 'Việc cần làm, bằng tiếng Việt' }) message!: string;
}

export class ScoreProjectionView {
  @ApiProperty({ type: ScoreCriterionView }) criterion!: ScoreCriterionView;
  @ApiProperty({ nullable: true, type: Number, description: 'Tỉ lệ hoàn thành hôm nay (0..1)' }) completion!: number | null;
  @ApiProperty() completionPoints!: number;
  @ApiProperty({ type: [ScoreVarietyView] }) variety!: ScoreVarietyView[];
  @ApiProperty() varietyPoints!: number;
  @ApiProperty() points!: number;
  @ApiProperty({ type: ScoreProjectedView, description: 'Dự kiến cuối kỳ nếu giữ nhịp hiện tại' }) projected!: ScoreProjectedView;
  @ApiProperty({ type: [ScoreNeedView] }) needs!: ScoreNeedView[];
}

export class RollupEntryView {
  @ApiProperty() unitId!: string;
  @ApiProperty({ nullable: true, type: String }) code!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty() level!: string;
  @ApiProperty() depth!: number;
  @ApiProperty({ nullable: true, type: String }) parentId!: string | null;
  @ApiProperty() planned!: number;
  @ApiProperty() published!: number;
  @ApiProperty() dueSoFar!: number;
  @ApiProperty({ nullable: true, type: Number }) completion!: number | null;
  @ApiProperty() behind!: boolean;
  @ApiProperty({ nullable: true, type: Number }) points!: number | null;
  @ApiProperty({ nullable: true, type: Number }) projectedPoints!: number | null;
}

export class RollupView {
  @ApiProperty({ type: [RollupEntryView], description: 'Các đơn vị, đơn vị chậm trước' }) units!: RollupEntryView[];
  @ApiProperty({ type: [String], description: 'Mã các đơn vị chậm tiến độ' }) behind!: string[];
}

export class ReportProofView {
  @ApiProperty({ nullable: true, type: String }) taskId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() channelName!: string;
  @ApiProperty() itemId!: string;
  @ApiProperty() publishedOn!: string;
  @ApiProperty({ nullable: true, type: String }) url!: string | null;
}

export class ReportView {
  @ApiProperty({ type: ReportPeriodView }) period!: ReportPeriodView;
  @ApiProperty({ type: ReportUnitView }) unit!: ReportUnitView;
  @ApiProperty() generatedAt!: string;
  @ApiProperty() today!: string;
  @ApiProperty({ type: [ReportPlanView] }) plans!: ReportPlanView[];
  @ApiProperty({ type: [FulfilmentRowView] }) rows!: FulfilmentRowView[];
  @ApiProperty({ type: Object }) totals!: Record<string, unknown>;
  @ApiProperty({ type: ScoreProjectionView, description: 'Điểm tiêu chí PAR Index: hôm nay, dự kiến cuối kỳ, việc cần làm để đạt tối đa' })
  score!: ScoreProjectionView;
  @ApiProperty({ type: RollupView, nullable: true }) rollup!: RollupView | null;
  @ApiProperty({ type: [ReportProofView], description: 'Đường dẫn minh chứng của mọi lượt đăng được tính' }) proofs!: ReportProofView[];
}

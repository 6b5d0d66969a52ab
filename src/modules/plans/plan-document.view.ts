/**
 * The plan's `document` (what `readPlan` returns, `loa plan import --json`) described for the
 * OpenAPI document, so the web app's types are generated from it like every other answer. Each
 * class implements its domain type (src/domain/plan/plan-reading.types.ts), so the two cannot
 * drift apart: a field added there without its description here does not compile.
 * The phrase readings (quota, timeframe, deadline) follow ../shared/phrases/SCHEMA.md: the fields
 * named here (a later grammar may add fields; they are sent but not described until added here).
 */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Deadline, Quota, Timeframe } from '../../domain/grammar/phrase.types.js';
import type {
  AdministrativeLevel,
  DocumentWrapper,
  EvidenceLine,
  LayoutReport,
  NeedsReview,
  ParentPlanReference,
  PlanReading,
  PlanReporting,
  PlanSource,
  PlanTask,
  TaskField,
  TaskSource,
} from '../../domain/plan/plan-reading.types.js';
import type { ReportingPeriod } from '../../domain/grammar/phrase.types.js';

const TASK_SOURCES: TaskSource[] = ['form', 'table', 'prose', 'sentence', 'mention'];
const PERIODS: ReportingPeriod[] = ['week', 'month', 'quarter', 'half-year', 'nine-months', 'year'];
const PERS = ['day', 'week', 'month', 'quarter', 'year', 'campaign'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const PARTS_OF_DAY = ['morning', 'noon', 'afternoon', 'evening'];
/** A point of a span: an ISO date or date-time, or an object (an event, a yearly day, a day of the month). */
const TIME_POINT = { oneOf: [{ type: 'string' }, { type: 'object', additionalProperties: true }] };

export class EvidenceLineView implements EvidenceLine {
  @ApiProperty({ description: 'Dòng của văn bản (từ 1)' }) line!: number;
  @ApiProperty({ description: 'Nội dung dòng đó' }) text!: string;
}

export class ParentPlanReferenceView implements ParentPlanReference {
  @ApiProperty() number!: string;
  @ApiProperty({ type: String, nullable: true }) issuedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) issuer!: string | null;
  @ApiProperty({ type: EvidenceLineView }) evidence!: EvidenceLine;
}

export class QuotaView implements Quota {
  [extra: string]: unknown;
  @ApiPropertyOptional({ type: Number, nullable: true }) count?: number | null;
  @ApiPropertyOptional() countMin?: number;
  @ApiPropertyOptional() countMax?: number;
  @ApiPropertyOptional() countImplicit?: boolean;
  @ApiPropertyOptional() atLeast?: boolean;
  @ApiPropertyOptional() atMost?: boolean;
  @ApiPropertyOptional() approx?: boolean;
  @ApiPropertyOptional() unit?: string;
  @ApiPropertyOptional() object?: string;
  @ApiPropertyOptional({ enum: PERS, nullable: true }) per?: Quota['per'];
  @ApiPropertyOptional() perEntity?: string;
  @ApiPropertyOptional() perItem?: string;
  @ApiPropertyOptional({ enum: WEEKDAYS }) weekday?: Quota['weekday'];
  @ApiPropertyOptional({ enum: WEEKDAYS, isArray: true }) weekdays?: Quota['weekdays'];
  @ApiPropertyOptional({ type: [String], description: '"HH:MM"' }) timesOfDay?: string[];
  @ApiPropertyOptional({ oneOf: [{ type: 'number' }, { type: 'string', enum: ['last'] }] }) weekOfMonth?: number | 'last';
  @ApiPropertyOptional({ description: 'day of the month, 1–31' }) dayOfMonth?: number;
  @ApiPropertyOptional({ type: [Number], description: 'every day of the month named, when more than one' }) daysOfMonth?: number[];
  @ApiPropertyOptional({ enum: ['lunar'], description: 'the days of the month named are of the lunar month' }) calendar?: 'lunar';
  @ApiPropertyOptional({ enum: PARTS_OF_DAY }) partOfDay?: Quota['partOfDay'];
  @ApiPropertyOptional({ enum: PARTS_OF_DAY, isArray: true }) partsOfDay?: Quota['partsOfDay'];
  @ApiPropertyOptional({ description: '"HH:MM"' }) timeOfDay?: string;
  @ApiPropertyOptional() durationMin?: number;
  @ApiPropertyOptional() durationMax?: number;
  @ApiPropertyOptional() total?: boolean;
  @ApiPropertyOptional() percent?: number;
}

export class TimeframeView implements Timeframe {
  [extra: string]: unknown;
  @ApiPropertyOptional(TIME_POINT) from?: Timeframe['from'];
  @ApiPropertyOptional({ ...TIME_POINT, nullable: true, description: 'null: khoảng thời gian không có điểm cuối' }) to?: Timeframe['to'];
  @ApiPropertyOptional() date?: string;
  @ApiPropertyOptional({ enum: ['yearly', 'continuous', 'monthly', 'weekly', 'daily', 'quarterly'] }) recurring?: Timeframe['recurring'];
  @ApiPropertyOptional() tentative?: boolean;
  @ApiPropertyOptional({ oneOf: [{ type: 'boolean' }, { type: 'string' }] }) fuzzy?: boolean | string;
  @ApiPropertyOptional() horizon?: string;
  @ApiPropertyOptional() unresolved?: boolean;
  @ApiPropertyOptional() yearInferred?: boolean;
}

export class WithinEventView {
  @ApiProperty() event!: string;
}

export class WithinView {
  @ApiPropertyOptional() days?: number;
  @ApiPropertyOptional() weeks?: number;
  @ApiPropertyOptional() months?: number;
  @ApiPropertyOptional() years?: number;
  @ApiPropertyOptional({ enum: [true], type: Boolean, description: '"ngày làm việc": số ngày là ngày làm việc' }) workingDays?: true;
  @ApiPropertyOptional() hours?: number;
  @ApiPropertyOptional({ description: '"chậm nhất 30 phút kể từ khi …": số phút' }) minutes?: number;
  @ApiPropertyOptional({ description: '"trong vòng 5-7 ngày": số ngày ít nhất của khoảng' }) daysMin?: number;
  @ApiPropertyOptional({ description: '"trong vòng 5-7 ngày": số ngày nhiều nhất của khoảng' }) daysMax?: number;
  @ApiPropertyOptional() weeksMin?: number;
  @ApiPropertyOptional() weeksMax?: number;
  @ApiPropertyOptional() monthsMin?: number;
  @ApiPropertyOptional() monthsMax?: number;
  @ApiPropertyOptional() yearsMin?: number;
  @ApiPropertyOptional() yearsMax?: number;
  @ApiPropertyOptional({ description: '"trong vòng 24-48 giờ": số giờ ít nhất của khoảng' }) hoursMin?: number;
  @ApiPropertyOptional({ description: '"trong vòng 24-48 giờ": số giờ nhiều nhất của khoảng' }) hoursMax?: number;
  @ApiPropertyOptional({ enum: [true], type: Boolean, description: '"giờ làm việc": số giờ là giờ làm việc' }) workingHours?: true;
  @ApiPropertyOptional({ type: WithinEventView, description: 'Mốc tính; không có khi văn bản để ngầm ("trong vòng 24 giờ")' }) after?: {
    event: string;
  };
}

export class DeadlineView implements Deadline {
  [extra: string]: unknown;
  @ApiPropertyOptional(TIME_POINT) before?: Deadline['before'];
  @ApiPropertyOptional(TIME_POINT) onOrBefore?: Deadline['onOrBefore'];
  @ApiPropertyOptional({ type: WithinView }) within?: Deadline['within'];
  @ApiPropertyOptional() afterKnownDate?: string;
  @ApiPropertyOptional({ enum: ['yearly'] }) recurring?: 'yearly';
}

/** For each field of a task that was read: the line it came from (one property per TaskField). */
export class TaskEvidenceView implements Partial<Record<TaskField, EvidenceLine>> {
  @ApiPropertyOptional({ type: EvidenceLineView }) title?: EvidenceLine;
  @ApiPropertyOptional({ type: EvidenceLineView }) channels?: EvidenceLine;
  @ApiPropertyOptional({ type: EvidenceLineView }) products?: EvidenceLine;
  @ApiPropertyOptional({ type: EvidenceLineView }) quota?: EvidenceLine;
  @ApiPropertyOptional({ type: EvidenceLineView }) timeframe?: EvidenceLine;
  @ApiPropertyOptional({ type: EvidenceLineView }) deadline?: EvidenceLine;
  @ApiPropertyOptional({ type: EvidenceLineView }) leads?: EvidenceLine;
  @ApiPropertyOptional({ type: EvidenceLineView }) cooperators?: EvidenceLine;
  @ApiPropertyOptional({ type: EvidenceLineView }) optional?: EvidenceLine;
}

export class PlanTaskView implements PlanTask {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [String], description: 'Kênh (mã trong config/channels/vocabulary.json)' }) channels!: string[];
  @ApiProperty({ type: [String] }) products!: string[];
  @ApiProperty({ type: QuotaView, nullable: true, description: 'Định mức đã đọc (shared/phrases/SCHEMA.md)' }) quota!: Quota | null;
  @ApiProperty({ type: TimeframeView, nullable: true }) timeframe!: Timeframe | null;
  @ApiProperty({ type: DeadlineView, nullable: true }) deadline!: Deadline | null;
  @ApiProperty({ type: [String] }) leads!: string[];
  @ApiProperty({ type: [String] }) cooperators!: string[];
  @ApiProperty() optional!: boolean;
  @ApiProperty({ type: TaskEvidenceView }) evidence!: PlanTask['evidence'];
  @ApiProperty({ enum: TASK_SOURCES }) source!: TaskSource;
}

export class NeedsReviewView implements NeedsReview {
  @ApiPropertyOptional() taskId?: string;
  @ApiProperty({ description: 'Trường cần xem lại' }) field!: string;
  @ApiProperty({ description: 'Lý do (tiếng Việt)' }) reason!: string;
  @ApiPropertyOptional({ type: EvidenceLineView }) evidence?: EvidenceLine;
}

export class PlanReportingView implements PlanReporting {
  @ApiProperty({ enum: PERIODS, isArray: true }) periods!: ReportingPeriod[];
  @ApiProperty({ type: DeadlineView, nullable: true }) deadline!: Deadline | null;
  @ApiProperty({ type: [EvidenceLineView] }) evidence!: EvidenceLine[];
}

export class LayoutReportView implements LayoutReport {
  @ApiProperty({ enum: TASK_SOURCES }) layout!: TaskSource;
  @ApiProperty() tasks!: number;
  @ApiProperty() confidence!: number;
  @ApiProperty() used!: boolean;
}

export class PlanSourceView implements PlanSource {
  @ApiProperty({ enum: TASK_SOURCES, nullable: true }) layout!: TaskSource | null;
  @ApiProperty({ enum: ['plan', 'decision', 'news'] }) wrapper!: DocumentWrapper;
  @ApiProperty({ type: [LayoutReportView] }) layouts!: LayoutReport[];
}

export class PlanEvidenceView implements Partial<Record<keyof PlanReading['evidence'], EvidenceLine>> {
  @ApiPropertyOptional({ type: EvidenceLineView }) issuer?: EvidenceLine;
  @ApiPropertyOptional({ type: EvidenceLineView }) level?: EvidenceLine;
  @ApiPropertyOptional({ type: EvidenceLineView }) number?: EvidenceLine;
  @ApiPropertyOptional({ type: EvidenceLineView }) issuedOn?: EvidenceLine;
  @ApiPropertyOptional({ type: EvidenceLineView }) place?: EvidenceLine;
  @ApiPropertyOptional({ type: EvidenceLineView }) title?: EvidenceLine;
  @ApiPropertyOptional({ type: EvidenceLineView }) year?: EvidenceLine;
}

export class PlanDocumentView implements PlanReading {
  @ApiProperty({ type: String, nullable: true }) issuer!: string | null;
  @ApiProperty({ enum: ['province', 'district', 'commune'], nullable: true }) level!: AdministrativeLevel | null;
  @ApiProperty({ type: String, nullable: true }) number!: string | null;
  @ApiProperty({ type: String, nullable: true }) issuedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) place!: string | null;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: Number, nullable: true }) year!: number | null;
  @ApiProperty({ type: [ParentPlanReferenceView] }) implements!: ParentPlanReference[];
  @ApiProperty({ type: [String], description: 'Mọi kênh, hoạt động kế hoạch nêu, theo thứ tự của bộ từ vựng' }) channels!: string[];
  @ApiProperty({ type: [String], description: 'Kênh chỉ nêu kèm "nếu có"' }) optionalChannels!: string[];
  @ApiProperty({ type: [PlanTaskView] }) tasks!: PlanTask[];
  @ApiProperty({ type: PlanReportingView }) reporting!: PlanReporting;
  @ApiProperty({ type: [NeedsReviewView], description: 'Những chỗ cần người xem lại' }) needsReview!: NeedsReview[];
  @ApiPropertyOptional({ type: PlanSourceView, description: 'Bố cục đã đọc (không có ở kế hoạch đọc trước vòng 9)' }) source?: PlanSource;
  @ApiProperty({ type: PlanEvidenceView }) evidence!: PlanReading['evidence'];
}

import { Body, Controller, Get, Header, Param, Post, Query } from '@nestjs/common';
import { UnitRefPipe } from '../http/unit-ref.pipe.js';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { DomainError } from '../../domain/errors/domain-error.js';
import { AllowApiKey, CurrentActor, Public } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { CalendarService, type ChannelSlots } from './calendar.service.js';
import { IsCalendarDate, Optional } from '../http/validation.decorators.js';

export class CalendarQueryDto {
  @ApiProperty({ example: '2024-03-01', format: 'date' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2024-03-31', format: 'date' })
  @IsCalendarDate()
  to!: string;

  @ApiPropertyOptional({ example: 'web-portal' })
  @Optional()
  @Matches(/^[a-z][a-z-]{1,31}$/)
  channel?: string;
}

export class FeedRequestDto {
  @ApiPropertyOptional({ description: 'Chỉ một kênh; bỏ trống để lấy mọi kênh' })
  @Optional()
  @Matches(/^[a-z][a-z-]{1,31}$/)
  channel?: string;
}

export class SlotView {
  @ApiProperty() id!: string;
  @ApiProperty() planId!: string;
  @ApiProperty() slotKey!: string;
  @ApiProperty() taskId!: string;
  @ApiProperty() channel!: string;
  @ApiProperty({ description: 'Kỳ của ô (tháng, quý…)' }) period!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ example: '07:00' }) time!: string;
  @ApiProperty({ format: 'date', description: 'Hạn hoàn thành sản phẩm' }) due!: string;
  @ApiProperty({ nullable: true, type: Number }) durationMin!: number | null;
  @ApiProperty({ nullable: true, type: Number }) durationMax!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'Ngày gốc khi ô bị dời vì ngày nghỉ' }) movedFrom!: string | null;
  @ApiProperty({ nullable: true, type: String }) itemId!: string | null;
  @ApiProperty({ enum: ['open', 'filled'] }) state!: 'open' | 'filled';
}

export class ChannelSlotsView {
  @ApiProperty() channel!: string;
  @ApiProperty({ type: [SlotView] }) slots!: SlotView[];
}

export class CalendarView {
  @ApiProperty() unitId!: string;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: [ChannelSlotsView] }) channels!: ChannelSlotsView[];
}

export class CalendarRuleView {
  @ApiProperty() planId!: string;
  @ApiProperty() taskId!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ nullable: true, type: String, description: 'DTSTART/RRULE/EXDATE/RDATE theo RFC 5545' }) rrule!: string | null;
  @ApiProperty({ type: Object, nullable: true }) detail!: unknown;
}

@ApiTags('calendar')
@ApiBearerAuth()
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('api/units/:id/calendar')
  @AllowApiKey('read', 'calendar-feed')
  @ApiOperation({ summary: 'Lịch của đơn vị: các ô theo kênh trong khoảng ngày (trống hoặc đã có nội dung)' })
  @ApiOkResponse({ type: CalendarView })
  async slots(
    @CurrentActor() actor: Actor,
    @Param('id', UnitRefPipe) id: string,
    @Query() q: CalendarQueryDto,
  ): Promise<{ unitId: string; from: string; to: string; channels: ChannelSlots[] }> {
    return { unitId: id, from: q.from, to: q.to, channels: await this.calendar.slots(actor, id, q.from, q.to, q.channel) };
  }

  @Get('api/units/:id/calendar/rules')
  @AllowApiKey('read', 'calendar-feed')
  @ApiOperation({ summary: 'Các quy tắc lặp (RRULE) sinh ra lịch của đơn vị' })
  @ApiOkResponse({ type: CalendarRuleView, isArray: true })
  async rules(@CurrentActor() actor: Actor, @Param('id', UnitRefPipe) id: string) {
    return (await this.calendar.rules(actor, id)).map((r) => ({
      planId: r.planId,
      taskId: r.taskId,
      channel: r.channel,
      kind: r.kind,
      rrule: r.rrule,
      detail: r.detail,
    }));
  }

  @Post('api/units/:id/calendar/feeds')
  @ApiOperation({ summary: 'Tạo địa chỉ iCalendar bí mật cho lịch (địa chỉ cũ bị thu hồi)' })
  @ApiCreatedResponse({
    schema: { type: 'object', required: ['url'], properties: { url: { type: 'string', description: 'Địa chỉ .ics bí mật' } } },
  })
  async createFeed(
    @CurrentActor() actor: Actor,
    @Param('id', UnitRefPipe) id: string,
    @Body() dto: FeedRequestDto,
  ): Promise<{ url: string }> {
    const { url } = await this.calendar.createFeed(actor, id, dto.channel ?? null);
    return { url };
  }

  /** The secret URL itself is the credential (calendar clients cannot send headers). */
  @Get('api/calendar-feeds/:file')
  @Public()
  @Header('content-type', 'text/calendar; charset=utf-8')
  @ApiOperation({ summary: 'Lịch dạng iCalendar theo địa chỉ bí mật' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'Tệp iCalendar (RFC 5545)', content: { 'text/calendar': { schema: { type: 'string' } } } })
  async feed(@Param('file') file: string): Promise<string> {
    const m = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(file);
    if (!m) throw new DomainError('NOT_FOUND', 'Không tìm thấy lịch.', { entity: 'calendar-feed' });
    return this.calendar.feed(m[1]);
  }
}

import { Body, Controller, Get, Header, Param, Post, Query } from '@nestjs/common';
import { UuidPipe } from '../http/uuid.pipe.js';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
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

@ApiTags('calendar')
@ApiBearerAuth()
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('api/units/:id/calendar')
  @AllowApiKey('read', 'calendar-feed')
  async slots(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Query() q: CalendarQueryDto): Promise<{ unitId: string; from: string; to: string; channels: ChannelSlots[] }> {
    return { unitId: id, from: q.from, to: q.to, channels: await this.calendar.slots(actor, id, q.from, q.to, q.channel) };
  }

  @Get('api/units/:id/calendar/rules')
  @AllowApiKey('read', 'calendar-feed')
  async rules(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string) {
    return (await this.calendar.rules(actor, id)).map((r) => ({ planId: r.planId, taskId: r.taskId, channel: r.channel, kind: r.kind, rrule: r.rrule, detail: r.detail }));
  }

  @Post('api/units/:id/calendar/feeds')
  async createFeed(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() dto: FeedRequestDto): Promise<{ url: string }> {
    const { url } = await this.calendar.createFeed(actor, id, dto.channel ?? null);
    return { url };
  }

  /** The secret URL itself is the credential (calendar clients cannot send headers). */
  @Get('api/calendar-feeds/:file')
  @Public()
  @Header('content-type', 'text/calendar; charset=utf-8')
  async feed(@Param('file') file: string): Promise<string> {
    const m = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(file);
    if (!m) throw new DomainError('NOT_FOUND', 'Không tìm thấy lịch.', { entity: 'calendar-feed' });
    return this.calendar.feed(m[1]);
  }
}

import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { DeliveriesQueryDto, DeliveryView, PreferencesDto, PreferenceView } from './reminders.dto.js';
import { RemindersService } from './reminders.service.js';

@ApiTags('reminders')
@ApiBearerAuth()
@Controller()
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Get('api/me/reminder-preferences')
  @ApiOperation({ summary: 'Các loại nhắc việc qua thư điện tử và lựa chọn của tôi' })
  @ApiOkResponse({ type: PreferenceView, isArray: true })
  preferences(@CurrentActor() actor: Actor): Promise<PreferenceView[]> {
    return this.reminders.preferences(actor);
  }

  @Put('api/me/reminder-preferences')
  @ApiOperation({ summary: 'Bật, tắt từng loại nhắc việc' })
  @ApiOkResponse({ type: PreferenceView, isArray: true })
  setPreferences(@CurrentActor() actor: Actor, @Body() dto: PreferencesDto): Promise<PreferenceView[]> {
    return this.reminders.setPreferences(actor, dto.preferences);
  }

  @Get('api/reminders/deliveries')
  @ApiOperation({ summary: 'Hàng đợi thư nhắc việc (quản trị hệ thống): thư chờ gửi, đã gửi, gửi lỗi' })
  @ApiOkResponse({ type: DeliveryView, isArray: true })
  async deliveries(@CurrentActor() actor: Actor, @Query() q: DeliveriesQueryDto): Promise<DeliveryView[]> {
    return (await this.reminders.deliveries(actor, q.status ?? null)).map((d) => ({
      id: d.id,
      key: d.key,
      rule: d.rule,
      email: d.email,
      subject: d.subject,
      status: d.status,
      attempts: Number(d.attempts),
      lastError: d.lastError,
      createdAt: d.createdAt,
      sentAt: d.sentAt,
    }));
  }
}

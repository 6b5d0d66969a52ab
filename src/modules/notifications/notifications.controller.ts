import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { notFound } from '../access/access-policy.js';
import { CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { NotificationsService } from './notifications.service.js';

/** The caller's own notifications (an item moved or released by a calendar change, sent for approval, approved, rejected…). */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  list(@CurrentActor() actor: Actor): Promise<{ id: string; kind: string; message: string; data: Record<string, unknown> | null; createdAt: string; read: boolean }[]> {
    return this.notifications.list(actor.principal.userId ?? '');
  }

  @Post(':id/read')
  @HttpCode(204)
  async read(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    if (!(await this.notifications.markRead(actor.principal.userId ?? '', id))) throw notFound('notification', id);
  }
}

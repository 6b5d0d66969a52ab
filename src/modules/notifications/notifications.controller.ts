import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { notFound } from '../access/access-policy.js';
import { CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { UuidPipe } from '../http/uuid.pipe.js';
import { NotificationsService } from './notifications.service.js';

export class NotificationView {
  @ApiProperty() id!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ description: 'Nội dung thông báo bằng tiếng Việt' }) message!: string;
  @ApiProperty({ type: Object, nullable: true }) data!: Record<string, unknown> | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() read!: boolean;
}

/** The caller's own notifications (an item moved or released by a calendar change, sent for approval, approved, rejected…). */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'Thông báo của người dùng đang đăng nhập' })
  @ApiOkResponse({ type: NotificationView, isArray: true })
  list(@CurrentActor() actor: Actor): Promise<NotificationView[]> {
    return this.notifications.list(actor.principal.userId ?? '');
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đánh dấu một thông báo đã đọc' })
  @ApiNoContentResponse({ description: 'Đã đánh dấu' })
  async read(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    if (!(await this.notifications.markRead(actor.principal.userId ?? '', id))) throw notFound('notification', id);
  }
}

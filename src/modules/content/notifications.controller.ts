import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { UuidPipe } from '../http/uuid.pipe.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiProperty, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsNull, type DataSource } from 'typeorm';
import { notFound } from '../access/access-policy.js';
import { CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { Clock } from '../common/clock.js';
import { NotificationEntity } from './notification.entity.js';

export class NotificationView {
  @ApiProperty() id!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ description: 'Nội dung thông báo bằng tiếng Việt' }) message!: string;
  @ApiProperty({ type: Object, nullable: true }) data!: Record<string, unknown> | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() read!: boolean;
}

/** The caller's own notifications (an item moved or released by a calendar change…). */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/notifications')
export class NotificationsController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Thông báo của người dùng đang đăng nhập' })
  @ApiOkResponse({ type: NotificationView, isArray: true })
  async list(@CurrentActor() actor: Actor): Promise<{ id: string; kind: string; message: string; data: Record<string, unknown> | null; createdAt: string; read: boolean }[]> {
    const rows = await this.db.getRepository(NotificationEntity).find({ where: { userId: actor.principal.userId ?? '' }, order: { createdAt: 'DESC' }, take: 200 });
    return rows.map((n) => ({ id: n.id, kind: n.kind, message: n.message, data: n.data, createdAt: n.createdAt.toISOString(), read: n.readAt !== null }));
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đánh dấu một thông báo đã đọc' })
  @ApiNoContentResponse({ description: 'Đã đánh dấu' })
  async read(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    const r = await this.db.getRepository(NotificationEntity).update({ id, userId: actor.principal.userId ?? '', readAt: IsNull() }, { readAt: this.clock.now() });
    if (r.affected !== 1 && !(await this.db.getRepository(NotificationEntity).existsBy({ id, userId: actor.principal.userId ?? '' }))) throw notFound('notification', id);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { UuidPipe } from '../http/uuid.pipe.js';
import { Optional } from '../http/validation.decorators.js';
import { OutgoingWebhooks, type WebhookAttemptRow, type WebhookDeliveryRow, type WebhookEndpointRow } from './outgoing-webhooks.service.js';

export class CreateWebhookDto {
  @ApiProperty({ description: 'Địa chỉ nhận (http:// hoặc https://); Loa gửi POST JSON có chữ ký', maxLength: 2000 })
  @IsString()
  @Length(8, 2000)
  url!: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Ghi chú: hệ thống nào nhận' })
  @Optional()
  @IsString()
  @Length(0, 200)
  description?: string;
}

export class WebhookEndpointView {
  @ApiProperty() id!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ type: [String], description: 'Sự kiện được gửi' }) events!: string[];
  @ApiProperty() secretRotatedAt!: string;
  @ApiProperty() createdAt!: string;

  static of(e: WebhookEndpointRow): WebhookEndpointView {
    return {
      id: e.id,
      unitId: e.unitId,
      url: e.url,
      description: e.description,
      events: ['publication.published', 'publication.failed', 'publication.needs-reauth'],
      secretRotatedAt: e.secretRotatedAt,
      createdAt: e.createdAt,
    };
  }
}

export class WebhookSecretView {
  @ApiProperty({ type: WebhookEndpointView }) endpoint!: WebhookEndpointView;
  @ApiProperty({ description: 'Khóa ký HMAC-SHA256: chỉ hiện một lần, hãy lưu lại ngay' }) secret!: string;
}

export class WebhookAttemptView {
  @ApiProperty() attempt!: number;
  @ApiProperty() at!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Mã HTTP nơi nhận trả lời' }) status!: number | null;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty() durationMs!: number;

  static of(a: WebhookAttemptRow): WebhookAttemptView {
    return { attempt: a.attempt, at: a.at, status: a.status, error: a.error, durationMs: a.durationMs };
  }
}

export class WebhookDeliveryView {
  @ApiProperty({ description: 'Cũng là tiêu đề X-Loa-Delivery' }) id!: string;
  @ApiProperty() eventType!: string;
  @ApiProperty() publicationId!: string;
  @ApiProperty({ enum: ['pending', 'sending', 'delivered', 'failed'] }) state!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true, type: String }) nextAttemptAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) lastStatus!: number | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) deliveredAt!: string | null;
  @ApiProperty({ type: [WebhookAttemptView] }) attemptLog!: WebhookAttemptView[];

  static of(d: WebhookDeliveryRow & { attemptLog: WebhookAttemptRow[] }): WebhookDeliveryView {
    return {
      id: d.id,
      eventType: d.eventType,
      publicationId: d.publicationId,
      state: d.state,
      attempts: d.attempts,
      nextAttemptAt: d.nextAttemptAt,
      lastStatus: d.lastStatus,
      lastError: d.lastError,
      createdAt: d.createdAt,
      deliveredAt: d.deliveredAt,
      attemptLog: d.attemptLog.map(WebhookAttemptView.of),
    };
  }
}

@ApiTags('dispatch')
@ApiBearerAuth()
@Controller('api/units/:id/webhooks')
export class OutgoingWebhooksController {
  constructor(private readonly webhooks: OutgoingWebhooks) {}

  @Get()
  @ApiOperation({ summary: 'Các địa chỉ nhận webhook của đơn vị (không kèm khóa ký)' })
  @ApiOkResponse({ type: WebhookEndpointView, isArray: true })
  async list(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<WebhookEndpointView[]> {
    return (await this.webhooks.list(actor, id)).map(WebhookEndpointView.of);
  }

  @Post()
  @ApiOperation({ summary: 'Đăng ký địa chỉ nhận webhook khi nội dung được đăng, gửi lỗi hoặc cần kết nối lại; khóa ký chỉ hiện một lần' })
  @ApiCreatedResponse({ type: WebhookSecretView })
  async create(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() dto: CreateWebhookDto): Promise<WebhookSecretView> {
    const { endpoint, secret } = await this.webhooks.create(actor, id, dto);
    return { endpoint: WebhookEndpointView.of(endpoint), secret };
  }

  @Post(':webhookId/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đổi khóa ký: khóa mới chỉ hiện một lần; khóa cũ vẫn ký kèm thêm 24 giờ' })
  @ApiOkResponse({ type: WebhookSecretView })
  async rotate(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('webhookId', UuidPipe) webhookId: string,
  ): Promise<WebhookSecretView> {
    const { endpoint, secret } = await this.webhooks.rotate(actor, id, webhookId);
    return { endpoint: WebhookEndpointView.of(endpoint), secret };
  }

  @Delete(':webhookId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Xóa địa chỉ nhận webhook (các lần gửi đã có vẫn được giữ)' })
  @ApiNoContentResponse({ description: 'Đã xóa.' })
  async remove(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('webhookId', UuidPipe) webhookId: string,
  ): Promise<void> {
    await this.webhooks.remove(actor, id, webhookId);
  }

  @Get(':webhookId/deliveries')
  @ApiOperation({ summary: 'Các lần gửi webhook gần nhất tới địa chỉ này, kèm từng lần thử' })
  @ApiOkResponse({ type: WebhookDeliveryView, isArray: true })
  async deliveries(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('webhookId', UuidPipe) webhookId: string,
  ): Promise<WebhookDeliveryView[]> {
    return (await this.webhooks.deliveries(actor, id, webhookId)).map(WebhookDeliveryView.of);
  }
}

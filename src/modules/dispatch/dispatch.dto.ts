import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDate, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { publicationStates, type PublicationState } from '../../domain/dispatch/publication-state.js';
import type { ChannelAccountEntity } from './channel-account.entity.js';
import type { PublicationLogEntity } from './publication-log.entity.js';
import type { PublicationEntity } from './publication.entity.js';
import { IsUnitRef, UNIT_REF_DESCRIPTION } from '../http/unit-ref.js';

export class CreateChannelAccountDto {
  @ApiProperty({ description: 'Mã kênh trong danh mục, ví dụ web-portal, zalo-oa' })
  @IsString()
  @Length(1, 32)
  channel!: string;

  @ApiProperty({
    description: 'Loại bộ chuyển kênh (wordpress, webhook, zalo-oa, manual…) hoặc "pull" khi một hệ thống bên ngoài nhận việc qua API',
  })
  @IsString()
  @Length(1, 32)
  kind!: string;

  @ApiProperty({ maxLength: 100 })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiPropertyOptional({ description: 'Thiết lập không bí mật (địa chỉ, danh sách nhận thư…)', type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  settings?: Record<string, unknown>;

  @ApiPropertyOptional({
    description: 'Thông tin đăng nhập: chỉ ghi, được mã hóa khi lưu, không bao giờ trả lại',
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  @IsOptional()
  @IsObject()
  credentials?: Record<string, string>;
}

export class UpdateChannelAccountDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  settings?: Record<string, unknown>;

  @ApiPropertyOptional({
    description: 'Thông tin đăng nhập mới, thay toàn bộ thông tin cũ',
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  @IsOptional()
  @IsObject()
  credentials?: Record<string, string>;
}

export class ChannelAccountView {
  @ApiProperty() id!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) settings!: Record<string, unknown>;
  @ApiProperty({ type: [String], description: 'Tên các trường đăng nhập đã lưu (không có giá trị)' }) credentialKeys!: string[];
  @ApiProperty({ enum: ['active', 'needs-reauth'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) statusReason!: string | null;
  @ApiProperty() updatedAt!: string;

  static of(a: ChannelAccountEntity): ChannelAccountView {
    return {
      id: a.id,
      unitId: a.unitId,
      channel: a.channel,
      kind: a.kind,
      name: a.name,
      settings: a.settings,
      credentialKeys: a.credentialKeys,
      status: a.status,
      statusReason: a.statusReason,
      updatedAt: a.updatedAt.toISOString(),
    };
  }
}

export class CredentialFieldView {
  @ApiProperty() key!: string;
  @ApiProperty({ description: 'Nhãn tiếng Việt' }) label!: string;
  @ApiProperty({ enum: ['secret', 'text', 'url'] }) kind!: 'secret' | 'text' | 'url';
  @ApiProperty() required!: boolean;
}

export class ChannelAccountKindView {
  @ApiProperty({ description: 'Mã kênh trong danh mục' }) channel!: string;
  @ApiProperty({ description: 'Loại tài khoản (wordpress, webhook, zalo-oa, manual…, pull)' }) kind!: string;
  @ApiProperty({ enum: ['api', 'handover', 'manual', 'pull'] }) mode!: 'api' | 'handover' | 'manual' | 'pull';
  @ApiProperty({ type: [CredentialFieldView], description: 'Thông tin đăng nhập cần nhập (chỉ ghi)' }) credentials!: CredentialFieldView[];
}

export class ConnectionTestView {
  @ApiProperty() ok!: boolean;
  @ApiProperty() outcome!: string;
  @ApiProperty() message!: string;
}

export class PublicationQueryDto {
  @ApiPropertyOptional({ description: UNIT_REF_DESCRIPTION })
  @IsOptional()
  @IsUnitRef()
  unitId?: string;

  @ApiPropertyOptional({ enum: publicationStates })
  @IsOptional()
  @IsIn(publicationStates as unknown as string[])
  state?: PublicationState;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 32)
  channel?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  itemId?: string;
}

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

export class PublicationView {
  @ApiProperty() id!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty() itemId!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() accountId!: string;
  @ApiProperty({ nullable: true, type: String }) slotId!: string | null;
  @ApiProperty({ enum: ['push', 'pull'] }) delivery!: string;
  @ApiProperty({ enum: publicationStates }) state!: string;
  @ApiProperty() idempotencyKey!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty() dueAt!: string;
  @ApiProperty({ nullable: true, type: String }) nextAttemptAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) remoteId!: string | null;
  @ApiProperty({ nullable: true, type: String }) url!: string | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty() updatedAt!: string;

  static of(
    p:
      | PublicationEntity
      | (Omit<PublicationEntity, 'dueAt' | 'nextAttemptAt' | 'updatedAt' | 'createdAt' | 'leaseUntil'> & {
          dueAt: string;
          nextAttemptAt: string | null;
          updatedAt?: string;
        }),
  ): PublicationView {
    return {
      id: p.id,
      unitId: p.unitId,
      itemId: p.itemId,
      channel: p.channel,
      accountId: p.accountId,
      slotId: p.slotId,
      delivery: p.delivery,
      state: p.state,
      idempotencyKey: p.idempotencyKey,
      attempts: Number(p.attempts),
      dueAt: iso(p.dueAt as Date) as string,
      nextAttemptAt: iso(p.nextAttemptAt as Date | null),
      remoteId: p.remoteId,
      url: p.url,
      lastError: p.lastError,
      updatedAt: iso((p.updatedAt ?? new Date()) as Date) as string,
    };
  }
}

export class PublicationLogView {
  @ApiProperty() attempt!: number;
  @ApiProperty() event!: string;
  @ApiProperty({ nullable: true, type: String }) outcome!: string | null;
  @ApiProperty() state!: string;
  @ApiProperty({ nullable: true, type: Object }) request!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: Object }) answer!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String }) remoteId!: string | null;
  @ApiProperty({ nullable: true, type: String }) url!: string | null;
  @ApiProperty() at!: string;

  static of(l: PublicationLogEntity): PublicationLogView {
    return {
      attempt: l.attempt,
      event: l.event,
      outcome: l.outcome,
      state: l.state,
      request: l.request,
      answer: l.answer,
      remoteId: l.remoteId,
      url: l.url,
      at: l.at.toISOString(),
    };
  }
}

export class PublicationDetailView {
  @ApiProperty({ type: PublicationView }) publication!: PublicationView;
  @ApiProperty({ type: [PublicationLogView] }) log!: PublicationLogView[];
}

export class ClaimDto {
  @ApiPropertyOptional({ type: [String], description: 'Chỉ nhận việc của các kênh này' })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(20)
  channels?: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 10 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({
    minimum: 10,
    maximum: 3600,
    default: 300,
    description: 'Thời hạn giữ việc (giây); quá hạn mà chưa xác nhận thì phát hành thành "chưa xác nhận"',
  })
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(3600)
  leaseSeconds?: number;
}

export class ClaimedItemView {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional() summary?: string;
  @ApiProperty() body!: string;
  @ApiPropertyOptional() author?: string;
}

export class ClaimedPublicationView {
  @ApiProperty({ type: PublicationView }) publication!: PublicationView;
  @ApiProperty() claimToken!: string;
  @ApiProperty({ description: 'Trước khi gửi lại, hãy tra cứu trên kênh bằng idempotencyKey: lần gửi trước có thể đã đăng' })
  lookupFirst!: boolean;
  @ApiProperty({ type: ClaimedItemView }) item!: ClaimedItemView;
  @ApiProperty() settings!: Record<string, unknown>;
}

export class ConfirmDto {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  claimToken!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  remoteId!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2048)
  url?: string;

  @ApiPropertyOptional({ description: 'Thời điểm nội dung xuất hiện trên kênh (ISO-8601)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  publishedAt?: Date;
}

export class FailDto {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  claimToken!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  reason!: string;

  @ApiPropertyOptional({ description: 'Không có gì đến được kênh: thử lại sau' })
  @IsOptional()
  @IsBoolean()
  retryable?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86_400)
  retryAfterSeconds?: number;

  @ApiPropertyOptional({ description: 'Không biết đã đăng hay chưa (mất kết nối sau khi gửi): sẽ tra cứu trước khi gửi lại' })
  @IsOptional()
  @IsBoolean()
  unconfirmed?: boolean;
}

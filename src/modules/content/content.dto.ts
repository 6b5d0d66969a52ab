import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { type ItemAction, itemActions, itemStatuses, type ItemStatus } from '../../domain/content/content-workflow.js';
import type { ContentItemEntity, AttachmentRef } from './content-item.entity.js';
import { cchcTopics, type CchcTopic } from './content.service.js';
import type { ItemTransitionEntity } from './item-transition.entity.js';
import type { Placement } from './queue.service.js';
import { Optional } from '../http/validation.decorators.js';
import { IsUnitRef, UNIT_REF_DESCRIPTION } from '../http/unit-ref.js';

class FocalPointView {
  @ApiProperty({ description: '0..1 từ trái sang' }) x!: number;
  @ApiProperty({ description: '0..1 từ trên xuống' }) y!: number;
}

/** An attachment as the API answers it (AttachmentRef). */
export class AttachmentView {
  @ApiProperty() sha256!: string;
  @ApiProperty({ enum: ['image', 'audio', 'video', 'pdf'] }) kind!: 'image' | 'audio' | 'video' | 'pdf';
  @ApiProperty() format!: string;
  @ApiProperty() bytes!: number;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiPropertyOptional() width?: number;
  @ApiPropertyOptional() height?: number;
  @ApiPropertyOptional() durationSec?: number;
  @ApiPropertyOptional({ type: FocalPointView, description: 'Điểm giữ khi cắt ảnh' }) focalPoint?: FocalPointView;
}

class ItemFieldsDto {
  @ApiPropertyOptional({ maxLength: 300 })
  @Optional()
  @IsString()
  @Length(1, 300)
  title?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @Optional()
  @IsString()
  @Length(0, 2000)
  summary?: string;

  @ApiPropertyOptional({ description: 'HTML; thẻ và thuộc tính không an toàn (script, on*) bị loại khi lưu' })
  @Optional()
  @IsString()
  @Length(0, 500_000)
  body?: string;

  @ApiPropertyOptional({
    enum: cchcTopics,
    nullable: true,
    description: 'Lĩnh vực CCHC: thể chế, TTHC, tổ chức bộ máy, công vụ, tài chính công, chính quyền số',
  })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(cchcTopics as unknown as string[])
  topic?: CchcTopic | null;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Người dân, doanh nghiệp' })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 100)
  audience?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 100)
  author?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  planId?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @Optional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 64)
  taskId?: string | null;
}

export class CreateItemDto extends ItemFieldsDto {
  @ApiProperty({ description: UNIT_REF_DESCRIPTION })
  @IsUnitRef()
  unitId!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 300)
  declare title: string;

  @ApiProperty({ type: [String], example: ['web-portal'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(/^[a-z][a-z-]{1,31}$/, { each: true })
  channels!: string[];
}

export class UpdateItemDto extends ItemFieldsDto {
  @ApiProperty({ description: 'Phiên bản đang sửa (chống ghi đè)' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(/^[a-z][a-z-]{1,31}$/, { each: true })
  channels?: string[];
}

export class TransitionDto {
  @ApiProperty({ enum: itemActions.filter((a) => !['schedule', 'unschedule', 'fail', 'unconfirm'].includes(a)) })
  @IsIn(['submit', 'approve', 'reject', 'reopen', 'publish', 'withdraw'])
  action!: ItemAction;

  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @Length(1, 2000)
  comment?: string;
}

export class EnqueueDto {
  @ApiProperty() @IsInt() @Min(1) version!: number;

  @ApiPropertyOptional({ description: 'Chỉ một kênh; mặc định mọi kênh của nội dung' })
  @Optional()
  @Matches(/^[a-z][a-z-]{1,31}$/)
  channel?: string;

  @ApiPropertyOptional({ description: 'Đăng bù: cho phép xếp vào ô lịch đã qua ngày (được ghi nhật ký)' })
  @Optional()
  @IsBoolean()
  backfill?: boolean;
}

export class PlaceDto {
  @ApiProperty() @IsInt() @Min(1) version!: number;
  @ApiProperty() @IsUUID() slotId!: string;

  @ApiPropertyOptional({ description: 'Đăng bù: cho phép xếp vào ô lịch đã qua ngày (được ghi nhật ký)' })
  @Optional()
  @IsBoolean()
  backfill?: boolean;
}

export class FillMonthDto {
  @ApiProperty({ example: '2024-03', description: 'Tháng cần lấp đầy, dạng YYYY-MM' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  month!: string;

  @ApiPropertyOptional({ description: 'Đăng bù: lấp cả các ô đã qua ngày của tháng (được ghi nhật ký)' })
  @Optional()
  @IsBoolean()
  backfill?: boolean;
}

export class FillUnplacedView {
  @ApiProperty() itemId!: string;
  @ApiProperty({ example: 'web-portal' }) channel!: string;
}

export class FillResultView {
  @ApiProperty({ example: '2024-03' }) month!: string;
  @ApiProperty({ example: '2024-03-01' }) from!: string;
  @ApiProperty({ example: '2024-03-31' }) to!: string;
  @ApiProperty({ description: 'Số ô lịch đã xếp' }) placed!: number;
  @ApiProperty({ description: 'Số nội dung đã được xếp' }) items!: number;
  @ApiProperty({ type: FillUnplacedView, isArray: true, description: 'Nội dung (theo kênh) không còn ô trống của nhiệm vụ trong tháng' })
  unplaced!: FillUnplacedView[];
  @ApiProperty({ description: 'Có xếp vào ô đã qua ngày (đăng bù) hay không' }) backfill!: boolean;
}

export class UnplaceQueryDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) version!: number;

  @ApiPropertyOptional()
  @Optional()
  @Matches(/^[a-z][a-z-]{1,31}$/)
  channel?: string;
}

export class AttachmentQueryDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) version!: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 1, description: 'Tâm ảnh (0..1 từ trái) để cắt theo kênh' })
  @Optional()
  @Type(() => Number)
  @Min(0)
  @Max(1)
  focalX?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 1, description: 'Tâm ảnh (0..1 từ trên)' })
  @Optional()
  @Type(() => Number)
  @Min(0)
  @Max(1)
  focalY?: number;
}

export class RenditionQueryDto {
  @ApiPropertyOptional({
    description:
      'Chiều rộng tối đa (điểm ảnh) của bản xem trước: ảnh dựng được thu nhỏ giữ nguyên tỉ lệ; không có thì trả đúng kích thước dựng (bản in dùng kích thước này)',
    minimum: 64,
    maximum: 4096,
  })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(64)
  @Max(4096)
  width?: number;
}

export class DetachQueryDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) version!: number;
}

export class ItemListQueryDto {
  @ApiPropertyOptional({ description: UNIT_REF_DESCRIPTION }) @Optional() @IsUnitRef() unitId?: string;
  @ApiPropertyOptional({ enum: itemStatuses }) @Optional() @IsIn(itemStatuses as unknown as string[]) status?: ItemStatus;
}

export class ItemView {
  @ApiProperty() id!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ nullable: true, type: String }) planId!: string | null;
  @ApiProperty({ nullable: true, type: String }) taskId!: string | null;
  @ApiProperty({ type: [String] }) channels!: string[];
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ nullable: true, type: String }) topic!: string | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ nullable: true, type: String }) audience!: string | null;
  @ApiProperty({ nullable: true, type: String }) author!: string | null;
  @ApiProperty({ enum: itemStatuses }) status!: ItemStatus;
  @ApiProperty({ type: () => AttachmentView, isArray: true }) attachments!: AttachmentRef[];
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;

  static of(i: ContentItemEntity): ItemView {
    return { ...i, createdBy: undefined, createdAt: i.createdAt.toISOString(), updatedAt: i.updatedAt.toISOString() } as ItemView;
  }
}

export class PlacementsView {
  @ApiProperty({ type: ItemView }) item!: ItemView;
  @ApiProperty({ type: Object, isArray: true }) placements!: Placement[];
}

export class TransitionView {
  @ApiProperty() action!: string;
  @ApiProperty() fromStatus!: string;
  @ApiProperty() toStatus!: string;
  @ApiProperty({ nullable: true, type: String }) actorUserId!: string | null;
  @ApiProperty({ description: 'Người thực hiện: tên và tên đăng nhập, hoặc "Hệ thống"' }) actorName!: string;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty() at!: string;
  static of(t: ItemTransitionEntity & { actorName: string }): TransitionView {
    return {
      action: t.action,
      fromStatus: t.fromStatus,
      toStatus: t.toStatus,
      actorUserId: t.actorUserId,
      actorName: t.actorName,
      comment: t.comment,
      at: t.at.toISOString(),
    };
  }
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUrl, Length, Matches } from 'class-validator';
import type { PublicationProofEntity } from './publication-proof.entity.js';
import { Optional } from '../http/validation.decorators.js';

export class RecordProofDto {
  @ApiProperty({ example: 'web-portal', description: 'Kênh đã đăng (một trong các kênh của nội dung)' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,31}$/, { message: 'Mã kênh (channel) không hợp lệ.' })
  channel!: string;

  @ApiPropertyOptional({ example: 'https://xa.example.gov.vn/tin-tuc/123', maxLength: 2048 })
  @Optional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'Đường dẫn bài đăng (url) phải là địa chỉ http(s) đầy đủ.' })
  @Length(1, 2048, { message: 'Đường dẫn bài đăng (url) dài tối đa 2048 ký tự.' })
  url?: string;

  @ApiProperty({
    example: '2024-03-14T09:30',
    description: 'Ngày (YYYY-MM-DD) hoặc giờ Việt Nam (YYYY-MM-DDTHH:MM), hoặc thời điểm có múi giờ; có thể là ngày đã qua',
  })
  @IsString()
  @Length(10, 35, { message: 'Thời điểm đăng (publishedAt) không hợp lệ.' })
  publishedAt!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @Optional()
  @IsString()
  @Length(1, 2000, { message: 'Ghi chú (note) dài tối đa 2000 ký tự.' })
  note?: string;
}

export class ProofView {
  @ApiProperty() id!: string;
  @ApiProperty() itemId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty() channel!: string;
  @ApiProperty({ enum: ['dispatch', 'manual', 'as-run'] }) source!: string;
  @ApiProperty({ description: 'UTC' }) publishedAt!: string;
  @ApiProperty({ description: 'Ngày đăng theo giờ Việt Nam' }) publishedOn!: string;
  @ApiProperty({ nullable: true, type: String }) url!: string | null;
  @ApiProperty({ nullable: true, type: String }) slotId!: string | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ nullable: true, type: String }) createdBy!: string | null;
  @ApiProperty() createdAt!: string;

  static of(p: PublicationProofEntity, publishedOn: string): ProofView {
    return {
      id: p.id,
      itemId: p.itemId,
      unitId: p.unitId,
      channel: p.channel,
      source: p.source,
      publishedAt: p.publishedAt.toISOString(),
      publishedOn,
      url: p.url,
      slotId: p.slotId,
      note: p.note,
      createdBy: p.createdBy,
      createdAt: p.createdAt.toISOString(),
    };
  }
}

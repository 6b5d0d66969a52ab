import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CatalogueChannel } from '../../../config/channels/channel-catalogue.js';

export class ChannelTextLimitsView {
  @ApiPropertyOptional({ description: 'Số ký tự tối đa của tiêu đề' }) titleMax?: number;
  @ApiPropertyOptional({ description: 'Số ký tự tối đa của mô tả/tóm tắt' }) descriptionMax?: number;
  @ApiPropertyOptional({ description: 'Số ký tự tối đa của tên tác giả' }) authorMax?: number;
  @ApiPropertyOptional({ description: 'Số ký tự tối đa của nội dung' }) bodyMax?: number;
}

export class ChannelPictureView {
  @ApiProperty({ description: 'Mã bản ảnh (cover, landscape…), dùng trong đường dẫn' }) name!: string;
  @ApiProperty({ description: 'Tên bản ảnh cho người đọc ("ảnh ngang", "áp phích")' }) label!: string;
  @ApiPropertyOptional({ description: 'Chiều rộng, điểm ảnh' }) width?: number;
  @ApiPropertyOptional({ description: 'Chiều cao, điểm ảnh (không có: theo tỉ lệ ảnh)', nullable: true }) height?: number | null;
  @ApiPropertyOptional({ description: 'Chiều rộng bản in, cm' }) widthCm?: number;
  @ApiPropertyOptional({ description: 'Chiều cao bản in, cm' }) heightCm?: number;
  @ApiPropertyOptional({ description: 'Độ phân giải in tối thiểu, dpi' }) dpiMin?: number;
  @ApiProperty({ description: 'Định dạng được phép', type: [String] }) formats!: string[];
  @ApiProperty({ description: 'Dung lượng tối đa, byte' }) maxBytes!: number;
}

export class ChannelTimedView {
  @ApiProperty({ type: [String] }) formats!: string[];
  @ApiProperty({ description: 'Dung lượng tối đa, byte' }) maxBytes!: number;
  @ApiPropertyOptional({ description: 'Thời lượng tối thiểu, giây' }) minSec?: number;
  @ApiPropertyOptional({ description: 'Thời lượng tối đa, giây' }) maxSec?: number;
}

export class ChannelLimitsView {
  @ApiProperty({ description: 'Loại tệp kênh nhận (image, audio, video, pdf)', type: [String] }) accepts!: string[];
  @ApiProperty({ description: 'Loại tệp kênh bắt buộc phải có', type: [String] }) requires!: string[];
  @ApiProperty({ description: 'Dung lượng tải lên tối đa theo loại tệp, byte', type: Object }) maxUploadBytes!: Record<string, number>;
  @ApiProperty({ type: ChannelTextLimitsView }) text!: ChannelTextLimitsView;
  @ApiProperty({ type: [ChannelPictureView] }) pictures!: ChannelPictureView[];
  @ApiPropertyOptional({ type: ChannelTimedView, nullable: true }) audio!: ChannelTimedView | null;
  @ApiPropertyOptional({ type: ChannelTimedView, nullable: true }) video!: ChannelTimedView | null;
}

export class ChannelCredentialView {
  @ApiProperty() key!: string;
  @ApiProperty({ description: 'Nhãn tiếng Việt' }) label!: string;
  @ApiProperty({ enum: ['secret', 'text', 'url'] }) kind!: string;
  @ApiProperty() required!: boolean;
}

export class ChannelView {
  @ApiProperty({ description: 'Mã kênh', example: 'zalo-oa' }) id!: string;
  @ApiProperty({ description: 'publication: kênh đăng phát; activity: hoạt động (hội nghị, hội thi…)', enum: ['publication', 'activity'] })
  kind!: string;
  @ApiProperty({ description: 'Tên kênh bằng tiếng Việt', example: 'Zalo OA' }) name!: string;
  @ApiPropertyOptional({ type: ChannelLimitsView, nullable: true, description: 'Giới hạn của kênh; không có với hoạt động' })
  limits!: ChannelLimitsView | null;
  @ApiProperty({ description: 'Giờ đăng/phát mặc định (HH:MM, giờ Việt Nam)' }) publishTime!: string;
  @ApiProperty({ description: 'Số ngày làm việc cần chuẩn bị trước khi đăng/phát' }) leadWorkingDays!: number;
  @ApiPropertyOptional({ description: 'Cách đăng khi đã có bộ kết nối: api, handover (bàn giao), manual (thủ công)', nullable: true })
  mode!: string | null;
  @ApiProperty({ type: [ChannelCredentialView], description: 'Thông tin đăng nhập tài khoản kênh cần (trống khi chưa có bộ kết nối)' })
  credentials!: ChannelCredentialView[];

  static of(c: CatalogueChannel): ChannelView {
    const m = c.media;
    return {
      id: c.id,
      kind: c.kind,
      name: c.name,
      limits: m
        ? {
            accepts: [...m.accepts],
            requires: [...m.requires],
            maxUploadBytes: Object.fromEntries(m.accepts.map((k) => [k, m.maxUploadBytes[k]])),
            text: { ...m.text },
            pictures: m.renditions.map((r) =>
              r.kind === 'pixel'
                ? { name: r.name, label: r.label, width: r.width, height: r.height, formats: [...r.formats], maxBytes: r.maxBytes }
                : {
                    name: r.name,
                    label: r.label,
                    widthCm: r.widthCm,
                    heightCm: r.heightCm,
                    dpiMin: r.dpiMin,
                    formats: [...r.formats],
                    maxBytes: r.maxBytes,
                  },
            ),
            audio: m.audio
              ? {
                  formats: [...m.audio.formats],
                  maxBytes: m.audio.maxBytes,
                  ...(m.audio.duration ? { minSec: m.audio.duration.minSec, maxSec: m.audio.duration.maxSec } : {}),
                }
              : null,
            video: m.video
              ? {
                  formats: [...m.video.formats],
                  maxBytes: m.video.maxBytes,
                  ...(m.video.duration ? { minSec: m.video.duration.minSec, maxSec: m.video.duration.maxSec } : {}),
                }
              : null,
          }
        : null,
      publishTime: c.schedule.time,
      leadWorkingDays: c.schedule.leadWorkingDays,
      mode: c.adapter?.mode ?? null,
      credentials: (c.adapter?.credentials ?? []).map((f) => ({ key: f.key, label: f.label, kind: f.kind, required: f.required })),
    };
  }
}

import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { DomainError } from '../../domain/errors/domain-error.js';
import { Public } from '../access/auth.decorators.js';
import { Optional } from '../http/validation.decorators.js';
import { DownloadLinkStore } from './adapter-ports.js';

export class DownloadQueryDto {
  @ApiPropertyOptional({ description: 'Thời điểm hết hạn (giây Unix), do Loa ghi trong đường dẫn' })
  @Optional()
  @IsString()
  @Length(1, 20)
  expires?: string;

  @ApiPropertyOptional({ description: 'Chữ ký HMAC-SHA256 của đường dẫn (hex)' })
  @Optional()
  @IsString()
  @Length(1, 128)
  sig?: string;
}

@ApiTags('dispatch')
@Controller()
export class DownloadsController {
  constructor(private readonly links: DownloadLinkStore) {}

  /** The signed URL is the credential (a print shop downloads without an account); the signature is checked before the disk is read. */
  @Get('api/downloads/:fileId')
  @Public()
  @ApiOperation({ summary: 'Tải tệp Loa gửi cho nơi nhận (tệp in quá lớn để đính kèm) theo đường dẫn có chữ ký, có hạn dùng' })
  @ApiOkResponse({ description: 'Tệp (kiểu theo tệp đã gửi)', schema: { type: 'string', format: 'binary' } })
  async download(@Param('fileId') fileId: string, @Query() q: DownloadQueryDto): Promise<StreamableFile> {
    const opened = await this.links.open(fileId, q.expires, q.sig);
    if (opened.verdict === 'invalid') throw new DomainError('DOWNLOAD_LINK_INVALID', 'Đường dẫn tải về không hợp lệ (sai chữ ký).', {});
    if (opened.verdict !== 'ok')
      throw new DomainError('DOWNLOAD_LINK_EXPIRED', 'Đường dẫn tải về đã hết hạn hoặc tệp không còn được lưu; hãy đề nghị gửi lại.', {});
    const ascii = opened.filename.replace(/[^A-Za-z0-9._-]+/g, '_');
    return new StreamableFile(opened.stream, { type: opened.mime, length: opened.bytes, disposition: `attachment; filename="${ascii}"` });
  }
}

import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { UuidPipe } from '../http/uuid.pipe.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { notModified } from '../feeds/conditional-get.js';
import {
  ApiBearerAuth,
  ApiProperty,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotModifiedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AllowApiKey, CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import {
  AttachmentQueryDto,
  CreateItemDto,
  DetachQueryDto,
  RenditionQueryDto,
  EnqueueDto,
  FillMonthDto,
  FillResultView,
  ItemListQueryDto,
  ItemView,
  PlaceDto,
  PlacementsView,
  TransitionDto,
  TransitionView,
  UnplaceQueryDto,
  UpdateItemDto,
} from './content.dto.js';
import { type AttachmentDownload, AttachmentsService } from './attachments.service.js';
import { Sha256Pipe, SlugPipe } from './path-params.pipes.js';
import { ContentService } from './content.service.js';
import { QueueService } from './queue.service.js';

export class ItemProblemView {
  @ApiProperty({ example: 'TITLE_TOO_LONG' }) code!: string;
  @ApiProperty({ example: 'zalo-oa' }) channel!: string;
  @ApiProperty({ description: 'Mô tả bằng tiếng Việt' }) message!: string;
}

@ApiTags('content')
@ApiBearerAuth()
@Controller()
export class ContentController {
  constructor(
    private readonly content: ContentService,
    private readonly queue: QueueService,
    private readonly attachments: AttachmentsService,
  ) {}

  /** Multipart, field `file`. Checked (real type, size, dimensions, duration) against every target channel before it is stored. */
  @Post('api/items/:id/attachments')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'Ảnh, âm thanh, video hoặc PDF; kiểu được xác định theo nội dung' },
      },
    },
  })
  @ApiOperation({ summary: 'Đính kèm tệp vào nội dung (kiểm tra theo từng kênh trước khi lưu)' })
  @ApiCreatedResponse({ type: ItemView })
  async attach(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Query() q: AttachmentQueryDto,
    @Req() req: FastifyRequest,
  ): Promise<ItemView> {
    const focal = q.focalX !== undefined && q.focalY !== undefined ? { x: q.focalX, y: q.focalY } : undefined;
    return ItemView.of(await this.attachments.add(actor, id, q.version, req, focal));
  }

  /** The stored file, for anyone who may see the item (and read or dispatch keys of its unit). */
  @Get('api/items/:id/attachments/:sha256')
  @AllowApiKey('read', 'dispatch')
  @ApiOperation({ summary: 'Tải tệp đính kèm gốc của nội dung' })
  @ApiOkResponse({ description: 'Tệp gốc (kiểu theo nội dung tệp)', schema: { type: 'string', format: 'binary' } })
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('sha256', Sha256Pipe) sha256: string,
  ): Promise<StreamableFile> {
    return fileOf(await this.attachments.download(actor, id, sha256));
  }

  /** A picture attachment rendered for one of the item's channels (a rendition named in the channel's media profile). */
  @Get('api/items/:id/attachments/:sha256/renditions/:channel/:name')
  @AllowApiKey('read', 'dispatch')
  @ApiOperation({ summary: 'Tải bản ảnh dựng cho một kênh của nội dung (theo hồ sơ kênh)' })
  @ApiOkResponse({ description: 'Ảnh đã dựng cho kênh', schema: { type: 'string', format: 'binary' } })
  @ApiNotModifiedResponse({ description: 'Ảnh không đổi từ lần lấy trước (If-None-Match)' })
  async rendition(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('sha256', Sha256Pipe) sha256: string,
    @Param('channel', SlugPipe) channel: string,
    @Param('name', SlugPipe) name: string,
    @Query() q: RenditionQueryDto,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const answer = await this.attachments.rendition(
      actor,
      id,
      sha256,
      channel,
      name,
      (etag) => notModified(req.headers, { etag, lastModified: new Date(0) }),
      q.width,
    );
    // Kept by the browser, asked again each time: a 304 costs no render. The reply is sent here
    // (not returned): Nest would reset a returned answer's status to 200.
    void reply.header('etag', answer.etag).header('cache-control', 'private, no-cache');
    if ('notModified' in answer) return void (await reply.status(304).send());
    await reply
      .header('content-type', answer.mime)
      .header('content-length', String(answer.bytes))
      .header('content-disposition', dispositionOf(answer.name))
      .send(answer.stream);
  }

  @Delete('api/items/:id/attachments/:sha256')
  @ApiOperation({ summary: 'Gỡ một tệp đính kèm' })
  @ApiOkResponse({ type: ItemView })
  async detach(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('sha256') sha256: string,
    @Query() q: DetachQueryDto,
  ): Promise<ItemView> {
    return ItemView.of(await this.attachments.remove(actor, id, q.version, sha256));
  }

  /** Problems that keep the item from approval, per channel, in Vietnamese. */
  @Get('api/items/:id/checks')
  @ApiOperation({ summary: 'Những vấn đề còn ngăn nội dung được duyệt, theo từng kênh' })
  @ApiOkResponse({ type: ItemProblemView, isArray: true })
  async checks(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string) {
    return this.content.problems(actor, id);
  }

  @Post('api/items')
  @ApiOperation({ summary: 'Tạo nội dung (bản nháp)' })
  @ApiCreatedResponse({ type: ItemView })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateItemDto): Promise<ItemView> {
    const { unitId, ...fields } = dto;
    return ItemView.of(await this.content.create(actor, unitId, fields));
  }

  @Get('api/items')
  @AllowApiKey('read')
  @ApiOperation({ summary: 'Danh sách nội dung, lọc theo đơn vị và trạng thái' })
  @ApiOkResponse({ type: ItemView, isArray: true })
  async list(@CurrentActor() actor: Actor, @Query() q: ItemListQueryDto): Promise<ItemView[]> {
    return (await this.content.list(actor, q)).map(ItemView.of);
  }

  @Get('api/items/:id')
  @AllowApiKey('read')
  @ApiOperation({ summary: 'Một nội dung' })
  @ApiOkResponse({ type: ItemView })
  async get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<ItemView> {
    return ItemView.of((await this.content.get(actor, id)).item);
  }

  @Patch('api/items/:id')
  @ApiOperation({ summary: 'Sửa nội dung (kèm phiên bản đang sửa)' })
  @ApiOkResponse({ type: ItemView })
  async update(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() dto: UpdateItemDto): Promise<ItemView> {
    const { version, ...fields } = dto;
    return ItemView.of(await this.content.update(actor, id, version, fields));
  }

  @Get('api/items/:id/history')
  @ApiOperation({ summary: 'Lịch sử chuyển trạng thái của nội dung' })
  @ApiOkResponse({ type: TransitionView, isArray: true })
  async history(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<TransitionView[]> {
    return (await this.content.history(actor, id)).map(TransitionView.of);
  }

  @Post('api/items/:id/transitions')
  @ApiOperation({ summary: 'Chuyển trạng thái: gửi duyệt, duyệt, trả lại, mở lại, đăng, rút' })
  @ApiCreatedResponse({ type: ItemView })
  async transition(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() dto: TransitionDto): Promise<ItemView> {
    return ItemView.of(await this.content.act(actor, id, dto.version, dto.action, dto.comment));
  }

  @Post('api/items/:id/queue')
  @ApiOperation({ summary: 'Đưa nội dung vào hàng đợi: nhận ô lịch trống kế tiếp theo từng kênh' })
  @ApiCreatedResponse({ type: PlacementsView })
  async enqueue(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() dto: EnqueueDto): Promise<PlacementsView> {
    const { item, placements } = await this.queue.enqueue(actor, id, dto.version, dto.channel, { backfill: dto.backfill === true });
    return { item: ItemView.of(item), placements };
  }

  @Put('api/items/:id/placement')
  @ApiOperation({ summary: 'Đặt nội dung vào một ô lịch đã chọn' })
  @ApiOkResponse({ type: PlacementsView })
  async place(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() dto: PlaceDto): Promise<PlacementsView> {
    const { item, placement } = await this.queue.place(actor, id, dto.version, dto.slotId, { backfill: dto.backfill === true });
    return { item: ItemView.of(item), placements: [placement] };
  }

  @Delete('api/items/:id/placement')
  @ApiOperation({ summary: 'Gỡ nội dung khỏi ô lịch' })
  @ApiOkResponse({ type: ItemView })
  async unplace(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Query() q: UnplaceQueryDto): Promise<ItemView> {
    return ItemView.of(await this.queue.unplace(actor, id, q.version, q.channel));
  }

  /** Fills a month of the unit's calendar with its approved items, oldest first, each in the earliest open slot of its task. */
  @Post('api/units/:id/queue/fill')
  @ApiOperation({ summary: 'Lấp đầy một tháng: xếp mọi nội dung đã duyệt vào các ô lịch trống của nhiệm vụ' })
  @ApiCreatedResponse({ type: FillResultView })
  async fill(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() dto: FillMonthDto): Promise<FillResultView> {
    return this.queue.fillMonth(actor, id, dto.month, { backfill: dto.backfill === true });
  }
}

/** `attachment` with an ASCII fallback name and the UTF-8 name (RFC 6266 / RFC 5987), so Vietnamese names survive. */
function dispositionOf(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function fileOf(d: AttachmentDownload): StreamableFile {
  return new StreamableFile(d.stream, { type: d.mime, length: d.bytes, disposition: dispositionOf(d.name) });
}

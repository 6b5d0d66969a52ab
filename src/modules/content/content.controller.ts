import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Put, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AllowApiKey, CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { AttachmentQueryDto, CreateItemDto, DetachQueryDto, EnqueueDto, FulfilmentQueryDto, FulfilmentView, ItemListQueryDto, ItemView, PlaceDto, PlacementsView, TransitionDto, TransitionView, UnplaceQueryDto, UpdateItemDto } from './content.dto.js';
import { AttachmentsService } from './attachments.service.js';
import { ContentService } from './content.service.js';
import { QueueService } from './queue.service.js';

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
  async attach(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() q: AttachmentQueryDto, @Req() req: FastifyRequest): Promise<ItemView> {
    const focal = q.focalX !== undefined && q.focalY !== undefined ? { x: q.focalX, y: q.focalY } : undefined;
    return ItemView.of(await this.attachments.add(actor, id, q.version, req, focal));
  }

  @Delete('api/items/:id/attachments/:sha256')
  async detach(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('sha256') sha256: string, @Query() q: DetachQueryDto): Promise<ItemView> {
    return ItemView.of(await this.attachments.remove(actor, id, q.version, sha256));
  }

  /** Problems that keep the item from approval, per channel, in Vietnamese. */
  @Get('api/items/:id/checks')
  async checks(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.content.problems(actor, id);
  }

  @Post('api/items')
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateItemDto): Promise<ItemView> {
    const { unitId, ...fields } = dto;
    return ItemView.of(await this.content.create(actor, unitId, fields));
  }

  @Get('api/items')
  @AllowApiKey('read')
  async list(@CurrentActor() actor: Actor, @Query() q: ItemListQueryDto): Promise<ItemView[]> {
    return (await this.content.list(actor, q)).map(ItemView.of);
  }

  @Get('api/items/:id')
  @AllowApiKey('read')
  async get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ItemView> {
    return ItemView.of((await this.content.get(actor, id)).item);
  }

  @Patch('api/items/:id')
  async update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateItemDto): Promise<ItemView> {
    const { version, ...fields } = dto;
    return ItemView.of(await this.content.update(actor, id, version, fields));
  }

  @Get('api/items/:id/history')
  async history(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<TransitionView[]> {
    return (await this.content.history(actor, id)).map(TransitionView.of);
  }

  @Post('api/items/:id/transitions')
  async transition(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: TransitionDto): Promise<ItemView> {
    return ItemView.of(await this.content.act(actor, id, dto.version, dto.action, dto.comment));
  }

  @Post('api/items/:id/queue')
  async enqueue(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: EnqueueDto): Promise<PlacementsView> {
    const { item, placements } = await this.queue.enqueue(actor, id, dto.version, dto.channel);
    return { item: ItemView.of(item), placements };
  }

  @Put('api/items/:id/placement')
  async place(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: PlaceDto): Promise<PlacementsView> {
    const { item, placement } = await this.queue.place(actor, id, dto.version, dto.slotId);
    return { item: ItemView.of(item), placements: [placement] };
  }

  @Delete('api/items/:id/placement')
  async unplace(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() q: UnplaceQueryDto): Promise<ItemView> {
    return ItemView.of(await this.queue.unplace(actor, id, q.version, q.channel));
  }

  @Get('api/units/:id/fulfilment')
  @AllowApiKey('read')
  async fulfilment(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() q: FulfilmentQueryDto): Promise<FulfilmentView> {
    return this.queue.fulfilment(actor, id, q.period);
  }
}

import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotModifiedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors/domain-error.js';
import { CurrentActor, Public } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { UuidPipe } from '../http/uuid.pipe.js';
import { Optional } from '../http/validation.decorators.js';
import { notModified } from './conditional-get.js';
import { AtomFeedsService, FEED_LIMIT_DEFAULT, FEED_LIMIT_MAX } from './atom-feeds.service.js';

export class AtomFeedQueryDto {
  @ApiPropertyOptional({ default: FEED_LIMIT_DEFAULT, minimum: 1, maximum: FEED_LIMIT_MAX, description: 'Số mục tối đa (mới nhất trước)' })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(FEED_LIMIT_MAX)
  limit?: number;
}

@ApiTags('feeds')
@Controller()
export class AtomFeedsController {
  constructor(private readonly feeds: AtomFeedsService) {}

  @Post('api/units/:id/atom-feeds')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Tạo địa chỉ Atom bí mật cho các tin, bài đã đăng trên cổng thông tin (địa chỉ cũ bị thu hồi)' })
  @ApiCreatedResponse({
    schema: { type: 'object', required: ['url'], properties: { url: { type: 'string', description: 'Địa chỉ .atom bí mật' } } },
  })
  createFeed(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<{ url: string }> {
    return this.feeds.createFeed(actor, id);
  }

  /** The secret URL itself is the credential (a portal pulls without a person). */
  @Get('api/atom-feeds/:file')
  @Public()
  @ApiOperation({ summary: 'Tin, bài đã đăng trên cổng thông tin, dạng Atom, theo địa chỉ bí mật' })
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'Tài liệu Atom 1.0 (RFC 4287)', content: { 'application/atom+xml': { schema: { type: 'string' } } } })
  @ApiNotModifiedResponse({ description: 'Không đổi từ lần lấy trước (If-None-Match / If-Modified-Since)' })
  async feed(
    @Param('file') file: string,
    @Query() q: AtomFeedQueryDto,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const m = /^([A-Za-z0-9_-]{20,100})\.atom$/.exec(file);
    if (!m) throw new DomainError('NOT_FOUND', 'Không tìm thấy nguồn tin Atom.', { entity: 'atom-feed' });
    const feed = await this.feeds.render(m[1], q.limit ?? FEED_LIMIT_DEFAULT);
    void reply
      .header('etag', feed.etag)
      .header('last-modified', feed.lastModified.toUTCString())
      .header('cache-control', 'private, no-cache');
    // The reply is sent here (not returned): Nest would reset a returned answer's status to 200.
    if (notModified(req.headers, feed)) await reply.status(304).send();
    else await reply.header('content-type', 'application/atom+xml; charset=utf-8').send(feed.xml);
  }
}

import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { UuidPipe } from '../http/uuid.pipe.js';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowApiKey, CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import {
  ClaimDto,
  ClaimedPublicationView,
  ConfirmDto,
  FailDto,
  PublicationDetailView,
  PublicationLogView,
  PublicationQueryDto,
  PublicationView,
} from './dispatch.dto.js';
import { PublicationsService } from './publications.service.js';

@ApiTags('dispatch')
@ApiBearerAuth()
@Controller()
export class PublicationsController {
  constructor(private readonly publications: PublicationsService) {}

  @Get('api/publications')
  @AllowApiKey('read')
  @ApiOperation({ summary: 'Danh sách lượt phát hành theo đơn vị, trạng thái, kênh' })
  @ApiOkResponse({ type: PublicationView, isArray: true })
  async list(@CurrentActor() actor: Actor, @Query() q: PublicationQueryDto): Promise<PublicationView[]> {
    return (await this.publications.list(actor, q)).map(PublicationView.of);
  }

  /** One publication and its append-only log (every claim, attempt, lookup, sweep, retry). */
  @Get('api/publications/:id')
  @AllowApiKey('read')
  @ApiOperation({ summary: 'Một lượt phát hành và nhật ký các lần gửi' })
  @ApiOkResponse({ type: PublicationDetailView })
  async show(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<PublicationDetailView> {
    const { publication, log } = await this.publications.show(actor, id);
    return { publication: PublicationView.of(publication), log: log.map(PublicationLogView.of) };
  }

  @Post('api/publications/:id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Gửi lại một lượt phát hành thất bại, chưa xác nhận hoặc cần cấp lại quyền' })
  @ApiOkResponse({ type: PublicationView })
  async retry(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<PublicationView> {
    return PublicationView.of(await this.publications.retry(actor, id));
  }

  @Post('api/publications/:id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hủy một lượt phát hành chưa đăng' })
  @ApiOkResponse({ type: PublicationView })
  async cancel(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<PublicationView> {
    return PublicationView.of(await this.publications.cancel(actor, id));
  }

  /** Pull API (an integration key of purpose dispatch): due publications of the key's subtree, leased to the caller. */
  @Post('api/dispatch/claim')
  @HttpCode(200)
  @AllowApiKey('dispatch')
  @ApiOperation({ summary: 'Hệ thống ngoài nhận các lượt phát hành đến hạn (khóa API mục đích dispatch)' })
  @ApiOkResponse({ type: ClaimedPublicationView, isArray: true })
  async claim(@CurrentActor() actor: Actor, @Body() dto: ClaimDto): Promise<ClaimedPublicationView[]> {
    return (await this.publications.claim(actor, dto)).map((c) => ({ ...c, publication: PublicationView.of(c.publication) }));
  }

  @Post('api/dispatch/publications/:id/confirm')
  @HttpCode(200)
  @AllowApiKey('dispatch')
  @ApiOperation({ summary: 'Hệ thống ngoài xác nhận đã đăng, kèm minh chứng' })
  @ApiOkResponse({ type: PublicationView })
  async confirm(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() dto: ConfirmDto): Promise<PublicationView> {
    return PublicationView.of(await this.publications.confirm(actor, id, dto));
  }

  @Post('api/dispatch/publications/:id/fail')
  @HttpCode(200)
  @AllowApiKey('dispatch')
  @ApiOperation({ summary: 'Hệ thống ngoài báo gửi không được, kèm lý do' })
  @ApiOkResponse({ type: PublicationView })
  async fail(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() dto: FailDto): Promise<PublicationView> {
    return PublicationView.of(await this.publications.fail(actor, id, dto));
  }
}

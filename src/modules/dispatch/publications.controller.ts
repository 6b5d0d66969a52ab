import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AllowApiKey, CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { ClaimDto, ClaimedPublicationView, ConfirmDto, FailDto, PublicationDetailView, PublicationLogView, PublicationQueryDto, PublicationView } from './dispatch.dto.js';
import { PublicationsService } from './publications.service.js';

@ApiTags('dispatch')
@ApiBearerAuth()
@Controller()
export class PublicationsController {
  constructor(private readonly publications: PublicationsService) {}

  @Get('api/publications')
  @AllowApiKey('read')
  async list(@CurrentActor() actor: Actor, @Query() q: PublicationQueryDto): Promise<PublicationView[]> {
    return (await this.publications.list(actor, q)).map(PublicationView.of);
  }

  /** One publication and its append-only log (every claim, attempt, lookup, sweep, retry). */
  @Get('api/publications/:id')
  @AllowApiKey('read')
  async show(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<PublicationDetailView> {
    const { publication, log } = await this.publications.show(actor, id);
    return { publication: PublicationView.of(publication), log: log.map(PublicationLogView.of) };
  }

  @Post('api/publications/:id/retry')
  @HttpCode(200)
  async retry(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<PublicationView> {
    return PublicationView.of(await this.publications.retry(actor, id));
  }

  @Post('api/publications/:id/cancel')
  @HttpCode(200)
  async cancel(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<PublicationView> {
    return PublicationView.of(await this.publications.cancel(actor, id));
  }

  /** Pull API (an integration key of purpose dispatch): due publications of the key's subtree, leased to the caller. */
  @Post('api/dispatch/claim')
  @HttpCode(200)
  @AllowApiKey('dispatch')
  async claim(@CurrentActor() actor: Actor, @Body() dto: ClaimDto): Promise<ClaimedPublicationView[]> {
    return (await this.publications.claim(actor, dto)).map((c) => ({ ...c, publication: PublicationView.of(c.publication) }));
  }

  @Post('api/dispatch/publications/:id/confirm')
  @HttpCode(200)
  @AllowApiKey('dispatch')
  async confirm(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ConfirmDto): Promise<PublicationView> {
    return PublicationView.of(await this.publications.confirm(actor, id, dto));
  }

  @Post('api/dispatch/publications/:id/fail')
  @HttpCode(200)
  @AllowApiKey('dispatch')
  async fail(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: FailDto): Promise<PublicationView> {
    return PublicationView.of(await this.publications.fail(actor, id, dto));
  }
}

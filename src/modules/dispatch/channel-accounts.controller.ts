import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { ChannelAccountsService } from './channel-accounts.service.js';
import { ChannelAccountView, ConnectionTestView, CreateChannelAccountDto, UpdateChannelAccountDto } from './dispatch.dto.js';

@ApiTags('dispatch')
@ApiBearerAuth()
@Controller('api/units/:id/channel-accounts')
export class ChannelAccountsController {
  constructor(private readonly accounts: ChannelAccountsService) {}

  /** The unit's accounts; credentials are never returned, only the names of the stored fields. */
  @Get()
  async list(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ChannelAccountView[]> {
    return (await this.accounts.list(actor, id)).map(ChannelAccountView.of);
  }

  @Post()
  async create(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateChannelAccountDto): Promise<ChannelAccountView> {
    return ChannelAccountView.of(await this.accounts.create(actor, id, dto));
  }

  @Patch(':accountId')
  async update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('accountId', ParseUUIDPipe) accountId: string, @Body() dto: UpdateChannelAccountDto): Promise<ChannelAccountView> {
    return ChannelAccountView.of(await this.accounts.update(actor, id, accountId, dto));
  }

  @Delete(':accountId')
  @HttpCode(204)
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('accountId', ParseUUIDPipe) accountId: string): Promise<void> {
    await this.accounts.remove(actor, id, accountId);
  }

  /** "Test connection": the adapter checks the stored credentials with the channel; nothing is posted. */
  @Post(':accountId/test')
  @HttpCode(200)
  async test(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('accountId', ParseUUIDPipe) accountId: string): Promise<ConnectionTestView> {
    return this.accounts.test(actor, id, accountId);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { UuidPipe } from '../http/uuid.pipe.js';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: 'Danh sách tài khoản kênh của đơn vị (không kèm thông tin đăng nhập)' })
  @ApiOkResponse({ type: ChannelAccountView, isArray: true })
  async list(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<ChannelAccountView[]> {
    return (await this.accounts.list(actor, id)).map(ChannelAccountView.of);
  }

  @Post()
  @ApiOperation({ summary: 'Thêm tài khoản kênh cho đơn vị; thông tin đăng nhập chỉ ghi, không bao giờ trả lại' })
  @ApiCreatedResponse({ type: ChannelAccountView })
  async create(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateChannelAccountDto,
  ): Promise<ChannelAccountView> {
    return ChannelAccountView.of(await this.accounts.create(actor, id, dto));
  }

  @Patch(':accountId')
  @ApiOperation({ summary: 'Sửa tài khoản kênh hoặc thay thông tin đăng nhập' })
  @ApiOkResponse({ type: ChannelAccountView })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('accountId', UuidPipe) accountId: string,
    @Body() dto: UpdateChannelAccountDto,
  ): Promise<ChannelAccountView> {
    return ChannelAccountView.of(await this.accounts.update(actor, id, accountId, dto));
  }

  @Delete(':accountId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Xóa tài khoản kênh' })
  @ApiNoContentResponse({ description: 'Đã xóa.' })
  async remove(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('accountId', UuidPipe) accountId: string,
  ): Promise<void> {
    await this.accounts.remove(actor, id, accountId);
  }

  /** "Test connection": the adapter checks the stored credentials with the channel; nothing is posted. */
  @Post(':accountId/test')
  @HttpCode(200)
  @ApiOperation({ summary: 'Kiểm tra kết nối tới kênh bằng thông tin đã lưu; không đăng gì' })
  @ApiOkResponse({ type: ConnectionTestView })
  async test(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('accountId', UuidPipe) accountId: string,
  ): Promise<ConnectionTestView> {
    return this.accounts.test(actor, id, accountId);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { UuidPipe } from '../http/uuid.pipe.js';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { ApiKeyView, CreateApiKeyDto, CreatedApiKeyView } from './accounts.dto.js';
import { ApiKeysService } from './api-keys.service.js';

@ApiTags('api-keys')
@ApiBearerAuth()
@Controller('api/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @ApiOperation({ summary: 'Danh sách khóa API trong phạm vi quản lý' })
  @ApiOkResponse({ type: ApiKeyView, isArray: true })
  async list(@CurrentActor() actor: Actor): Promise<ApiKeyView[]> {
    return (await this.keys.list(actor)).map(ApiKeyView.of);
  }

  @Post()
  @ApiOperation({ summary: 'Tạo khóa API cho một đơn vị và một mục đích (khóa chỉ hiện một lần)' })
  @ApiCreatedResponse({ type: CreatedApiKeyView })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyView> {
    const { entity, key } = await this.keys.create(actor, dto);
    return { ...ApiKeyView.of(entity), key };
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Thu hồi khóa API' })
  @ApiNoContentResponse({ description: 'Đã thu hồi' })
  async revoke(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    await this.keys.revoke(actor, id);
  }
}

import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { UnitRefPipe } from '../http/unit-ref.pipe.js';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { SecretsService } from './secrets.service.js';

export class PutSecretDto {
  @ApiProperty({ description: 'Giá trị bí mật (mã truy cập, mật khẩu); được mã hóa khi lưu, không bao giờ trả lại qua API' })
  @IsString()
  @Length(1, 8192)
  value!: string;
}

export class SecretView {
  @ApiProperty() name!: string;
  @ApiProperty() keyId!: string;
  @ApiProperty() updatedAt!: string;
}

@ApiTags('secrets')
@ApiBearerAuth()
@Controller('api/units/:unitId/secrets')
export class SecretsController {
  constructor(private readonly secrets: SecretsService) {}

  @Get()
  @ApiOperation({ summary: 'Tên các bí mật của đơn vị (không bao giờ trả giá trị)' })
  @ApiOkResponse({ type: SecretView, isArray: true })
  async list(@CurrentActor() actor: Actor, @Param('unitId', UnitRefPipe) unitId: string): Promise<SecretView[]> {
    return (await this.secrets.list(actor, unitId)).map((s) => ({ ...s, updatedAt: s.updatedAt.toISOString() }));
  }

  @Put(':name')
  @ApiOperation({ summary: 'Lưu một bí mật của đơn vị (được mã hóa)' })
  @ApiOkResponse({ type: SecretView })
  async put(
    @CurrentActor() actor: Actor,
    @Param('unitId', UnitRefPipe) unitId: string,
    @Param('name') name: string,
    @Body() dto: PutSecretDto,
  ): Promise<SecretView> {
    const s = await this.secrets.put(actor, unitId, name, dto.value);
    return { ...s, updatedAt: s.updatedAt.toISOString() };
  }
}

import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { UnitRefPipe } from '../http/unit-ref.pipe.js';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowApiKey, CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { AuditEntryView, AuditQueryDto } from '../audit/audit.dto.js';
import { CreateUnitDto, UnitView, UpdateUnitDto } from './unit.dto.js';
import { UnitsService } from './units.service.js';

@ApiTags('units')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api/units')
export class UnitsController {
  constructor(
    private readonly units: UnitsService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @AllowApiKey('read')
  @ApiOperation({ summary: 'Các đơn vị trong phạm vi được xem' })
  @ApiOkResponse({ type: UnitView, isArray: true })
  async list(@CurrentActor() actor: Actor): Promise<UnitView[]> {
    return (await this.units.list(actor)).map(UnitView.of);
  }

  @Get(':id')
  @AllowApiKey('read')
  @ApiOperation({ summary: 'Một đơn vị' })
  @ApiOkResponse({ type: UnitView })
  async get(@CurrentActor() actor: Actor, @Param('id', UnitRefPipe) id: string): Promise<UnitView> {
    return UnitView.of(await this.units.get(actor, id));
  }

  @Post()
  @ApiOperation({ summary: 'Tạo đơn vị (dưới một đơn vị cấp trên)' })
  @ApiCreatedResponse({ type: UnitView })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateUnitDto): Promise<UnitView> {
    return UnitView.of(await this.units.create(actor, dto));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Sửa tên, cấp hoặc cài đặt của đơn vị' })
  @ApiOkResponse({ type: UnitView })
  async update(@CurrentActor() actor: Actor, @Param('id', UnitRefPipe) id: string, @Body() dto: UpdateUnitDto): Promise<UnitView> {
    return UnitView.of(await this.units.update(actor, id, dto));
  }

  @Get(':id/audit')
  @ApiOperation({ summary: 'Nhật ký thay đổi của đơn vị và các đơn vị cấp dưới' })
  @ApiOkResponse({ type: AuditEntryView, isArray: true })
  async auditLog(@CurrentActor() actor: Actor, @Param('id', UnitRefPipe) id: string, @Query() q: AuditQueryDto): Promise<AuditEntryView[]> {
    return (await this.audit.listForUnit(actor, id, q.limit)).map(AuditEntryView.of);
  }
}

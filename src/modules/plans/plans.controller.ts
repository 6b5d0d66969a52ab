import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AllowApiKey, CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { readUpload } from '../http/upload.js';
import { ActivateDto, ActivationView, ImportQueryDto, NewTaskDto, PatchPlanDto, PlanListQueryDto, PlanSummaryView, PlanVersionView, PlanView, RowVersionDto, TaskFieldsDto } from './plan.dto.js';
import { PlansService } from './plans.service.js';
import { PLAN_FILE_MAX_BYTES } from './readers/input-errors.js';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('api/plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  /** Multipart (field `file`: .docx, .pdf with text, .txt in any Vietnamese encoding) or JSON `{text, name?}`. */
  @Post('import')
  @AllowApiKey('import')
  @ApiConsumes('multipart/form-data', 'application/json')
  async import(@CurrentActor() actor: Actor, @Query() q: ImportQueryDto, @Req() req: FastifyRequest): Promise<PlanView> {
    const upload = await readUpload(req, PLAN_FILE_MAX_BYTES);
    return PlanView.full(await this.plans.import(actor, q.unitId, upload.bytes, upload.name, { acceptLegacyEncoding: q.acceptLegacyEncoding, onDuplicate: q.onDuplicate }));
  }

  @Get()
  @AllowApiKey('read')
  async list(@CurrentActor() actor: Actor, @Query() q: PlanListQueryDto): Promise<PlanSummaryView[]> {
    return (await this.plans.list(actor, q.unitId)).map(PlanSummaryView.of);
  }

  @Get(':id')
  @AllowApiKey('read')
  async get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<PlanView> {
    return PlanView.full(await this.plans.get(actor, id));
  }

  @Get(':id/versions')
  async versions(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<PlanVersionView[]> {
    return (await this.plans.versions(actor, id)).map(PlanVersionView.of);
  }

  @Patch(':id')
  async patch(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: PatchPlanDto): Promise<PlanView> {
    const { rowVersion, ...patch } = dto;
    return PlanView.full(await this.plans.patchHeader(actor, id, rowVersion, patch));
  }

  @Post(':id/tasks')
  async addTask(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: NewTaskDto): Promise<PlanView> {
    const { rowVersion, ...task } = dto;
    return PlanView.full(await this.plans.addTask(actor, id, rowVersion, task));
  }

  @Patch(':id/tasks/:taskId')
  async patchTask(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('taskId') taskId: string, @Body() dto: TaskFieldsDto): Promise<PlanView> {
    const { rowVersion, ...task } = dto;
    return PlanView.full(await this.plans.patchTask(actor, id, taskId, rowVersion, task));
  }

  @Delete(':id/tasks/:taskId')
  async removeTask(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('taskId') taskId: string, @Query() q: RowVersionDto): Promise<PlanView> {
    return PlanView.full(await this.plans.removeTask(actor, id, taskId, q.rowVersion));
  }

  @Post(':id/activate')
  async activate(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ActivateDto): Promise<ActivationView> {
    const { plan, calendar } = await this.plans.activate(actor, id, dto.rowVersion, { acknowledge: dto.acknowledge ?? [] });
    return { plan: PlanView.full(plan), calendar: { ...calendar, obligations: calendar.obligations.length } };
  }
}

import { Body, Controller, Delete, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { UuidPipe } from '../http/uuid.pipe.js';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AllowApiKey, CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { readUpload } from '../http/upload.js';
import {
  ActivateDto,
  ActivationView,
  ImportQueryDto,
  NewTaskDto,
  PatchPlanDto,
  PlanListQueryDto,
  PlanSummaryView,
  PlanVersionView,
  PlanView,
  RowVersionQueryDto,
  TaskFieldsDto,
} from './plan.dto.js';
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
  @ApiBody({
    description: 'Tệp kế hoạch (multipart, trường `file`) hoặc JSON `{text, name?}`',
    schema: {
      type: 'object',
      properties: {
        file: { type: 'string', format: 'binary', description: '.docx, .pdf có chữ, .txt (mọi bảng mã tiếng Việt)' },
        text: { type: 'string', description: 'Nội dung kế hoạch dạng văn bản (khi gửi JSON)' },
        name: { type: 'string', description: 'Tên tệp để ghi nhận nguồn' },
      },
    },
  })
  @ApiOperation({ summary: 'Nhập kế hoạch từ tệp hoặc văn bản thành bản nháp' })
  @ApiCreatedResponse({ type: PlanView })
  async import(@CurrentActor() actor: Actor, @Query() q: ImportQueryDto, @Req() req: FastifyRequest): Promise<PlanView> {
    const upload = await readUpload(req, PLAN_FILE_MAX_BYTES);
    return PlanView.full(
      await this.plans.import(actor, q.unitId, upload.bytes, upload.name, {
        acceptLegacyEncoding: q.acceptLegacyEncoding,
        onDuplicate: q.onDuplicate,
      }),
    );
  }

  @Get()
  @AllowApiKey('read')
  @ApiOperation({ summary: 'Danh sách kế hoạch' })
  @ApiOkResponse({ type: PlanSummaryView, isArray: true })
  async list(@CurrentActor() actor: Actor, @Query() q: PlanListQueryDto): Promise<PlanSummaryView[]> {
    return (await this.plans.list(actor, q.unitId)).map(PlanSummaryView.of);
  }

  @Get(':id')
  @AllowApiKey('read')
  @ApiOperation({ summary: 'Một kế hoạch và nội dung đã đọc' })
  @ApiOkResponse({ type: PlanView })
  async get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<PlanView> {
    return PlanView.full(await this.plans.get(actor, id));
  }

  @Get(':id/versions')
  @ApiOperation({ summary: 'Các phiên bản của kế hoạch' })
  @ApiOkResponse({ type: PlanVersionView, isArray: true })
  async versions(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<PlanVersionView[]> {
    return (await this.plans.versions(actor, id)).map(PlanVersionView.of);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Sửa phần đầu kế hoạch (số, cơ quan, ngày, năm, kỳ báo cáo…)' })
  @ApiOkResponse({ type: PlanView })
  async patch(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() dto: PatchPlanDto): Promise<PlanView> {
    const { rowVersion, ...patch } = dto;
    return PlanView.full(await this.plans.patchHeader(actor, id, rowVersion, patch));
  }

  @Post(':id/tasks')
  @ApiOperation({ summary: 'Thêm một nhiệm vụ vào kế hoạch' })
  @ApiCreatedResponse({ type: PlanView })
  async addTask(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() dto: NewTaskDto): Promise<PlanView> {
    const { rowVersion, ...task } = dto;
    return PlanView.full(await this.plans.addTask(actor, id, rowVersion, task));
  }

  @Patch(':id/tasks/:taskId')
  @ApiOperation({ summary: 'Sửa một nhiệm vụ (tần suất, thời gian, thời hạn viết như văn bản)' })
  @ApiOkResponse({ type: PlanView })
  async patchTask(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('taskId') taskId: string,
    @Body() dto: TaskFieldsDto,
  ): Promise<PlanView> {
    const { rowVersion, ...task } = dto;
    return PlanView.full(await this.plans.patchTask(actor, id, taskId, rowVersion, task));
  }

  @Delete(':id/tasks/:taskId')
  @ApiOperation({ summary: 'Xóa một nhiệm vụ' })
  @ApiOkResponse({ type: PlanView })
  async removeTask(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('taskId') taskId: string,
    @Query() q: RowVersionQueryDto,
  ): Promise<PlanView> {
    return PlanView.full(await this.plans.removeTask(actor, id, taskId, q.rowVersion));
  }

  @Post(':id/activate')
  @ApiOperation({ summary: 'Kích hoạt kế hoạch: sinh lịch của đơn vị (các điểm cần xem lại phải được nêu tên trong acknowledge)' })
  @ApiCreatedResponse({ type: ActivationView })
  async activate(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() dto: ActivateDto): Promise<ActivationView> {
    const { plan, calendar } = await this.plans.activate(actor, id, dto.rowVersion, { acknowledge: dto.acknowledge ?? [] });
    return { plan: PlanView.full(plan), calendar: { ...calendar, obligations: calendar.obligations.length } };
  }
}

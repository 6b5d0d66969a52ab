import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { UnitRefPipe } from '../http/unit-ref.pipe.js';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AllowApiKey, CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { FulfilmentQueryDto, FulfilmentView, ReportQueryDto, ReportView } from './reports.dto.js';
import { ReportsService } from './reports.service.js';
import { ReportFilesService } from './report-files.service.js';

@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly files: ReportFilesService,
  ) {}

  @Get('api/units/:id/fulfilment')
  @AllowApiKey('read')
  @ApiOperation({ summary: 'Kết quả thực hiện theo kế hoạch, nhiệm vụ và kênh trong một kỳ theo lịch' })
  @ApiOkResponse({ type: FulfilmentView })
  async fulfilment(
    @CurrentActor() actor: Actor,
    @Param('id', UnitRefPipe) id: string,
    @Query() q: FulfilmentQueryDto,
  ): Promise<FulfilmentView> {
    return this.reports.fulfilment(actor, id, q.period);
  }

  @Get('api/units/:id/reports')
  @AllowApiKey('read')
  @ApiOperation({ summary: 'Báo cáo kết quả tuyên truyền CCHC của kỳ (JSON, XLSX hoặc DOCX), tổng hợp đơn vị cấp dưới và điểm dự kiến' })
  @ApiProduces(
    'application/json',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  @ApiExtraModels(ReportView)
  @ApiOkResponse({
    description: 'Báo cáo dạng JSON, hoặc tệp XLSX/DOCX theo `format`',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(ReportView) } },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', format: 'binary' } },
    },
  })
  async report(
    @CurrentActor() actor: Actor,
    @Param('id', UnitRefPipe) id: string,
    @Query() q: ReportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReportView | Buffer> {
    const report = await this.reports.report(actor, id, q.period);
    if (!q.format || q.format === 'json') return report as unknown as ReportView;
    const file = await this.files.render(report, q.format);
    reply.header('content-type', file.contentType);
    reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
    return file.body;
  }
}

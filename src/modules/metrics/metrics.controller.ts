import { Controller, Get, Header, Inject, Req } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../../../config/env.schema.js';
import { Public } from '../access/auth.decorators.js';
import { APP_CONFIG } from '../common/app-config.token.js';
import { MetricsAccess } from './metrics-access.js';
import { MetricsService } from './metrics.service.js';

@ApiTags('health')
@Controller()
export class MetricsController {
  private readonly access: MetricsAccess;

  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.access = new MetricsAccess(config.metricsToken);
  }

  /** Prometheus text format, for this machine only, or for whoever holds METRICS_TOKEN. */
  @Get('metrics')
  @Public()
  @ApiOperation({ summary: 'Số liệu Prometheus (chỉ máy này, hoặc kèm METRICS_TOKEN)' })
  @ApiProduces('text/plain')
  @ApiResponse({ status: 200, description: 'Số liệu dạng văn bản Prometheus', content: { 'text/plain': { schema: { type: 'string' } } } })
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  render(@Req() req: FastifyRequest): Promise<string> {
    this.access.assert(req.socket.remoteAddress ?? '', req.headers.authorization);
    return this.metrics.registry.metrics();
  }
}

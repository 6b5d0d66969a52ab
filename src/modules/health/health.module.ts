import { Global, Module } from '@nestjs/common';
import { MetricsController } from '../metrics/metrics.controller.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { HealthController } from './health.controller.js';

@Global()
@Module({ controllers: [HealthController, MetricsController], providers: [MetricsService], exports: [MetricsService] })
export class HealthModule {}

import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module.js';
import { FulfilmentRepository } from './fulfilment.repository.js';
import { FulfilmentTalliesRepository } from './fulfilment-tallies.repository.js';
import { parCriterionProvider } from './par-criterion.provider.js';
import { ReportFilesService } from './report-files.service.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

/** Fulfilment per plan, task and channel, reporting periods, the roll-up, the score projection and the report files. */
@Module({
  imports: [UnitsModule],
  controllers: [ReportsController],
  providers: [FulfilmentRepository, FulfilmentTalliesRepository, ReportsService, ReportFilesService, parCriterionProvider],
  exports: [ReportsService, ReportFilesService, FulfilmentRepository, FulfilmentTalliesRepository],
})
export class ReportsModule {}

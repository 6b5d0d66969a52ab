import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/env.schema.js';
import { AccessModule } from './modules/access/access.module.js';
import { AccountsModule } from './modules/accounts/accounts.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { ChannelsModule } from './modules/channels/channels.module.js';
import { CoreModule, type CoreOverrides } from './modules/common/core.module.js';
import { dataSourceOptions } from './modules/database/data-source.options.js';
import { createDataSource } from './modules/database/sqlite-transactions.js';
import { HealthModule } from './modules/health/health.module.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';
import { DomainExceptionFilter } from './modules/http/domain-exception.filter.js';
import { SecretsModule } from './modules/secrets/secrets.module.js';
import { UnitsModule } from './modules/units/units.module.js';
import { PlansModule } from './modules/plans/plans.module.js';
import { CalendarModule } from './modules/calendar/calendar.module.js';
import { ContentModule } from './modules/content/content.module.js';
import { PhrasesModule } from './modules/phrases/phrases.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { ProofsModule } from './modules/proofs/proofs.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';
import { RemindersModule } from './modules/reminders/reminders.module.js';
import { DispatchModule } from './modules/dispatch/dispatch.module.js';
import { FeedsModule } from './modules/feeds/feeds.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, overrides: CoreOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, overrides),
        TypeOrmModule.forRootAsync({ useFactory: () => dataSourceOptions(config.database), dataSourceFactory: createDataSource }),
        ScheduleModule.forRoot(),
        AuditModule,
        AccessModule,
        HealthModule,
        MetricsModule,
        AccountsModule,
        UnitsModule,
        SecretsModule,
        CalendarModule,
        ContentModule,
        PlansModule,
        PhrasesModule,
        NotificationsModule,
        ChannelsModule,
        ProofsModule,
        ReportsModule,
        RemindersModule,
        DispatchModule.forRoot(overrides.channelAdapters),
        FeedsModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: DomainExceptionFilter }],
    };
  }
}

import { Module } from '@nestjs/common';
import { PlansRepository } from './plans.repository.js';

/** The plans repository on its own, for the modules that read plans (content, calendar) without depending on the plans capability. */
@Module({ providers: [PlansRepository], exports: [PlansRepository] })
export class PlansDataModule {}

import { Global, Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module.js';
import { UnitAccess } from './unit-access.service.js';

/** The one access check (UnitAccess), available to every capability. */
@Global()
@Module({ imports: [UnitsModule], providers: [UnitAccess], exports: [UnitAccess] })
export class AccessModule {}

import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module.js';
import { AtomFeedsController } from './atom-feeds.controller.js';
import { AtomFeedsRepository } from './atom-feeds.repository.js';
import { AtomFeedsService } from './atom-feeds.service.js';

/** Atom feeds of a unit's published web-portal items, behind secret URLs, for portals that pull (issue 13). */
@Module({ imports: [UnitsModule], controllers: [AtomFeedsController], providers: [AtomFeedsRepository, AtomFeedsService] })
export class FeedsModule {}

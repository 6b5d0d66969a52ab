import type { Provider } from '@nestjs/common';
import type { AppConfig } from '../../../config/env.schema.js';
import { loadParCriterion } from '../../../config/par-index/par-criterion.loader.js';
import type { ScoreCriterion } from '../../domain/reports/score-projection.js';
import { APP_CONFIG } from '../common/app-config.token.js';
import { ReferenceData } from '../reference/reference-data.js';

export const PAR_CRITERION = Symbol('PAR_CRITERION');

/** The PAR-Index communication criterion, loaded and checked against the channel catalogue once at start. */
export const parCriterionProvider: Provider = {
  provide: PAR_CRITERION,
  inject: [APP_CONFIG, ReferenceData],
  useFactory: (config: AppConfig, reference: ReferenceData): ScoreCriterion =>
    loadParCriterion(
      config.parCriterionFile,
      reference.vocabulary.channels.map((c) => c.id),
    ),
};

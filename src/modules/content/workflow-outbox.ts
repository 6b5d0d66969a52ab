import type { EntityManager } from 'typeorm';
import type { ContentItemEntity } from './content-item.entity.js';

/**
 * What the workflow asks of dispatch, inside the transition's own transaction: at approval,
 * that every API channel has an account; at publish, the item's publications in the outbox.
 * Provided by the dispatch module; absent, the workflow only changes the status.
 */
export interface WorkflowOutbox {
  assertAccounts(m: EntityManager, item: ContentItemEntity): Promise<void>;
  enqueueNow(m: EntityManager, item: ContentItemEntity): Promise<number>;
}

export const WORKFLOW_OUTBOX = Symbol('WORKFLOW_OUTBOX');

import { expect } from 'chai';
import { itemActions, transition } from '../../../src/domain/content/content-workflow.js';
import { DomainError } from '../../../src/domain/errors/domain-error.js';

describe('workflow messages in Vietnamese', () => {
  it('names the action in Vietnamese when a move is refused, never its English code', () => {
    try {
      transition({ action: 'publish', from: 'draft', approvalOptional: false, role: 'approver' });
      expect.fail('publishing a draft must be refused');
    } catch (e) {
      expect((e as DomainError).message).to.equal('Không thể đăng nội dung đang ở trạng thái bản nháp.');
    }
    for (const action of itemActions) {
      for (const from of ['draft', 'published', 'withdrawn'] as const) {
        try {
          transition({ action, from, approvalOptional: false, role: 'system_admin' });
        } catch (e) {
          expect((e as DomainError).message, `${action} from ${from}`).not.to.match(new RegExp(`\\b(${itemActions.join('|')})\\b`));
        }
      }
    }
  });
});

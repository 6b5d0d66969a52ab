/**
 * The workflow's transition() for every action × state × kind of caller. The expected table
 * is written here from the README's workflow ("draft → in review → approved → scheduled →
 * published; rejected (with a comment) goes back to the author; withdrawn; failed and
 * unconfirmed are for dispatch") and the roles it names, not read from the code's table.
 */
import { expect } from 'chai';
import { type ItemAction, type ItemStatus, itemActions, itemStatuses, transition } from '../../../src/domain/content/content-workflow.js';
import { DomainError } from '../../../src/domain/errors/domain-error.js';

type Who = 'person-editor' | 'person-approver' | 'system';

interface Spec {
  from: ItemStatus[];
  to: ItemStatus;
  /** Who may take it: an editor (and above), an approver (and above), or only the system (queue, dispatch). */
  by: Who;
}

const expected: Record<ItemAction, Spec> = {
  submit: { from: ['draft', 'rejected'], to: 'in_review', by: 'person-editor' },
  approve: { from: ['in_review'], to: 'approved', by: 'person-approver' },
  reject: { from: ['in_review', 'approved'], to: 'rejected', by: 'person-approver' },
  reopen: { from: ['rejected', 'withdrawn', 'in_review', 'failed'], to: 'draft', by: 'person-editor' },
  schedule: { from: ['approved'], to: 'scheduled', by: 'system' },
  unschedule: { from: ['scheduled'], to: 'approved', by: 'system' },
  publish: { from: ['scheduled', 'unconfirmed'], to: 'published', by: 'person-approver' },
  withdraw: { from: ['in_review', 'approved', 'scheduled', 'published', 'unconfirmed', 'failed'], to: 'withdrawn', by: 'person-approver' },
  fail: { from: ['scheduled', 'unconfirmed'], to: 'failed', by: 'system' },
  unconfirm: { from: ['scheduled'], to: 'unconfirmed', by: 'system' },
};

/** Vietnamese names of the states, as a person reads them in a refusal. */
const labels: Record<ItemStatus, string> = {
  draft: 'bản nháp',
  in_review: 'chờ duyệt',
  rejected: 'bị trả lại',
  approved: 'đã duyệt',
  scheduled: 'đã xếp lịch',
  published: 'đã đăng',
  withdrawn: 'đã rút',
  failed: 'phát hành lỗi',
  unconfirmed: 'chưa xác nhận',
};

const roles = ['viewer', 'editor', 'approver', 'unit_admin', 'system_admin'] as const;
const comment = 'Bổ sung số liệu';

function outcome(fn: () => ItemStatus): ItemStatus | string {
  try {
    return fn();
  } catch (e) {
    expect(e).to.be.instanceOf(DomainError);
    return (e as DomainError).code;
  }
}

describe('content workflow: transition() for every action × state', () => {
  it('knows every action and state the table above names', () => {
    expect([...itemActions].sort()).to.deep.equal(Object.keys(expected).sort());
    expect([...itemStatuses].sort()).to.deep.equal(Object.keys(labels).sort());
  });

  for (const action of Object.keys(expected) as ItemAction[]) {
    const spec = expected[action];
    for (const from of Object.keys(labels) as ItemStatus[]) {
      const allowed = spec.from.includes(from);
      it(`${action} from ${from}: ${allowed ? `→ ${spec.to}` : 'refused'}`, () => {
        // The system (queue, dispatch) may take any move whose state fits.
        const bySystem = outcome(() =>
          transition({ action, from, comment, approvalOptional: false, role: 'system_admin', bySystem: true }),
        );
        expect(bySystem).to.equal(allowed ? spec.to : 'TRANSITION_INVALID');
        for (const role of roles) {
          const got = outcome(() => transition({ action, from, comment, approvalOptional: false, role }));
          let want: string;
          if (!allowed) want = 'TRANSITION_INVALID';
          else if (spec.by === 'system') want = 'TRANSITION_SYSTEM_ONLY';
          else if (spec.by === 'person-approver') want = ['approver', 'unit_admin', 'system_admin'].includes(role) ? spec.to : 'FORBIDDEN';
          else want = role === 'viewer' ? 'FORBIDDEN' : spec.to;
          expect(got, `${role}`).to.equal(want);
        }
        if (!allowed) {
          try {
            transition({ action, from, approvalOptional: false, role: 'system_admin' });
          } catch (e) {
            expect((e as DomainError).message).to.include(labels[from]);
            expect((e as DomainError).evidence).to.deep.include({ action, from });
          }
        }
      });
    }
  }

  it('lets an editor approve only where the unit does not require approval', () => {
    expect(transition({ action: 'approve', from: 'in_review', approvalOptional: true, role: 'editor' })).to.equal('approved');
    expect(outcome(() => transition({ action: 'approve', from: 'in_review', approvalOptional: true, role: 'viewer' }))).to.equal(
      'FORBIDDEN',
    );
    expect(outcome(() => transition({ action: 'approve', from: 'in_review', approvalOptional: false, role: 'editor' }))).to.equal(
      'FORBIDDEN',
    );
    // Approval being optional lets nothing else through.
    expect(outcome(() => transition({ action: 'publish', from: 'scheduled', approvalOptional: true, role: 'editor' }))).to.equal(
      'FORBIDDEN',
    );
  });

  it('wants a comment to reject, blank or missing, from every state a rejection starts from', () => {
    for (const from of expected.reject.from) {
      for (const c of [undefined, '', '   ']) {
        expect(
          outcome(() => transition({ action: 'reject', from, comment: c, approvalOptional: false, role: 'approver' })),
          `${from} ${JSON.stringify(c)}`,
        ).to.equal('COMMENT_REQUIRED');
      }
    }
  });
});

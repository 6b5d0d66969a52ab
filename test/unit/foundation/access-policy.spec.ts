import { expect } from 'chai';
import { AccessPolicy } from '../../../src/modules/access/access-policy.js';
import type { Principal } from '../../../src/modules/access/principal.js';
import { DomainError } from '../../../src/domain/errors/domain-error.js';

const user = (grants: Principal['grants']): Principal => ({ kind: 'user', grants });

describe('access policy', () => {
  const editorA = user([{ unitId: 'a', unitPath: '/p/a/', role: 'editor' }]);

  it('lets a role on a unit cover its subtree, not its siblings or parent', () => {
    expect(AccessPolicy.roleOn(editorA, '/p/a/')).to.equal('editor');
    expect(AccessPolicy.roleOn(editorA, '/p/a/v/')).to.equal('editor');
    expect(AccessPolicy.roleOn(editorA, '/p/b/')).to.equal(null);
    expect(AccessPolicy.roleOn(editorA, '/p/')).to.equal(null);
  });

  it('does not confuse a unit whose id starts like another', () => {
    const p = user([{ unitId: 'a', unitPath: '/p/a/', role: 'viewer' }]);
    expect(AccessPolicy.roleOn(p, '/p/ab/')).to.equal(null);
  });

  it('takes the strongest of several grants', () => {
    const p = user([
      { unitId: 'p', unitPath: '/p/', role: 'viewer' },
      { unitId: 'a', unitPath: '/p/a/', role: 'approver' },
    ]);
    expect(AccessPolicy.roleOn(p, '/p/a/x/')).to.equal('approver');
    expect(AccessPolicy.roleOn(p, '/p/b/')).to.equal('viewer');
  });

  it('answers NOT_FOUND outside the view and FORBIDDEN for a weak role', () => {
    const code = (fn: () => void) => {
      try {
        fn();
        return 'none';
      } catch (e) {
        return (e as DomainError).code;
      }
    };
    expect(code(() => AccessPolicy.assert(editorA, '/p/b/', 'viewer', { entity: 'unit', id: 'b' }))).to.equal('NOT_FOUND');
    expect(code(() => AccessPolicy.assert(editorA, '/p/a/', 'unit_admin', { entity: 'unit', id: 'a' }))).to.equal('FORBIDDEN');
    expect(code(() => AccessPolicy.assert(editorA, '/p/a/', 'editor', { entity: 'unit', id: 'a' }))).to.equal('none');
  });

  it('reduces visible prefixes to the outermost ones', () => {
    const p = user([
      { unitId: 'a', unitPath: '/p/a/', role: 'viewer' },
      { unitId: 'v', unitPath: '/p/a/v/', role: 'editor' },
      { unitId: 'b', unitPath: '/p/b/', role: 'viewer' },
    ]);
    expect(AccessPolicy.visiblePrefixes(p)).to.deep.equal(['/p/a/', '/p/b/']);
    expect(AccessPolicy.visiblePrefixes(p, 'editor')).to.deep.equal(['/p/a/v/']);
    expect(AccessPolicy.visiblePrefixes(user([{ unitId: null, unitPath: null, role: 'system_admin' }]))).to.equal(null);
  });
});

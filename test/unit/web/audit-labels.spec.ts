import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { itemActions } from '../../../src/domain/content/content-workflow.js';

/** Every TypeScript source under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The codes a template literal action expands to (`item.${action}`): a new template must be added here. */
const templates: Record<string, string[]> = {
  item: [...itemActions],
  publication: ['confirm', 'fail', 'retry', 'cancel'],
};

describe('web app: the audit log in words a person reads', () => {
  it('has a Vietnamese label for every action code the API records, and none for a code it does not', () => {
    const recorded = new Set<string>();
    const prefixes = new Set<string>();
    for (const file of sources(join(process.cwd(), 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\baction: '([a-z-]+\.[a-z-]+)'/g)) recorded.add(m[1]);
      for (const m of text.matchAll(/\baction: [^,\n]*\? '([a-z-]+\.[a-z-]+)' : '([a-z-]+\.[a-z-]+)'/g)) {
        recorded.add(m[1]);
        recorded.add(m[2]);
      }
      for (const m of text.matchAll(/\baction: `([a-z-]+)\.\$\{/g)) prefixes.add(m[1]);
    }
    expect([...prefixes].sort(), 'template actions (add their expansions to this test)').to.deep.equal(Object.keys(templates).sort());
    for (const [prefix, suffixes] of Object.entries(templates)) for (const s of suffixes) recorded.add(`${prefix}.${s}`);
    expect(recorded.size).to.be.greaterThan(30);

    const labels = readFileSync(join(process.cwd(), 'web/src/audit-labels.ts'), 'utf8');
    const block = /export const auditActionName[^{]*\{([^}]*)\}/.exec(labels)![1];
    const labelled = [...block.matchAll(/^\s*'([a-z-]+\.[a-z-]+)': '([^']+)'/gm)];
    for (const [, , label] of labelled)
      expect(label, 'a label in Vietnamese').to.match(/[ạảãàáâậầấẩẫăắằẳẵặđêếềểễệọỏõòóôốồổỗộơớờởỡợụủũùúưứừửữựịỉĩìíỵỷỹỳý]/i);
    expect(labelled.map((m) => m[1]).sort()).to.deep.equal([...recorded].sort());
  });
});

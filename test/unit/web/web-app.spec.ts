import { expect } from 'chai';
import fc from 'fast-check';
import { chunkFiles, scriptSafeJson } from '../../../src/modules/web/web-app.js';

describe('web app: the page the server sends', () => {
  it('writes JSON for a <script type="application/json"> element that no text can end or escape, and that reads back the same', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = JSON.stringify(value);
        const safe = scriptSafeJson(json);
        expect(safe).to.not.match(/[<>&\u2028\u2029]/);
        expect(JSON.parse(safe)).to.deep.equal(JSON.parse(json));
      }),
      { numRuns: 500 },
    );
    const hostile = { title: '</script><script>alert(1)</script><!-- &amp; \u2028' };
    const safe = scriptSafeJson(JSON.stringify(hostile));
    expect(safe).to.equal(
      '{"title":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026amp; \\u2028"}',
    );
    expect(JSON.parse(safe)).to.deep.equal(hostile);
  });

  it("names a page's chunks: the given ones and all they import, once each, the entry left out", () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true },
      'src/shell.tsx': { file: 'assets/shell.js', imports: ['_client.js', 'index.html', '_session.js'] },
      'src/pages/calendar-page.tsx': { file: 'assets/calendar.js', imports: ['_client.js', '_format.js', 'index.html'] },
      '_client.js': { file: 'assets/client.js' },
      '_session.js': { file: 'assets/session.js', imports: ['_client.js'] },
      '_format.js': { file: 'assets/format.js', imports: ['_client.js'] },
    };
    expect(chunkFiles(manifest, ['src/shell.tsx', 'src/pages/calendar-page.tsx'])).to.deep.equal([
      'assets/shell.js',
      'assets/client.js',
      'assets/session.js',
      'assets/calendar.js',
      'assets/format.js',
    ]);
    expect(chunkFiles(manifest, ['src/pages/unknown.tsx'])).to.deep.equal([]);
  });
});

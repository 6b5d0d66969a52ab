import { expect } from 'chai';
import { ConfigError, parseConfig } from '../../../config/env.schema.js';

describe('configuration', () => {
  it('defaults to the embedded SQLite file and port 3000', () => {
    const c = parseConfig({}, '/srv/loa');
    expect(c.database).to.deep.equal({ kind: 'sqlite', path: '/srv/loa/data/loa.sqlite' });
    expect(c.port).to.equal(3000);
    expect(c.mediaDir).to.equal('/srv/loa/data/media');
  });

  it('keeps the embedded SQLite file in DATA_DIR when DATABASE_URL is not set, so DATA_DIR alone moves all of the data', () => {
    expect(parseConfig({ DATA_DIR: '/tmp/loa-demo' }, '/srv/loa').database).to.deep.equal({
      kind: 'sqlite',
      path: '/tmp/loa-demo/loa.sqlite',
    });
    expect(parseConfig({ DATA_DIR: 'state' }, '/srv/loa').database).to.deep.equal({ kind: 'sqlite', path: '/srv/loa/state/loa.sqlite' });
    expect(parseConfig({ DATA_DIR: '/tmp/loa-demo', DATABASE_URL: 'sqlite:other.sqlite' }, '/srv/loa').database).to.deep.equal({
      kind: 'sqlite',
      path: '/srv/loa/other.sqlite',
    });
  });

  it('switches to PostgreSQL with a postgres:// URL', () => {
    const c = parseConfig({ DATABASE_URL: 'postgres://loa@db.internal:5432/loa', DATABASE_POOL_SIZE: '20' }, '/');
    expect(c.database).to.deep.equal({ kind: 'postgres', url: 'postgres://loa@db.internal:5432/loa', poolSize: 20 });
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      parseConfig({ DATABASE_URL: 'nonsense', PORT: '-1', COOKIE_SECURE: 'maybe', LOA_SECRET_KEYS: 'k1:c2hvcnQ=' }, '/');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ConfigError);
    const vars = (error as ConfigError).issues.map((i) => i.variable).sort();
    expect(vars).to.deep.equal(['COOKIE_SECURE', 'DATABASE_URL', 'LOA_SECRET_KEYS', 'PORT']);
    expect((error as ConfigError).message).to.include('Cấu hình không hợp lệ');
  });

  it('reads rotation keys in order, the first one active', () => {
    const k = (b: number) => Buffer.alloc(32, b).toString('base64');
    const c = parseConfig({ LOA_SECRET_KEYS: `new:${k(1)}, old:${k(2)}` }, '/');
    expect(c.secretKeys.map((x) => x.id)).to.deep.equal(['new', 'old']);
  });
});

/** The `loa` process as a user runs it: configuration errors, the CLI, and a crash mid-write. */
import { expect } from 'chai';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/modules/database/data-source.options.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';

const loa = join(process.cwd(), 'dist', 'src', 'cli', 'loa.js');

function run(args: string[], env: Record<string, string>, input?: string) {
  return spawnSync(process.execPath, [loa, ...args], { env: { PATH: process.env.PATH, ...env }, input, encoding: 'utf8', timeout: 60_000 });
}

describe('loa configuration', () => {
  it('exits non-zero naming every bad variable at once', () => {
    const r = run(['migrate'], { DATABASE_URL: 'nonsense', PORT: '-1', LOG_LEVEL: 'loud' });
    expect(r.status).to.equal(2);
    expect(r.stderr).to.include('CONFIG_INVALID').and.include('DATABASE_URL').and.include('PORT').and.include('LOG_LEVEL');
  });

  it('answers an unknown command as a usage error', () => {
    const r = run(['frobnicate'], {});
    expect(r.status).to.equal(1);
  });
});

describeEachDatabase('loa command line', (kind) => {
  let db: TestDatabase;
  let dir: string;
  let env: Record<string, string>;

  before(async () => {
    db = await createTestDatabase(kind);
    dir = mkdtempSync(join(tmpdir(), 'loa-cli-'));
    env = { DATABASE_URL: db.url, DATA_DIR: dir, LOG_LEVEL: 'silent' };
  });
  after(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('migrates, then says there is nothing left to do', () => {
    const first = run(['migrate'], env);
    expect(first.status, first.stderr).to.equal(0);
    expect(first.stdout).to.include('Foundation');
    const second = run(['migrate'], env);
    expect(second.status).to.equal(0);
    expect(second.stdout).to.include('mới nhất');
  });

  it('imports units from CSV, parents first, idempotently', () => {
    const csv = join(dir, 'units.csv');
    writeFileSync(csv, 'code,name,level,parent_code\n16279,UBND xã Hành Đức,commune,38\n38,UBND tỉnh Thanh Hóa,province,\n');
    const r = run(['units', 'import', csv], env);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.include('Đã tạo 2 đơn vị');
    const again = run(['units', 'import', csv], env);
    expect(again.stdout).to.include('bỏ qua 2');
  });

  it('lists publications of a unit named by its administrative code, and names an unknown code', () => {
    // Its own unit (migrating and importing are idempotent), so the test holds when run alone.
    expect(run(['migrate'], env).status).to.equal(0);
    const csv = join(dir, 'unit-16280.csv');
    writeFileSync(csv, 'code,name,level,parent_code\n16280,UBND xã Hành Lộc,commune,\n');
    expect(run(['units', 'import', csv], env).status).to.equal(0);
    const r = run(['dispatch', 'list', '--unit', '16280', '--json'], env);
    expect(r.status, r.stderr).to.equal(0);
    expect(JSON.parse(r.stdout)).to.deep.equal([]);
    const unknown = run(['dispatch', 'list', '--unit', 'KHONG-CO'], env);
    expect(unknown.status).to.equal(2);
    expect(unknown.stderr).to.include('NOT_FOUND').and.include('Không tìm thấy đơn vị có mã KHONG-CO');
  });

  it('refuses a CSV with bad rows, naming each line, and stores nothing', () => {
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, 'code,name,level,parent_code\n99,,commune,\nx y,Tên,commune,\n');
    const r = run(['units', 'import', csv], env);
    expect(r.status).to.equal(2);
    expect(r.stderr).to.include('CSV_ROWS_INVALID').and.include('"line": 2').and.include('"line": 3');
  });

  it('adds a user with a generated password printed once, and rejects a bad role as usage', () => {
    const r = run(['users', 'add', '--username', 'bientap', '--unit', '16279', '--role', 'editor', '--name', 'Biên tập viên'], env);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/Mật khẩu \(chỉ hiện một lần\): \S{20}/);
    const bad = run(['users', 'add', '--username', 'x1', '--unit', '16279', '--role', 'chief'], env);
    expect(bad.status).to.equal(1);
    const missing = run(['users', 'add', '--username', 'x2', '--unit', 'no-such', '--role', 'viewer'], env);
    expect(missing.status).to.equal(2);
    expect(missing.stderr).to.include('NOT_FOUND');
  });
});

describeEachDatabase('a crash during writes', (kind) => {
  let db: TestDatabase;
  let dir: string;
  after(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves a database that starts cleanly after SIGKILL', async function () {
    this.timeout(90_000);
    db = await createTestDatabase(kind);
    dir = mkdtempSync(join(tmpdir(), 'loa-kill-'));
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const env = { PATH: process.env.PATH ?? '', DATABASE_URL: db.url, DATA_DIR: dir, LOG_LEVEL: 'silent', PORT: String(port) };
    const start = () => spawn(process.execPath, [loa, 'serve', '--demo'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const base = `http://127.0.0.1:${port}`;
    const waitHealthy = async () => {
      for (let i = 0; i < 200; i++) {
        try {
          const r = await fetch(`${base}/health`);
          if (r.status === 200) return;
        } catch {
          /* not up yet */
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('server did not become healthy');
    };
    let out = '';
    const first = start();
    first.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await waitHealthy();
    const password = /Mật khẩu \(chỉ hiện một lần\): (\S+)/.exec(out)?.[1];
    expect(password, out).to.be.a('string');
    const loginRes = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    const { token, user } = (await loginRes.json()) as { token: string; user: { unitId: string } };
    const h = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    // Writers in flight when the process is killed.
    let created = 0;
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; ; i++) {
        try {
          const r = await fetch(`${base}/api/units`, {
            method: 'POST',
            headers: h,
            body: JSON.stringify({ parentId: user.unitId, name: `Đơn vị ${w}-${i}`, level: 'commune' }),
          });
          if (r.status === 201) created++;
        } catch {
          return;
        }
      }
    });
    await new Promise((r) => setTimeout(r, 1500));
    first.kill('SIGKILL');
    await Promise.all(writers);
    expect(created).to.be.greaterThan(0);
    const second = start();
    try {
      await waitHealthy();
      const login2 = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }),
      });
      const t2 = ((await login2.json()) as { token: string }).token;
      const units = (await (await fetch(`${base}/api/units`, { headers: { authorization: `Bearer ${t2}` } })).json()) as unknown[];
      // Three demo units plus every write that was acknowledged (and perhaps one that was not).
      expect(units.length).to.be.at.least(3 + created);
      // Every unit that survived has its audit entry: a change and its record commit together.
      const ds = new DataSource(dataSourceOptions(db.config));
      await ds.initialize();
      try {
        const [{ n }] = (await ds.query(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'unit.create'`)) as { n: string | number }[];
        expect(Number(n)).to.equal(units.length);
      } finally {
        await ds.destroy();
      }
    } finally {
      second.kill('SIGKILL');
    }
  });
});

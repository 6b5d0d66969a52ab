/**
 * The plan's `document` as the OpenAPI document describes it (src/modules/plans/plan-document.view.ts),
 * the web app's types being generated from that description: every plan the seeds give, read back
 * through GET /api/plans/:id and …/versions, has only described properties, every required one, and
 * values of the described types, all the way down (tasks, quota, timeframe, deadline, evidence,
 * needsReview, reporting, source).
 */
import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { systemActor } from '../../src/modules/access/principal.js';
import { PlansService } from '../../src/modules/plans/plans.service.js';
import { login, seedTree, type Tree } from '../support/fixtures.js';
import { seedsDir, seedText } from '../support/seeds.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';

interface Schema {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  oneOf?: Schema[];
  allOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
}

/** Where a value departs from its schema ("" when it does not); paths like document.tasks[2].quota.per. */
function departure(value: unknown, schema: Schema, schemas: Record<string, Schema>, at: string): string {
  if (value === null && schema.nullable) return '';
  if (schema.$ref) return departure(value, schemas[schema.$ref.replace('#/components/schemas/', '')]!, schemas, at);
  if (schema.allOf) return schema.allOf.map((s) => departure(value, s, schemas, at)).find(Boolean) ?? '';
  if (value === null) return `${at}: null, not described as nullable`;
  if (schema.oneOf)
    return schema.oneOf.some((s) => departure(value, s, schemas, at) === '') ? '' : `${at}: ${JSON.stringify(value)} fits none of oneOf`;
  if (schema.enum && !schema.enum.includes(value)) return `${at}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`;
  const type = Array.isArray(value) ? 'array' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
  if (schema.type === 'array') {
    if (type !== 'array') return `${at}: ${type}, described as an array`;
    return (value as unknown[]).map((v, i) => departure(v, schema.items!, schemas, `${at}[${i}]`)).find(Boolean) ?? '';
  }
  if (schema.type === 'object' || schema.properties) {
    if (type !== 'object') return `${at}: ${type}, described as an object`;
    const o = value as Record<string, unknown>;
    const missing = (schema.required ?? []).find((k) => !(k in o));
    if (missing) return `${at}.${missing}: required, absent`;
    for (const [k, v] of Object.entries(o)) {
      const described = schema.properties?.[k];
      if (!described) {
        if (schema.additionalProperties) continue;
        return `${at}.${k}: sent but not described`;
      }
      const d = departure(v, described, schemas, `${at}.${k}`);
      if (d) return d;
    }
    return '';
  }
  if (schema.type === 'number' && type !== 'number' && type !== 'integer') return `${at}: ${type}, described as a number`;
  if (schema.type && schema.type !== 'number' && schema.type !== type && !(schema.type === 'integer' && type === 'integer'))
    return `${at}: ${type}, described as ${schema.type}`;
  return '';
}

describeEachDatabase('the plan document in the OpenAPI document', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;

  before(async function () {
    this.timeout(60_000);
    db = await createTestDatabase(kind);
    t = await startTestApp(db);
    tree = await seedTree(t.app);
  });
  after(async () => {
    await t?.close();
    await db?.drop();
  });

  it('describes every plan the seeds give, as GET /api/plans/:id and …/versions send it', async function () {
    this.timeout(120_000);
    const doc = (await (await fetch(`${t.baseUrl}/api/docs/openapi.json`)).json()) as { components: { schemas: Record<string, Schema> } };
    const schemas = doc.components.schemas;
    expect(JSON.stringify(schemas.PlanView!.properties!.document)).to.contain('#/components/schemas/PlanDocumentView');
    const plans = t.app.get(PlansService);
    const session = await login(t.baseUrl, tree.users.viewer.username);
    const seeds = readdirSync(seedsDir)
      .filter((f) => /^\d{3}_.*\.txt$/.test(f))
      .map((f) => f.slice(0, 3));
    expect(seeds.length).to.be.greaterThan(2);
    let tasks = 0;
    for (const seed of seeds) {
      const draft = await plans.import(systemActor, tree.communeA.id, Buffer.from(seedText(seed)), `${seed}.txt`);
      const plan = await fetch(`${t.baseUrl}/api/plans/${draft.id}`, { headers: { cookie: session.cookie } });
      expect(plan.status).to.equal(200);
      const body = (await plan.json()) as { document: { tasks: unknown[] } };
      tasks += body.document.tasks.length;
      expect(departure(body, { $ref: '#/components/schemas/PlanView' }, schemas, `plan ${seed}`)).to.equal('');
      const versions = await fetch(`${t.baseUrl}/api/plans/${draft.id}/versions`, { headers: { cookie: session.cookie } });
      expect(
        departure(
          await versions.json(),
          { type: 'array', items: { $ref: '#/components/schemas/PlanVersionView' } },
          schemas,
          `versions ${seed}`,
        ),
      ).to.equal('');
    }
    expect(tasks, 'the seeds give tasks to check').to.be.greaterThan(5);
  });

  it('finds a departure when there is one (the checker is not blind)', () => {
    const schemas: Record<string, Schema> = {
      E: { type: 'object', properties: { line: { type: 'number' }, text: { type: 'string' } }, required: ['line', 'text'] },
    };
    expect(departure({ line: 1, text: 'a' }, { $ref: '#/components/schemas/E' }, schemas, 'e')).to.equal('');
    expect(departure({ line: 1 }, { $ref: '#/components/schemas/E' }, schemas, 'e')).to.equal('e.text: required, absent');
    expect(departure({ line: 1, text: 'a', extra: 2 }, { $ref: '#/components/schemas/E' }, schemas, 'e')).to.equal(
      'e.extra: sent but not described',
    );
    expect(departure({ line: '1', text: 'a' }, { $ref: '#/components/schemas/E' }, schemas, 'e')).to.equal(
      'e.line: string, described as a number',
    );
    expect(departure(null, { $ref: '#/components/schemas/E' }, schemas, 'e')).to.equal('e: null, not described as nullable');
  });
});

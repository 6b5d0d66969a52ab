import { startTestApp } from './dist/test/support/test-app.js';
import { createTestDatabase } from './dist/test/support/test-databases.js';
const db = await createTestDatabase('sqlite');
const t = await startTestApp(db);
const doc = await (await fetch(t.baseUrl + '/api/docs/openapi.json')).json();
for (const [p, ops] of Object.entries(doc.paths)) for (const [m, op] of Object.entries(ops)) {
  console.log(m.toUpperCase(), p, op.summary ?? '-', JSON.stringify((op.parameters ?? []).map(x => `${x.in}:${x.name}`)), op.requestBody ? Object.keys(op.requestBody.content).join('|') : '', Object.entries(op.responses).map(([k, v]) => k + (v.content ? '+' : '')).join(','), JSON.stringify(op.security ?? null));
}
await t.close(); await db.drop();

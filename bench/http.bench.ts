/**
 * npm run bench -- http [seconds]
 * Requests/s and p99 of an authenticated GET /api/units/:id next to the same adapter's bare
 * hello-world route, each server in its own process, autocannon in this one, on loopback.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const seconds = Number(process.argv[2] ?? 5);
const connections = 10;

async function startServer(mode: string): Promise<{ child: ChildProcess; info: { port: number; token?: string; unitId?: string } }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./http-server.js', import.meta.url)), mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const rl = createInterface({ input: child.stdout! });
  const line = await new Promise<string>((resolve, reject) => {
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`server ${mode} exited ${code}`)));
  });
  return { child, info: JSON.parse(line) };
}

async function load(url: string, headers: Record<string, string>): Promise<{ rps: number; p99: number; errors: number; non2xx: number }> {
  // Warm-up, then the measured run.
  await autocannon({ url, headers, connections, duration: 1 });
  const r = await autocannon({ url, headers, connections, duration: seconds });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

// Both servers stay up; rounds alternate between them so that a busy moment of the machine
// falls on both, and the median round of each counts.
const hello = await startServer('hello');
const loa = await startServer('loa');
process.on('exit', () => {
  hello.child.kill();
  loa.child.kill();
});
const rounds = 5;
const helloRuns: Awaited<ReturnType<typeof load>>[] = [];
const routeRuns: Awaited<ReturnType<typeof load>>[] = [];
for (let i = 0; i < rounds; i++) {
  helloRuns.push(await load(`http://127.0.0.1:${hello.info.port}/hello`, {}));
  routeRuns.push(
    await load(`http://127.0.0.1:${loa.info.port}/api/units/${loa.info.unitId}`, { authorization: `Bearer ${loa.info.token}` }),
  );
}
hello.child.kill();
loa.child.kill();
const median = (runs: Awaited<ReturnType<typeof load>>[]) => [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)]!;
const helloResult = median(helloRuns);
const routeResult = median(routeRuns);
// Each round pairs a hello run with the route run right after it; the median of those
// ratios is steadier than a ratio of medians when the machine's speed drifts.
const ratios = routeRuns.map((r, i) => r.rps / helloRuns[i]!.rps).sort((a, b) => a - b);
const ratio = ratios[Math.floor(ratios.length / 2)]!;

console.log(`bare hello (Nest + Fastify):        ${helloResult.rps.toFixed(0)} req/s, p99 ${helloResult.p99} ms`);
console.log(
  `GET /api/units/:id (authenticated): ${routeResult.rps.toFixed(0)} req/s, p99 ${routeResult.p99} ms, non-2xx ${routeResult.non2xx}, errors ${routeResult.errors}`,
);
console.log(
  JSON.stringify({
    helloRps: Math.round(helloResult.rps),
    routeRps: Math.round(routeResult.rps),
    ratio: Number(ratio.toFixed(3)),
    routeP99Ms: routeResult.p99,
    routeNon2xx: routeResult.non2xx,
    seconds,
    rounds,
    connections,
    helloRuns: helloRuns.map((r) => Math.round(r.rps)),
    routeRuns: routeRuns.map((r) => Math.round(r.rps)),
    roundRatios: ratios.map((r) => Number(r.toFixed(3))),
  }),
);
process.exit(0);

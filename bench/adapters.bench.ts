/**
 * npm run bench -- adapters [seconds]
 * The measurement behind the choice of HTTP adapter: the same Nest hello-world controller on
 * @nestjs/platform-express and on @nestjs/platform-fastify, each in its own process, loaded by
 * autocannon on loopback in the same run.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const seconds = Number(process.argv[2] ?? 8);

async function measure(mode: string): Promise<{ rps: number; p99: number }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./http-server.js', import.meta.url)), mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (c) => reject(new Error(`${mode} exited ${c}`)));
  });
  const { port } = JSON.parse(line) as { port: number };
  const url = `http://127.0.0.1:${port}/hello`;
  await autocannon({ url, connections: 10, duration: 2 });
  const r = await autocannon({ url, connections: 10, duration: seconds });
  child.kill();
  return { rps: Math.round(r.requests.average), p99: r.latency.p99 };
}

const express = await measure('hello-express');
const fastify = await measure('hello');
console.log(`Nest hello-world on Express: ${express.rps} req/s, p99 ${express.p99} ms`);
console.log(`Nest hello-world on Fastify: ${fastify.rps} req/s, p99 ${fastify.p99} ms`);
console.log(
  JSON.stringify({
    expressRps: express.rps,
    fastifyRps: fastify.rps,
    fastifyOverExpress: Number((fastify.rps / express.rps).toFixed(2)),
    seconds,
  }),
);
process.exit(0);

import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of this process: Node's defaults plus HTTP request counts and durations. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'loa_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'loa_http_request_duration_seconds',
    help: 'HTTP request duration by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Label-bound children, kept per (method, route[, status]) so that a request does not hash its labels. */
  private readonly counters = new Map<string, { inc(): void }>();
  private readonly timers = new Map<string, { observe(v: number): void }>();

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${route}`;
    let timer = this.timers.get(key);
    if (!timer) this.timers.set(key, (timer = this.httpDuration.labels({ method, route })));
    timer.observe(seconds);
    const ckey = `${key} ${status}`;
    let counter = this.counters.get(ckey);
    if (!counter) this.counters.set(ckey, (counter = this.httpRequests.labels({ method, route, status: String(status) })));
    counter.inc();
  }
}

import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config/env.schema.js';
import { AppModule } from './app.module.js';
import type { CoreOverrides } from './modules/common/core.module.js';
import { createPino, PinoNestLogger } from './modules/common/pino-logger.js';
import { migrate } from './modules/database/migrate.js';
import { clientErrorHandler, frameworkErrors, jsonDepthExceeds, MAX_JSON_DEPTH, tooDeep } from './modules/http/edge-errors.js';
import { documentErrors } from './modules/http/openapi-errors.js';
import { UnitRefResolvingPipe } from './modules/http/unit-ref-resolving.pipe.js';
import { validationPipe } from './modules/http/validation.pipe.js';
import { MetricsService } from './modules/metrics/metrics.service.js';
import { Clock } from './modules/common/clock.js';
import { isApiPath, registerWebApp, webAppHeaders } from './modules/web/web-app.js';

const BODY_LIMIT = 2 * 1024 * 1024;
const requestIdPattern = /^[A-Za-z0-9._:-]{1,64}$/;

export interface CreateAppOptions extends CoreOverrides {
  /** Called on the Fastify instance before Nest registers routes (tests list routes this way). */
  onFastify?: (instance: FastifyInstance) => void;
}

/**
 * Builds the HTTP application: Fastify (chosen by measurement, see README), JSON logs with a
 * request id, security headers, cookies, validation at the edge, one error filter, OpenAPI
 * at /api/docs from the DTOs, Prometheus metrics. Migrations run first.
 */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  await migrate(config.database);
  const logger = createPino(config.logLevel);
  // Fastify's own logger would build a child logger for every request; one line per answered
  // request is written in onResponse instead (with the request id), and only at level info.
  const adapter = new FastifyAdapter({
    logger: false,
    genReqId: (req: IncomingMessage) => {
      const h = req.headers['x-request-id'];
      return typeof h === 'string' && requestIdPattern.test(h) ? h : randomUUID();
    },
    bodyLimit: BODY_LIMIT,
    frameworkErrors,
    clientErrorHandler,
  });
  options.onFastify?.(adapter.getInstance() as unknown as FastifyInstance);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options), adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  // JSON as Fastify parses it (prototype poisoning refused), after a depth check that no parser
  // or class-transformer ever recurses through a body nested thousands of levels deep.
  const defaultJsonParser = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit: BODY_LIMIT }, (req, body, done) => {
    const text = body.toString('utf8');
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) return done(tooDeep(MAX_JSON_DEPTH), undefined);
    defaultJsonParser(req as FastifyRequest, text, done);
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 5 } });
  // Security headers. The documentation pages are HTML: helmet's full set, its middleware built
  // once (@fastify/helmet rebuilds it on every request). Every other answer is JSON (or an
  // iCalendar / Prometheus text), which gets the short set OWASP's REST cheat sheet names.
  const documentHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  const apiHeaders: Record<string, string> = {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    ...(config.cookieSecure ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
  const webHeaders = webAppHeaders();
  fastify.addHook('onRequest', (req, reply, done) => {
    void reply.header('x-request-id', req.id);
    if (req.url.startsWith('/api/docs')) return documentHeaders(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
    if (!isApiPath(req.url)) return webHeaders(req, reply, done);
    void reply.headers(apiHeaders);
    done();
  });
  const metrics = app.get(MetricsService);
  const logRequests = logger.isLevelEnabled('info');
  fastify.addHook('onResponse', (req, reply, done) => {
    const route = req.routeOptions.url ?? 'unmatched';
    metrics.observe(req.method, route, reply.statusCode, reply.elapsedTime / 1000);
    if (logRequests) {
      logger.info(
        { reqId: req.id, method: req.method, route, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 },
        'request',
      );
    }
    done();
  });
  // The web app (web/, built into dist/web) at `/`; the API stays under /api.
  const clock = app.get(Clock);
  await registerWebApp(fastify as unknown as FastifyInstance, join(dirname(fileURLToPath(import.meta.url)), '..', 'web'), () =>
    clock.now(),
  );
  // Validation first; then unit codes in bodies and queries become ids (`@IsUnitRef()` fields).
  app.useGlobalPipes(validationPipe, new UnitRefResolvingPipe(app.get(DataSource)));
  const doc = new DocumentBuilder()
    .setTitle('Loa API')
    .setDescription('Kế hoạch tuyên truyền CCHC: kế hoạch, lịch, nội dung, phát hành và báo cáo')
    .setVersion('0.1.0')
    .addBearerAuth()
    .addCookieAuth('loa_session')
    .build();
  SwaggerModule.setup('api/docs', app, () => documentErrors(SwaggerModule.createDocument(app, doc)), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
  app.enableShutdownHooks();
  await app.init();
  return app;
}

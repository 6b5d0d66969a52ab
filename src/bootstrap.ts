import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config/env.schema.js';
import { AppModule } from './app.module.js';
import type { CoreOverrides } from './modules/common/core.module.js';
import { createPino, PinoNestLogger } from './modules/common/pino-logger.js';
import { migrate } from './modules/database/migrate.js';
import { validationPipe } from './modules/http/validation.pipe.js';
import { MetricsService } from './modules/metrics/metrics.service.js';

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
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    genReqId: (req: IncomingMessage) => {
      const h = req.headers['x-request-id'];
      return typeof h === 'string' && requestIdPattern.test(h) ? h : randomUUID();
    },
    bodyLimit: 2 * 1024 * 1024,
  });
  options.onFastify?.(adapter.getInstance() as unknown as FastifyInstance);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options), adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 5 } });
  // helmet's middleware is built once (@fastify/helmet rebuilds it on every request).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  fastify.addHook('onRequest', (req, reply, done) => securityHeaders(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined)));
  const metrics = app.get(MetricsService);
  fastify.addHook('onRequest', async (req, reply) => {
    void reply.header('x-request-id', req.id);
  });
  fastify.addHook('onResponse', async (req, reply) => {
    metrics.observe(req.method, req.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });
  app.useGlobalPipes(validationPipe);
  const doc = new DocumentBuilder()
    .setTitle('Loa API')
    .setDescription('Kế hoạch tuyên truyền CCHC: kế hoạch, lịch, nội dung, phát hành và báo cáo')
    .setVersion('0.1.0')
    .addBearerAuth()
    .addCookieAuth('loa_session')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc), { jsonDocumentUrl: 'api/docs/openapi.json' });
  app.enableShutdownHooks();
  await app.init();
  return app;
}

import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, errorCatalogue } from '../../domain/errors/domain-error.js';
import { codeOfHttpStatus, statusOf } from './error-status.js';

/** A status Nest or Fastify raised by itself, as a code of the catalogue with its Vietnamese message. */
function knownStatus(status: number): { code: string; message: string } | undefined {
  const code = codeOfHttpStatus[status];
  return code ? { code, message: errorCatalogue[code].message } : undefined;
}

/**
 * The one place errors become HTTP answers: `{ error: { code, message, evidence }, requestId }`,
 * the message in Vietnamese. Domain errors map by code; Nest's own (routing, pipes) by
 * status; anything else is an internal error, logged with its stack and never shown.
 */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const req = ctx.getRequest<FastifyRequest>();
    let status: number;
    let body: { code: string; message: string; evidence: Record<string, unknown> };
    if (exception instanceof DomainError) {
      status = statusOf(exception.code);
      body = { code: exception.code, message: exception.message, evidence: exception.evidence };
      if (exception.code === 'LOGIN_RATE_LIMITED' && typeof exception.evidence.retryAfterSec === 'number') {
        void reply.header('retry-after', String(exception.evidence.retryAfterSec));
      }
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      const known = knownStatus(status) ?? { code: 'HTTP_' + status, message: 'Yêu cầu không thực hiện được.' };
      const response = exception.getResponse();
      const detail = typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : response;
      body = { code: known.code, message: known.message, evidence: detail !== undefined ? { detail } : {} };
    } else if (isFastifyError(exception)) {
      status = exception.statusCode;
      const known = knownStatus(status) ?? { code: exception.code, message: 'Yêu cầu không hợp lệ.' };
      body = { code: known.code, message: known.message, evidence: { detail: exception.message } };
    } else {
      status = 500;
      body = { code: 'INTERNAL', message: errorCatalogue.INTERNAL.message, evidence: {} };
      this.logger.error({ err: exception, reqId: req.id }, exception instanceof Error ? exception.stack : String(exception));
    }
    // A refused upload is not read to its end: close the connection rather than drain it.
    if (status === 413) void reply.header('connection', 'close');
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send({ error: body, requestId: req.id });
  }
}

function isFastifyError(e: unknown): e is { statusCode: number; code: string; message: string } {
  return typeof e === 'object' && e !== null && typeof (e as { statusCode?: unknown }).statusCode === 'number' && typeof (e as { code?: unknown }).code === 'string';
}

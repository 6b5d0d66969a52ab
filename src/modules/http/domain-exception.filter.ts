import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, errorCatalogue, type ErrorCode } from '../../domain/errors/domain-error.js';
import { codeOfHttpStatus, statusOf } from './error-status.js';

/** A status Nest or Fastify raised by itself, as a code of the catalogue with its Vietnamese message. */
function knownStatus(status: number): { code: string; message: string } | undefined {
  const code = codeOfHttpStatus[status];
  return code ? { code, message: errorCatalogue[code].message } : undefined;
}

/** Fastify's own refusals (body parsing, multipart), by their code, in Vietnamese. */
const fastifyCodes: Record<string, { code: ErrorCode; message: string; status?: number }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'BAD_REQUEST', message: 'Dữ liệu JSON không đọc được.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'BAD_REQUEST', message: 'Yêu cầu khai báo JSON nhưng không có nội dung.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'BAD_REQUEST', message: 'Độ dài nội dung khai báo không khớp với dữ liệu gửi lên.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu gửi lên quá lớn.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Kiểu dữ liệu gửi lên không được hỗ trợ.' },
  FST_ERR_CTP_INVALID_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Kiểu dữ liệu gửi lên không hợp lệ.' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: 'UPLOAD_MALFORMED', message: 'Yêu cầu không phải multipart/form-data hợp lệ.', status: 400 },
  FST_PARTS_LIMIT: { code: 'UPLOAD_MALFORMED', message: 'Yêu cầu multipart có quá nhiều phần.', status: 400 },
  FST_FILES_LIMIT: { code: 'UPLOAD_MALFORMED', message: 'Mỗi lần chỉ gửi một tệp.', status: 400 },
  FST_FIELDS_LIMIT: { code: 'UPLOAD_MALFORMED', message: 'Yêu cầu multipart có quá nhiều trường.', status: 400 },
  FST_PROTO_VIOLATION: { code: 'UPLOAD_MALFORMED', message: 'Tên trường multipart không hợp lệ.', status: 400 },
  FST_MP_PREMATURE_CLOSE: { code: 'UPLOAD_MALFORMED', message: 'Yêu cầu multipart bị cắt ngang trước khi gửi xong.', status: 400 },
  FST_INVALID_JSON_FIELD_ERROR: {
    code: 'UPLOAD_MALFORMED',
    message: 'Một trường multipart khai báo JSON nhưng không đọc được.',
    status: 400,
  },
  FST_REQ_FILE_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'Tệp quá lớn.', status: 413 },
};

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
      // Nest's own answers (an unknown route, a method not allowed…) carry English text such as
      // "Cannot GET /x"; the person reads the Vietnamese message, and the evidence never quotes the URL.
      status = exception.getStatus();
      const known = knownStatus(status) ?? { code: 'HTTP_' + status, message: 'Yêu cầu không thực hiện được.' };
      body = { code: known.code, message: known.message, evidence: status === 404 ? { method: req.method } : {} };
    } else if (isFastifyError(exception)) {
      status = exception.statusCode;
      const byCode = fastifyCodes[exception.code];
      const known = byCode ?? knownStatus(status) ?? { code: 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ.' };
      if (byCode?.status) status = byCode.status;
      body = { code: known.code, message: known.message, evidence: { reason: exception.code } };
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
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { statusCode?: unknown }).statusCode === 'number' &&
    typeof (e as { code?: unknown }).code === 'string'
  );
}

/**
 * Answers the framework gives before a request reaches Nest: a path parameter over the router's
 * limit (414), a URL that does not decode (400), headers too large for Node (431), a client that
 * never finished (408), and JSON nested deeper than any Loa body. Each is the usual
 * `{ error: { code, message, evidence }, requestId }` in Vietnamese, and none echoes the URL or
 * the value: Fastify's and Node's own answers quoted the whole URL in English.
 */
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors/domain-error.js';

/** Fastify's router refuses a path parameter longer than this (its `maxParamLength` default). */
export const MAX_PARAM_LENGTH = 100;

/** Loa's bodies are at most a few levels deep; a client that sends more is refused before any parser recurses. */
export const MAX_JSON_DEPTH = 32;

const frameworkAnswers: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    code: 'URI_TOO_LONG',
    message: 'Địa chỉ yêu cầu quá dài: một phần của đường dẫn vượt quá 100 ký tự.',
  },
  FST_ERR_BAD_URL: { status: 400, code: 'BAD_URL', message: 'Địa chỉ yêu cầu không hợp lệ (không giải mã được).' },
};

/** Fastify's `frameworkErrors`: router failures, answered in Vietnamese without the path. */
export function frameworkErrors(error: { code?: string; statusCode?: number }, req: FastifyRequest, reply: FastifyReply): void {
  const known = (error.code && frameworkAnswers[error.code]) || {
    status: error.statusCode ?? 400,
    code: 'BAD_REQUEST',
    message: 'Yêu cầu không hợp lệ.',
  };
  void reply
    .status(known.status)
    .header('content-type', 'application/json; charset=utf-8')
    .header('x-request-id', req.id)
    .send({ error: { code: known.code, message: known.message, evidence: {} }, requestId: req.id });
}

const clientAnswers: Record<string, { status: number; reason: string; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    code: 'HEADERS_TOO_LARGE',
    message: 'Phần đầu (header) của yêu cầu quá lớn.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: 'Request Timeout',
    code: 'REQUEST_TIMEOUT',
    message: 'Yêu cầu gửi quá chậm, máy chủ đã ngừng chờ.',
  },
};

/** Node's `clientError`: a request Node could not parse never reaches Fastify. Written on the socket, as Fastify's default does. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known = (error.code && clientAnswers[error.code]) || {
    status: 400,
    reason: 'Bad Request',
    code: 'BAD_REQUEST',
    message: 'Yêu cầu không đọc được.',
  };
  const body = JSON.stringify({ error: { code: known.code, message: known.message, evidence: {} }, requestId: randomUUID() });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${known.status} ${known.reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/**
 * The deepest nesting of arrays and objects in a JSON text, stopping as soon as `limit` is
 * passed. One pass over the characters, skipping strings; no parser (V8's, or
 * class-transformer walking the result) ever sees a body nested thousands deep. Hand-written:
 * JSON parsers offer no depth option, and the check must come before parsing.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

export function tooDeep(limit: number): DomainError {
  return new DomainError('JSON_TOO_DEEP', `Dữ liệu JSON lồng nhau quá sâu (tối đa ${limit} cấp).`, { maxDepth: limit });
}

import { type ErrorCode, errorCatalogue } from '../../domain/errors/domain-error.js';

/**
 * Domain error code → HTTP status. The statuses are in the one catalogue of codes
 * (errors/error-catalogue.ts), next to each code's Vietnamese message; a code that is not
 * there does not compile. A code forged at run time (a cast) is a bug: 500.
 */
export const statusOf = (code: ErrorCode): number =>
  (errorCatalogue as Record<string, { status: number } | undefined>)[code]?.status ?? 500;

/** What a status that Nest or Fastify raised by itself (routing, pipes, body limits) answers: a code of the catalogue. */
export const codeOfHttpStatus: Partial<Record<number, ErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

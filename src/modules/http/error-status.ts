/**
 * Domain error codes → HTTP statuses, in one table. A code not listed here is bad input (422).
 */
export const errorStatus: Record<string, number> = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  LOGIN_FAILED: 401,
  FORBIDDEN: 403,
  API_KEY_PURPOSE: 403,
  CSRF_FAILED: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  UNIT_CODE_TAKEN: 409,
  USERNAME_TAKEN: 409,
  SLOT_TAKEN: 409,
  QUEUE_SLOTS_PAST: 409,
  SLOT_IN_PAST: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  LOGIN_RATE_LIMITED: 429,
  SECRET_KEY_UNKNOWN: 500,
  SECRET_TAMPERED: 500,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
};

export const statusOf = (code: string): number => errorStatus[code] ?? 422;

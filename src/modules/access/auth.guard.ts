import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../domain/errors/domain-error.js';
import { AuthService } from '../accounts/auth.service.js';
import { API_KEY_PREFIX, tokenHash } from '../accounts/tokens.js';
import { API_KEY_PURPOSES, type AuthenticatedRequest, PUBLIC_ROUTE } from './auth.decorators.js';
import type { ApiKeyPurpose } from './roles.js';

export const SESSION_COOKIE = 'loa_session';
export const CSRF_HEADER = 'x-csrf-token';
/**
 * The session's CSRF token, also handed to the web app as a cookie it can read (not HttpOnly,
 * SameSite=Strict, expiring with the session): every tab of the browser finds it, and a page of
 * another site can neither read it nor send it. It proves nothing by itself: the guard compares
 * the X-CSRF-Token header with the session's stored hash, never with this cookie.
 */
export const CSRF_COOKIE = 'loa_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route is authenticated unless marked @Public. A bearer token is a session token or
 * an integration key; the session cookie works too, and then every unsafe method must echo
 * the session's CSRF token in X-CSRF-Token (the cookie is also SameSite=Strict). The web app reads
 * that token from the CSRF_COOKIE the log-in sets beside the session cookie.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest & { cookies?: Record<string, string | undefined> }>();
    const header = req.headers.authorization;
    const bearer = header && /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (bearer?.startsWith(API_KEY_PREFIX)) {
      const principal = await this.auth.principalForApiKey(bearer);
      if (!principal) throw unauthenticated();
      const allowed = this.reflector.getAllAndOverride<ApiKeyPurpose[]>(API_KEY_PURPOSES, targets) ?? [];
      if (!allowed.includes(principal.purpose as ApiKeyPurpose)) {
        throw new DomainError('API_KEY_PURPOSE', 'Khóa tích hợp này không được cấp cho thao tác này.', {
          purpose: principal.purpose,
          allowed,
        });
      }
      req.principal = principal;
      return true;
    }
    const cookieToken = req.cookies?.[SESSION_COOKIE];
    const token = bearer ?? cookieToken;
    if (!token) throw unauthenticated();
    const found = await this.auth.principalForSession(token);
    if (!found) throw unauthenticated();
    if (!bearer && !SAFE_METHODS.has(req.method)) {
      const presented = req.headers[CSRF_HEADER];
      const ok =
        typeof presented === 'string' && timingSafeEqual(Buffer.from(tokenHash(presented), 'hex'), Buffer.from(found.csrfHash, 'hex'));
      if (!ok) throw new DomainError('CSRF_FAILED', 'Thiếu hoặc sai mã chống giả mạo yêu cầu (X-CSRF-Token).', { header: CSRF_HEADER });
    }
    req.principal = found.principal;
    return true;
  }
}

function unauthenticated(): DomainError {
  return new DomainError('UNAUTHENTICATED', 'Bạn cần đăng nhập để thực hiện thao tác này.', {});
}

import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor, Principal } from './principal.js';
import type { ApiKeyPurpose } from './roles.js';

export const PUBLIC_ROUTE = 'loa:public';
export const API_KEY_PURPOSES = 'loa:api-key-purposes';

/** The route answers without authentication. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** Integration keys of these purposes may call the route (others get 403). */
export const AllowApiKey = (...purposes: ApiKeyPurpose[]): MethodDecorator & ClassDecorator => SetMetadata(API_KEY_PURPOSES, purposes);

export interface AuthenticatedRequest extends FastifyRequest {
  principal?: Principal;
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!req.principal) throw new Error('CurrentActor used on a public route');
  return { principal: req.principal, requestId: String(req.id) };
});

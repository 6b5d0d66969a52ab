import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../../config/env.schema.js';
import { CurrentActor, Public } from '../access/auth.decorators.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../access/auth.guard.js';
import type { Actor } from '../access/principal.js';
import { APP_CONFIG } from '../common/app-config.token.js';
import { LoginDto, LoginView, UserView } from './accounts.dto.js';
import { AuthService } from './auth.service.js';
import { UsersService } from './users.service.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Đăng nhập: trả mã phiên và mã CSRF, đặt cookie phiên HttpOnly và cookie mã CSRF cho giao diện web' })
  @ApiOkResponse({ type: LoginView })
  async login(@Body() dto: LoginDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginView> {
    const r = await this.auth.login(dto.username, dto.password, req.ip);
    reply.setCookie(SESSION_COOKIE, r.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/',
      expires: r.expiresAt,
    });
    // Every tab of the web app reads the CSRF token from here (a new tab has no other way to it).
    reply.setCookie(CSRF_COOKIE, r.csrfToken, {
      httpOnly: false,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/',
      expires: r.expiresAt,
    });
    return { token: r.token, csrfToken: r.csrfToken, expiresAt: r.expiresAt.toISOString(), user: UserView.of(r.user) };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đăng xuất: kết thúc phiên hiện tại' })
  @ApiNoContentResponse({ description: 'Đã đăng xuất' })
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    if (actor.principal.sessionId) await this.auth.logout(actor.principal.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    reply.clearCookie(CSRF_COOKIE, { path: '/' });
  }

  @Get('me')
  @ApiOperation({ summary: 'Người dùng đang đăng nhập và các quyền của họ' })
  @ApiOkResponse({ type: UserView })
  async me(@CurrentActor() actor: Actor): Promise<UserView> {
    const { user, grants } = await this.users.get(actor, actor.principal.userId ?? '');
    return UserView.of(user, grants);
  }
}

import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from '../access/auth.guard.js';
import { ApiKeysController } from './api-keys.controller.js';
import { ApiKeysService } from './api-keys.service.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  controllers: [AuthController, UsersController, ApiKeysController],
  providers: [AuthService, UsersService, ApiKeysService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, UsersService, ApiKeysService],
})
export class AccountsModule {}

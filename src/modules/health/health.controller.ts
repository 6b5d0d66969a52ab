import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { Public } from '../access/auth.decorators.js';

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** ok when the database answers; 503 otherwise. */
  @Get('health')
  @Public()
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<{ status: 'ok' | 'unavailable'; database: 'ok' | 'unreachable' }> {
    try {
      await this.db.query('SELECT 1');
      return { status: 'ok', database: 'ok' };
    } catch {
      void reply.status(503);
      return { status: 'unavailable', database: 'unreachable' };
    }
  }
}

import { Module } from '@nestjs/common';
import { MailTransport } from './mail-transport.js';
import { RemindersController } from './reminders.controller.js';
import { RemindersRepository } from './reminders.repository.js';
import { RemindersScheduler } from './reminders.scheduler.js';
import { RemindersService } from './reminders.service.js';

/** Reminders by e-mail: the outbox, the rules, the sender and its trigger, per-person preferences. */
@Module({
  controllers: [RemindersController],
  providers: [MailTransport, RemindersRepository, RemindersService, RemindersScheduler],
  exports: [RemindersService, MailTransport],
})
export class RemindersModule {}

import { Module } from '@nestjs/common';
import { ContentModule } from '../content/content.module.js';
import { ProofsController } from './proofs.controller.js';
import { ProofsRepository } from './proofs.repository.js';
import { ProofsService } from './proofs.service.js';

/** Proof that an item appeared on a channel: the repository dispatch writes through, and the manual record. */
@Module({
  imports: [ContentModule],
  controllers: [ProofsController],
  providers: [ProofsRepository, ProofsService],
  exports: [ProofsRepository, ProofsService],
})
export class ProofsModule {}

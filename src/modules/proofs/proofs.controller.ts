import { Body, Controller, Param, Post } from '@nestjs/common';
import { UuidPipe } from '../http/uuid.pipe.js';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../access/auth.decorators.js';
import type { Actor } from '../access/principal.js';
import { ProofView, RecordProofDto } from './proofs.dto.js';
import { ProofsService } from './proofs.service.js';

@ApiTags('proofs')
@ApiBearerAuth()
@Controller()
export class ProofsController {
  constructor(private readonly proofs: ProofsService) {}

  @Post('api/items/:id/proofs')
  @ApiOperation({ summary: 'Ghi nhận nội dung đã đăng trên một kênh (kể cả ngày đã qua)' })
  @ApiCreatedResponse({ type: ProofView })
  async record(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() dto: RecordProofDto): Promise<ProofView> {
    const { proof, publishedOn } = await this.proofs.recordManual(actor, id, dto);
    return ProofView.of(proof, publishedOn);
  }
}

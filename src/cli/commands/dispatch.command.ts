/**
 * `loa dispatch list|show|retry|cancel`: the outbox from the command line, as the system
 * (the same service as GET /api/publications, retry and cancel).
 */
import type { INestApplicationContext } from '@nestjs/common';
import { type PublicationState, publicationStates, stateLabels } from '../../domain/dispatch/publication-state.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { systemActor } from '../../modules/access/principal.js';
import { PublicationView, PublicationLogView } from '../../modules/dispatch/dispatch.dto.js';
import { PublicationsService } from '../../modules/dispatch/publications.service.js';
import { UnitsRepository } from '../../modules/units/units.repository.js';
import { isUUID } from 'class-validator';
import { ExitCode, type CliIo } from '../cli-io.js';

const line = (p: PublicationView): string =>
  `${p.id}  ${p.channel.padEnd(12)}  ${stateLabels[p.state as PublicationState].padEnd(26)}  lần ${p.attempts}  ${p.url ?? p.lastError ?? ''}`;

export async function dispatchList(
  app: INestApplicationContext,
  io: CliIo,
  opts: { unit?: string; state?: string; channel?: string; json?: boolean },
): Promise<number> {
  if (opts.state && !publicationStates.includes(opts.state as PublicationState)) {
    throw new DomainError('VALIDATION_FAILED', `Trạng thái không hợp lệ: ${opts.state}. Dùng một trong: ${publicationStates.join(', ')}.`, {
      state: opts.state,
    });
  }
  // A unit by its id or its administrative code, as the API takes it (and as the other commands take codes).
  let unitId = opts.unit;
  if (unitId !== undefined && !isUUID(unitId)) {
    const unit = await app.get(UnitsRepository).findByCode(unitId);
    if (!unit) throw new DomainError('NOT_FOUND', `Không tìm thấy đơn vị có mã ${unitId}.`, { code: unitId });
    unitId = unit.id;
  }
  const rows = (
    await app
      .get(PublicationsService)
      .list(systemActor, { unitId, state: opts.state as PublicationState | undefined, channel: opts.channel })
  ).map(PublicationView.of);
  if (opts.json) io.stdout.write(`${JSON.stringify(rows)}\n`);
  else io.stdout.write(rows.length ? `${rows.map(line).join('\n')}\n` : 'Không có lượt phát hành nào.\n');
  return ExitCode.ok;
}

export async function dispatchShow(app: INestApplicationContext, io: CliIo, id: string, opts: { json?: boolean }): Promise<number> {
  const { publication, log } = await app.get(PublicationsService).show(systemActor, id);
  const view = { publication: PublicationView.of(publication), log: log.map(PublicationLogView.of) };
  if (opts.json) {
    io.stdout.write(`${JSON.stringify(view)}\n`);
    return ExitCode.ok;
  }
  io.stdout.write(`${line(view.publication)}\nNội dung ${view.publication.itemId}, khóa chống trùng ${view.publication.idempotencyKey}\n`);
  for (const l of view.log)
    io.stdout.write(
      `  ${l.at}  lần ${l.attempt}  ${l.event}${l.outcome ? ` → ${l.outcome}` : ''}  ${l.state}${l.url ? `  ${l.url}` : ''}\n`,
    );
  return ExitCode.ok;
}

export async function dispatchMove(app: INestApplicationContext, io: CliIo, id: string, action: 'retry' | 'cancel'): Promise<number> {
  const service = app.get(PublicationsService);
  const p = PublicationView.of(action === 'retry' ? await service.retry(systemActor, id) : await service.cancel(systemActor, id));
  io.stdout.write(`${action === 'retry' ? 'Đã đưa lại vào hàng gửi' : 'Đã hủy'}: ${line(p)}\n`);
  return ExitCode.ok;
}

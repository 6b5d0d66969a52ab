import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Credentials, Outcome } from '../../../channels/channel-adapter.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { notFound } from '../access/access-policy.js';
import { UnitAccess } from '../access/unit-access.service.js';
import type { Actor } from '../access/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { ReferenceData } from '../reference/reference-data.js';
import { SecretsService } from '../secrets/secrets.service.js';
import { credentialsSecretName } from './account-token-store.js';
import { ChannelAccountEntity } from './channel-account.entity.js';
import { ChannelAdapters } from './channel-adapters.js';
import { OutboundScreen } from './outbound-screen.js';

/** An account kind that no adapter in Loa sends for: an external system claims its publications through the pull API. */
export const PULL_KIND = 'pull';

export interface AccountInput {
  channel: string;
  kind: string;
  name: string;
  settings?: Record<string, unknown>;
  credentials?: Record<string, string>;
}

/**
 * Channel accounts of a unit. Credentials are write-only: sealed through the secrets module
 * (one secret per account), never logged, never returned; the API lists only their keys.
 */
@Injectable()
export class ChannelAccountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UnitAccess,
    private readonly secrets: SecretsService,
    private readonly audit: AuditService,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
    @Inject(ChannelAdapters) private readonly adapters: ChannelAdapters,
    private readonly screen: OutboundScreen,
  ) {}

  async list(actor: Actor, unitId: string): Promise<ChannelAccountEntity[]> {
    await this.access.unit(actor, unitId, 'viewer');
    return this.db
      .getRepository(ChannelAccountEntity)
      .createQueryBuilder('a')
      .where('a.unitId = :unitId AND a.deletedAt IS NULL', { unitId })
      .orderBy('a.channel')
      .addOrderBy('a.name')
      .getMany();
  }

  async create(actor: Actor, unitId: string, input: AccountInput): Promise<ChannelAccountEntity> {
    await this.access.unit(actor, unitId, 'unit_admin');
    this.assertKind(input.channel, input.kind, input.credentials ?? {});
    await this.assertUrls(input.channel, input.kind, input.credentials ?? {});
    return this.db.transaction(async (m) => {
      const now = this.clock.now();
      const account: ChannelAccountEntity = {
        id: newId(),
        unitId,
        channel: input.channel,
        kind: input.kind,
        name: input.name.normalize('NFC').trim(),
        settings: input.settings ?? {},
        credentialKeys: Object.keys(input.credentials ?? {}).sort(),
        status: 'active',
        statusReason: null,
        credentialsVersion: 0,
        lockedBy: null,
        lockedUntil: null,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      };
      await m.insert(ChannelAccountEntity, account as never);
      await this.secrets.store(m, unitId, credentialsSecretName(account.id), JSON.stringify(input.credentials ?? {}));
      await this.audit.record(m, actor, {
        unitId,
        action: 'channel-account.create',
        entity: 'channel-account',
        entityId: account.id,
        changes: { channel: account.channel, kind: account.kind, name: account.name, credentialKeys: account.credentialKeys },
      });
      return account;
    });
  }

  /** New settings or name; new credentials replace the old ones whole and make the account active again. */
  async update(
    actor: Actor,
    unitId: string,
    id: string,
    input: { name?: string; settings?: Record<string, unknown>; credentials?: Record<string, string> },
  ): Promise<ChannelAccountEntity> {
    await this.access.unit(actor, unitId, 'unit_admin');
    return this.db.transaction(async (m) => {
      const account = await this.load(m, unitId, id);
      if (input.credentials) {
        this.assertKind(account.channel, account.kind, input.credentials);
        await this.assertUrls(account.channel, account.kind, input.credentials);
      }
      const changes: Partial<ChannelAccountEntity> = { updatedAt: this.clock.now() };
      if (input.name !== undefined) changes.name = input.name.normalize('NFC').trim();
      if (input.settings !== undefined) changes.settings = input.settings;
      if (input.credentials) {
        changes.credentialKeys = Object.keys(input.credentials).sort();
        changes.status = 'active';
        changes.statusReason = null;
        changes.credentialsVersion = account.credentialsVersion + 1;
        await this.secrets.store(m, unitId, credentialsSecretName(id), JSON.stringify(input.credentials));
      }
      await m.update(ChannelAccountEntity, { id }, changes as never);
      await this.audit.record(m, actor, {
        unitId,
        action: 'channel-account.update',
        entity: 'channel-account',
        entityId: id,
        // The fields the request gave (a DTO carries every property, the absent ones undefined); never their values.
        changes: { fields: Object.keys(input).filter((k) => input[k as keyof typeof input] !== undefined) },
      });
      return { ...account, ...changes };
    });
  }

  /** The account leaves the unit's list and its credentials are erased; publications that named it keep the row. */
  async remove(actor: Actor, unitId: string, id: string): Promise<void> {
    await this.access.unit(actor, unitId, 'unit_admin');
    await this.db.transaction(async (m) => {
      await this.load(m, unitId, id);
      await m.update(ChannelAccountEntity, { id }, { deletedAt: this.clock.now(), updatedAt: this.clock.now() } as never);
      await this.secrets.remove(m, unitId, credentialsSecretName(id));
      await this.audit.record(m, actor, { unitId, action: 'channel-account.delete', entity: 'channel-account', entityId: id });
    });
  }

  /** "Test connection": the adapter's verify with the stored credentials; nothing is posted. */
  async test(actor: Actor, unitId: string, id: string): Promise<{ ok: boolean; outcome: Outcome['kind']; message: string }> {
    await this.access.unit(actor, unitId, 'unit_admin');
    const account = await this.load(this.db.manager, unitId, id);
    const adapter = this.adapters.find(account.channel, account.kind);
    if (!adapter?.verify) {
      throw new DomainError('CHANNEL_VERIFY_UNSUPPORTED', `Kênh loại "${account.kind}" không có phép kiểm tra kết nối.`, {
        kind: account.kind,
      });
    }
    const credentials = JSON.parse(await this.secrets.reveal(unitId, credentialsSecretName(id))) as Credentials;
    const outcome = await adapter.verify(credentials, { ...account.settings, accountId: account.id });
    const ok = outcome.kind === 'published' || outcome.kind === 'delivered';
    if (outcome.kind === 'reauthorise') await this.markNeedsReauth(this.db.manager, id, outcome.reason);
    const reason = (outcome as { reason?: string }).reason;
    const message = ok ? 'Kết nối thành công.' : `Kết nối không thành công: ${reason ?? outcome.kind}`;
    return { ok, outcome: outcome.kind, message };
  }

  async markNeedsReauth(m: EntityManager, id: string, reason: string): Promise<void> {
    await m.update(ChannelAccountEntity, { id }, { status: 'needs-reauth', statusReason: reason, updatedAt: this.clock.now() } as never);
  }

  private assertKind(channel: string, kind: string, credentials: Record<string, string>): void {
    // The catalogue, not the plan vocabulary: a channel no plan names (e-mail) still has accounts.
    if (!this.reference.channels.has(channel)) {
      throw new DomainError('CHANNEL_UNKNOWN', `Kênh không có trong danh mục: ${channel}.`, { unknown: [channel] });
    }
    if (kind === PULL_KIND) return;
    const adapter = this.adapters.find(channel, kind);
    if (!adapter) {
      const kinds = this.adapters
        .all()
        .filter((a) => a.descriptor.channel === channel)
        .map((a) => a.descriptor.kind);
      throw new DomainError(
        'CHANNEL_KIND_UNKNOWN',
        `Kênh ${this.reference.channels.get(channel)?.name ?? channel} không có loại tài khoản "${kind}". Các loại dùng được: ${[...kinds, PULL_KIND].join(', ')}.`,
        { channel, kind, kinds: [...kinds, PULL_KIND] },
      );
    }
    const missing = adapter.descriptor.credentials.filter((f) => f.required && !credentials[f.key]);
    if (missing.length) {
      // Named by their labels ("Mật khẩu ứng dụng"); the keys stay in the evidence for a program.
      throw new DomainError(
        'CHANNEL_CREDENTIALS_MISSING',
        `Thiếu thông tin đăng nhập của tài khoản kênh: ${missing.map((f) => f.label).join('; ')}.`,
        { missing: missing.map((f) => f.key) },
      );
    }
  }

  /** The URL fields the adapter declares go through the outbound screen: no account aims Loa at an internal address the operator did not allow. */
  private async assertUrls(channel: string, kind: string, credentials: Record<string, string>): Promise<void> {
    const adapter = kind === PULL_KIND ? undefined : this.adapters.find(channel, kind);
    for (const f of adapter?.descriptor.credentials.filter((c) => c.kind === 'url' && credentials[c.key]) ?? []) {
      const value = credentials[f.key]!;
      if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol))
        throw new DomainError('VALIDATION_FAILED', `Dữ liệu không hợp lệ: ${f.label} phải là một URL http:// hoặc https://.`, {
          field: f.key,
        });
      await this.screen.check(value, f.key);
    }
  }

  private async load(m: EntityManager, unitId: string, id: string): Promise<ChannelAccountEntity> {
    const account = await m.findOneBy(ChannelAccountEntity, { id, unitId });
    if (!account || account.deletedAt) throw notFound('channel-account', id);
    return account;
  }
}

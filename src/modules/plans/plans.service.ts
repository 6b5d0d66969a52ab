import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../domain/errors/domain-error.js';
import { parsePhrase } from '../../domain/grammar/parse-phrase.js';
import { readPlanPhrase } from './phrase-dates.js';
import type { PhraseKind, ReportingPeriod } from '../../domain/grammar/phrase.types.js';
import type { AdministrativeLevel, PlanReading, PlanTask } from '../../domain/plan/plan-reading.types.js';
import { readPlan } from '../../domain/plan/plan.reader.js';
import { openReviewKeys, planIdentityKey, reviewKey } from '../../domain/plan/plan-identity.js';
import { reviewKeyName, reviewNoteName } from '../../domain/plan/review-notes.js';
import { AccessPolicy, notFound } from '../access/access-policy.js';
import { UnitAccess } from '../access/unit-access.service.js';
import type { Actor } from '../access/principal.js';
import type { Role } from '../access/roles.js';
import { AuditService } from '../audit/audit.service.js';
import { CalendarSyncService, type SyncResult } from '../calendar/calendar-sync.service.js';
import { Clock } from '../common/clock.js';
import { QueueService } from '../content/queue.service.js';
import { newId } from '../common/ids.js';
import { ReferenceData } from '../reference/reference-data.js';
import type { UnitEntity } from '../units/unit.entity.js';
import { UnitsRepository } from '../units/units.repository.js';
import type { PlanVersionEntity } from './plan-version.entity.js';
import type { PlanEntity } from './plan.entity.js';
import { PlansRepository } from './plans.repository.js';
import { readPlanFile } from './readers/plan-file.reader.js';

export interface PlanHeaderPatch {
  number?: string | null;
  issuer?: string | null;
  level?: AdministrativeLevel | null;
  place?: string | null;
  issuedOn?: string | null;
  year?: number | null;
  title?: string | null;
  parentPlanId?: string | null;
  reportingPeriods?: ReportingPeriod[];
  /** The plan's own deadline for reports, as written ("trước ngày 30/11/2025"); null clears it. */
  reportingDeadlineText?: string | null;
}

/** A correction of a task. Quota, timeframe and deadline are given as phrases, read by the grammar. */
export interface TaskPatch {
  title?: string;
  channels?: string[];
  products?: string[];
  quotaText?: string | null;
  timeframeText?: string | null;
  deadlineText?: string | null;
  leads?: string[];
  cooperators?: string[];
  optional?: boolean;
}

/** What to do when the unit already has the plan being imported (same number, issuer and year). */
export type OnDuplicate = 'refuse' | 'newVersion';

export interface ImportOptions {
  acceptLegacyEncoding?: boolean;
  /** `refuse` (the default): 409 PLAN_DUPLICATE naming the plan the unit has; `newVersion`: the document becomes that plan's next version. */
  onDuplicate?: OnDuplicate;
}

export interface ActivateOptions {
  /** The open review notes the approver has seen and accepts as they are ("3/quota", "number"); every open one must be named. */
  acknowledge?: readonly string[];
}

export interface ActivationResult {
  plan: PlanEntity;
  calendar: SyncResult;
}

/**
 * Plans of a unit: import (a draft), review and correct, activate. Editors work on drafts;
 * changing an active plan (its calendar follows at once) takes an approver, and each change
 * is kept as a version.
 */
@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlansRepository,
    private readonly units: UnitsRepository,
    private readonly access: UnitAccess,
    private readonly reference: ReferenceData,
    private readonly calendar: CalendarSyncService,
    private readonly queue: QueueService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Reads the document; stores nothing unless it reads. A file in a legacy encoding (TCVN3,
   * VNI, Windows-1258) is converted, but stored only once the person has seen the converted
   * text and confirmed it (`acceptLegacyEncoding`): a wrong guess would garble every word.
   */
  async import(
    actor: Actor,
    unitId: string,
    bytes: Uint8Array,
    sourceName: string | null,
    options: ImportOptions = {},
  ): Promise<PlanEntity> {
    const unit = await this.access.unit(actor, unitId, 'editor');
    const doc = await readPlanFile(bytes);
    if (doc.encoding && legacyEncodings.has(doc.encoding) && !options.acceptLegacyEncoding) {
      throw new DomainError(
        'INPUT_LEGACY_ENCODING',
        `Tệp dùng bảng mã cũ (${doc.encoding.toUpperCase()}), chưa lưu. Loa đã chuyển thử sang Unicode: nếu đoạn đầu dưới đây đọc đúng, hãy gửi lại với acceptLegacyEncoding=true; nếu không, hãy lưu tệp lại bằng Unicode (UTF-8).`,
        { encoding: doc.encoding, preview: doc.text.slice(0, 400), notes: doc.notes },
      );
    }
    const reading = readPlan(doc.text, { vocabulary: this.reference.vocabulary });
    const sourceSha256 = createHash('sha256').update(bytes).digest('hex');
    const identityKey = planIdentityKey(reading, sourceSha256);
    const existing = await this.findSamePlan(this.db.manager, unit.id, identityKey);
    if (existing) {
      if (options.onDuplicate !== 'newVersion') throw duplicatePlan(existing, 'import');
      const source = { format: doc.format, name: sourceName, sha256: sourceSha256, text: doc.text };
      return this.reimport(actor, existing.id, reading, source);
    }
    return this.db.transaction(async (m) => {
      const now = this.clock.now();
      const plan: PlanEntity = {
        id: newId(),
        unitId: unit.id,
        parentPlanId: await this.findParentPlan(m, unit, reading),
        status: 'draft',
        version: 0,
        number: reading.number,
        issuedOn: reading.issuedOn,
        year: reading.year,
        document: reading,
        sourceFormat: doc.format,
        sourceName: sourceName ? sourceName.slice(0, 255) : null,
        sourceSha256,
        identityKey,
        sourceText: doc.text,
        createdBy: actor.principal.userId ?? null,
        createdAt: now,
        updatedAt: now,
        activatedBy: null,
        activatedAt: null,
        rowVersion: 1,
      };
      await this.plans.insert(m, plan);
      await this.audit.record(m, actor, {
        unitId: unit.id,
        action: 'plan.import',
        entity: 'plan',
        entityId: plan.id,
        changes: { number: plan.number, tasks: reading.tasks.length, needsReview: reading.needsReview.length, format: doc.format },
      });
      return plan;
    });
  }

  /**
   * The same plan imported again, asked for as a new version: the new reading replaces the
   * document (a draft stays a draft; an active plan takes an approver, gets a new version and
   * its calendar follows, slots updated in place), so its quotas are never counted twice.
   */
  private async reimport(
    actor: Actor,
    id: string,
    reading: PlanReading,
    source: { format: string; name: string | null; sha256: string; text: string },
  ): Promise<PlanEntity> {
    return this.change(actor, id, null, 'nhập lại văn bản (phiên bản mới)', async (plan, doc) => {
      Object.assign(doc, structuredClone(reading));
      plan.sourceFormat = source.format;
      plan.sourceName = source.name ? source.name.slice(0, 255) : null;
      plan.sourceSha256 = source.sha256;
      plan.sourceText = source.text;
      return { reimported: true, tasks: reading.tasks.length, needsReview: reading.needsReview.length, format: source.format };
    });
  }

  /** A plan of the unit, not archived, with this identity. */
  private findSamePlan(m: EntityManager, unitId: string, identityKey: string, exceptId?: string): Promise<PlanEntity | null> {
    return this.plans.findSameIdentity(m, unitId, identityKey, exceptId);
  }

  async get(actor: Actor, id: string): Promise<PlanEntity> {
    const plan = await this.plans.findById(id);
    if (!plan) throw notFound('plan', id);
    await this.access.unit(actor, plan.unitId, 'viewer', { entity: 'plan', id });
    return plan;
  }

  async list(actor: Actor, unitId?: string): Promise<PlanEntity[]> {
    const prefixes = unitId ? [(await this.access.unit(actor, unitId, 'viewer')).path] : AccessPolicy.visiblePrefixes(actor.principal);
    return this.plans.list(prefixes);
  }

  async versions(actor: Actor, id: string): Promise<PlanVersionEntity[]> {
    await this.get(actor, id);
    return this.plans.versionsOf(id);
  }

  async patchHeader(actor: Actor, id: string, rowVersion: number, patch: PlanHeaderPatch): Promise<PlanEntity> {
    return this.change(actor, id, rowVersion, 'sửa thông tin chung', async (plan, doc, m) => {
      if (patch.number !== undefined) doc.number = patch.number;
      if (patch.issuer !== undefined) doc.issuer = patch.issuer;
      if (patch.issuedOn !== undefined) doc.issuedOn = patch.issuedOn;
      if (patch.year !== undefined) doc.year = patch.year;
      if (patch.title !== undefined) doc.title = patch.title;
      if (patch.level !== undefined) doc.level = patch.level;
      if (patch.place !== undefined) doc.place = patch.place;
      if (patch.reportingPeriods !== undefined) doc.reporting = { ...doc.reporting, periods: [...new Set(patch.reportingPeriods)] };
      if (patch.reportingDeadlineText !== undefined) {
        const refDate = doc.issuedOn ?? (doc.year ? `${doc.year}-01-01` : undefined);
        const text = patch.reportingDeadlineText;
        const deadline =
          text === null
            ? null
            : (readPlanPhrase(() => parsePhrase(text, { kind: 'deadline', ...(refDate ? { refDate } : {}) }).result, {
                field: 'reportingDeadlineText',
                taskId: null,
                text,
              }) as PlanReading['reporting']['deadline']);
        doc.reporting = { ...doc.reporting, deadline };
      }
      if (patch.reportingPeriods !== undefined || patch.reportingDeadlineText !== undefined) {
        doc.needsReview = doc.needsReview.filter((n) => n.taskId !== undefined || !n.field.startsWith('reporting'));
      }
      if (patch.parentPlanId !== undefined) {
        if (patch.parentPlanId === null) plan.parentPlanId = null;
        else plan.parentPlanId = await this.assertParentPlan(m, actor, plan, patch.parentPlanId);
      }
      const fixed = ['number', 'issuer', 'level', 'place', 'issuedOn', 'year', 'title'].filter(
        (f) => (patch as Record<string, unknown>)[f] !== undefined,
      );
      doc.needsReview = doc.needsReview.filter((n) => n.taskId !== undefined || !fixed.includes(n.field));
      return { ...patch };
    });
  }

  async addTask(actor: Actor, id: string, rowVersion: number, input: TaskPatch & { title: string }): Promise<PlanEntity> {
    return this.change(actor, id, rowVersion, 'thêm nhiệm vụ', async (_plan, doc) => {
      const taskId = nextTaskId(doc.tasks);
      const task: PlanTask = {
        id: taskId,
        title: '',
        channels: [],
        products: [],
        quota: null,
        timeframe: null,
        deadline: null,
        leads: [],
        cooperators: [],
        optional: false,
        evidence: {},
        source: 'prose',
      };
      this.applyTask(task, input, doc);
      doc.tasks.push(task);
      return { taskId, added: true };
    });
  }

  async patchTask(actor: Actor, id: string, taskId: string, rowVersion: number, input: TaskPatch): Promise<PlanEntity> {
    return this.change(actor, id, rowVersion, `sửa nhiệm vụ ${taskId}`, async (_plan, doc) => {
      const task = doc.tasks.find((t) => t.id === taskId);
      if (!task) throw notFound('task', taskId);
      this.applyTask(task, input, doc);
      const fixed = new Set(Object.keys(input).map((k) => k.replace(/Text$/, '')));
      doc.needsReview = doc.needsReview.filter((n) => n.taskId !== taskId || !fixed.has(n.field));
      return { taskId, fields: [...fixed] };
    });
  }

  async removeTask(actor: Actor, id: string, taskId: string, rowVersion: number): Promise<PlanEntity> {
    return this.change(actor, id, rowVersion, `xóa nhiệm vụ ${taskId}`, async (_plan, doc) => {
      const before = doc.tasks.length;
      doc.tasks = doc.tasks.filter((t) => t.id !== taskId);
      if (doc.tasks.length === before) throw notFound('task', taskId);
      doc.needsReview = doc.needsReview.filter((n) => n.taskId !== taskId);
      return { taskId, removed: true };
    });
  }

  /** Activates a draft (or re-activates an active plan): version, who and when, and the calendar. */
  async activate(actor: Actor, id: string, rowVersion: number, options: ActivateOptions = {}): Promise<ActivationResult> {
    return this.activateOnce(actor, id, rowVersion, options).catch(async (err: unknown) => {
      // Two activations of the same plan that raced past the check: the unique index refused the second.
      if (!isUniqueViolation(err)) throw err;
      const plan = await this.plans.findById(id);
      const active = plan?.identityKey ? await this.findSamePlan(this.db.manager, plan.unitId, plan.identityKey, plan.id) : null;
      throw active ? duplicatePlan(active, 'activate') : err;
    });
  }

  private async activateOnce(actor: Actor, id: string, rowVersion: number, options: ActivateOptions): Promise<ActivationResult> {
    return this.db.transaction(async (m) => {
      const plan = await this.load(m, actor, id, 'approver');
      assertRowVersion(plan, rowVersion);
      const acknowledged = acknowledgedNotes(plan, options.acknowledge ?? []);
      plan.identityKey ??= planIdentityKey(plan.document, plan.sourceSha256);
      const active = await this.findSamePlan(m, plan.unitId, plan.identityKey, plan.id);
      if (active && active.status === 'active') throw duplicatePlan(active, 'activate');
      const now = this.clock.now();
      plan.status = 'active';
      plan.version += 1;
      plan.activatedBy = actor.principal.userId ?? null;
      plan.activatedAt = now;
      plan.updatedAt = now;
      const calendar = await this.calendar.sync(m, plan);
      await this.queue.handleReleases(m, actor, calendar.released);
      await this.save(m, plan);
      await this.snapshot(m, actor, plan, 'kích hoạt');
      await this.audit.record(m, actor, {
        unitId: plan.unitId,
        action: 'plan.activate',
        entity: 'plan',
        entityId: plan.id,
        changes: { version: plan.version, slotsAdded: calendar.added, slotsRemoved: calendar.removed, acknowledged },
      });
      return { plan, calendar };
    });
  }

  private async change(
    actor: Actor,
    id: string,
    rowVersion: number | null,
    note: string,
    fn: (plan: PlanEntity, doc: PlanReading, m: EntityManager) => Promise<Record<string, unknown>>,
  ): Promise<PlanEntity> {
    return this.db.transaction(async (m) => {
      const current = await this.load(m, actor, id, 'editor');
      if (current.status === 'active') await this.access.unit(actor, current.unitId, 'approver', { entity: 'plan', id });
      if (current.status === 'archived') throw new DomainError('PLAN_ARCHIVED', 'Kế hoạch đã lưu trữ, không sửa được.', { planId: id });
      if (rowVersion !== null) assertRowVersion(current, rowVersion);
      const doc = structuredClone(current.document);
      const changes = await fn(current, doc, m);
      current.document = doc;
      current.number = doc.number;
      current.issuedOn = doc.issuedOn;
      current.year = doc.year;
      current.identityKey = planIdentityKey(doc, current.sourceSha256);
      if (current.status === 'active') {
        const other = await this.findSamePlan(m, current.unitId, current.identityKey, current.id);
        if (other && other.status === 'active') throw duplicatePlan(other, 'activate');
      }
      current.updatedAt = this.clock.now();
      let calendar: SyncResult | null = null;
      if (current.status === 'active') {
        current.version += 1;
        calendar = await this.calendar.sync(m, current);
        await this.queue.handleReleases(m, actor, calendar.released);
      }
      await this.save(m, current);
      if (current.status === 'active') await this.snapshot(m, actor, current, note);
      await this.audit.record(m, actor, {
        unitId: current.unitId,
        action: 'plan.update',
        entity: 'plan',
        entityId: id,
        changes: {
          ...changes,
          note,
          ...(calendar
            ? {
                slotsAdded: calendar.added,
                slotsRemoved: calendar.removed,
                slotsFrozen: calendar.frozen,
                released: calendar.released.length,
              }
            : {}),
        },
      });
      return current;
    });
  }

  /** Writes the plan if nobody changed it since it was read (atomic compare on rowVersion). */
  private async save(m: EntityManager, plan: PlanEntity): Promise<void> {
    if (!(await this.plans.saveIfRowVersion(m, plan))) throw conflict(plan);
    plan.rowVersion += 1;
  }

  private async snapshot(m: EntityManager, actor: Actor, plan: PlanEntity, note: string): Promise<void> {
    await this.plans.insertVersion(m, {
      id: newId(),
      planId: plan.id,
      version: plan.version,
      document: plan.document,
      note,
      changedBy: actor.principal.userId ?? null,
      changedAt: plan.updatedAt,
    });
  }

  private applyTask(task: PlanTask, input: TaskPatch, doc: PlanReading): void {
    if (input.channels) {
      this.reference.channels.assertKnown(input.channels);
      task.channels = [...new Set(input.channels)];
    }
    if (input.title !== undefined) task.title = input.title.normalize('NFC').trim();
    if (input.products) task.products = input.products.map((p) => p.normalize('NFC').trim());
    if (input.leads) task.leads = input.leads.map((p) => p.normalize('NFC').trim());
    if (input.cooperators) task.cooperators = input.cooperators.map((p) => p.normalize('NFC').trim());
    if (input.optional !== undefined) task.optional = input.optional;
    const refDate = doc.issuedOn ?? (doc.year ? `${doc.year}-01-01` : undefined);
    const phrase = (text: string, kind: PhraseKind) =>
      readPlanPhrase(() => parsePhrase(text, { kind, ...(refDate ? { refDate } : {}) }).result, {
        field: `${kind}Text`,
        taskId: task.id,
        text,
      });
    if (input.quotaText !== undefined) {
      task.quota = input.quotaText === null ? null : (phrase(input.quotaText, 'quota') as PlanTask['quota']);
      if (input.quotaText !== null) task.evidence.quota = { line: 0, text: input.quotaText };
    }
    if (input.timeframeText !== undefined) {
      task.timeframe = input.timeframeText === null ? null : (phrase(input.timeframeText, 'timeframe') as PlanTask['timeframe']);
      if (input.timeframeText !== null) task.evidence.timeframe = { line: 0, text: input.timeframeText };
    }
    if (input.deadlineText !== undefined) {
      task.deadline = input.deadlineText === null ? null : (phrase(input.deadlineText, 'deadline') as PlanTask['deadline']);
      if (input.deadlineText !== null) task.evidence.deadline = { line: 0, text: input.deadlineText };
    }
    doc.channels = [...new Set([...doc.channels, ...task.channels])];
  }

  private async load(m: EntityManager, actor: Actor, id: string, role: Role): Promise<PlanEntity> {
    const plan = await this.plans.findById(id, m);
    if (!plan) throw notFound('plan', id);
    await this.access.unit(actor, plan.unitId, role, { entity: 'plan', id });
    return plan;
  }

  /** The plan this one implements, when exactly one plan of an ancestor unit has its number and date. */
  private async findParentPlan(m: EntityManager, unit: UnitEntity, reading: PlanReading): Promise<string | null> {
    const ancestors = unit.path.split('/').filter((x) => x && x !== unit.id);
    if (ancestors.length === 0) return null;
    for (const ref of reading.implements) {
      const candidates = await this.plans.idsByNumber(m, ancestors, ref.number, ref.issuedOn);
      if (candidates.length === 1) return candidates[0]!;
    }
    return null;
  }

  private async assertParentPlan(m: EntityManager, actor: Actor, plan: PlanEntity, parentId: string): Promise<string> {
    const parent = await this.plans.findById(parentId, m);
    if (!parent) throw notFound('plan', parentId);
    const parentUnit = await this.units.findById(parent.unitId, m);
    const unit = await this.units.findById(plan.unitId, m);
    if (!parentUnit || !unit) throw notFound('plan', parentId);
    if (AccessPolicy.roleOn(actor.principal, parentUnit.path) === null && !unit.path.startsWith(parentUnit.path))
      throw notFound('plan', parentId);
    if (parentUnit.id === unit.id || !unit.path.startsWith(parentUnit.path)) {
      throw new DomainError('PARENT_PLAN_INVALID', 'Kế hoạch cấp trên phải thuộc một đơn vị cấp trên của đơn vị này.', {
        parentPlanId: parentId,
      });
    }
    return parent.id;
  }
}

const legacyEncodings = new Set(['tcvn3', 'vni', 'windows-1258']);

function nextTaskId(tasks: PlanTask[]): string {
  const numbers = tasks.map((t) => Number(/(\d+)$/.exec(t.id)?.[1] ?? 0));
  let n = Math.max(0, ...numbers) + 1;
  while (tasks.some((t) => t.id === String(n))) n++;
  return String(n);
}

/** A unique index refused the write (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE). */
function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = String(e?.driverError?.code ?? e?.code ?? '');
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** The unit already has this plan: 409 with the plan it has, and how to import a new version of it. */
function duplicatePlan(existing: PlanEntity, action: 'import' | 'activate'): DomainError {
  const doc = existing.document;
  const what = `Kế hoạch${doc.number ? ` số ${doc.number}` : ''}${doc.issuer ? ` của ${doc.issuer}` : ''}${doc.year ? ` năm ${doc.year}` : ''}`;
  const state = existing.status === 'active' ? 'đang thực hiện' : 'bản nháp';
  const message =
    action === 'import'
      ? `${what} đã có trong Loa (${state}). Không nhập thêm một bản thứ hai để chỉ tiêu không bị tính hai lần; muốn thay bằng văn bản này, hãy nhập lại với onDuplicate=newVersion.`
      : `${what} đã có một bản đang thực hiện. Không kích hoạt bản thứ hai để lịch không có hai lần cùng một nhiệm vụ.`;
  return new DomainError('PLAN_DUPLICATE', message, {
    existingPlan: {
      id: existing.id,
      status: existing.status,
      version: existing.version,
      number: doc.number,
      issuer: doc.issuer,
      year: doc.year,
      rowVersion: existing.rowVersion,
    },
    ...(action === 'import' ? { expected: 'onDuplicate=newVersion để nhập thành phiên bản mới của kế hoạch này' } : {}),
  });
}

/** Every open review note must be named by the approver; the named notes are returned for the audit. */
function acknowledgedNotes(plan: PlanEntity, acknowledge: readonly string[]): Array<{ key: string; reason: string }> {
  const open = openReviewKeys(plan.document);
  const named = new Set(acknowledge.map((k) => String(k).normalize('NFC').trim()));
  const missing = open.filter((k) => !named.has(k));
  if (missing.length > 0) {
    const notes = plan.document.needsReview.filter((n) => missing.includes(reviewKey(n)));
    throw new DomainError(
      'PLAN_REVIEW_OPEN',
      `Kế hoạch còn ${missing.length} điểm cần xem lại: ${missing.map(reviewKeyName).join('; ')}. Hãy sửa, hoặc xác nhận đã xem từng điểm khi kích hoạt.`,
      {
        open: notes.map((n) => ({
          key: reviewKey(n),
          name: reviewNoteName(n),
          reason: n.reason,
          ...(n.evidence ? { evidence: n.evidence } : {}),
        })),
        expected: `acknowledge: ${JSON.stringify(missing)}`,
      },
    );
  }
  const unknown = [...named].filter((k) => !open.includes(k));
  if (unknown.length > 0) {
    throw new DomainError('PLAN_REVIEW_UNKNOWN', `Kế hoạch này không có điểm cần xem lại: ${unknown.map(reviewKeyName).join('; ')}.`, {
      unknown,
      open,
    });
  }
  return plan.document.needsReview.map((n) => ({ key: reviewKey(n), reason: n.reason }));
}

function assertRowVersion(plan: PlanEntity, rowVersion: number): void {
  if (plan.rowVersion !== rowVersion) throw conflict(plan);
}

function conflict(plan: PlanEntity): DomainError {
  return new DomainError('VERSION_CONFLICT', 'Kế hoạch vừa được người khác sửa. Hãy tải lại và sửa lại trên bản mới nhất.', {
    planId: plan.id,
    currentRowVersion: plan.rowVersion,
  });
}

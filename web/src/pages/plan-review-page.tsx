import { useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { ApiError, client, unwrap, unwrapAs } from '../api/client';
import { activationSummary, type CalendarChange } from '../../../src/domain/calendar/activation-summary';
import type { EvidenceLine, Plan, PlanDocument, PlanTask, PlanVersion } from '../api/views';
import { ErrorMessage } from '../components/error-message';
import { describeParse, PhraseField } from '../components/phrase-field';
import { useLoad } from '../components/use-load';
import { channelName, day, instant, planStatusName } from '../format';
import { reviewKey } from '../../../src/domain/plan/plan-identity';
import { planFieldName, reviewFieldName, reviewKeyName, reviewNoteName } from '../../../src/domain/plan/review-notes';
import { atLeast, useSession } from '../session';

const phraseFields = ['quota', 'timeframe', 'deadline'] as const;
type PhraseKey = (typeof phraseFields)[number];
/** The field as read, in words (the grammar's result described in Vietnamese). */
const phraseText = (t: PlanTask, f: PhraseKey): string => (t[f] ? describeParse(f, t[f] as Record<string, unknown>) : '');
/** The phrase to start editing from: the evidence line without its "- Tần suất:" label. */
const phraseSource = (t: PlanTask, f: PhraseKey): string =>
  (t.evidence[f]?.text ?? '').replace(/^[\s\-–•+]*[^:：]{0,30}[:：]\s*/, '').trim();

/** The line an evidence names, checked against its text (the reader numbers lines from 1). */
function lineOf(lines: string[], e: EvidenceLine | undefined): number | null {
  if (!e) return null;
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  if (lines[e.line - 1] !== undefined && norm(lines[e.line - 1]).includes(norm(e.text).slice(0, 20))) return e.line;
  const i = lines.findIndex((l) => norm(l).includes(norm(e.text).slice(0, 40)));
  return i >= 0 ? i + 1 : e.line;
}

export default function PlanReviewPage({ params }: { params: { id: string } }) {
  const { role } = useSession();
  const plan = useLoad(() => unwrap<Plan>(client.GET('/api/plans/{id}', { params: { path: { id: params.id } } })), [params.id]);
  const versions = useLoad(
    () => unwrap<PlanVersion[]>(client.GET('/api/plans/{id}/versions', { params: { path: { id: params.id } } })),
    [params.id],
  );
  const [selected, setSelected] = useState<{ taskId?: string; field: string; line: number | null } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [activation, setActivation] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [acknowledged, setAcknowledged] = useState<Set<string>>(new Set());
  const lines = useMemo(() => (plan.data?.sourceText ?? '').split(/\r?\n/), [plan.data]);
  // The open review notes, as one string: when they change (a field fixed, the plan re-read), the
  // ticks given for the old list and the message of an earlier activation no longer apply.
  const reviewList = plan.data ? [...new Set(plan.data.document.needsReview.map(reviewKey))].join('\n') : null;
  useEffect(() => {
    setAcknowledged(new Set());
    setActivation(null);
  }, [reviewList]);

  useEffect(() => {
    if (selected?.line) document.getElementById(`line-${selected.line}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [selected]);

  if (plan.error) return <ErrorMessage error={plan.error} />;
  if (!plan.data) return <p className="loading">Đang tải…</p>;
  const p = plan.data;
  const doc = p.document;
  const openKeys = [...new Set(doc.needsReview.map(reviewKey))];
  const canEdit = p.status === 'draft' ? atLeast(role, 'editor') : atLeast(role, 'approver');

  async function saveTask(taskId: string, values: Record<PhraseKey, string>) {
    setError(undefined);
    setActivation(null);
    try {
      const task = doc.tasks.find((t) => t.id === taskId)!;
      const body: Record<string, unknown> = { rowVersion: p.rowVersion };
      for (const f of phraseFields)
        if (values[f] !== phraseSource(task, f) || doc.needsReview.some((n) => n.taskId === taskId && n.field === f))
          body[`${f}Text`] = values[f].trim() || null;
      await unwrap(client.PATCH('/api/plans/{id}/tasks/{taskId}', { params: { path: { id: p.id, taskId } }, body: body as never }));
      setEditing(null);
      plan.reload();
      versions.reload();
    } catch (e) {
      setError(e);
    }
  }

  async function activate() {
    setError(undefined);
    setActivation(null);
    try {
      // Only ticks of notes still open: a tick left from an earlier list names nothing now.
      const body = { rowVersion: p.rowVersion, acknowledge: openKeys.filter((k) => acknowledged.has(k)) };
      const r = await unwrapAs<{ calendar: CalendarChange }>(
        client.POST('/api/plans/{id}/activate', { params: { path: { id: p.id } }, body }),
      );
      setActivation(activationSummary(r.calendar));
      setConfirming(false);
      setAcknowledged(new Set());
      plan.reload();
      versions.reload();
    } catch (e) {
      setError(e);
      // The list of notes changed under the page (someone fixed one): read the plan again.
      if (e instanceof ApiError && (e.code === 'PLAN_REVIEW_UNKNOWN' || e.code === 'PLAN_REVIEW_OPEN')) plan.reload();
    }
  }

  return (
    <>
      <p>
        <Link href="/ke-hoach">← Danh sách kế hoạch</Link>
      </p>
      <h1>
        Kế hoạch {doc.number ?? ''} {doc.issuedOn ? `ngày ${day(doc.issuedOn)}` : ''}
      </h1>
      <p className="meta">
        {doc.title} · {planStatusName[p.status]} · phiên bản {p.version}
      </p>
      {error instanceof ApiError && (error.code === 'PLAN_REVIEW_UNKNOWN' || error.code === 'PLAN_REVIEW_OPEN') ? (
        <ReviewError error={error} />
      ) : (
        <ErrorMessage error={error} />
      )}
      {activation && (
        <p role="status" className="ok">
          {activation}
        </p>
      )}

      <section aria-labelledby="review-title" className="card">
        <h2 id="review-title">Cần xem lại ({doc.needsReview.length})</h2>
        {doc.needsReview.length === 0 ? (
          <p>Không còn mục nào cần xem lại.</p>
        ) : (
          <ul className="checklist">
            {doc.needsReview.map((n, i) => (
              <li key={i}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => (
                    setSelected({ taskId: n.taskId, field: n.field, line: lineOf(lines, n.evidence) }),
                    n.taskId && canEdit && setEditing(n.taskId)
                  )}
                >
                  {reviewNoteName(n)}
                </button>
                : {n.reason}
              </li>
            ))}
          </ul>
        )}
        {atLeast(role, 'approver') && (
          <div className="actions">
            {!confirming ? (
              <button type="button" onClick={() => setConfirming(true)}>
                {p.status === 'active' ? 'Kích hoạt lại' : 'Kích hoạt kế hoạch'}
              </button>
            ) : (
              <div role="group" aria-label="Xác nhận kích hoạt" className="confirm">
                {doc.needsReview.length > 0 && (
                  <>
                    <p>Kế hoạch còn {doc.needsReview.length} mục chưa xem lại. Đánh dấu từng mục đã xem và chấp nhận để kích hoạt:</p>
                    <ul className="checklist">
                      {openKeys.map((key) => {
                        const n = doc.needsReview.find((x) => reviewKey(x) === key)!;
                        return (
                          <li key={key}>
                            <label className="check">
                              <input
                                type="checkbox"
                                checked={acknowledged.has(key)}
                                onChange={(e) => {
                                  const next = new Set(acknowledged);
                                  if (e.target.checked) next.add(key);
                                  else next.delete(key);
                                  setAcknowledged(next);
                                }}
                              />
                              {reviewNoteName(n)}: {n.reason}
                            </label>
                          </li>
                        );
                      })}
                    </ul>
                  </>
                )}
                <button type="button" disabled={openKeys.some((k) => !acknowledged.has(k))} onClick={() => void activate()}>
                  Xác nhận kích hoạt
                </button>{' '}
                <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                  Hủy
                </button>
              </div>
            )}
          </div>
        )}
      </section>

      <div className="review">
        <section aria-labelledby="doc-title" className="doc" tabIndex={0}>
          <h2 id="doc-title">Văn bản</h2>
          <ol className="lines">
            {lines.map((l, i) => (
              <li
                key={i}
                id={`line-${i + 1}`}
                className={selected?.line === i + 1 ? 'evidence' : undefined}
                aria-current={selected?.line === i + 1 ? 'true' : undefined}
              >
                {l || '\u00a0'}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="tasks-title" className="tasks" tabIndex={0}>
          <h2 id="tasks-title">Nhiệm vụ đã đọc ({doc.tasks.length})</h2>
          {doc.tasks.map((t) => (
            <article key={t.id} className={`task${selected?.taskId === t.id ? ' selected' : ''}`} aria-labelledby={`task-${t.id}`}>
              <h3 id={`task-${t.id}`}>
                {t.id}. {t.title}
              </h3>
              <dl>
                {(['channels', 'quota', 'timeframe', 'deadline', 'leads'] as const).map((f) => {
                  const value =
                    f === 'channels' ? t.channels.map(channelName).join('; ') : f === 'leads' ? t.leads.join('; ') : phraseText(t, f);
                  const needs = doc.needsReview.some((n) => n.taskId === t.id && n.field === f);
                  return (
                    <div key={f} className={needs ? 'needs' : undefined}>
                      <dt>{planFieldName[f]}</dt>
                      <dd>
                        <button
                          type="button"
                          className="field-value"
                          aria-pressed={selected?.taskId === t.id && selected.field === f}
                          onClick={() => setSelected({ taskId: t.id, field: f, line: lineOf(lines, t.evidence[f]) })}
                        >
                          {value || '(chưa có)'}
                        </button>
                        {needs && <span className="badge">cần xem</span>}
                      </dd>
                    </div>
                  );
                })}
              </dl>
              {canEdit && editing !== t.id && (
                <button type="button" className="secondary" onClick={() => setEditing(t.id)}>
                  Sửa tần suất, thời gian
                </button>
              )}
              {editing === t.id && (
                <TaskEditor task={t} doc={doc} onSave={(v) => void saveTask(t.id, v)} onCancel={() => setEditing(null)} />
              )}
            </article>
          ))}
        </section>
      </div>

      <section aria-labelledby="versions-title" className="card">
        <h2 id="versions-title">Các phiên bản</h2>
        {versions.data && versions.data.length === 0 && <p>Chưa có phiên bản nào (kế hoạch chưa kích hoạt).</p>}
        {/* Newest first, numbered down as the versions are. */}
        <ol className="versions" reversed>
          {newestFirst(versions.data ?? []).map((v, i, all) => (
            <li key={v.version} data-version={v.version}>
              <strong>Phiên bản {v.version}</strong> — {instant(v.changedAt)} — {v.note}
              <Differences before={all[i + 1]} after={v} />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function TaskEditor({
  task,
  doc,
  onSave,
  onCancel,
}: {
  task: PlanTask;
  doc: PlanDocument;
  onSave: (v: Record<PhraseKey, string>) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<Record<PhraseKey, string>>({
    quota: phraseSource(task, 'quota'),
    timeframe: phraseSource(task, 'timeframe'),
    deadline: phraseSource(task, 'deadline'),
  });
  const refDate = doc.issuedOn ?? undefined;
  return (
    <form
      className="task-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(values);
      }}
    >
      <PhraseField
        kind="quota"
        label="Tần suất (ví dụ: 03 tin, bài/tháng)"
        value={values.quota}
        refDate={refDate}
        onChange={(v) => setValues({ ...values, quota: v })}
      />
      <PhraseField
        kind="timeframe"
        label="Thời gian (ví dụ: Quý I/2024)"
        value={values.timeframe}
        refDate={refDate}
        onChange={(v) => setValues({ ...values, timeframe: v })}
      />
      <PhraseField
        kind="deadline"
        label="Thời hạn (ví dụ: Trước ngày 30/11/2025)"
        value={values.deadline}
        refDate={refDate}
        onChange={(v) => setValues({ ...values, deadline: v })}
      />
      <button type="submit">Lưu nhiệm vụ</button>{' '}
      <button type="button" className="secondary" onClick={onCancel}>
        Hủy
      </button>
    </form>
  );
}

/** The versions, newest first, whatever order the API sent them in. */
const newestFirst = (versions: PlanVersion[]): PlanVersion[] => [...versions].sort((a, b) => b.version - a.version);

/** What changed from a version to the next: shown under the newer one, old value → new value. */
function Differences({ before, after }: { before?: PlanVersion; after: PlanVersion }) {
  if (!before) return <p className="meta">Phiên bản đầu tiên.</p>;
  const changes: string[] = [];
  const old = new Map(before.document.tasks.map((t) => [t.id, t]));
  for (const t of after.document.tasks) {
    const o = old.get(t.id);
    if (!o) changes.push(`Thêm nhiệm vụ ${t.id}: ${t.title}`);
    else {
      const fields: Array<[string, string, string]> = [
        ['title', o.title, t.title],
        ['channels', o.channels.map(channelName).join('; '), t.channels.map(channelName).join('; ')],
        ...phraseFields.map((f): [string, string, string] => [f, phraseText(o, f), phraseText(t, f)]),
        ['leads', o.leads.join('; '), t.leads.join('; ')],
      ];
      for (const [f, a, b] of fields)
        if (a !== b) changes.push(`Nhiệm vụ ${t.id}, ${reviewFieldName(f).toLowerCase()}: “${a || '—'}” → “${b || '—'}”`);
    }
    old.delete(t.id);
  }
  for (const t of old.values()) changes.push(`Xóa nhiệm vụ ${t.id}: ${t.title}`);
  return changes.length ? (
    <>
      <p className="meta">So với phiên bản {before.version}:</p>
      <ul className="diff">
        {changes.map((c, i) => (
          <li key={i}>{c}</li>
        ))}
      </ul>
    </>
  ) : (
    <p className="meta">So với phiên bản {before.version}: không đổi nhiệm vụ.</p>
  );
}

/**
 * The API refused the activation over the review notes. Its message and evidence name them by
 * key ("3/quota", "issuedOn"); here they are named as people read them.
 */
function ReviewError({ error }: { error: ApiError }) {
  // PLAN_REVIEW_OPEN lists {key, reason} under "open"; PLAN_REVIEW_UNKNOWN lists keys under "unknown".
  const items = (v: unknown): { key: string; reason?: string }[] =>
    Array.isArray(v)
      ? v
          .map((x) =>
            typeof x === 'string'
              ? { key: x }
              : { key: String((x as { key?: unknown })?.key ?? ''), reason: (x as { reason?: string })?.reason },
          )
          .filter((x) => x.key !== '')
      : [];
  const named = items(error.code === 'PLAN_REVIEW_OPEN' ? error.evidence.open : error.evidence.unknown);
  return (
    <div role="alert" className="error">
      <p>
        {error.code === 'PLAN_REVIEW_OPEN'
          ? `Chưa kích hoạt được: kế hoạch còn ${named.length} mục chưa xem lại. Hãy sửa, hoặc đánh dấu đã xem từng mục rồi kích hoạt lại:`
          : 'Chưa kích hoạt được: danh sách mục cần xem lại vừa thay đổi, các mục sau không còn cần xem lại. Hãy đánh dấu lại các mục còn mở rồi kích hoạt lại:'}
      </p>
      <ul>
        {named.map((n) => (
          <li key={n.key}>
            {reviewKeyName(n.key)}
            {typeof n.reason === 'string' ? `: ${n.reason}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

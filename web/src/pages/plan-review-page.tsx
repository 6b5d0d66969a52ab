import { useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { client, unwrap, unwrapAs } from '../api/client';
import type { EvidenceLine, Plan, PlanDocument, PlanTask, PlanVersion } from '../api/views';
import { ErrorMessage } from '../components/error-message';
import { describeParse, PhraseField } from '../components/phrase-field';
import { useLoad } from '../components/use-load';
import { channelName, day, fieldName, instant, planStatusName } from '../format';
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

  useEffect(() => {
    if (selected?.line) document.getElementById(`line-${selected.line}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [selected]);

  if (plan.error) return <ErrorMessage error={plan.error} />;
  if (!plan.data) return <p className="loading">Đang tải…</p>;
  const p = plan.data;
  const doc = p.document;
  // How the API names a review note when it is acknowledged: "3/quota" for task 3, "number" for the plan.
  const reviewKey = (n: { taskId?: string; field: string }) => (n.taskId !== undefined ? `${n.taskId}/${n.field}` : n.field);
  const openKeys = [...new Set(doc.needsReview.map(reviewKey))];
  const canEdit = p.status === 'draft' ? atLeast(role, 'editor') : atLeast(role, 'approver');

  async function saveTask(taskId: string, values: Record<PhraseKey, string>) {
    setError(undefined);
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
    try {
      const body = { rowVersion: p.rowVersion, acknowledge: [...acknowledged] };
      const r = await unwrapAs<{ calendar: { added: number; updated?: number; removed: number } }>(
        client.POST('/api/plans/{id}/activate', { params: { path: { id: p.id } }, body }),
      );
      setActivation(`Đã kích hoạt: thêm ${r.calendar.added} ô lịch, xóa ${r.calendar.removed} ô lịch.`);
      setConfirming(false);
      plan.reload();
      versions.reload();
    } catch (e) {
      setError(e);
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
      <ErrorMessage error={error} />
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
                  {n.taskId ? `Nhiệm vụ ${n.taskId}` : 'Kế hoạch'} — {fieldName[n.field] ?? n.field}
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
                              {n.taskId ? `Nhiệm vụ ${n.taskId}` : 'Kế hoạch'} — {fieldName[n.field] ?? n.field}: {n.reason}
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
                      <dt>{fieldName[f]}</dt>
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
        <ol className="versions">
          {versions.data?.map((v, i, all) => (
            <li key={v.version}>
              <strong>Phiên bản {v.version}</strong> — {instant(v.changedAt)} — {v.note}
              <Differences before={all[i + 1]?.document} after={v.document} />
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

function Differences({ before, after }: { before?: PlanDocument; after: PlanDocument }) {
  if (!before) return null;
  const changes: string[] = [];
  const old = new Map(before.tasks.map((t) => [t.id, t]));
  for (const t of after.tasks) {
    const o = old.get(t.id);
    if (!o) changes.push(`Thêm nhiệm vụ ${t.id}: ${t.title}`);
    else
      for (const f of phraseFields) {
        const a = phraseText(o, f);
        const b = phraseText(t, f);
        if (a !== b) changes.push(`Nhiệm vụ ${t.id}, ${fieldName[f].toLowerCase()}: “${a || '—'}” → “${b || '—'}”`);
      }
    old.delete(t.id);
  }
  for (const t of old.values()) changes.push(`Xóa nhiệm vụ ${t.id}: ${t.title}`);
  return changes.length ? (
    <ul className="diff">
      {changes.map((c, i) => (
        <li key={i}>{c}</li>
      ))}
    </ul>
  ) : (
    <p className="meta">Không đổi nhiệm vụ.</p>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Link, useLocation } from 'wouter';
import { z } from 'zod';
import { type ApiError, client, unwrap, upload } from '../api/client';
import { textField } from '../api/limits';
import type { Item, Plan, PlanSummary, Problem, Transition } from '../api/views';
import { BackfillConfirm, pastRefusal } from '../components/backfill-confirm';
import { ChannelPreview } from '../components/channel-preview';
import { ErrorMessage } from '../components/error-message';
import { FileField } from '../components/file-field';
import { ItemPublications } from '../components/item-publications';
import { RichTextEditor } from '../components/rich-text-editor';
import { useLoad } from '../components/use-load';
import { actionName, channelName, instant, publicationChannels, statusName } from '../format';
import { atLeast, useSession } from '../session';

const schema = z.object({
  title: textField('CreateItemDto', 'title', 'Tiêu đề').min(1, { message: 'Tiêu đề: không được để trống.' }),
  summary: textField('CreateItemDto', 'summary', 'Tóm tắt'),
  body: textField('CreateItemDto', 'body', 'Nội dung'),
  channels: z.array(z.string()).min(1, { message: 'Chọn ít nhất một kênh.' }),
  planTask: z.string(),
});
type Form = z.infer<typeof schema>;

export default function ItemEditorPage({ params }: { params: { id: string } }) {
  const isNew = params.id === 'moi';
  const { unit, role } = useSession();
  const [, navigate] = useLocation();
  const [item, setItem] = useState<Item | null>(null);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string | null>(null);
  // Only past slots left: the person is asked before a backfill ("Đăng bù?").
  const [past, setPast] = useState<ApiError | null>(null);
  const [comment, setComment] = useState('');
  const [file, setFile] = useState<File | null>(null);
  // Moves each time the stored item replaces the form's values (the body editor then takes them).
  const [loadedEpoch, setLoadedEpoch] = useState(0);
  const loaded = useLoad(
    () => (isNew ? Promise.resolve(null) : unwrap<Item>(client.GET('/api/items/{id}', { params: { path: { id: params.id } } }))),
    [params.id],
  );
  const plans = useLoad(async () => {
    const list = await unwrap<PlanSummary[]>(client.GET('/api/plans', { params: { query: { unitId: unit!.id } } }));
    return Promise.all(
      list.filter((p) => p.status === 'active').map((p) => unwrap<Plan>(client.GET('/api/plans/{id}', { params: { path: { id: p.id } } }))),
    );
  }, [unit!.id]);
  const checks = useLoad(
    () => (item ? unwrap<Problem[]>(client.GET('/api/items/{id}/checks', { params: { path: { id: item.id } } })) : Promise.resolve([])),
    [item?.id, item?.version],
  );
  const history = useLoad(
    () => (item ? unwrap<Transition[]>(client.GET('/api/items/{id}/history', { params: { path: { id: item.id } } })) : Promise.resolve([])),
    [item?.id, item?.version],
  );
  const { register, handleSubmit, formState, reset, watch, control } = useForm<Form>({
    resolver: zodResolver(schema),
    defaultValues: { title: '', summary: '', body: '', channels: ['web-portal'], planTask: '' },
  });

  useEffect(() => {
    if (loaded.data) {
      setItem(loaded.data);
      reset({
        title: loaded.data.title,
        summary: loaded.data.summary,
        body: loaded.data.body,
        channels: loaded.data.channels,
        planTask: loaded.data.planId && loaded.data.taskId ? `${loaded.data.planId}|${loaded.data.taskId}` : '',
      });
      setLoadedEpoch((n) => n + 1);
    }
  }, [loaded.data, reset]);

  const editable = !item || ['draft', 'rejected'].includes(item.status);
  const values = watch();
  // A task whose slots are all on channels the item does not target: its slots would never take it.
  const chosenTask = values.planTask
    ? (plans.data ?? [])
        .find((p) => p.id === values.planTask.split('|')[0])
        ?.document.tasks.find((t) => t.id === values.planTask.split('|')[1])
    : undefined;
  const taskMismatch =
    chosenTask && chosenTask.channels.length > 0 && !chosenTask.channels.some((c) => (values.channels ?? []).includes(c))
      ? chosenTask.channels
      : null;

  const onSave = handleSubmit(async (v) => {
    setError(undefined);
    setNotice(null);
    const [planId, taskId] = v.planTask ? v.planTask.split('|') : [null, null];
    try {
      if (!item) {
        const created = await unwrap<Item>(
          client.POST('/api/items', {
            body: { unitId: unit!.id, title: v.title, summary: v.summary, body: v.body, channels: v.channels, planId, taskId },
          }),
        );
        navigate(`/noi-dung/${created.id}`, { replace: true });
        setItem(created);
      } else {
        setItem(
          await unwrap<Item>(
            client.PATCH('/api/items/{id}', {
              params: { path: { id: item.id } },
              body: { version: item.version, title: v.title, summary: v.summary, body: v.body, channels: v.channels, planId, taskId },
            }),
          ),
        );
      }
      setNotice('Đã lưu.');
    } catch (e) {
      setError(e);
    }
  });

  async function attach() {
    if (!item || !file) return;
    setError(undefined);
    try {
      setItem(await upload<Item>(`/api/items/${item.id}/attachments?version=${item.version}`, file));
      setNotice(`Đã đính kèm ${file.name}.`);
    } catch (e) {
      setError(e);
    }
  }

  async function transition(action: string) {
    if (!item) return;
    setError(undefined);
    try {
      setItem(
        await unwrap<Item>(
          client.POST('/api/items/{id}/transitions', {
            params: { path: { id: item.id } },
            body: { action: action as never, version: item.version, ...(comment.trim() ? { comment: comment.trim() } : {}) },
          }),
        ),
      );
      setComment('');
      setNotice(`${actionName[action]}: xong.`);
    } catch (e) {
      setError(e);
    }
  }

  async function enqueue(backfill = false) {
    if (!item) return;
    setError(undefined);
    setPast(null);
    try {
      await unwrap(
        client.POST('/api/items/{id}/queue', {
          params: { path: { id: item.id } },
          body: { version: item.version, ...(backfill ? { backfill: true } : {}) },
        }),
      );
      setItem(await unwrap<Item>(client.GET('/api/items/{id}', { params: { path: { id: item.id } } })));
      setNotice(backfill ? 'Đã đăng bù vào ô lịch trống đã qua.' : 'Đã đưa vào ô lịch trống kế tiếp.');
    } catch (e) {
      const refusal = backfill ? null : pastRefusal(e);
      if (refusal) setPast(refusal);
      else setError(e);
    }
  }

  if (loaded.error) return <ErrorMessage error={loaded.error} />;
  const canEdit = atLeast(role, 'editor') && editable;
  const actions: string[] = [];
  if (item && atLeast(role, 'editor') && ['draft', 'rejected'].includes(item.status)) actions.push('submit');
  if (item && atLeast(role, 'approver') && item.status === 'in_review') actions.push('approve', 'reject');
  // Publishing hands the item to dispatch: one publication per channel account (Phát hành).
  if (item && atLeast(role, 'approver') && ['scheduled', 'unconfirmed'].includes(item.status)) actions.push('publish');
  if (item && atLeast(role, 'editor') && ['in_review', 'approved', 'scheduled'].includes(item.status)) actions.push('withdraw');

  return (
    <>
      <p>
        <Link href="/noi-dung">← Danh sách nội dung</Link>
      </p>
      <h1>{isNew && !item ? 'Tạo nội dung' : `Nội dung: ${item?.title ?? ''}`}</h1>
      {item && <p className="meta">Trạng thái: {statusName[item.status]}</p>}
      <ErrorMessage error={error} />
      {past && (
        <BackfillConfirm
          error={past}
          onConfirm={() => void enqueue(true)}
          onCancel={() => {
            setPast(null);
            setNotice('Chưa xếp lịch: nội dung vẫn ở trạng thái đã duyệt, chờ một ô lịch chưa qua ngày.');
          }}
        />
      )}
      {notice && (
        <p role="status" className="ok">
          {notice}
        </p>
      )}
      <div className="editor-layout">
        <form onSubmit={onSave} noValidate className="card">
          <fieldset disabled={!canEdit}>
            <legend>Soạn nội dung</legend>
            <div className="field">
              <label htmlFor="title">Tiêu đề</label>
              <input id="title" aria-invalid={!!formState.errors.title} aria-describedby="title-error" {...register('title')} />
              <span id="title-error" className="field-error">
                {formState.errors.title?.message}
              </span>
            </div>
            <div className="field">
              <label htmlFor="summary">Tóm tắt (sa-pô)</label>
              <textarea id="summary" rows={3} aria-describedby="summary-error" {...register('summary')} />
              <span id="summary-error" className="field-error">
                {formState.errors.summary?.message}
              </span>
            </div>
            <div className="field">
              <span className="field-label" id="body-label">
                Nội dung bài viết
              </span>
              <span className="meta" id="body-help">
                Ảnh cần lời mô tả cho người không nhìn thấy ảnh; mã không an toàn bị loại khi lưu.
              </span>
              <Controller
                control={control}
                name="body"
                render={({ field }) => (
                  <RichTextEditor
                    value={field.value}
                    onChange={field.onChange}
                    disabled={!canEdit}
                    labelId="body-label"
                    epoch={loadedEpoch}
                    describedBy="body-help body-error"
                  />
                )}
              />
              <span id="body-error" className="field-error">
                {formState.errors.body?.message}
              </span>
            </div>
            <fieldset className="channels">
              <legend>Kênh đăng</legend>
              {publicationChannels.map((c) => (
                <label key={c} className="check">
                  <input type="checkbox" value={c} {...register('channels')} /> {channelName(c)}
                </label>
              ))}
              <span className="field-error">{formState.errors.channels?.message}</span>
            </fieldset>
            <div className="field">
              <label htmlFor="planTask">Nhiệm vụ trong kế hoạch</label>
              <select id="planTask" aria-describedby={taskMismatch ? 'planTask-hint' : undefined} {...register('planTask')}>
                <option value="">Không gắn nhiệm vụ</option>
                {(plans.data ?? []).flatMap((p) =>
                  p.document.tasks.map((t) => (
                    <option key={`${p.id}|${t.id}`} value={`${p.id}|${t.id}`}>
                      {p.number ?? 'Kế hoạch'} — {t.id}. {t.title.slice(0, 80)}
                      {t.channels.length > 0 ? ` (${t.channels.map(channelName).join(', ')})` : ''}
                    </option>
                  )),
                )}
              </select>
              {taskMismatch && (
                <p className="field-hint warn" role="note" id="planTask-hint">
                  Nhiệm vụ này chỉ có ô lịch trên kênh {taskMismatch.map(channelName).join(', ')}; nội dung đăng trên{' '}
                  {(values.channels ?? []).map(channelName).join(', ')} sẽ không có ô lịch nào của nhiệm vụ. Hãy chọn thêm kênh của nhiệm vụ
                  hoặc chọn nhiệm vụ khác.
                </p>
              )}
            </div>
            <button type="submit">{item ? 'Lưu thay đổi' : 'Tạo nội dung'}</button>
          </fieldset>
        </form>

        {item && (
          <div className="side">
            <section aria-labelledby="att-title" className="card">
              <h2 id="att-title">Tệp đính kèm</h2>
              <ul>
                {item.attachments.map((a) => (
                  <li key={a.sha256}>
                    {a.name ?? a.sha256.slice(0, 12)} —{' '}
                    {a.kind === 'image'
                      ? `ảnh ${a.width}×${a.height}`
                      : a.kind === 'audio'
                        ? `âm thanh ${Math.round((a.durationSec ?? 0) / 60)} phút`
                        : a.kind}
                    , {(a.bytes / 1_000_000).toFixed(2).replace('.', ',')} MB
                  </li>
                ))}
                {item.attachments.length === 0 && <li>Chưa có tệp.</li>}
              </ul>
              {canEdit && (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    void attach();
                  }}
                >
                  <FileField label="Ảnh, âm thanh, video hoặc PDF" accept="image/*,audio/*,video/*,application/pdf" onFile={setFile} />
                  <button type="submit" disabled={!file}>
                    Tải lên
                  </button>
                </form>
              )}
            </section>

            <section aria-labelledby="checks-title" className="card">
              <h2 id="checks-title">Kiểm tra theo kênh</h2>
              {checks.data && checks.data.length === 0 && <p className="ok">Đạt yêu cầu của mọi kênh.</p>}
              <ul>
                {checks.data?.map((p, i) => (
                  <li key={i} className="warn">
                    {channelName(p.channel)}: {p.message}
                  </li>
                ))}
              </ul>
            </section>

            <section aria-labelledby="flow-title" className="card">
              <h2 id="flow-title">Duyệt</h2>
              {actions.length > 0 && (
                <>
                  <div className="field">
                    <label htmlFor="comment">Ý kiến (bắt buộc khi trả lại)</label>
                    <textarea id="comment" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
                  </div>
                  <div className="actions">
                    {actions.map((a) => (
                      <button
                        key={a}
                        type="button"
                        className={a === 'reject' || a === 'withdraw' ? 'secondary' : undefined}
                        onClick={() => void transition(a)}
                      >
                        {actionName[a]}
                      </button>
                    ))}
                  </div>
                </>
              )}
              {item.status === 'approved' && atLeast(role, 'editor') && (
                <button type="button" onClick={() => void enqueue()}>
                  Thêm vào hàng đợi
                </button>
              )}
              <h3>Lịch sử</h3>
              <ol className="history">
                {history.data?.map((t, i) => (
                  <li key={i}>
                    {instant(t.at)} — {actionName[t.action] ?? t.action}: {statusName[t.fromStatus as Item['status']] ?? t.fromStatus} →{' '}
                    {statusName[t.toStatus as Item['status']] ?? t.toStatus}
                    <span className="meta"> · {t.actorName}</span>
                    {t.comment && <q> {t.comment}</q>}
                  </li>
                ))}
                {history.data?.length === 0 && <li>Chưa có thao tác.</li>}
              </ol>
            </section>
          </div>
        )}
      </div>
      {item && ['published', 'failed', 'unconfirmed'].includes(item.status) && <ItemPublications itemId={item.id} version={item.version} />}
      <section aria-labelledby="preview-title">
        <h2 id="preview-title">Xem trước theo kênh</h2>
        <div className="previews">
          {(values.channels ?? []).map((c) => (
            <ChannelPreview
              key={c}
              channel={c}
              item={{
                id: item?.id ?? null,
                title: values.title ?? '',
                summary: values.summary ?? '',
                body: values.body ?? '',
                attachments: item?.attachments ?? [],
                savedChannels: item?.channels ?? [],
              }}
            />
          ))}
        </div>
      </section>
    </>
  );
}

import { useEffect, useId, useState } from 'react';
import { client, unwrapAs } from '../api/client';
import { day } from '../format';

type Kind = 'quota' | 'timeframe' | 'deadline';
type Answer = { kind: string; result: Record<string, unknown> } | { error: { code: string; message: string } };

const perName: Record<string, string> = {
  day: 'ngày',
  week: 'tuần',
  month: 'tháng',
  quarter: 'quý',
  'half-year': 'nửa năm',
  year: 'năm',
  'nine-months': '9 tháng',
};

/** What the grammar read, in words: "3 tin, bài mỗi tháng", "01/01/2024 – 31/03/2024", "trước 30/11/2025". */
export function describeParse(kind: string, r: Record<string, unknown>): string {
  const d = (v: unknown) => (typeof v === 'string' ? day(v) : '');
  if (kind === 'quota') {
    const count = r.count ?? r.min ?? '';
    const unit = typeof r.unit === 'string' ? r.unit : 'lần';
    const per = typeof r.per === 'string' ? ` mỗi ${perName[r.per] ?? r.per}` : '';
    return r.count === undefined && r.min === undefined ? `Thường xuyên${per}` : `${count} ${unit}${per}`;
  }
  if (kind === 'timeframe') return `${d(r.from)} – ${d(r.to)}`;
  if (kind === 'deadline') {
    if (r.before) return `trước ${d(r.before)}`;
    if (r.by) return `chậm nhất ${d(r.by)}`;
    if (r.on) return `ngày ${d(r.on)}`;
  }
  return Object.entries(r)
    .map(([k, v]) => `${k}: ${typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? day(v) : JSON.stringify(v)}`)
    .join('; ');
}

/** A quota, timeframe or deadline edited as a Vietnamese phrase, read by the API's grammar as the person types. */
export function PhraseField({
  kind,
  label,
  value,
  onChange,
  refDate,
}: {
  kind: Kind;
  label: string;
  value: string;
  onChange: (v: string) => void;
  refDate?: string;
}) {
  const id = useId();
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!value.trim()) {
      setAnswer(null);
      return;
    }
    const t = setTimeout(() => {
      unwrapAs<Answer>(client.POST('/api/phrases/parse', { body: { text: value, kind, ...(refDate ? { refDate } : {}) } as never }))
        .then(setAnswer)
        .catch(() => setAnswer(null));
    }, 250);
    return () => clearTimeout(t);
  }, [value, kind, refDate]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-parse`} />
      <output id={`${id}-parse`} className={answer && 'error' in answer ? 'parse parse-error' : 'parse'} aria-live="polite">
        {answer && ('error' in answer ? answer.error.message : `Đọc được: ${describeParse(answer.kind, answer.result)}`)}
      </output>
    </div>
  );
}

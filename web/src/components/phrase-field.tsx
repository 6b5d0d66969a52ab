import { useEffect, useId, useState } from 'react';
import { client, unwrapAs } from '../api/client';
import { describePhrase } from '../../../src/domain/grammar/describe-phrase';

type Kind = 'quota' | 'timeframe' | 'deadline';
type Answer = { kind: string; result: Record<string, unknown> } | { error: { code: string; message: string } };

/**
 * What the grammar read, in Vietnamese words: "3 tin, bài mỗi tháng", "1 lần mỗi 2 tháng",
 * "01/01/2024 – 31/03/2024", "trước ngày 15/12 hằng năm" (src/domain/grammar/describe-phrase.ts,
 * unit-tested there: no field name and no ISO date ever reaches the screen).
 */
export const describeParse = (kind: string, result: Record<string, unknown>): string => describePhrase(kind, result);

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

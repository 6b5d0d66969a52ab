import { useId, useState } from 'react';

/**
 * A file chooser whose every word is Vietnamese: the browser's own button says "Choose File" in
 * the browser's language, so the input is visually hidden (still focusable and labelled) and a
 * label styled as a button opens it.
 */
export function FileField({ label, accept, onFile }: { label: string; accept: string; onFile: (f: File | null) => void }) {
  const id = useId();
  const [name, setName] = useState<string | null>(null);
  return (
    <div className="field">
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <div className="file-field">
        <input
          id={id}
          className="visually-hidden"
          type="file"
          accept={accept}
          aria-labelledby={`${id}-label`}
          onChange={(e) => {
            const f = e.target.files?.[0] ?? null;
            setName(f?.name ?? null);
            onFile(f);
          }}
        />
        <label htmlFor={id} className="button secondary-button">
          Chọn tệp
        </label>
        <span className="meta">{name ?? 'Chưa chọn tệp nào'}</span>
      </div>
    </div>
  );
}

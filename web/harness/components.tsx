// The component tests' harness (test/browser/components.spec.ts builds it with Vite into a
// temporary folder and serves it on the test app's origin; it is not part of the app's bundle).
// It mounts one component at a time with the props the test passes, and records what the
// component hands back (a submitted form, a dropped item) on window for the test to read.
import { type ReactElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { AccountKind, Slot } from '../src/api/views';
import { AccountForm } from '../src/components/account-form';
import { ITEM_DRAG_TYPE, LanesGrid } from '../src/components/lanes-grid';
import { PhraseField } from '../src/components/phrase-field';
import { holidayMap } from '../src/holidays';
import '../src/styles.css';

declare global {
  interface Window {
    mount: (name: string, props: Record<string, unknown>) => void;
    recorded: unknown[];
  }
}

function Phrase(props: { kind: 'quota' | 'timeframe' | 'deadline'; label: string; refDate?: string }) {
  const [value, setValue] = useState('');
  return <PhraseField {...props} value={value} onChange={setValue} />;
}

function Lanes(props: { year: number; month: number; today: string; lanes: { channel: string; slots: Slot[] }[]; acceptChannel?: string }) {
  const [dragging, setDragging] = useState(false);
  return (
    <>
      <p
        draggable
        className="drag-source"
        onDragStart={(e) => {
          e.dataTransfer.setData(ITEM_DRAG_TYPE, 'item-1');
          setDragging(true);
        }}
        onDragEnd={() => setDragging(false)}
      >
        Nội dung thử
      </p>
      <LanesGrid
        year={props.year}
        month={props.month}
        today={props.today}
        lanes={props.lanes}
        holidays={holidayMap(props.year)}
        accepts={dragging && props.acceptChannel ? (s) => s.channel === props.acceptChannel : undefined}
        onDrop={(slot, itemId) => window.recorded.push({ slotId: slot.id, itemId })}
      />
    </>
  );
}

function Account(props: { kinds: AccountKind[]; accept: boolean }) {
  return (
    <AccountForm
      kinds={props.kinds}
      onSubmit={async (input) => {
        window.recorded.push(input);
        return props.accept;
      }}
    />
  );
}

const components: Record<string, (props: never) => ReactElement> = { phrase: Phrase, lanes: Lanes, account: Account };
const root = createRoot(document.getElementById('root')!);
window.recorded = [];
window.mount = (name, props) => {
  window.recorded = [];
  const C = components[name] as (p: Record<string, unknown>) => ReactElement;
  // Committed before mount returns: a test that fills the form right after mounting again must reach the new one, not the
  // one being replaced (root.render alone schedules the change, and the old fields could take the typing).
  flushSync(() => root.render(<C key={Math.random()} {...props} />));
};

/**
 * One interface for every layout a plan writes its tasks in. Each layout reader looks at the
 * whole document and says what it found (task drafts) and how sure it is; the tasks reader
 * keeps the most trusted layout that found anything, and reports every finding.
 */
import type { EvidenceLine, TaskSource } from '../plan-reading.types.js';
import type { TextBlock } from '../plan-text.js';

/** A task as a layout found it, before its phrases are read and its channels matched. */
export interface TaskDraft {
  id: string;
  title: string;
  titleEvidence: EvidenceLine;
  /** Text (with evidence) in which to look for channels and products. */
  describe: Array<{ text: string; evidence: EvidenceLine; result?: boolean }>;
  quota?: { text: string; evidence: EvidenceLine };
  time?: { text: string; evidence: EvidenceLine };
  leads?: { text: string; evidence: EvidenceLine };
  cooperators?: { text: string; evidence: EvidenceLine };
  source: TaskSource;
}

/** What one layout found: its drafts, and a confidence between 0 and 1. */
export interface LayoutFinding {
  layout: TaskSource;
  drafts: TaskDraft[];
  confidence: number;
}

/** What a layout may consult besides the text: which sentences name a channel. */
export interface LayoutContext {
  namesChannel(text: string): boolean;
  /** Names a channel something is published on (not only an activity such as a meeting). */
  namesPublicationChannel(text: string): boolean;
}

export interface TaskLayoutReader {
  /** The layout's name, written into each task's `source` and the plan's `layout`. */
  readonly layout: TaskSource;
  /** How far a finding of this layout is trusted before its drafts are looked at. */
  readonly trust: number;
  find(blocks: readonly TextBlock[], context: LayoutContext): TaskDraft[];
}

/**
 * A finding's confidence: the layout's trust, halved when none of its drafts states a quota
 * (the shape was recognised, the numbers were not), in proportion to the share that do.
 */
export function confidenceOf(reader: TaskLayoutReader, drafts: readonly TaskDraft[]): number {
  if (drafts.length === 0) return 0;
  const withQuota = drafts.filter((d) => d.quota !== undefined).length;
  return Math.round(reader.trust * (0.5 + (0.5 * withQuota) / drafts.length) * 100) / 100;
}

/**
 * The tasks of a plan. Each layout is its own reader behind one interface (layouts/): an
 * appendix table, numbered forms with "- Tần suất:" lines, prose under "Hình thức", and a quota
 * inside an ordinary sentence. Every reader looks at the whole document and reports what it
 * found and how sure it is; the tasks come from the most trusted layout that found any, and
 * `layouts` keeps every finding so a person sees why.
 */
import type { ChannelVocabulary } from '../../../config/channels/channel-vocabulary.types.js';
import { appendixTableLayout } from './layouts/appendix-table.layout.js';
import { channelMentionLayout } from './layouts/channel-mention.layout.js';
import { numberedFormLayout } from './layouts/numbered-form.layout.js';
import { proseFormsLayout } from './layouts/prose-forms.layout.js';
import { quotaSentenceLayout } from './layouts/quota-sentence.layout.js';
import { finishDraft } from './layouts/task-draft.js';
import { type LayoutFinding, type TaskLayoutReader, confidenceOf } from './layouts/task-layout.js';
import type { LayoutReport, NeedsReview, PlanTask, TaskSource } from './plan-reading.types.js';
import type { TextBlock } from './plan-text.js';
import { compileVocabulary, findChannels } from './vocabulary.matcher.js';

export { splitUnits } from './layouts/task-draft.js';

export interface TaskContext {
  vocabulary: ChannelVocabulary;
  year: number | null;
  refDate: string | undefined;
}

export interface TasksReading {
  tasks: PlanTask[];
  needsReview: NeedsReview[];
  /** The layout the tasks came from. */
  shape: TaskSource | null;
  /** Every layout's finding, most trusted first. */
  layouts: LayoutReport[];
}

/** In order of trust: a layout later in the list is used only when the earlier ones found nothing. */
export const TASK_LAYOUTS: readonly TaskLayoutReader[] = [
  appendixTableLayout,
  numberedFormLayout,
  proseFormsLayout,
  quotaSentenceLayout,
  channelMentionLayout,
];

export function readTasks(blocks: TextBlock[], context: TaskContext): TasksReading {
  const compiled = compileVocabulary(context.vocabulary);
  const layoutContext = {
    namesChannel: (text: string) => findChannels(compiled, text).length > 0,
    namesPublicationChannel: (text: string) => findChannels(compiled, text).some((c) => compiled.kinds.get(c.id) === 'publication'),
  };
  const findings: LayoutFinding[] = TASK_LAYOUTS.map((reader) => {
    const drafts = reader.find(blocks, layoutContext);
    return { layout: reader.layout, drafts, confidence: confidenceOf(reader, drafts) };
  });
  const chosen = findings.find((f) => f.drafts.length > 0);
  const needsReview: NeedsReview[] = [];
  const tasks = chosen ? chosen.drafts.map((d) => finishDraft(d, compiled, context, needsReview)) : [];
  // Quotas in sentences rarely cover every channel a plan names: a publication channel named in a
  // clause with no quota, and in no sentence task, is a task that asks for its quota (the mention
  // layout's reading), not a channel silently left out.
  const mention = findings.find((f) => f.layout === 'mention')!;
  let supplemented = false;
  if (chosen?.layout === 'sentence') {
    const covered = new Set(tasks.flatMap((t) => t.channels));
    for (const d of mention.drafts) {
      const named = d.describe.flatMap((part) => findChannels(compiled, part.text).map((c) => c.id));
      if (named.length === 0 || named.some((c) => covered.has(c))) continue;
      const task = finishDraft({ ...d, id: String(tasks.length + 1) }, compiled, context, needsReview);
      tasks.push(task);
      for (const c of task.channels) covered.add(c);
      supplemented = true;
    }
  }
  if (tasks.length === 0)
    needsReview.push({
      field: 'tasks',
      reason:
        'Không tìm thấy nhiệm vụ nào (bảng phụ lục, danh sách đánh số, đoạn "Hình thức tuyên truyền", câu nêu kênh và số lượng hay câu nêu kênh tuyên truyền): cần nhập nhiệm vụ.',
    });
  const layouts = findings.map((f) => ({
    layout: f.layout,
    tasks: f.drafts.length,
    confidence: f.confidence,
    used: f === chosen || (supplemented && f === mention),
  }));
  return { tasks, needsReview, shape: chosen?.layout ?? null, layouts };
}

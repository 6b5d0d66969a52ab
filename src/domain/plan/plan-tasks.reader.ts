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
export const TASK_LAYOUTS: readonly TaskLayoutReader[] = [appendixTableLayout, numberedFormLayout, proseFormsLayout, quotaSentenceLayout, channelMentionLayout];

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
  if (tasks.length === 0)
    needsReview.push({
      field: 'tasks',
      reason: 'Không tìm thấy nhiệm vụ nào (bảng phụ lục, danh sách đánh số, đoạn "Hình thức tuyên truyền", câu nêu kênh và số lượng hay câu nêu kênh tuyên truyền): cần nhập nhiệm vụ.',
    });
  const layouts = findings.map((f) => ({ layout: f.layout, tasks: f.drafts.length, confidence: f.confidence, used: f === chosen }));
  return { tasks, needsReview, shape: chosen?.layout ?? null, layouts };
}

/**
 * Whether the user changed a clip's draft: its form differs from what the extractor offered, or an update has fields
 * or accepted changes of its own. Discarding such a draft asks first.
 */
import type { ClipDraft } from './draft.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function draftEdited(draft: ClipDraft, picks: readonly boolean[] = []): boolean {
  if (draft.update && ((draft.saved && !same(draft.update.fields, draft.saved)) || draft.update.accepted.length > 0)) return true;
  if (!draft.extracted) return false;
  const offered = draft.extracted.map(({ over: _over, ...fields }) => fields);
  if (!same(draft.items.map((item) => item.fields), offered)) return true;
  // a listing's checklist changed from what was ticked at first (past items start unticked)
  return picks.length > 0 && draft.items.length > 1 && picks.some((pick, i) => pick !== !draft.items[i].over);
}

/**
 * The organizer model's training: every unit the extractor makes an item of, paired with its labelled item by the
 * referee's rules (shared/eval/score.ts), gives its organizer candidates with their features (organizer-choice.ts
 * trace). Right are the candidates the evaluation would count right: word overlap ≥ 0.5 with the labelled organizer,
 * or "none" when the label is null. A unit without a right candidate teaches nothing and is left out, as are units
 * whose item matches no label. Fitted as a ranking (fit-ranking.ts) over each unit's candidates.
 */
import type { LabelledCase } from '../../shared/eval/cross-validate.ts';
import { overlap } from '../../shared/eval/score.ts';
import type { LogisticModel } from '../../shared/extract/model/logistic.ts';
import type { OrganizerClass } from '../../shared/extract/model/organizer-class.ts';
import { learnedOrganizer, type OrganizerTrace } from '../../shared/extract/organizer-choice.ts';
import { fitRanking, type RankingGroup } from './fit-ranking.ts';
import { readLabelled, type ReadingModels } from './read-labelled.ts';

/** The fitting settings, fixed so that `npm run train` is reproducible. */
export const ORGANIZER_FIT_OPTIONS = { classes: ['other', 'organizer'] as const, l2: 1, iterations: 400, learningRate: 0.05, minCount: 3, decimals: 3 };

/** the overlap the evaluation asks of a right organizer */
const RIGHT = 0.5;

/** The models the extractor runs with while the organizer samples are read (null: the rules). */
/** The organizer candidate groups of one labelled page: one per item paired with a label, with a right candidate. */
export function organizerGroupsOf(c: LabelledCase, up: ReadingModels = {}): RankingGroup[] {
  if (!c.items.length) return [];
  const traces: OrganizerTrace[] = [];
  const pairs = readLabelled(c, up, { organizer: learnedOrganizer(null, (t) => traces.push(t)) });
  const used = new Set<OrganizerTrace>();
  const groups: RankingGroup[] = [];
  for (const [want, got] of pairs) {
    if (!got) continue;
    const trace = traces.find((t) => !used.has(t) && t.title === got.title) ?? traces.find((t) => !used.has(t) && (t.chosen ?? null) === (got.organizer ?? null));
    if (!trace) continue;
    used.add(trace);
    const right = trace.candidates.map((cand) => (want.organizer == null ? cand.value === null : cand.value !== null && overlap(want.organizer, cand.value) >= RIGHT));
    if (!right.some(Boolean)) continue;
    groups.push({ candidates: trace.candidates.map((cand) => cand.features), right });
  }
  return groups;
}

/** Fits the organizer choice on labelled groups. */
export function fitOrganizerGroups(groups: readonly RankingGroup[]): LogisticModel<OrganizerClass> {
  return fitRanking(groups, ORGANIZER_FIT_OPTIONS);
}

/** Fits the organizer model on some pages. */
export function fitOrganizerModel(cases: readonly LabelledCase[], up: ReadingModels = {}): LogisticModel<OrganizerClass> {
  return fitOrganizerGroups(cases.flatMap((c) => organizerGroupsOf(c, up)));
}

/**
 * The organizer decision: the rule cascade (organizer.ts) alone, or — with a learned organizer model
 * (model/organizer.ts) — the candidate (organizer-candidates.ts, "none" among them) the model scores highest. The model
 * ranks the unit's candidates (features/organizer.ts, fitted as a conditional logit: scripts/train/fit-ranking.ts);
 * their scores, normalised over the unit's candidates, give the chosen organizer's confidence.
 * Pure; a trace hook hands the candidates and their features to the trainer (scripts/train/organizer.ts).
 */
import type { Block } from './blocks.ts';
import { organizerFeatures } from './features/organizer.ts';
import { scores, softmax, type LogisticModel } from './model/logistic.ts';
import type { OrganizerClass } from './model/organizer-class.ts';
import { organizerCandidates } from './organizer-candidates.ts';
import { findOrganizer, listingCues, seenOn, titleTail, type OrganizerContext } from './organizer.ts';

/** The candidates of one unit as the trainer sees them, the unit's title and the organizer chosen. */
export interface OrganizerTrace {
  title: string;
  chosen: string | null;
  candidates: Array<{ value: string | null; features: string[] }>;
}

export interface OrganizerChoiceContext extends OrganizerContext {
  organizerModel?: LogisticModel<OrganizerClass>;
  traceOrganizers?: (trace: OrganizerTrace) => void;
}

export function chooseOrganizer(blocks: Block[], ctx: OrganizerChoiceContext): { value: string | null; confidence: number } {
  const rule = findOrganizer(blocks, ctx);
  if (!ctx.organizerModel && !ctx.traceOrganizers) return rule;
  const candidates = organizerCandidates(blocks, ctx, seenOn(ctx.pageBlocks), rule.value);
  const siteNames = [ctx.siteName, ctx.logo, ctx.publisher, ctx.copyright, titleTail(ctx.pageTitle)].filter((n): n is string => !!n);
  const featureContext = { blocks, pageBlocks: ctx.pageBlocks, title: ctx.title, listed: ctx.listed, cues: ctx.cues, candidates, siteNames, listing: listingCues(blocks, ctx) };
  const features = candidates.map((c) => organizerFeatures(c, featureContext));
  let chosen = rule;
  if (ctx.organizerModel) {
    const model = ctx.organizerModel;
    const yes = model.classes.indexOf('organizer');
    const p = softmax(features.map((f) => {
      const s = scores(model, f);
      return s[yes] - s[1 - yes];
    }));
    let best = 0;
    for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
    chosen = { value: candidates[best].value, confidence: Math.round(p[best] * 100) / 100 };
  }
  ctx.traceOrganizers?.({ title: ctx.title, chosen: chosen.value, candidates: candidates.map((c, i) => ({ value: c.value, features: features[i] })) });
  return chosen;
}

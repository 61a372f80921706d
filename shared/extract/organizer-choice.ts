/**
 * The learned organizer decision: with a learned organizer model (model/organizer.ts), the candidate
 * (organizer-candidates.ts, "none" among them) the model scores highest; without one, the rule cascade's answer
 * (organizer.ts). The model ranks the unit's candidates (features/organizer.ts, fitted as a conditional logit:
 * scripts/train/fit-ranking.ts); their scores, normalised over the unit's candidates, give the chosen organizer's
 * confidence.
 * Pure; a trace hook hands the candidates and their features to the trainer (scripts/train/organizer.ts).
 */
import type { Block } from './blocks.ts';
import { organizerFeatures } from './features/organizer.ts';
import { scores, softmax, type LogisticModel } from './model/logistic.ts';
import type { OrganizerClass } from './model/organizer-class.ts';
import { organizerCandidates } from './organizer-candidates.ts';
import { findOrganizer, listingCues, seenOn, titleTail, type OrganizerChooser, type OrganizerContext } from './organizer.ts';

/** The candidates of one unit as the trainer sees them, the unit's title and the organizer chosen. */
export interface OrganizerTrace {
  title: string;
  chosen: string | null;
  candidates: Array<{ value: string | null; features: string[] }>;
}

/**
 * The learned organizer choice as a chooser for `extract({ organizer })`: the candidate `model` scores highest, or —
 * without a model — the rule cascade's answer; `trace` is told every unit's candidates and features (the trainer).
 */
export function learnedOrganizer(model: LogisticModel<OrganizerClass> | null, trace?: (t: OrganizerTrace) => void): OrganizerChooser {
  return (blocks, ctx) => chooseOrganizer(blocks, ctx, model, trace);
}

function chooseOrganizer(blocks: Block[], ctx: OrganizerContext, model: LogisticModel<OrganizerClass> | null, trace?: (t: OrganizerTrace) => void): { value: string | null; confidence: number } {
  const rule = findOrganizer(blocks, ctx);
  const candidates = organizerCandidates(blocks, ctx, seenOn(ctx.pageBlocks, ctx.cues), rule.value);
  const siteNames = [ctx.siteName, ctx.logo, ctx.publisher, ctx.copyright, titleTail(ctx.pageTitle)].filter((n): n is string => !!n);
  const featureContext = { blocks, pageBlocks: ctx.pageBlocks, title: ctx.title, listed: ctx.listed, cues: ctx.cues, candidates, siteNames, listing: listingCues(blocks, ctx) };
  const features = candidates.map((c) => organizerFeatures(c, featureContext));
  let chosen = rule;
  if (model) {
    const yes = model.classes.indexOf('organizer');
    const p = softmax(features.map((f) => {
      const s = scores(model, f);
      return s[yes] - s[1 - yes];
    }));
    let best = 0;
    for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
    chosen = { value: candidates[best].value, confidence: Math.round(p[best] * 100) / 100 };
  }
  trace?.({ title: ctx.title, chosen: chosen.value, candidates: candidates.map((c, i) => ({ value: c.value, features: features[i] })) });
  return chosen;
}

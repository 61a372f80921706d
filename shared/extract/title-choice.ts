/**
 * The title decision: the rule cascade (title-rules.ts) alone, or — with a learned title model (model/title.ts) — the
 * candidate (title-candidates.ts) the model scores highest. The model scores each candidate on its own (features/
 * title.ts); the candidates' log-odds, normalised over the unit's candidates, give the chosen title's confidence.
 * Pure; a trace hook hands the candidates and their features to the trainer (scripts/train/title.ts).
 */
import type { DateFact } from './facts.ts';
import { titleFeatures, withRuleContext } from './features/title.ts';
import { scores, softmax, type LogisticModel } from './model/logistic.ts';
import type { TitleClass } from './model/title-class.ts';
import type { Unit } from './segment.ts';
import { titleCandidates } from './title-candidates.ts';
import { titleFor, type TitleContext } from './title-rules.ts';

/** The candidates of one unit as the trainer sees them, and the title chosen. */
export interface TitleTrace {
  chosen: string;
  candidates: Array<{ text: string; features: string[] }>;
}

export interface TitleChoiceContext extends TitleContext {
  titleModel?: LogisticModel<TitleClass>;
  traceTitles?: (trace: TitleTrace) => void;
}

export function chooseTitle(unit: Unit, facts: DateFact[], ctx: TitleChoiceContext): { value: string; confidence: number } {
  const rule = titleFor(unit, facts, ctx);
  if (!ctx.titleModel && !ctx.traceTitles) return rule;
  const candidates = titleCandidates(unit, facts, ctx, rule.value);
  const own = candidates.map((c) => titleFeatures(c, { unit, facts, cues: ctx.cues, candidates, siteName: ctx.meta.siteName }));
  const features = withRuleContext(own, candidates.findIndex((c) => c.sources.includes('rule')));
  let chosen = rule;
  if (ctx.titleModel && candidates.length) {
    const model = ctx.titleModel;
    const yes = model.classes.indexOf('title');
    const logits = features.map((f) => {
      const s = scores(model, f);
      return s[yes] - s[1 - yes];
    });
    const p = softmax(logits);
    let best = 0;
    for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
    chosen = { value: candidates[best].text, confidence: Math.round(p[best] * 100) / 100 };
  }
  ctx.traceTitles?.({ chosen: chosen.value, candidates: candidates.map((c, i) => ({ text: c.text, features: features[i] })) });
  return chosen;
}

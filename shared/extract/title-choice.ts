/**
 * The title decision: the rule cascade (title-rules.ts) alone, or — with a learned title model (model/title.ts) — the
 * candidate (title-candidates.ts) the model scores highest. The model ranks the unit's candidates (features/title.ts,
 * fitted as a conditional logit: scripts/train/fit-ranking.ts); their scores, normalised over the unit's candidates,
 * give the chosen title's confidence. The rule's answer carries a margin in its weight, and a candidate that drops the
 * programme, call or event noun of the rule's answer never replaces it (the kind is read from the title too).
 * Pure; a trace hook hands the candidates and their features to the trainer (scripts/train/title.ts).
 */
import type { DateFact } from './facts.ts';
import { dropsName, titleFeatures, withRuleContext, wordsInContext } from './features/title.ts';
import { lexiconFeatures, lexiconOf, type TitleModel } from './features/title-lexicon.ts';
import { scores, softmax } from './model/logistic.ts';
import type { Unit } from './segment.ts';
import { titleCandidates } from './title-candidates.ts';
import { titleFor, type TitleContext } from './title-rules.ts';
import { titleGuards } from './title-guards.ts';

/**
 * The candidates of one unit as the trainer sees them, and the title chosen: each candidate's features, and its own
 * features before the rule answer's context was added (the trainer adds the lexicon's features to these and the
 * context again: withRuleContext), and which candidate is the rule's answer (-1: none).
 */
export interface TitleTrace {
  chosen: string;
  rule: number;
  candidates: Array<{ text: string; features: string[]; own: string[] }>;
}

export interface TitleChoiceContext extends TitleContext {
  titleModel?: TitleModel;
  traceTitles?: (trace: TitleTrace) => void;
}

/**
 * What never names a page's or a section's item, whatever the model scores: label words alone ("Antragstellung",
 * "Frist: 30.09.17"). (A list entry's label names a stage of its call: stages.ts reads it.)
 */
function noName(unit: Unit, features: readonly string[]): boolean {
  return unit.source !== 'list' && features.includes('generic:all');
}

export function chooseTitle(unit: Unit, facts: DateFact[], ctx: TitleChoiceContext): { value: string; confidence: number } {
  const rule = titleFor(unit, facts, ctx);
  if (!ctx.titleModel && !ctx.traceTitles) return titleGuards(unit, facts, rule, ctx.cues);
  const candidates = titleCandidates(unit, facts, ctx, rule.value);
  const featureContext = { unit, facts, cues: ctx.cues, candidates, siteName: ctx.meta.siteName };
  const lexicon = lexiconOf(ctx.titleModel);
  // each candidate's words split once for the unit (its features, the lexicon and the part-of-the-name test read them)
  const wordsOf = (text: string) => wordsInContext(featureContext, text);
  const own = candidates.map((c) => [...titleFeatures(c, featureContext), ...lexiconFeatures(c.text, lexicon, lexicon ? wordsOf(c.text) : undefined)]);
  const at = candidates.findIndex((c) => c.sources.includes('rule'));
  const features = withRuleContext(own, at);
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
    // the title is also the kind's evidence: a candidate without the rule answer's programme, call or event noun never
    // replaces it; nor does a mere part of it that leaves out words of the name
    const ruleWords = wordsOf(candidates[at]?.text ?? '');
    // (the undated heading drops only the date part and the place written in it)
    const part = (i: number) => at >= 0 && !candidates[i].sources.includes('undated') && dropsName(wordsOf(candidates[i].text), ruleWords);
    const eligible = features.map((f, i) => !f.some((x) => x.startsWith('drops:')) && !part(i) && !noName(unit, f));
    for (let i = 1; i < p.length; i++) if (eligible[i] && (!eligible[best] || p[i] > p[best])) best = i;
    chosen = { value: candidates[best].text, confidence: Math.round(p[best] * 100) / 100 };
  }
  chosen = titleGuards(unit, facts, chosen, ctx.cues);
  ctx.traceTitles?.({ chosen: chosen.value, rule: at, candidates: candidates.map((c, i) => ({ text: c.text, features: features[i], own: own[i] })) });
  return chosen;
}

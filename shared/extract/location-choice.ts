/**
 * The location decision: the rule cascade's answer (location.ts findLocation, then the entry's place line and the
 * municipality's town: assemble.ts) alone, or — with a learned location model (model/location.ts) — the candidate
 * (location-candidates.ts: the rules' places, towns no rule takes, "online", no place) the model scores highest. The
 * model ranks a unit's candidates (features/location.ts, fitted as a conditional logit: scripts/train/fit-ranking.ts);
 * their scores, normalised over the unit's candidates, give the chosen location's confidence. Pure; a trace hook hands
 * the candidates and their features to the trainer (scripts/train/location.ts).
 */
import type { Block } from './blocks.ts';
import type { CueSet } from './cues/types.ts';
import type { DateFact } from './facts.ts';
import { countWords, HYBRID, locationFeatures, placeWords, type LocationClass } from './features/location.ts';
import { locationCandidates, placeKey } from './location-candidates.ts';
import { onlineIn } from './location.ts';
import { scores, softmax, type LogisticModel } from './model/logistic.ts';
import type { Unit } from './segment.ts';

/** The candidates of one event unit as the trainer sees them, and the location chosen. */
export interface LocationTrace {
  /** the item's title (the trainer pairs traces with items by it) */
  title: string;
  chosen: string | null;
  candidates: Array<{ value: string | null; features: string[] }>;
  /** the event a line or a sentence tells (line-location.ts), not a unit */
  line?: boolean;
}

export interface LocationChoiceContext {
  locationModel?: LogisticModel<LocationClass>;
  traceLocations?: (trace: LocationTrace) => void;
}

export interface LocationInput {
  unit: Unit;
  /** the unit's dates */
  facts: DateFact[];
  title: string;
  /** the title, headings above the unit, the list's introduction, a list's shared line */
  context: string;
  sectionHeadings: Map<number, string>;
  /** every block of the page */
  pageBlocks: Block[];
  cues: CueSet[];
  /** the cascade's answer */
  cascade: { value: string | null; confidence: number };
  /** places the assembly read beside the cascade (the entry's place line, the municipality's town) */
  extra: ReadonlyArray<{ value: string; source: string }>;
}

type Location = { value: string | null; confidence: number };

const pageWordCache = new WeakMap<Block[], Map<string, number>>();

function pageWords(blocks: Block[]): Map<string, number> {
  let words = pageWordCache.get(blocks);
  if (!words) pageWordCache.set(blocks, (words = countWords(blocks.map(blockWords))));
  return words;
}

/** each block's placeWords, read once per page (the page's unit and each entry's hold the same blocks; the text is checked) */
const blockWordCache = new WeakMap<Block, { text: string; words: string[] }>();
function blockWords(b: Block): string[] {
  const known = blockWordCache.get(b);
  if (known && known.text === b.text) return known.words;
  const words = placeWords(b.text);
  blockWordCache.set(b, { text: b.text, words });
  return words;
}

export function chooseLocation(input: LocationInput, ctx: LocationChoiceContext): Location {
  if (!ctx.locationModel && !ctx.traceLocations) return input.cascade;
  const { unit, cues } = input;
  const candidates = locationCandidates({ blocks: unit.blocks, sectionHeadings: input.sectionHeadings, context: input.context, title: input.title, pageBlocks: input.pageBlocks, cues, extra: input.extra });
  const index = new Map(unit.blocks.map((b, i) => [b.id, i]));
  const dated = new Set(input.facts.map((f) => index.get(f.block.id)).filter((i): i is number => i !== undefined));
  const unitText = unit.blocks.map((b) => b.text);
  const towns = candidates.filter((c) => c.value !== null && c.value !== 'online');
  const words = (text: string) => new Set(placeKey(text).split(' '));
  // the event's own dated text (its dated blocks; a line's or a sentence's own words) or its title says it is online
  const saysOnline = onlineIn(input.title, cues) || [...dated].some((i) => onlineIn(unit.blocks[i].text, cues));
  const featureContext = {
    blocks: unit.blocks,
    dated,
    title: input.title,
    towns: towns.length,
    ruled: towns.filter((c) => [...c.sources].some((s) => s.startsWith('rule:'))).length,
    onlineCue: candidates.some((c) => c.value === 'online'),
    titleWords: words(input.title),
    contextWords: words(input.context),
    unitWords: countWords(unit.blocks.map(blockWords)),
    pageWords: pageWords(input.pageBlocks),
    cues,
    rule: placeKey(input.cascade.value),
    saysOnline,
    hybrid: HYBRID.test(`${unitText.join(' ')} ${input.context}`),
  };
  const features = candidates.map((c) => locationFeatures(c, featureContext));
  let chosen: Location = input.cascade;
  if (ctx.locationModel && candidates.length) {
    const model = ctx.locationModel;
    const yes = model.classes.indexOf('place');
    const p = softmax(features.map((f) => {
      const s = scores(model, f);
      return s[yes] - s[1 - yes];
    }));
    // a country, a federal state or a month is never the town, whatever the model scores (no place rather than it);
    // nor is the town only the page's own name gives (location-hosts.ts) the place of an event the unit calls online
    const online = candidates.some((c) => c.value === 'online');
    const hostOnly = (i: number) => [...candidates[i].sources].every((x) => x.startsWith('host:'));
    const eligible = features.map((f, i) => !f.includes('region') && !f.includes('cue:month') && !(online && hostOnly(i)));
    let best = candidates.findIndex((c) => c.value === null);
    for (let i = 0; i < p.length; i++) if (eligible[i] && p[i] > p[best]) best = i;
    chosen = { value: candidates[best].value, confidence: Math.round(p[best] * 100) / 100 };
  }
  ctx.traceLocations?.({ title: input.title, chosen: chosen.value, candidates: candidates.map((c, i) => ({ value: c.value, features: features[i] })) });
  return chosen;
}

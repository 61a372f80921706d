/**
 * The thresholds at which the learned date roles overrule the cue cascade, chosen by data (scripts/train/
 * role-thresholds.ts): a model carries the thresholds its trainer chose on its mentions' out-of-fold answers, and
 * role-decision.ts decides each change at the model's threshold, any change the model names none for at the constants.
 */
import { describe, expect, it } from 'vitest';
import { fitRoleSamples, type Mention } from '../../../../scripts/train/date-role.ts';
import { chooseThresholds, type ScoredMention } from '../../../../scripts/train/role-thresholds.ts';
import { cheerioView } from '../../../../service/extract/cheerio-view.ts';
import { learnedRoles, ROLE_FEATURES, type RoleModel } from '../../../../shared/extract/features/date-role.ts';
import { readPage } from '../../../../shared/extract/index.ts';
import type { DateRoleClass } from '../../../../shared/extract/model/date-role.ts';
import { OVERRULE_FOR, type OverruleThresholds } from '../../../../shared/extract/model/role-decision.ts';
import { page } from '../helpers.ts';

const NOW = '2026-03-01';
const CLASSES: DateRoleClass[] = ['deadline', 'event', 'other'];

function roles(body: string, model: RoleModel) {
  return readPage({ view: cheerioView(page(body)), url: 'https://example.org/aufruf', now: new Date(`${NOW}T12:00:00Z`), roles: learnedRoles(model) }, undefined, ROLE_FEATURES).facts.dates.map((d) => d.role);
}

/** A model that says one class for every date with the given probability, carrying the given thresholds. */
function says(label: DateRoleClass, probability: number, thresholds?: OverruleThresholds): RoleModel {
  const rest = Math.log((1 - probability) / 2);
  return { classes: CLASSES, bias: CLASSES.map((c) => (c === label ? Math.log(probability) : rest)), weights: {}, ...(thresholds ? { thresholds } : {}) };
}

const CALL = '<main><h1>Förderaufruf Klimapartnerschaften</h1><p>Einsendeschluss ist der 15. Mai 2026.</p></main>';
const TEASER = '<main><h1>Aktuelles</h1><p>Materialien und Medien zum Thema Klimapartnerschaften (12.05.2026)</p></main>';

describe('overrule thresholds a model carries', () => {
  it('overrules where its thresholds say and not where they do not', () => {
    // a date the cascade leaves without a role: the constants want 0.7 for a deadline and never make an event
    expect(OVERRULE_FOR['other>deadline']).toBeGreaterThan(0.65);
    expect(roles(TEASER, says('deadline', 0.65))).toEqual(['unknown']);
    expect(roles(TEASER, says('deadline', 0.65, { 'other>deadline': 0.6 }))).toEqual(['deadline']);
    expect(roles(TEASER, says('deadline', 0.65, { 'other>deadline': 0.9 }))).toEqual(['unknown']);
    expect(roles(TEASER, says('event', 0.9))).toEqual(['unknown']);
    expect(roles(TEASER, says('event', 0.9, { 'other>event': 0.85 }))).toEqual(['event']);
    expect(roles(TEASER, says('event', 0.8, { 'other>event': 0.85 }))).toEqual(['unknown']);
    // a change the model names no threshold for stays at the constants; one it never makes is never made
    expect(roles(CALL, says('other', 0.95, { 'other>deadline': 0.6 }))).toEqual(['unknown']);
    expect(roles(CALL, says('other', 0.95, { 'deadline>other': Infinity }))).toEqual(['deadline']);
    expect(roles(CALL, says('other', 0.55, { 'deadline>other': 0.5 }))).toEqual(['unknown']);
  });
});

/** `n` mentions the model proposes to change `cascade` → `label` at `probability`, `right` of them labelled so. */
function proposals(cascade: DateRoleClass, label: DateRoleClass, probability: number, n: number, right: number): ScoredMention[] {
  const other = CLASSES.find((c) => c !== label)!;
  return Array.from({ length: n }, (_, i) => ({ cascade, truth: i < right ? label : other, prediction: { label, probability, probabilities: [] } }));
}

describe('the trainer’s choice of thresholds', () => {
  const sample = [
    // other → deadline: right 0/10 at 0.55, 0/10 at 0.65, 7/10 at 0.75, 8/10 at 0.85 — at ≥ 0.6 half right, at ≥ 0.7 three in four
    ...proposals('other', 'deadline', 0.55, 10, 0),
    ...proposals('other', 'deadline', 0.65, 10, 0),
    ...proposals('other', 'deadline', 0.75, 10, 7),
    ...proposals('other', 'deadline', 0.85, 10, 8),
    // event → other: proposed often, never right often enough
    ...proposals('event', 'other', 0.7, 15, 5),
    ...proposals('event', 'other', 0.9, 15, 6),
    // deadline → event: proposed too rarely for a threshold of its own
    ...proposals('deadline', 'event', 0.9, 5, 5),
    // the model agreeing with the cascade, and unsure answers: no change
    ...proposals('deadline', 'deadline', 0.9, 30, 30),
    ...proposals('other', 'event', 0.45, 30, 30),
  ];

  it('picks the lowest threshold at which the overruled mentions are right at the rate, never for a change never right enough', () => {
    const chosen = chooseThresholds(sample, { rate: 0.65, minChanges: 20, minSupport: 10 });
    expect(chosen).toEqual({ 'event>other': Infinity, 'other>deadline': 0.7 });
    // a change kept out of the data's choice stays at the constants however often it is right
    expect(chooseThresholds(sample, { rate: 0.65, minChanges: 20, minSupport: 10, kept: ['other>deadline'] })).toEqual({ 'event>other': Infinity });
    // a higher rate needs the surer answers only (the grid's first point above 0.75)
    expect(chooseThresholds(sample, { rate: 0.78, minChanges: 20, minSupport: 10 })['other>deadline']).toBe(0.8);
    // too few overruled at a threshold: it does not count
    expect(chooseThresholds(sample, { rate: 0.78, minChanges: 20, minSupport: 11 })['other>deadline']).toBe(Infinity);
  });

  it('is deterministic: the mentions’ order does not matter', () => {
    const chosen = chooseThresholds(sample);
    expect(chooseThresholds([...sample].reverse())).toEqual(chosen);
    expect(JSON.stringify(chooseThresholds([...sample].reverse()))).toBe(JSON.stringify(chosen));
  });

  it('the role trainer carries thresholds chosen on its mentions’ out-of-fold answers, the same twice', () => {
    const mentions: Mention[] = [];
    for (let site = 0; site < 12; site++) {
      for (let k = 0; k < 9; k++) {
        // the cascade leaves every date without a role; a feature the model learns says the deadlines
        const label = k % 3;
        mentions.push({ case: `c${site}`, group: `site${site}`, text: '15. Mai', features: ['bias', label === 0 ? 'frist' : k % 2 ? 'time' : 'range'], label, cascade: 'other', words: [] });
      }
    }
    const first = fitRoleSamples(mentions, 'logistic', false, { minChanges: 10, minSupport: 5 });
    expect(fitRoleSamples(mentions, 'logistic', false, { minChanges: 10, minSupport: 5 })).toEqual(first);
    expect(first.thresholds?.['other>deadline']).toBe(0.5);
    expect(fitRoleSamples(mentions, 'logistic', false, false).thresholds).toBeUndefined();
  });
});

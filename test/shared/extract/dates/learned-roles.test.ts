/**
 * Date roles, learned on top of the cue cascade (stacking): the cascade's decision is a feature of the model, the
 * model overrules it only when it is sure (model/role-decision.ts), headings say what the dates under them are, and
 * pages without items teach the model where deadline cues mislead.
 */
import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../../../scripts/train/date-role.ts';
import { cheerioView } from '../../../../service/extract/cheerio-view.ts';
import { readPage } from '../../../../shared/extract/index.ts';
import type { DateRoleClass } from '../../../../shared/extract/model/date-role.ts';
import type { LogisticModel } from '../../../../shared/extract/model/logistic.ts';
import { OVERRULE_AT, OVERRULE_FOR } from '../../../../shared/extract/model/role-decision.ts';
import { deadlineValues, page, run } from '../helpers.ts';
import { learnedRoles, ROLE_FEATURES } from '../../../../shared/extract/features/date-role.ts';

const NOW = '2026-03-01';

function facts(body: string, roleModel: LogisticModel<DateRoleClass> | null = null) {
  const read = readPage({ view: cheerioView(page(body)), url: 'https://example.org/aufruf', now: new Date(`${NOW}T12:00:00Z`), roles: roleModel && learnedRoles(roleModel) }, undefined, ROLE_FEATURES);
  return read.facts.dates;
}

/** A model that says one class for every date, with the given probability (the rest split between the two others). */
function says(label: DateRoleClass, probability: number): LogisticModel<DateRoleClass> {
  const classes: DateRoleClass[] = ['deadline', 'event', 'other'];
  const rest = Math.log((1 - probability) / 2);
  return { classes, bias: classes.map((c) => (c === label ? Math.log(probability) : rest)), weights: {} };
}
const saysOther = (probability: number) => says('other', probability);

const CALL = '<main><h1>Förderaufruf Klimapartnerschaften</h1><p>Einsendeschluss ist der 15. Mai 2026.</p></main>';

describe('learned date roles on top of the cascade', () => {
  it('gives the model the cascade’s role and how clearly its cues won', () => {
    const [deadline] = facts(CALL);
    expect(deadline.role).toBe('deadline');
    expect(deadline.features).toEqual(expect.arrayContaining(['cascade:deadline']));
    expect(deadline.features!.some((f) => /^cascade:deadline:(?:clear|close|override)$/.test(f))).toBe(true);
    // the cascade's role joined with the date's shape and time, so the model can learn where to trust it
    expect(deadline.features).toEqual(expect.arrayContaining(['cascade:deadline|vs-now:future']));
    const [bare] = facts('<main><h1>Rückblick</h1><p>12.03.2026</p></main>');
    expect(bare.features).toEqual(expect.arrayContaining(['cascade:unknown', 'cascade:unknown:none']));
  });

  it('reads what the heading above says about the dates under it', () => {
    const dates = facts('<main><h1>Förderprogramm</h1><h2>Einreichungsfristen</h2><ul><li>01.03. – 30.04.2026</li><li>01.09. – 31.10.2026</li></ul><h2>Veranstaltungen</h2><p>Netzwerktreffen am 12.05.2026</p></main>');
    expect(dates[0].features).toEqual(expect.arrayContaining(['heading-cue:deadline']));
    expect(dates[1].features).toEqual(expect.arrayContaining(['heading-cue:deadline']));
    expect(dates[2].features).toEqual(expect.arrayContaining(['heading:event-noun']));
    expect(dates[2].features).not.toContain('heading-cue:deadline');
  });

  it('keeps the cascade’s deadline when the model is unsure, and follows the model when it is sure', () => {
    const unsure = facts(CALL, saysOther(OVERRULE_AT - 0.1))[0];
    expect(unsure.role).toBe('deadline');
    expect(unsure.kind).toBe('submission');
    // its confidence carries the model's probability of the cascade's role
    expect(unsure.roleProbability).toBeCloseTo((1 - (OVERRULE_AT - 0.1)) / 2, 5);
    const sure = facts(CALL, saysOther(0.95))[0];
    expect(sure.role).toBe('unknown');
  });

  it('needs more certainty to give a date the cascade left without a role a deadline than to demote one, and never makes it an event', () => {
    // a teaser's or a programme point's date the cascade leaves unknown: the later stages read it as a loose event date
    const TEASER = '<main><h1>Aktuelles</h1><p>Materialien und Medien zum Thema Klimapartnerschaften (12.05.2026)</p></main>';
    expect(facts(TEASER)[0].role).toBe('unknown');
    expect(facts(TEASER, says('event', 0.9))[0].role).toBe('unknown');
    expect(facts(TEASER, says('event', 0.999))[0].role).toBe('unknown');
    expect(facts(TEASER, says('deadline', 0.65))[0].role).toBe('unknown');
    expect(facts(TEASER, says('deadline', OVERRULE_FOR['other>deadline']! + 0.01))[0].role).toBe('deadline');
    // an event announced in a call's prose stays an event unless the model is clearly against it
    const SESSION = '<main><h1>Landeswettbewerb</h1><p>Am Dienstag, 21. April 2026, stellt das Ministerium den Wettbewerb in einer Online-Infoveranstaltung von 15 bis 16 Uhr vor.</p></main>';
    expect(facts(SESSION)[0].role).toBe('event');
    expect(facts(SESSION, saysOther(0.7))[0].role).toBe('event');
    expect(facts(SESSION, saysOther(OVERRULE_FOR['event>other']! + 0.01))[0].role).not.toBe('event');
    // a cascade deadline is demoted at the general threshold
    expect(facts(CALL, saysOther(OVERRULE_AT + 0.05))[0].role).toBe('unknown');
  });

  it('trains on the dates of a page without items as "other"', () => {
    const html = page('<main><h1>Förderaufruf 2025</h1><p>Einsendeschluss war der 15. Januar 2026.</p><p>Die Preisverleihung fand am 20. Februar 2026 statt.</p></main>');
    const mentions = mentionsOf({ batch: 't', name: 'no-item', html, url: 'https://example.org/aufruf', now: NOW, items: [] });
    expect(mentions.map((m) => m.label)).toEqual([2, 2]);
  });
});

describe('status words of a date', () => {
  it('marks a called-off, moved or past-tense sentence and heading', () => {
    const dates = facts('<main><h1>Absage: Netzwerktreffen</h1><p>Das Netzwerktreffen am 12.05.2026 entfällt.</p><p>Es wird auf den 20.06.2026 verschoben.</p><p>Bis zum 15. Januar 2026 reichten 51 Kommunen Beiträge ein.</p></main>');
    expect(dates[0].features).toEqual(expect.arrayContaining(['heading:cancelled', 'sentence:cancelled']));
    expect(dates[1].features).toEqual(expect.arrayContaining(['sentence:moved']));
    expect(dates[1].features).not.toContain('sentence:cancelled');
    expect(dates[2].features).toEqual(expect.arrayContaining(['sentence:past-tense']));
    const [plain] = facts(CALL);
    expect(plain.features!.some((f) => /cancelled|moved|past-tense/.test(f))).toBe(false);
  });
});

describe('coordinated deadlines', () => {
  const CALL_TWICE = (dates: string) => page(`<main><h1>Förderprogramm Zukunftsdörfer</h1><p>Gefördert werden Projekte von Vereinen in ländlichen Gemeinden.</p><p>Einreichungsfristen für die Anträge sind ${dates}.</p></main>`);

  it('a date joined to a deadline by a conjunction and an article is a deadline of the same words', () => {
    for (const dates of ['jeweils der 30. April und der 31. Oktober', 'jeweils der 30.04. bzw. der 31.10.']) {
      const result = run(CALL_TWICE(dates), '2024-03-01', 'https://example.org/zukunftsdoerfer');
      expect(result.items).toHaveLength(1);
      expect(deadlineValues(result)).toEqual(['2024-04-30', '2024-10-31']);
    }
  });

  it('the learned model sees the role of the date it is joined to', () => {
    const [, second] = facts('<main><h1>Förderprogramm</h1><p>Einsendeschluss ist jeweils der 15. Mai und der 15. November.</p></main>');
    expect(second.features).toEqual(expect.arrayContaining(['coordinated:deadline']));
    const [, apart] = facts('<main><h1>Förderprogramm</h1><p>Einsendeschluss ist der 15. Mai. Die Jury tagt am 15. November.</p></main>');
    expect(apart.features!.some((f) => f.startsWith('coordinated:'))).toBe(false);
  });
});

describe('the deadline in force', () => {
  const page2 = (p: string) => page(`<main><h1>Förderprogramm Zukunftsdörfer</h1><p>Gefördert werden Projekte von Vereinen in ländlichen Gemeinden.</p>${p}</main>`);

  it('a struck-through date is replaced, the one beside it stands', () => {
    const result = run(page2('<p>Bewerbungsschluss: <del>22.05.2024</del> 12.06.2024</p>'), '2024-05-01', 'https://example.org/zukunftsdoerfer');
    expect(deadlineValues(result)).toEqual(['2024-06-12']);
    const [old] = facts('<main><h1>Förderprogramm</h1><p>Einsendeschluss: <s>15. Mai 2026</s> 30. Mai 2026</p></main>');
    expect(old.role).toBe('replaced');
  });

  it('"vom … auf den … verlängert": the new date is the deadline, the old one is dropped', () => {
    for (const p of ['<p>Achtung: Die Frist zur Einreichung von Projektskizzen wurde vom 31. März 2024 auf den 2. Juni 2024 verlängert!</p>', '<p>Achtung: Die Frist zur Einreichung von Projektskizzen wurde vom <del>31. März 2024</del> auf den 2. Juni 2024 verlängert!</p>']) {
      const result = run(page2(p), '2024-03-20', 'https://example.org/zukunftsdoerfer');
      expect(result.items).toHaveLength(1);
      expect(deadlineValues(result)).toEqual(['2024-06-02']);
    }
  });
});

describe('called-off events', () => {
  it('an event whose clause calls it off is no event; one moved to a new date is', () => {
    const [off] = facts('<main><h1>Landesarbeitstagung</h1><p>Absage der Landesarbeitstagung am 03.11.2026 in Fulda.</p></main>');
    expect(off.role).toBe('replaced');
    const result = run(page('<main><h1>ABSAGE: Fr, 22.10.2026: Vernetzungstreffen der Fairtrade-Gemeinden</h1><p>Leider müssen wir das Treffen absagen.</p></main>'), '2026-10-01', 'https://example.org/absage');
    expect(result.items).toHaveLength(0);
    const [moved] = facts('<main><h1>Netzwerktreffen</h1><p>Das Netzwerktreffen wird auf den 12.05.2026 verschoben.</p></main>');
    expect(moved.role).not.toBe('replaced');
  });
});

describe('past rounds', () => {
  it('a deadline told in the past is a closed round, one told in the passive of an extension stands', () => {
    const [past] = facts('<main><h1>Wettbewerb</h1><p>Bis zum 15.09.2026 konnten Projektskizzen eingereicht werden.</p></main>', null);
    expect(past.role).toBe('closed');
    const [ran] = facts('<main><h1>Aufruf</h1><p>Der Aufruf zur Interessenbekundung lief bis einschließlich 15. April 2026.</p></main>');
    expect(ran.role).toBe('closed');
    const [extended] = facts('<main><h1>Aufruf</h1><p>Die Einsendefrist wurde bis zum 30. Juni 2026 verlängert.</p></main>');
    expect(extended.role).toBe('deadline');
  });
});

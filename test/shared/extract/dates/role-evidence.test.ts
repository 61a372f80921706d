/**
 * Word evidence for the date roles (features/role-evidence.ts, scripts/train/date-role.ts): a role model carries
 * tables of what the words around a date say about its role, fitted on the labelled pages, and reads a date's words
 * with them — so a deadline word no cue list holds can still make its date a deadline.
 */
import { describe, expect, it } from 'vitest';
import { fitRoleSamples, type Mention } from '../../../../scripts/train/date-role.ts';
import { cheerioView } from '../../../../service/extract/cheerio-view.ts';
import { learnedRoles, ROLE_FEATURES, type RoleModel } from '../../../../shared/extract/features/date-role.ts';
import { roleWords } from '../../../../shared/extract/features/role-evidence.ts';
import { readPage } from '../../../../shared/extract/index.ts';
import { page } from '../helpers.ts';

const NOW = '2026-03-01';

function dates(body: string, model: RoleModel | null) {
  return readPage({ view: cheerioView(page(body)), url: 'https://example.org/aufruf', now: new Date(`${NOW}T12:00:00Z`), roles: model && learnedRoles(model) }, undefined, ROLE_FEATURES).facts.dates;
}

/** A hand-written model: "other" unless the deadline table's strongest word for the date is strong. */
const model = (evidence: RoleModel['evidence']): RoleModel => ({
  classes: ['deadline', 'event', 'other'],
  bias: [-1, -3, 1],
  weights: { 'word-deadline:max:1.5+': [5, 0, 0], 'word-deadline:min:<-1.5': [-3, 0, 3] },
  evidence,
});

const TABLE = { deadline: { weights: { 'b:zieldatum': 2, 'l:zieldatum': 2, 'b:berichtsdatum': -2, 'l:berichtsdatum': -2 } } };
const WORD = (word: string) => `<main><h1>Förderprogramm Dorfläden</h1><p>Gefördert werden Dorfläden in Gemeinden.</p><p>${word}: 15. Mai 2026</p></main>`;

describe('word evidence of the date roles', () => {
  it('reads a date’s words before it, after it and in its label, each marked by where it stands', () => {
    const words = roleWords({ clause: 'Anträge bis 15. Mai 2026 einreichen', before: 'Anträge bis ', sentence: '', labelText: 'Frist', labelContext: 'Frist' });
    expect(words).toEqual(expect.arrayContaining(['b:antrage', 'a:einreichen', 'l:frist']));
    expect(words).not.toContain('b:einreichen');
  });

  it('a model carrying a table reads an unknown deadline word’s date as a deadline, a like date under a report word not', () => {
    // without the table the word is no cue: the date stays without a role
    expect(dates(WORD('Zieldatum'), model(undefined))[0].role).not.toBe('deadline');
    expect(dates(WORD('Zieldatum'), model(TABLE))[0].role).toBe('deadline');
    expect(dates(WORD('Zieldatum'), model(TABLE))[0].features).toEqual(expect.arrayContaining(['word-deadline:max:1.5+']));
    expect(dates(WORD('Berichtsdatum'), model(TABLE))[0].role).not.toBe('deadline');
  });

  it('the trainer gives the same model twice, carrying a table per role fitted one against the rest', () => {
    const mentions: Mention[] = [];
    for (let site = 0; site < 8; site++) {
      for (let k = 0; k < 6; k++) {
        const label = k % 3;
        const word = ['b:zieldatum', 'a:beginnt', 'b:berichtsdatum'][label];
        mentions.push({ case: `c${site}`, group: `site${site}`, text: '15. Mai', features: ['bias', k % 2 ? 'time' : 'range'], label, cascade: 'other', words: [word, `b:seite${site}`] });
      }
    }
    const options = { minGroups: 4, maxWords: 400, prior: 4 };
    const first = fitRoleSamples(mentions, 'logistic', options);
    const second = fitRoleSamples(mentions, 'logistic', options);
    expect(second).toEqual(first);
    expect(first.evidence?.deadline?.weights['b:zieldatum']).toBeGreaterThan(0);
    expect(first.evidence?.event?.weights['a:beginnt']).toBeGreaterThan(0);
    // a word of one site never enters a table
    expect(Object.keys(first.evidence?.deadline?.weights ?? {}).some((w) => w.startsWith('b:seite'))).toBe(false);
    expect(Object.keys('weights' in first ? first.weights : {}).some((f) => f.startsWith('word-deadline:'))).toBe(true);
  });
});

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presets } from '../../../service/sources/presets/index.ts';
import { parseEvery } from '../../../service/sources/every.ts';
import { SOURCE_KINDS } from '../../../service/scrape/readers/index.ts';

const DIR = new URL('../../../service/sources/presets/', import.meta.url);

describe('presets', () => {
  it('lists every preset file, under its file name', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(Object.keys(presets).sort()).toEqual(files.sort());
    for (const [id, preset] of Object.entries(presets)) expect(preset.id).toBe(id);
  });

  it('are valid sources: https URL, known kind, valid interval, a description', () => {
    for (const preset of Object.values(presets)) {
      expect(new URL(preset.url).protocol, preset.id).toBe('https:');
      expect(SOURCE_KINDS, preset.id).toContain(preset.kind);
      expect(parseEvery(preset.every), preset.id).not.toBeNull();
      expect(preset.description.length, preset.id).toBeGreaterThan(20);
    }
  });

  it('cover the agencies the users watch most', () => {
    const organizers = Object.values(presets).map((p) => p.organizer).join(' ');
    for (const name of ['SKEW', 'Engagement Global', 'BMZ', 'BMWK']) expect(organizers).toContain(name);
    expect(Object.keys(presets).length).toBeGreaterThanOrEqual(9);
  });
});

import { describe, expect, it } from 'vitest';
import { isoToBerlin } from '../../../shared/extract/iso-time.ts';
import { cueSets, dateLanguages } from '../../../shared/extract/cues/index.ts';
import { readdirSync } from 'node:fs';
import path from 'node:path';

describe('structured times', () => {
  it('converts UTC and offsets to Berlin wall-clock time, winter and summer', () => {
    expect(isoToBerlin('2021-03-25T09:00:00Z')).toEqual({ date: '2021-03-25', time: '10:00' });
    expect(isoToBerlin('2019-09-04T16:00:00Z')).toEqual({ date: '2019-09-04', time: '18:00' });
    expect(isoToBerlin('2023-01-17T10:00:00+01:00')).toEqual({ date: '2023-01-17', time: '10:00' });
    expect(isoToBerlin('2023-12-31T23:30:00Z')).toEqual({ date: '2024-01-01', time: '00:30' });
    expect(isoToBerlin('2023-11-16')).toEqual({ date: '2023-11-16' });
    expect(isoToBerlin('2023-11-16T18:00')).toEqual({ date: '2023-11-16', time: '18:00' });
    expect(isoToBerlin('16.11.2023')).toBeNull();
  });
});

describe('cue registry', () => {
  it('registers every language file (full cue sets, and the languages read only for their dates)', () => {
    const dir = path.resolve(__dirname, '../../../shared/extract/cues');
    const languages = readdirSync(dir).filter((f) => /^[a-z]{2}\.ts$/.test(f)).map((f) => f.slice(0, 2)).sort();
    expect([...Object.keys(cueSets), ...Object.keys(dateLanguages)].sort()).toEqual(languages);
  });
});

/** The extension's copy of the team's site profiles follows the service: new and changed ones kept, deleted or invalid ones dropped. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ProfilesResult } from '../../../extension/lib/api.ts';
import { siteProfiles } from '../../../extension/lib/store/profiles.ts';
import { syncProfiles } from '../../../extension/lib/sync/profiles-sync.ts';

const profile = (host: string) => ({ host, title: { at: { path: [{ tag: 'body', classes: [], nth: 1 }, { tag: 'h1', classes: [], nth: 1 }] }, count: 1, correctionAt: '2027-03-03' } });
const entry = (host: string, rev: number, p: unknown) => ({ host, profile: p, fields: [], corrections: 1, updatedAt: '', lastUsedAt: null, rev });

beforeEach(() => fakeBrowser.reset());

describe('syncProfiles', () => {
  it('keeps what changed since its cursor, pages through, and drops deleted or invalid profiles', async () => {
    const answers: Record<number, ProfilesResult> = {
      0: { profiles: [entry('a.example', 3, profile('a.example')), entry('b.example', 5, profile('b.example'))], cursor: 5, more: true },
      5: { profiles: [entry('c.example', 7, { host: 'c.example', title: { at: { path: [] } } })], cursor: 7, more: false },
      7: { profiles: [entry('a.example', 9, null)], cursor: 9, more: false },
    };
    const asked: number[] = [];
    const api = { profiles: async (since: number) => (asked.push(since), answers[since]) };
    expect(await syncProfiles(api)).toBe(3);
    expect(Object.keys((await siteProfiles.getValue()).byHost)).toEqual(['a.example', 'b.example']);
    expect(await syncProfiles(api)).toBe(1);
    expect(await siteProfiles.getValue()).toEqual({ cursor: 9, byHost: { 'b.example': profile('b.example') } });
    expect(asked).toEqual([0, 5, 7]);
  });
});

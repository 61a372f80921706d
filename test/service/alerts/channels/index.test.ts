/** Structural: every channel file is in the registry and has its own test file (STYLE.md habit 2). */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_TYPES, channels } from '../../../../service/alerts/channels/index.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');
const files = readdirSync(join(ROOT, 'service/alerts/channels'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
  .map((f) => f.slice(0, -3));

describe('channel registry', () => {
  it('lists exactly the channel files', () => {
    expect([...CHANNEL_TYPES].sort()).toEqual(files.sort());
    expect(Object.keys(channels).sort()).toEqual(files.sort());
  });

  it.each(files.filter((f) => f !== 'extension'))('%s has its own test against a real peer', (file) => {
    expect(existsSync(join(ROOT, `test/service/alerts/channels/${file}.test.ts`))).toBe(true);
  });

  it('only the extension channel is implicit; webhooks alone are team-wide', () => {
    expect(CHANNEL_TYPES.filter((t) => channels[t].schema === null)).toEqual(['extension']);
    expect(CHANNEL_TYPES.filter((t) => channels[t].scope === 'team')).toEqual(['webhook']);
  });
});

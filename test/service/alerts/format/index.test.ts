import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WEBHOOK_FORMATS, formatWebhook, formatters } from '../../../../service/alerts/format/index.ts';
import { context, messages } from './fixtures.ts';

// the files of the folder that are not a format
const HELPERS = ['email.ts', 'escape.ts', 'index.ts', 'message.ts', 'notification.ts', 'signature.ts', 'text.ts'];
const folder = fileURLToPath(new URL('../../../../service/alerts/format/', import.meta.url));

describe('webhook format registry', () => {
  it('lists every format file of the folder, and only those', () => {
    const formatFiles = readdirSync(folder).filter((f) => f.endsWith('.ts') && !HELPERS.includes(f)).map((f) => f.replace(/\.ts$/, ''));
    expect(formatFiles.sort()).toEqual([...WEBHOOK_FORMATS].sort());
    expect(Object.keys(formatters).sort()).toEqual([...WEBHOOK_FORMATS].sort());
  });

  it('formats every message in every format as a JSON body', () => {
    for (const format of WEBHOOK_FORMATS) {
      for (const message of messages) {
        const request = formatWebhook(format, message, context);
        expect(request.headers['Content-Type']).toBe('application/json');
        expect(() => JSON.parse(request.body)).not.toThrow();
      }
    }
  });
});

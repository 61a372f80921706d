import { beforeAll, describe, expect, it } from 'vitest';
import { runFailure } from '../../../../extension/entrypoints/dashboard/run-failure.ts';
import type { ExtractionErrorCode } from '../../../../service/extract/extraction-error.ts';
import type { FetchErrorCode } from '../../../../service/net/fetch-error.ts';
import type { ScrapeErrorCode } from '../../../../service/scrape/scrape-error.ts';
import { speak } from '../../fixtures.ts';

// every code a source run can record (tsc fails here when the service gains one)
const CODES = {
  invalid_url: 1, unsupported_scheme: 1, credentials_in_url: 1, blocked_address: 1, dns: 1, network: 1, tls: 1, timeout: 1,
  aborted: 1, too_large: 1, too_many_redirects: 1, http_error: 1, not_html: 1, robots_disallowed: 1, rate_limited: 1,
  unreadable: 1, selector: 1, page_too_complex: 1,
} satisfies Record<FetchErrorCode | ScrapeErrorCode | ExtractionErrorCode, 1>;

const failed = (errorCode: string | null, error: string | null = 'the service said so', httpStatus: number | null = null) => ({ errorCode, error, httpStatus });

describe('a failed source run in the reader’s language', () => {
  beforeAll(() => speak('de'));

  it('says every code the service records as a German sentence, never the English message', () => {
    for (const code of Object.keys(CODES)) {
      const text = runFailure(failed(code, 'fetch failed: ECONNRESET', 502), 'https://www.land.example/foerderung');
      expect(text, code).not.toContain('ECONNRESET');
      expect(text, code).not.toMatch(/^source[A-Z]/);
      expect(text, code).not.toContain('Meldung des Dienstes');
    }
  });

  it('names the host and the status where they help', () => {
    expect(runFailure(failed('dns'), 'https://www.land.example/foerderung')).toBe('Die Website www.land.example wurde nicht gefunden. Bitte die Adresse prüfen.');
    expect(runFailure(failed('http_error', 'HTTP 404', 404), 'https://land.example/x')).toBe('land.example hat mit dem Status 404 geantwortet. Ist die Adresse noch aktuell?');
    expect(runFailure(failed('robots_disallowed'), 'https://land.example/x')).toBe('land.example erlaubt das automatische Abrufen dieser Seite nicht (robots.txt).');
  });

  it('shows the service’s words for a code it does not know, and nothing for a run without failure', () => {
    expect(runFailure(failed('quota_exceeded', 'quota exceeded'), 'https://land.example/')).toBe('Der Abruf ist gescheitert. Meldung des Dienstes: quota exceeded');
    expect(runFailure(failed(null, 'boom'), 'https://land.example/')).toBe('Der Abruf ist gescheitert. Meldung des Dienstes: boom');
    expect(runFailure(failed(null, null), 'https://land.example/')).toBeNull();
  });

  it('speaks English to an English reader', async () => {
    await speak('en');
    try {
      expect(runFailure(failed('timeout'), 'https://land.example/')).toBe('land.example did not answer in time. The next run tries again.');
    } finally {
      await speak('de');
    }
  });
});

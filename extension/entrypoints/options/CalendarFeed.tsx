/** The member's personal calendar-feed address (GET /api/v1/feeds/ics → { url }), shown on request and copied. */
import { useState } from 'preact/hooks';
import type { ServiceClient } from '../../lib/api.ts';
import { t } from '../../lib/i18n.ts';

export function CalendarFeed({ client, copy = (text) => navigator.clipboard.writeText(text) }: { client: ServiceClient; copy?: (text: string) => Promise<void> }) {
  const [url, setUrl] = useState<string | null>(null);
  const [note, setNote] = useState('');

  async function attempt(action: () => Promise<void>) {
    try {
      await action();
    } catch (e) {
      setNote(t('channelFailed', [e instanceof Error ? e.message : String(e)]));
    }
  }

  return (
    <section aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('calendarHeading')}</h2>
      <p class="hint">{t('calendarHint')}</p>
      {url === null ? (
        <div class="actions">
          <button type="button" onClick={() => void attempt(async () => setUrl(await client.calendarFeed()))}>
            {t('showCalendarUrl')}
          </button>
        </div>
      ) : (
        <div class="form-grid">
          <label for="calendar-url">{t('calendarUrl')}</label>
          <div>
            {/* a secret address: readonly text the user can select, never a link that would leak it as a referrer */}
            <input id="calendar-url" type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />{' '}
            <button type="button" onClick={() => void attempt(async () => { await copy(url); setNote(t('copied')); })}>
              {t('copyCalendarUrl')}
            </button>
          </div>
        </div>
      )}
      <p role="status" class="hint">
        {note}
      </p>
    </section>
  );
}

/** A month calendar of deadlines and events; arrows step through months. */
import { useMemo, useState } from 'preact/hooks';
import type { Item } from '../../../shared/schema.ts';
import { berlinDay } from '../../../shared/time/berlin.ts';
import { formatDay, formatMonth, uiLocale } from '../../lib/format.ts';
import { t } from '../../lib/i18n.ts';
import { calendarEntries, monthGrid } from './calendar.ts';

export function Calendar({ items, now }: { items: Item[]; now: Date }) {
  const today = berlinDay(now);
  const [ym, setYm] = useState({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) });
  const days = useMemo(() => monthGrid(ym.year, ym.month), [ym]);
  const entries = useMemo(() => calendarEntries(items, days), [items, days]);
  const step = (n: number) => {
    const m = ym.month - 1 + n;
    setYm({ year: ym.year + Math.floor(m / 12), month: ((m % 12) + 12) % 12 + 1 });
  };
  const weekdays = days.slice(0, 7).map((d) => new Intl.DateTimeFormat(uiLocale(), { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`)));
  const monthKey = `${ym.year}-${String(ym.month).padStart(2, '0')}`;
  return (
    <section aria-labelledby="calendar-heading">
      <div class="toolbar">
        <button type="button" onClick={() => step(-1)} aria-label={t('previousMonth')}>←</button>
        <h2 id="calendar-heading" aria-live="polite">{formatMonth(ym.year, ym.month)}</h2>
        <button type="button" onClick={() => step(1)} aria-label={t('nextMonth')}>→</button>
        <button type="button" onClick={() => setYm({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) })}>{t('thisMonth')}</button>
      </div>
      <div class="calendar" role="table" aria-labelledby="calendar-heading">
        <div role="row" style="display: contents">
          {weekdays.map((w) => <div class="dow" role="columnheader">{w}</div>)}
        </div>
        {Array.from({ length: 6 }, (_, week) => (
          <div role="row" style="display: contents">
            {days.slice(week * 7, week * 7 + 7).map((day) => (
              <div role="cell" class={`day${day.startsWith(monthKey) ? '' : ' other-month'}${day === today ? ' today' : ''}`} aria-label={formatDay(day)}>
                <span aria-hidden="true">{Number(day.slice(8))}</span>
                {(entries.get(day) ?? []).map((e) => (
                  <span class={`entry kind-${e.kind === 'event' ? 'event' : 'call'}`}>
                    {e.kind === 'deadline' ? `${e.label || t('deadline')}: ` : ''}
                    {e.item.title}
                  </span>
                ))}
              </div>
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}

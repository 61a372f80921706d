/** The date line of a due date: label, stage of a two-stage call, and the date in the UI language. */
import type { DueDate } from '../lib/deadlines.ts';
import { formatDay } from '../lib/format.ts';
import { t } from '../lib/i18n.ts';

/** "Stufe 1 von 2" for two-stage calls. */
export function stageText(due: DueDate): string | null {
  return due.stage ? t('stageOf', [String(due.stage.index), String(due.stage.of)]) : null;
}

export function DueLine({ due }: { due: DueDate }) {
  const label = due.deadline ? due.label || t('deadline') : t('eventStart');
  const stage = stageText(due);
  return (
    <span class="due-line">
      {stage && <span class="stage">{stage}: </span>}
      <span class="due-label">{label}</span> · <time dateTime={due.time ? `${due.date}T${due.time}` : due.date}>{formatDay(due.date, due.time)}</time>
    </span>
  );
}

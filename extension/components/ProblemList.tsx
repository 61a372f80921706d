/** Ops the service rejected: named, with the service's reason, dismissed by the user (they are never retried). */
import type { Problem } from '../lib/sync/ops.ts';
import { ask } from '../lib/messages.ts';
import { t } from '../lib/i18n.ts';

export function ProblemList({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <section class="problems" role="alert" aria-labelledby="problems-heading">
      <h2 id="problems-heading">{t('problemsHeading')}</h2>
      <ul>
        {problems.map((p) => (
          <li key={p.op.opId}>
            <span>{t('problemText', [p.title, p.error])}</span>
            <button type="button" class="link-button" onClick={() => void ask({ type: 'dismiss-problem', opId: p.op.opId })}>
              {t('dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * What a correction stores, in plain German, and the team's switch (issue 10, item 1): every member sees whether the
 * team keeps corrections, an admin turns it on or off (GET/PUT /api/v1/team/settings).
 */
import { useEffect, useState } from 'preact/hooks';
import type { CorrectionsClient } from '../../lib/clip/send-corrections.ts';
import { t } from '../../lib/i18n.ts';

type State = { kind: 'loading' } | { kind: 'known'; keep: boolean } | { kind: 'failed' };

export function KeepCorrections({ client, isAdmin }: { client: CorrectionsClient; isAdmin: boolean }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [note, setNote] = useState('');
  useEffect(() => {
    client.keepsCorrections().then((keep) => setState({ kind: 'known', keep }), () => setState({ kind: 'failed' }));
  }, []);

  async function change(keep: boolean) {
    try {
      setState({ kind: 'known', keep: await client.setKeepCorrections(keep) });
      setNote(t('saved'));
    } catch (error) {
      setNote(t('channelFailed', [error instanceof Error ? error.message : String(error)]));
    }
  }

  return (
    <section aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{t('correctionsHeading')}</h2>
      <p>{t('correctionsWhat')}</p>
      <p class="hint">{t('correctionsWhy')}</p>
      {state.kind === 'failed' && <p class="hint">{t('correctionsUnknown')}</p>}
      {state.kind === 'known' &&
        (isAdmin ? (
          <label>
            <input type="checkbox" id="keep-corrections" checked={state.keep} onChange={(e) => void change(e.currentTarget.checked)} /> {t('correctionsKeep')}
          </label>
        ) : (
          <p>{state.keep ? t('correctionsOn') : t('correctionsOff')}</p>
        ))}
      <p role="status" class="hint">
        {note}
      </p>
    </section>
  );
}

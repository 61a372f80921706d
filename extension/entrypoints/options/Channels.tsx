/**
 * The member's own alert channels besides the browser's notifications: Web Push to this browser and e-mail addresses
 * (GET/POST/DELETE /api/v1/alerts/channels). Team webhooks are an admin's business on the service, not shown here.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AlertChannel, ServiceClient } from '../../lib/api.ts';
import { t } from '../../lib/i18n.ts';
import { disableWebPush, enableWebPush, pushRegistration, type PushRegistration } from '../../lib/webpush.ts';

export interface ChannelsProps {
  client: ServiceClient;
  memberId: string;
  /** this browser's Web Push channel, when subscribed */
  webpushChannelId: string | null;
  onWebpushChange: (channelId: string | null) => Promise<void>;
  /** the worker's push registration (injectable for tests); null where the browser cannot push to extensions */
  registration?: () => Promise<PushRegistration | null>;
}

export function Channels({ client, memberId, webpushChannelId, onWebpushChange, registration = pushRegistration }: ChannelsProps) {
  const [emails, setEmails] = useState<AlertChannel[]>([]);
  const [address, setAddress] = useState('');
  const [push, setPush] = useState<PushRegistration | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void registration().then(setPush, () => setPush(null));
    void client.channels().then((all) => setEmails(all.filter((c) => c.type === 'email' && c.memberId === memberId)), fail);
  }, [client, memberId]);

  function fail(e: unknown) {
    setError(t('channelFailed', [e instanceof Error ? e.message : String(e)]));
  }

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  const togglePush = (on: boolean) =>
    run(async () => {
      if (on && push) await onWebpushChange((await enableWebPush(client, push)).id);
      else if (!on && webpushChannelId) {
        await disableWebPush(client, push ?? null, webpushChannelId);
        await onWebpushChange(null);
      }
    });

  return (
    <section aria-labelledby="channels-heading">
      <h2 id="channels-heading">{t('channelsHeading')}</h2>
      <div>
        <label>
          <input type="checkbox" id="webpush" checked={webpushChannelId !== null} disabled={busy || !push} onChange={(e) => void togglePush(e.currentTarget.checked)} /> {t('webpushOption')}
        </label>
        {push === null && <p class="hint">{t('webpushUnsupported')}</p>}
      </div>
      <h3 id="email-heading">{t('emailChannels')}</h3>
      {emails.length === 0 ? (
        <p class="hint">{t('noEmailChannels')}</p>
      ) : (
        <ul aria-labelledby="email-heading" class="channel-list">
          {emails.map((c) => (
            <li key={c.id}>
              <span>{c.to}</span>{' '}
              <button type="button" disabled={busy} onClick={() => void run(async () => { await client.removeChannel(c.id); setEmails(emails.filter((x) => x.id !== c.id)); })}>
                {t('removeChannel', [c.to ?? ''])}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="form-grid">
        <label for="email-address">{t('emailAddress')}</label>
        <div>
          <input id="email-address" type="email" autocomplete="email" value={address} onInput={(e) => setAddress(e.currentTarget.value)} />{' '}
          <button
            type="button"
            disabled={busy || !/^[^\s@]+@[^\s@]+$/.test(address.trim())}
            onClick={() => void run(async () => {
              const added = await client.addChannel({ type: 'email', to: address.trim() });
              setEmails([...emails, added]);
              setAddress('');
            })}
          >
            {t('addEmail')}
          </button>
        </div>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

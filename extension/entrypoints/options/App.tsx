/** Options: service URL and token, "Verbindung testen", language and alert preferences. */
import { useMemo, useState } from 'preact/hooks';
import { NetworkError, ServiceError, serviceClient, type ServiceClient } from '../../lib/api.ts';
import { t } from '../../lib/i18n.ts';
import { completeServiceUrl } from '../../lib/service-url.ts';
import { isConfigured, readSettings, settings, type Language, type Settings } from '../../lib/store/settings.ts';
import type { PushRegistration } from '../../lib/webpush.ts';
import { useWatchlist } from '../../components/use-store.ts';
import { CalendarFeed } from './CalendarFeed.tsx';
import { Channels } from './Channels.tsx';
import { correctionsClient, type CorrectionsClient } from '../../lib/clip/send-corrections.ts';
import { KeepCorrections } from './KeepCorrections.tsx';

type UrlNote = { kind: 'none' } | { kind: 'completed'; url: string } | { kind: 'invalid' };
type TestState = { kind: 'idle' } | { kind: 'testing' } | { kind: 'ok'; team: string; member: string } | { kind: 'failed'; message: string };

export function App({
  clientFor = serviceClient,
  reload = () => location.reload(),
  pushRegistration,
  copy,
  correctionsFor = correctionsClient,
}: {
  clientFor?: (url: string, token: string) => ServiceClient;
  reload?: () => void;
  pushRegistration?: () => Promise<PushRegistration | null>;
  copy?: (text: string) => Promise<void>;
  correctionsFor?: (url: string, token: string) => CorrectionsClient;
}) {
  const { settings: saved, loaded } = useWatchlist();
  const [draft, setDraft] = useState<Settings | null>(null);
  const [test, setTest] = useState<TestState>({ kind: 'idle' });
  const [savedNote, setSavedNote] = useState(false);
  const [urlNote, setUrlNote] = useState<UrlNote>({ kind: 'none' });
  // channels and the calendar address belong to the saved, tested connection (not to a half-typed one)
  const connected = loaded && isConfigured(saved) && saved.member !== null;
  const client = useMemo(() => (connected ? clientFor(saved.serviceUrl, saved.token) : null), [connected, saved.serviceUrl, saved.token]);
  if (!loaded) return null;
  const form = draft ?? saved;
  const update = (patch: Partial<Settings>) => {
    setDraft({ ...form, ...patch });
    setSavedNote(false);
  };

  /** The typed address completed ("callwatch.stadt.de" → https://…), or null after saying why it is not one. */
  function serviceUrlOf(typed: string): string | null {
    // not connected yet: other settings (the language) are saved without an address
    if (!typed.trim()) return '';
    const completed = completeServiceUrl(typed);
    if (!completed.ok) {
      setUrlNote({ kind: 'invalid' });
      return null;
    }
    if (completed.completed) setUrlNote({ kind: 'completed', url: completed.url });
    return completed.url;
  }

  async function save(next: Settings) {
    const serviceUrl = serviceUrlOf(next.serviceUrl);
    if (serviceUrl === null) return;
    // the Web Push channel is switched on its own (Channels.tsx), and lives on one service: a form saved later keeps
    // the stored one, and another service starts without
    const stored = await readSettings();
    const webpushChannelId = serviceUrl === stored.serviceUrl ? stored.webpushChannelId : null;
    await settings.setValue({ ...next, serviceUrl, token: next.token.trim(), webpushChannelId });
    setDraft(null);
    setSavedNote(true);
    // the page's texts were read in the old language: show it again in the new one
    if (next.language !== saved.language) reload();
  }

  async function testConnection() {
    const serviceUrl = serviceUrlOf(form.serviceUrl);
    if (serviceUrl === null) return;
    setTest({ kind: 'testing' });
    try {
      const me = await clientFor(serviceUrl, form.token.trim()).me();
      setTest({ kind: 'ok', team: me.team.name, member: me.member.name });
      // a working connection is saved with who it belongs to ("mine" filters need the member id)
      await save({ ...form, serviceUrl, member: { id: me.member.id, name: me.member.name, role: me.role ?? me.member.role }, team: me.team });
    } catch (error) {
      const message =
        error instanceof NetworkError ? t('testUnreachable') : error instanceof ServiceError && error.status === 401 ? t('testBadToken') : t('testFailed', [error instanceof Error ? error.message : String(error)]);
      setTest({ kind: 'failed', message });
    }
  }

  return (
    <main class="page">
      <h1>{t('optionsHeading')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save(form);
        }}
      >
        <h2>{t('connectionHeading')}</h2>
        <div class="form-grid">
          <label for="service-url">{t('serviceUrl')}</label>
          <div>
            <input
              id="service-url"
              type="text"
              inputMode="url"
              autocomplete="url"
              spellcheck={false}
              required
              placeholder="https://callwatch.example.de"
              value={form.serviceUrl}
              onInput={(e) => {
                update({ serviceUrl: e.currentTarget.value });
                setUrlNote({ kind: 'none' });
              }}
              aria-invalid={urlNote.kind === 'invalid'}
              aria-describedby="service-url-hint service-url-note"
            />
            <p class="hint" id="service-url-hint">
              {t('serviceUrlHint')}
            </p>
            <p role="status" id="service-url-note" class={urlNote.kind === 'invalid' ? 'error' : 'hint'}>
              {urlNote.kind === 'invalid' ? t('serviceUrlInvalid') : urlNote.kind === 'completed' ? t('serviceUrlCompleted', [urlNote.url]) : ''}
            </p>
          </div>
          <label for="token">{t('token')}</label>
          <div>
            <input id="token" type="password" autocomplete="off" value={form.token} onInput={(e) => update({ token: e.currentTarget.value })} aria-describedby="token-hint" />
            <p class="hint" id="token-hint">
              {t('tokenHint')}
            </p>
          </div>
        </div>
        <div class="actions">
          <button type="button" onClick={() => void testConnection()} disabled={test.kind === 'testing' || !form.serviceUrl || !form.token}>
            {t('testConnection')}
          </button>
        </div>
        <p role="status" id="test-result" class={test.kind === 'ok' ? 'status-ok' : test.kind === 'failed' ? 'error' : 'hint'}>
          {test.kind === 'ok' ? t('testOk', [test.team, test.member]) : test.kind === 'failed' ? test.message : test.kind === 'testing' ? t('testRunning') : saved.team && saved.member ? t('connectedAs', [saved.team.name, saved.member.name]) : ''}
        </p>

        <h2>{t('languageHeading')}</h2>
        <div class="form-grid">
          <label for="language">{t('language')}</label>
          <select id="language" value={form.language} onChange={(e) => void save({ ...form, language: e.currentTarget.value as Language })}>
            <option value="auto">{t('languageAuto')}</option>
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </select>
        </div>

        <h2>{t('alertsHeading')}</h2>
        <div>
          <label>
            <input type="checkbox" checked={form.notifications} onChange={(e) => update({ notifications: e.currentTarget.checked })} /> {t('notificationsOption')}
          </label>
        </div>
        <div>
          <label>
            <input type="checkbox" checked={form.badge} onChange={(e) => update({ badge: e.currentTarget.checked })} /> {t('badgeOption')}
          </label>
        </div>
        <div class="actions">
          <button type="submit" class="primary" id="save-settings">
            {t('save')}
          </button>
        </div>
        <p role="status" class="status-ok">
          {savedNote ? t('saved') : ''}
        </p>
      </form>
      {client && saved.member ? (
        <>
          <Channels
            client={client}
            memberId={saved.member.id}
            webpushChannelId={saved.webpushChannelId}
            onWebpushChange={(webpushChannelId) => settings.setValue({ ...saved, webpushChannelId })}
            registration={pushRegistration}
          />
          <CalendarFeed client={client} copy={copy} />
          <KeepCorrections client={correctionsFor(saved.serviceUrl, saved.token)} isAdmin={saved.member.role === 'admin'} />
        </>
      ) : (
        <p class="hint">{t('channelsNeedConnection')}</p>
      )}
    </main>
  );
}

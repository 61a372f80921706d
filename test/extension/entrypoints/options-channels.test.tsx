// @vitest-environment happy-dom
/** Options: the member's alert channels (Web Push, e-mail) and the calendar address, against a fake service. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../extension/entrypoints/options/App.tsx';
import type { AlertChannel, ServiceClient } from '../../../extension/lib/api.ts';
import { DEFAULT_SETTINGS, settings } from '../../../extension/lib/store/settings.ts';
import type { PushRegistration } from '../../../extension/lib/webpush.ts';
import { noChannels, speak } from '../fixtures.ts';
import { click, mount, type, until } from '../render.ts';

beforeAll(() => speak('de'));
beforeEach(() => fakeBrowser.reset());

const ME = 'm1';
const SUBSCRIPTION = { endpoint: 'https://push.example/abc', expirationTime: null, keys: { p256dh: 'BNcR', auth: 'tBHI' } };

/** A fake service holding channels, as GET/POST/DELETE /api/v1/alerts/channels would. */
function fakeService(channels: AlertChannel[]) {
  const calls: string[] = [];
  let n = 0;
  const client: ServiceClient = {
    ...({} as ServiceClient),
    ...noChannels,
    channels: async () => channels,
    addChannel: async (body) => {
      calls.push(`add ${JSON.stringify(body)}`);
      const channel: AlertChannel = { id: `c${++n}`, type: body.type, memberId: ME, createdAt: '2026-03-01T08:00:00.000Z', ...(body.type === 'email' ? { to: body.to } : { endpoint: body.subscription.endpoint }) };
      channels = [...channels, channel];
      return channel;
    },
    removeChannel: async (id) => {
      calls.push(`remove ${id}`);
      channels = channels.filter((c) => c.id !== id);
    },
    vapidKey: async () => 'AQID', // bytes 1, 2, 3
    calendarFeed: async () => 'https://callwatch.stadt.de/ics/cwf_secret.ics',
  };
  return { client, calls };
}

function fakePush(): PushRegistration & { keys: number[][]; unsubscribed: number } {
  const state = { keys: [] as number[][], unsubscribed: 0 };
  const subscription = { toJSON: () => SUBSCRIPTION, unsubscribe: async () => { state.unsubscribed += 1; return true; } };
  return Object.assign(state, {
    pushManager: {
      subscribe: async (options?: PushSubscriptionOptionsInit) => {
        state.keys.push([...(options?.applicationServerKey as Uint8Array)]);
        return subscription as unknown as PushSubscription;
      },
      getSubscription: async () => subscription as unknown as PushSubscription,
    },
  });
}

async function connected() {
  await settings.setValue({ ...DEFAULT_SETTINGS, serviceUrl: 'https://callwatch.stadt.de', token: 'cw_x', member: { id: ME, name: 'Anna', role: 'member' }, team: { id: 't', name: 'T' } });
}

const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) ?? null;

describe('options: channels and calendar', () => {
  it('asks to connect first', async () => {
    const root = await mount(() => <App />);
    expect(root.textContent).toContain('Erst die Verbindung testen');
    expect(root.querySelector('#webpush')).toBeNull();
  });

  it("lists the member's own e-mail addresses, adds and removes one", async () => {
    await connected();
    const { client, calls } = fakeService([
      { id: 'e1', type: 'email', memberId: ME, createdAt: '2026-03-01T08:00:00.000Z', to: 'anna@stadt.de' },
      { id: 'e2', type: 'email', memberId: 'someone-else', createdAt: '2026-03-01T08:00:00.000Z', to: 'ben@stadt.de' },
      { id: 'w1', type: 'webhook', memberId: 'admin', createdAt: '2026-03-01T08:00:00.000Z' },
    ]);
    const root = await mount(() => <App clientFor={() => client} pushRegistration={async () => null} />);
    await until(() => expect(root.querySelector('.channel-list')?.textContent).toContain('anna@stadt.de'));
    expect(root.textContent).not.toContain('ben@stadt.de');
    await type(root.querySelector('#email-address'), 'kaemmerei@stadt.de');
    await click(button(root, 'E-Mail-Adresse hinzufügen'));
    await until(() => expect(root.querySelectorAll('.channel-list li')).toHaveLength(2));
    await click(button(root, '„anna@stadt.de“ entfernen'));
    await until(() => expect(root.querySelectorAll('.channel-list li')).toHaveLength(1));
    expect(calls).toEqual(['add {"type":"email","to":"kaemmerei@stadt.de"}', 'remove e1']);
  });

  it('subscribes this browser to Web Push with the service key, and unsubscribes it again', async () => {
    await connected();
    const { client, calls } = fakeService([]);
    const push = fakePush();
    const root = await mount(() => <App clientFor={() => client} pushRegistration={async () => push} />);
    await until(() => expect((root.querySelector('#webpush') as HTMLInputElement).disabled).toBe(false));
    await click(root.querySelector('#webpush'));
    await until(async () => expect((await settings.getValue()).webpushChannelId).toBe('c1'));
    expect(push.keys).toEqual([[1, 2, 3]]);
    expect(calls).toEqual([`add ${JSON.stringify({ type: 'webpush', subscription: SUBSCRIPTION })}`]);
    await until(() => expect((root.querySelector('#webpush') as HTMLInputElement).checked).toBe(true));
    await click(root.querySelector('#webpush'));
    await until(async () => expect((await settings.getValue()).webpushChannelId).toBeNull());
    expect(calls.at(-1)).toBe('remove c1');
    expect(push.unsubscribed).toBe(1);
  });

  it('says so where the browser cannot push to extensions', async () => {
    await connected();
    const root = await mount(() => <App clientFor={() => fakeService([]).client} pushRegistration={async () => null} />);
    await until(() => expect(root.textContent).toContain('Web Push ist in diesem Browser für Erweiterungen nicht verfügbar'));
    expect((root.querySelector('#webpush') as HTMLInputElement).disabled).toBe(true);
  });

  it('shows the personal calendar address on request and copies it', async () => {
    await connected();
    const copied: string[] = [];
    const root = await mount(() => <App clientFor={() => fakeService([]).client} pushRegistration={async () => null} copy={async (text) => void copied.push(text)} />);
    await click(button(root, 'Kalenderadresse anzeigen'));
    await until(() => expect((root.querySelector('#calendar-url') as HTMLInputElement | null)?.value).toBe('https://callwatch.stadt.de/ics/cwf_secret.ics'));
    expect(root.querySelector('label[for="calendar-url"]')?.textContent).toBe('Kalenderadresse');
    await click(button(root, 'Adresse kopieren'));
    await until(() => expect(root.textContent).toContain('Kopiert.'));
    expect(copied).toEqual(['https://callwatch.stadt.de/ics/cwf_secret.ics']);
  });
});

// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SyncLine } from '../../../extension/components/SyncLine.tsx';
import { DEFAULT_SETTINGS } from '../../../extension/lib/store/settings.ts';
import type { WatchlistState } from '../../../extension/lib/view/watchlist-store.ts';
import type { Op } from '../../../extension/lib/sync/ops.ts';
import { speak } from '../fixtures.ts';
import { click, mount, until } from '../render.ts';

beforeAll(() => speak('de'));
beforeEach(() => fakeBrowser.reset());

const op = (n: number): Op => ({ opId: `0190a000-0000-7000-8000-00000000000${n}`, itemId: '0190a000-0000-7000-8000-0000000000aa', hlc: `177313320000${n}-0000-c`, set: { title: `T${n}` } }) as Op;
const state = (over: Partial<WatchlistState>): WatchlistState => ({ loaded: true, items: [], byId: {}, pending: [], problems: [], settings: DEFAULT_SETTINGS, status: { lastSyncAt: null, lastError: null, nextRetryAt: null }, ...over });

describe('sync line', () => {
  it('says plainly when changes wait because the service was not reached, and "Jetzt abgleichen" syncs', async () => {
    let asked = 0;
    let finish: () => void = () => undefined;
    const root = await mount(() => (
      <SyncLine state={state({ pending: [op(1)], status: { lastSyncAt: null, lastError: { kind: 'offline', message: 'refused' }, nextRetryAt: null } })} syncNow={() => ((asked += 1), new Promise<void>((r) => (finish = r)))} />
    ));
    expect(root.querySelector('.pending-banner')?.textContent).toContain('1 Änderung wartet darauf, an das Team übertragen zu werden.');
    const button = root.querySelector('.pending-banner button') as HTMLButtonElement;
    expect(button.textContent).toBe('Jetzt abgleichen');
    await click(button);
    expect(asked).toBe(1);
    await until(() => expect(button.textContent).toBe('Wird abgeglichen …'));
    finish();
    await until(() => expect(button.textContent).toBe('Jetzt abgleichen'));
  });

  it('shows no banner for changes that are just on their way, nor when nothing waits', async () => {
    const onTheWay = await mount(() => <SyncLine state={state({ pending: [op(1), op(2)] })} />);
    expect(onTheWay.querySelector('.pending-banner')).toBeNull();
    expect(onTheWay.textContent).toBe('2 Änderungen noch nicht übertragen');
    const offline = await mount(() => <SyncLine state={state({ status: { lastSyncAt: null, lastError: { kind: 'offline', message: 'refused' }, nextRetryAt: null } })} />);
    expect(offline.querySelector('.pending-banner')).toBeNull();
  });
});

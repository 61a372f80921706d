/**
 * Every route of the app fits Hono's RegExpRouter (one regular expression per request): one ambiguous pair — a
 * static path beside a parameter at the same place, as /api/v1/sources/presets beside /api/v1/sources/:id was —
 * makes SmartRouter fall back to TrieRouter for every request, which cost an empty delta pull ~15 % of its
 * requests/s (`npm run bench`).
 */
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../service/app.ts';
import { createMemoryNotifier } from '../../service/notifier.ts';
import { openTestStore } from './helpers/store.ts';

describe('the app router', () => {
  it('uses RegExpRouter for all routes', async () => {
    const store = await openTestStore('sqlite');
    try {
      const app = createApp({ db: store.db, notifier: createMemoryNotifier() });
      expect((await app.request('/health')).status).toBe(200);
      expect((app.router as { activeRouter?: { name: string } }).activeRouter?.name).toBe('RegExpRouter');
      // the same routes in a RegExpRouter of their own: no route is unsupported
      expect(() => {
        const router = new RegExpRouter<number>();
        app.routes.forEach((route, i) => router.add(route.method, route.path, i));
        router.match('GET', '/api/v1/sync/pull');
      }).not.toThrow();
    } finally {
      await store.dispose();
    }
  });

  it('would notice an ambiguous pair (the control case)', () => {
    expect(() => {
      const router = new RegExpRouter<number>();
      router.add('GET', '/api/v1/sources/presets', 1);
      router.add('GET', '/api/v1/sources/:id', 2);
      router.match('GET', '/api/v1/sources/presets');
    }).toThrow();
  });
});

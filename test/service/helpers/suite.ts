/**
 * One store and one app for a whole describe block: opened in beforeAll, closed in afterAll. The API suites all
 * began with the same dozen lines of setup; this keeps them to one.
 */
import { afterAll, beforeAll } from 'vitest';
import type { CreateAppDeps } from '../../../service/app.ts';
import type { DialectName } from '../../../service/store/db.ts';
import { testApi, type TestApi } from './api.ts';
import { openTestStore, type TestStore } from './store.ts';

/** The suite's TestApi (usable inside its tests and hooks) plus the store it runs on. */
export type SuiteApi = Omit<TestApi, 'close'> & { readonly store: TestStore };

/** Registers the hooks that open a store of the dialect and an app over it for the enclosing describe block. */
export function useTestApi(dialect: DialectName, deps: Partial<CreateAppDeps> = {}): SuiteApi {
  let opened: { store: TestStore; api: TestApi } | undefined;
  beforeAll(async () => {
    const store = await openTestStore(dialect);
    opened = { store, api: await testApi(store, deps) };
  });
  afterAll(async () => {
    await opened?.api.close();
    await opened?.store.dispose();
    opened = undefined;
  });
  const current = () => {
    if (!opened) throw new Error('useTestApi: the suite is only open inside its tests and hooks');
    return opened;
  };
  return {
    get store() {
      return current().store;
    },
    get app() {
      return current().api.app;
    },
    get logs() {
      return current().api.logs;
    },
    call: (...args) => current().api.call(...args),
    team: (...args) => current().api.team(...args),
  };
}

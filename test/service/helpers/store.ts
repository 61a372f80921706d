/**
 * Storage for tests, per dialect: SQLite in a fresh temp file, PostgreSQL in a fresh database (random name) on the
 * server the globalSetup provides — so test files run in parallel without sharing state.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openMigratedStore, type DialectName, type Store } from '../../../service/store/db.ts';

/** The dialects every storage and API suite runs against. */
export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

export interface TestStore extends Store {
  /** closes the store and removes its file or database */
  dispose(): Promise<void>;
}

/** A new postgres:// URL of a freshly created, empty database. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `cw_${Math.random().toString(36).slice(2, 12)}`;
  // the provided URL may name a database (CALLWATCH_TEST_DATABASE_URL): only its server part is used
  const at = (database: string) => {
    const url = new URL(inject('postgresUrl'));
    url.pathname = `/${database}`;
    return url.toString();
  };
  const admin = new pg.Client({ connectionString: at('postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: at(name),
    async drop() {
      const client = new pg.Client({ connectionString: at('postgres') });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Opens a migrated, empty store of the dialect. */
export async function openTestStore(dialect: DialectName): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'callwatch-test-'));
    const store = await openMigratedStore(join(dir, 'callwatch.db'));
    return {
      ...store,
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const database = await createTestDatabase();
  const store = await openMigratedStore(database.url);
  return {
    ...store,
    async dispose() {
      await store.close();
      await database.drop();
    },
  };
}

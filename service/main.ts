/**
 * The service process: the only place that reads the environment (PORT, HOST, DATABASE_URL, CALLWATCH_ORIGINS,
 * CALLWATCH_TRUSTED_PROXIES, LOG_LEVEL, CALLWATCH_BENCH_ROUTES…), opens storage, and calls serve(). `callwatch serve` runs it.
 * Shuts down cleanly on SIGTERM/SIGINT: open event streams end, the server closes, then storage.
 */
import { serve, type ServerType } from '@hono/node-server';
import pino from 'pino';
import { createApp } from './app.ts';
import { clientAddressOf } from './middleware/client-address.ts';
import { withBenchRoutes } from './routes/bench.ts';
import type { Notifier } from './notifier.ts';
import { openMigratedStore, storeLocation, type Store } from './store/db.ts';
import { createPgNotifier } from './store/pg-notifier.ts';
import { createSqliteNotifier } from './store/sqlite-notifier.ts';
import { countTeams } from './store/teams.ts';
import { createFirstTeam } from './members/service.ts';
import { ReadCache } from './services/read-cache.ts';
import { createSources } from './sources/start.ts';
import { alertsJob } from './alerts/scheduler.ts';
import { retentionJob } from './retention/job.ts';
import { createMail } from './mail/start.ts';
import { startJobs } from './jobs/registry.ts';
import { mailKey } from './mail/secret.ts';
import type { AlertSettings } from './alerts/runtime.ts';

export interface ServiceOptions {
  port: number;
  host: string;
  /** SQLite path or postgres:// URL */
  database: string;
  origins: string[];
  /** CALLWATCH_TRUSTED_PROXIES: reverse proxies whose X-Forwarded-For names the caller (middleware/client-address.ts) */
  trustedProxies?: string[];
  logLevel: string;
  /** CALLWATCH_ALLOW_PRIVATE_SOURCES=1: user-given URLs may reach internal addresses (tests, intranets) */
  allowPrivateSources?: boolean;
  /** alert delivery: CALLWATCH_SMTP_URL, CALLWATCH_SMTP_FROM, CALLWATCH_VAPID_SUBJECT, CALLWATCH_PUBLIC_URL */
  alerts?: AlertSettings;
  /** CALLWATCH_BENCH_ROUTES=1: also serve `GET /bench/bare`, the baseline of `npm run bench` (service/routes/bench.ts) */
  benchRoutes?: boolean;
  /** CALLWATCH_MAIL_KEY: the secret mailbox passwords are encrypted with (service/mail/secret.ts) */
  mailKey?: string;
}

export interface ServiceIO {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface RunningService {
  url: string;
  port: number;
  store: Store;
  close(): Promise<void>;
}

/** Alert delivery settings from the environment (also used by `callwatch alerts run`). */
export function alertSettingsFromEnv(env: Record<string, string | undefined>): AlertSettings {
  return {
    allowPrivate: env.CALLWATCH_ALLOW_PRIVATE_SOURCES === '1',
    smtpUrl: env.CALLWATCH_SMTP_URL || undefined,
    smtpFrom: env.CALLWATCH_SMTP_FROM || undefined,
    vapidSubject: env.CALLWATCH_VAPID_SUBJECT || undefined,
    publicUrl: env.CALLWATCH_PUBLIC_URL || undefined,
  };
}

/** Options from command-line values first, then the environment, then the defaults (127.0.0.1:8787, ./callwatch.db). */
export function serviceOptions(args: { port?: string; host?: string; db?: string }, io: Pick<ServiceIO, 'env' | 'cwd'>): ServiceOptions {
  const port = Number(args.port ?? io.env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('the port must be a number from 0 to 65535 (0 picks a free one)');
  return {
    port,
    host: args.host ?? io.env.HOST ?? '127.0.0.1',
    database: storeLocation(args.db, io),
    origins: (io.env.CALLWATCH_ORIGINS ?? '').split(/[\s,]+/).filter(Boolean),
    trustedProxies: (io.env.CALLWATCH_TRUSTED_PROXIES ?? '').split(/[\s,]+/).filter(Boolean),
    logLevel: io.env.LOG_LEVEL ?? 'info',
    allowPrivateSources: io.env.CALLWATCH_ALLOW_PRIVATE_SOURCES === '1',
    alerts: alertSettingsFromEnv(io.env),
    benchRoutes: io.env.CALLWATCH_BENCH_ROUTES === '1',
    // checked here, before anything is opened: a key too short stops the start with its reason
    mailKey: mailKey(io.env.CALLWATCH_MAIL_KEY) ? io.env.CALLWATCH_MAIL_KEY : undefined,
  };
}

/** A fresh database gets a team and an admin at once, so a new user can configure the extension right away. */
async function bootstrapTeam(store: Store, io: Pick<ServiceIO, 'err'>): Promise<void> {
  if ((await countTeams(store.db)) > 0) return;
  const created = await createFirstTeam(store.db, { name: 'Mein Team', adminName: 'Admin', at: new Date().toISOString() });
  if (!created) return; // another process was first
  const { team, token } = created;
  io.err(
    [
      '',
      `callwatch: Team "${team.name}" angelegt / team created (${team.id}).`,
      `  Admin-Token (wird nur dieses eine Mal angezeigt / shown only this once):`,
      `  ${token}`,
      '  Tragen Sie Dienstadresse und Token in den Einstellungen der Erweiterung ein.',
      '  Enter the service address and this token in the extension\'s options.',
      '',
    ].join('\n'),
  );
}

/** Starts the service; resolves once it listens. */
export async function startService(options: ServiceOptions, io: Pick<ServiceIO, 'out' | 'err'>): Promise<RunningService> {
  const store = await openMigratedStore(options.database);
  let notifier: Notifier | undefined;
  try {
    await bootstrapTeam(store, io);
    notifier = store.dialect === 'postgres' ? await createPgNotifier(options.database, store.db) : createSqliteNotifier(store.db);
  } catch (error) {
    await store.close();
    throw error;
  }
  // log lines are collected and written in batches of 8 KB, and at least every half second: a write(2) per request
  // line — or a hand-off to libuv's thread pool per line — cost more than the rest of an empty delta pull's log line
  // (`npm run bench`). Written synchronously, from this thread: no thread hand-offs, and the shutdown below flushes
  // what is left. Only a SIGKILL loses lines: those of the last half second.
  const logger = pino({ level: options.logLevel }, pino.destination({ dest: 1, sync: true, minLength: 8192, periodicFlush: 500 }));
  const shutdown = new AbortController();
  const sources = await createSources({ db: store.db, notifier, logger, allowPrivate: options.allowPrivateSources });
  const mail = createMail({ db: store.db, notifier, logger, now: Date.now }, { allowPrivate: options.allowPrivateSources, keySecret: options.mailKey });
  const readCache = store.changeStamp ? new ReadCache(store.changeStamp) : undefined;
  const app = createApp({ db: store.db, notifier, logger, readCache, origins: options.origins, clientAddress: clientAddressOf(options.trustedProxies ?? []), shutdown: shutdown.signal, sources: sources.runtime, alerts: options.alerts, mail: mail.runtime });
  // every background job of the service, started here and stopped together at shutdown (service/jobs)
  const jobs = startJobs([sources.job, mail.job, alertsJob({ db: store.db, settings: options.alerts, logger }), retentionJob({ db: store.db, logger })], logger);
  const server = await new Promise<ServerType>((resolveServer, reject) => {
    const s = serve({ fetch: options.benchRoutes ? withBenchRoutes(app.fetch) : app.fetch, port: options.port, hostname: options.host }, () => resolveServer(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host}:${port}`;
  io.out(`callwatch listening on ${url}`);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      shutdown.abort(); // event streams end, so their connections can close
      const http = server as { closeIdleConnections?: () => void; closeAllConnections?: () => void };
      await new Promise<void>((done) => {
        // connections turn idle as their last response ends (event streams just ended): close them as they do,
        // and whatever still hangs after 5 s
        const idle = setInterval(() => http.closeIdleConnections?.(), 50);
        const force = setTimeout(() => http.closeAllConnections?.(), 5000);
        server.close(() => {
          clearInterval(idle);
          clearTimeout(force);
          done();
        });
        http.closeIdleConnections?.();
      });
      await jobs.stop();
      await notifier!.close();
      await store.close();
      logger.flush?.();
    })());
  return { url, port, store, close };
}

/** Runs the service until SIGTERM/SIGINT; returns the exit code. */
export async function runService(args: { port?: string; host?: string; db?: string }, io: ServiceIO): Promise<number> {
  const running = await startService(serviceOptions(args, io), io);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      done();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  await running.close();
  io.err('callwatch: stopped');
  return 0;
}

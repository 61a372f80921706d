/**
 * Modules the service loads on first use instead of at start. `callwatch serve` imports every route, the scraper and
 * the alert sender at start, while an instance may never deliver a web push or e-mail, fetch a page, serve a
 * calendar feed or open PostgreSQL — or does so only minutes later; together these modules cost ~10 MB of memory
 * (`npm run bench` measures the service's). Cheerio, needed by synchronous callers, is in extract/lazy-cheerio.ts.
 *
 * Each loader imports its module the first time it is called and hands out the same promise after. The import()
 * names the package itself: the build (scripts/build-service.mjs) keeps npm packages external, so the bundle keeps
 * these imports dynamic — a static import anywhere in the bundle would be hoisted to its top and load at start.
 */

/** A loader that runs `load` once, at its first call. */
function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
}

/** undici: fetching pages (service/net) and sending webhooks and web pushes (alerts/http.ts). */
export const undici = onFirstUse(() => import('undici'));

/** nodemailer: e-mail alerts, only with CALLWATCH_SMTP_URL set. */
export const nodemailer = onFirstUse(async () => (await import('nodemailer')).default);

/** web-push: VAPID keys and encrypting web pushes. */
export const webPush = onFirstUse(async () => (await import('web-push')).default);

/** robots-parser: the scraper's robots.txt check. */
export const robotsParser = onFirstUse(async () => (await import('robots-parser')).default);

/** ical-generator and the VTIMEZONE data: the calendar feed. */
export const icalGenerator = onFirstUse(async () => {
  const [ical, timezones] = await Promise.all([import('ical-generator'), import('@touch4it/ical-timezones')]);
  return { ical, getVtimezoneComponent: timezones.getVtimezoneComponent };
});

/** pdf.js (pdfjs-dist, legacy build for Node): reading PDFs (service/pdf/), only inside an extraction worker thread. */
export const pdfjs = onFirstUse(() => import('pdfjs-dist/legacy/build/pdf.mjs'));

/** imapflow: reading the newsletters of a team's mailbox (service/mail), only once a mailbox is set up. */
export const imapflow = onFirstUse(() => import('imapflow'));

/** mailparser: parsing those newsletters. */
export const mailparser = onFirstUse(() => import('mailparser'));

/** pg: only with a postgres:// database. */
export const pg = onFirstUse(() => import('pg'));

/**
 * The extraction pipeline (shared/extract, with chrono-node): POST /api/v1/extract, `callwatch extract` and the
 * scraper. Our own module, so the bundle inlines it; it stays out of the start only where the build splits chunks.
 */
export const extraction = onFirstUse(() => import('../shared/extract/index.ts'));

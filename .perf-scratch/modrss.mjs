const rss = () => Math.round(process.memoryUsage().rss / 1048576);
const base = rss();
const out = [];
for (const m of ['cheerio', 'nodemailer', 'web-push', 'ical-generator', 'undici', 'chrono-node', 'croner', 'pg', 'kysely', 'hono', 'pino', 'valibot', 'better-sqlite3']) {
  const b = rss(); await import(m); out.push(`${m} +${rss() - b}`);
}
console.log('base', base, out.join(', '), 'total', rss());

/** The npm packages the service loads on first use (service/lazy.ts, service/extract/lazy-cheerio.ts), never at start. */
export const LAZY_PACKAGES = ['cheerio', 'web-push', 'nodemailer', 'undici', 'chrono-node', 'robots-parser', 'ical-generator', '@touch4it/ical-timezones', 'pdfjs-dist', 'pg', 'imapflow', 'mailparser'];

/**
 * Extraction from HTML text in the service and the CLI: the Cheerio adapter wraps the page for the shared pipeline,
 * which is loaded at the first page (service/lazy.ts).
 */
import type { ExtractResult } from '../../shared/extract/types.ts';
import { extraction } from '../lazy.ts';
import { cheerioView } from './cheerio-view.ts';

/** Runs the shared extractor on an HTML document. */
export async function extractHtml(page: { html: string; url: string; now: Date; selection?: string; learnedRoles?: boolean }): Promise<ExtractResult> {
  const { extract } = await extraction();
  // the learned date-role model instead of the default (shared/extract/model/default.ts), for measuring it
  const roles = page.learnedRoles ? (await import('../../shared/extract/features/date-role.ts')).learnedRoles((await import('../../shared/extract/model/date-role.ts')).dateRoleModel) : undefined;
  return extract({ view: cheerioView(page.html), url: page.url, now: page.now, selection: page.selection, ...(roles ? { roles } : {}) });
}

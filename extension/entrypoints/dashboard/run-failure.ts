/**
 * A failed source run in the reader's language (lib/failure-sentence.ts): the service records a stable code beside its
 * own (English) message (service/scrape/scrape-error.ts, service/net/fetch-error.ts); each known code has a sentence
 * here, with the source's host or the HTTP status filled in.
 */
import { failureSentence, type FailureSentences } from '../../lib/failure-sentence.ts';

type Where = { host: string; status: string };
type Fill = (where: Where) => string[];
const host: Fill = ({ host }) => [host];
const none: Fill = () => [];

/** message key and what fills it, by the service's failure code */
const BY_CODE: FailureSentences<Where> = {
  invalid_url: ['sourceErrorAddress', none],
  unsupported_scheme: ['sourceErrorAddress', none],
  credentials_in_url: ['sourceErrorCredentials', none],
  blocked_address: ['sourceErrorBlocked', host],
  dns: ['sourceErrorDns', host],
  network: ['sourceErrorNetwork', host],
  tls: ['sourceErrorTls', host],
  timeout: ['sourceErrorTimeout', host],
  aborted: ['sourceErrorTimeout', host],
  too_large: ['sourceErrorTooLarge', none],
  too_many_redirects: ['sourceErrorRedirects', host],
  http_error: ['sourceErrorHttp', ({ host, status }) => [host, status]],
  not_html: ['sourceErrorNotHtml', none],
  robots_disallowed: ['sourceErrorRobots', host],
  rate_limited: ['sourceErrorRateLimited', host],
  unreadable: ['sourceErrorUnreadable', none],
  selector: ['sourceErrorSelector', none],
  page_too_complex: ['sourceErrorTooComplex', none],
};

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** Why a run failed, as a sentence; null when it did not fail. */
export function runFailure(run: { errorCode?: string | null; error: string | null; httpStatus: number | null }, sourceUrl: string): string | null {
  if (!run.error && !run.errorCode) return null;
  return failureSentence(BY_CODE, run, { host: hostOf(sourceUrl), status: run.httpStatus == null ? '' : String(run.httpStatus) }, 'sourceErrorOther');
}

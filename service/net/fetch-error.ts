/**
 * Typed failures of fetching a user-given URL. The `code` is the stable key (the API's error envelope and the
 * extension's translations use it); `message` is English for the CLI and logs, `messageDe` the German text for users.
 */
export type FetchErrorCode =
  | 'invalid_url'
  | 'unsupported_scheme'
  | 'credentials_in_url'
  | 'blocked_address'
  | 'dns'
  | 'network'
  | 'tls'
  | 'timeout'
  | 'aborted'
  | 'too_large'
  | 'too_many_redirects'
  | 'http_error'
  | 'not_html';

export interface FetchErrorDetails {
  /** the URL of the hop that failed (after redirects) */
  url?: string;
  /** HTTP status for `http_error` */
  status?: number;
  /** the resolved address that was refused, for `blocked_address` */
  address?: string;
  /** the byte limit, for `too_large` */
  limit?: number;
  /** the time limit in ms, for `timeout` */
  timeoutMs?: number;
  /** the content type that was refused, for `not_html` */
  contentType?: string;
  /** a short reason that refines the code (e.g. "redirect loop") */
  reason?: string;
  /** the Retry-After header of an `http_error` answer (429/503), as sent */
  retryAfter?: string;
  cause?: unknown;
}

const host = (d: FetchErrorDetails): string => {
  if (!d.url) return 'the address';
  try {
    return new URL(d.url).host || d.url;
  } catch {
    return d.url;
  }
};
const mb = (bytes = 0): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
const secs = (ms = 0): string => `${Math.round(ms / 100) / 10} s`;

const english: Record<FetchErrorCode, (d: FetchErrorDetails) => string> = {
  invalid_url: (d) => `"${d.url ?? ''}" is not a valid web address.`,
  unsupported_scheme: (d) => `Only http:// and https:// addresses can be fetched (got ${d.reason ?? d.url ?? 'another scheme'}).`,
  credentials_in_url: () => 'Addresses with a user name or password in them are not fetched.',
  blocked_address: (d) =>
    `The address ${host(d)} points to an internal network${d.address ? ` (${d.address})` : ''} and is not fetched.`,
  dns: (d) => `The host name ${host(d)} could not be found.`,
  network: (d) => `Could not connect to ${host(d)}${d.reason ? ` (${d.reason})` : ''}.`,
  tls: (d) => `The secure connection to ${host(d)} failed${d.reason ? ` (${d.reason})` : ''}.`,
  timeout: (d) => `${host(d)} did not answer completely within ${secs(d.timeoutMs)}.`,
  aborted: () => 'The request was cancelled.',
  too_large: (d) => `The page at ${host(d)} is larger than ${mb(d.limit)} and was not read.`,
  too_many_redirects: (d) =>
    d.reason === 'redirect loop' ? `${host(d)} redirects in a loop.` : `${host(d)} redirects too many times.`,
  http_error: (d) => `${host(d)} answered with HTTP status ${d.status ?? '?'}.`,
  not_html: (d) => `${host(d)} did not send a web page, feed or calendar (${d.contentType ?? 'unknown type'}).`,
};

const german: Record<FetchErrorCode, (d: FetchErrorDetails) => string> = {
  invalid_url: (d) => `„${d.url ?? ''}“ ist keine gültige Webadresse.`,
  unsupported_scheme: () => 'Nur Adressen mit http:// oder https:// können abgerufen werden.',
  credentials_in_url: () => 'Adressen mit Benutzername oder Passwort werden nicht abgerufen.',
  blocked_address: (d) => `Die Adresse ${host(d)} zeigt auf ein internes Netz und wird nicht abgerufen.`,
  dns: (d) => `Der Server ${host(d)} wurde nicht gefunden.`,
  network: (d) => `Keine Verbindung zu ${host(d)}.`,
  tls: (d) => `Die sichere Verbindung zu ${host(d)} ist fehlgeschlagen.`,
  timeout: (d) => `${host(d)} hat nicht innerhalb von ${secs(d.timeoutMs).replace('.', ',')} vollständig geantwortet.`,
  aborted: () => 'Der Abruf wurde abgebrochen.',
  too_large: (d) => `Die Seite auf ${host(d)} ist größer als ${mb(d.limit).replace('.', ',')} und wurde nicht gelesen.`,
  too_many_redirects: (d) =>
    d.reason === 'redirect loop' ? `${host(d)} leitet im Kreis weiter.` : `${host(d)} leitet zu oft weiter.`,
  http_error: (d) => `${host(d)} antwortete mit HTTP-Status ${d.status ?? '?'}.`,
  not_html: (d) => `${host(d)} lieferte keine Webseite, keinen Feed und keinen Kalender (${d.contentType ?? 'unbekannter Typ'}).`,
};

/** A failed fetch of a user-given URL, with a stable `code` and a message fit to show a user. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  readonly code: FetchErrorCode;
  readonly details: FetchErrorDetails;
  /** the same message in German, for the extension and the web UI */
  readonly messageDe: string;

  constructor(code: FetchErrorCode, details: FetchErrorDetails = {}) {
    super(english[code](details), details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.details = details;
    this.messageDe = german[code](details);
  }

  /** HTTP status for `http_error`, else undefined. */
  get status(): number | undefined {
    return this.details.status;
  }
}

/** True for a FetchError, optionally of one code. */
export function isFetchError(error: unknown, code?: FetchErrorCode): error is FetchError {
  return error instanceof FetchError && (code === undefined || error.code === code);
}

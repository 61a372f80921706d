/**
 * The service address as people type it: "callwatch.stadt.de" means https://callwatch.stadt.de, "localhost:8787" means
 * http://localhost:8787 (a local service speaks plain HTTP). Anything that is not an http(s) address afterwards is
 * refused with the reason, instead of the browser's own form message.
 */
export type CompletedUrl = { ok: true; url: string; completed: boolean } | { ok: false };

const LOCAL_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?(?:[/?#]|$)/i;

export function completeServiceUrl(input: string): CompletedUrl {
  const typed = input.trim();
  if (!typed) return { ok: false };
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed);
  const candidate = hasScheme ? typed : `${LOCAL_HOST.test(typed) ? 'http' : 'https'}://${typed}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false };
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname || url.username || url.password) return { ok: false };
  // one spelling: no trailing slash, no query or fragment (the client appends /api/v1/…)
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, url: `${url.protocol}//${url.host}${path}`, completed: !hasScheme };
}

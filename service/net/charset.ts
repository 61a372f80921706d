/**
 * Character-set detection and decoding for fetched pages and local HTML files. Pure (TextDecoder only, no node:*),
 * so it can move to shared/ if the extension ever needs it. Many German agency sites still send ISO-8859-1,
 * often with a wrong or missing declaration.
 */

/** How the charset was chosen, for diagnostics. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'xml' | 'default' | 'fallback';

export interface DecodedHtml {
  html: string;
  /** the WHATWG encoding name actually used, e.g. "utf-8", "windows-1252" */
  charset: string;
  source: CharsetSource;
}

const SNIFF_BYTES = 2048;

/** The `charset` parameter of a Content-Type header value, lower-cased, or undefined. */
export function charsetFromContentType(contentType: string | null | undefined): string | undefined {
  if (!contentType) return undefined;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  const value = (match?.[1] ?? match?.[2] ?? '').trim().toLowerCase();
  return value || undefined;
}

/** The MIME type of a Content-Type header value without parameters, lower-cased ('' when absent). */
export function mimeTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/** Charset declared in the document itself: `<meta charset>`, `<meta http-equiv content="…charset=…">`, `<?xml encoding?>`. */
export function sniffDeclaredCharset(bytes: Uint8Array): { charset: string; source: 'meta' | 'xml' } | undefined {
  // latin1 maps every byte to one char, so ASCII markup is readable whatever the real encoding is
  const head = latin1(bytes.subarray(0, SNIFF_BYTES));
  const xml = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return { charset: xml[1].trim().toLowerCase(), source: 'xml' };
  // only inside a <meta …> tag, so a "charset=" in a script or text does not count
  const metaTags = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const tag of metaTags) {
    const match = /\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(tag);
    if (match) return { charset: match[1].toLowerCase(), source: 'meta' };
  }
  return undefined;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) out += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return out;
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The WHATWG name for a label ("latin1", "iso-8859-1" → "windows-1252", as browsers do), or undefined if unknown. */
export function normalizeCharset(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n += 1;
  return n;
}

function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c > 0x7f && c !== 0xfffd) n += 1;
  }
  return n;
}

/**
 * Decodes UTF-8, falling back to windows-1252 when the bytes are not UTF-8 after all (the typical "declared utf-8,
 * saved as latin1" page). A page that is mostly valid UTF-8 with a few stray bytes stays UTF-8: switching would
 * turn every correct umlaut into mojibake.
 */
function decodeUtf8WithFallback(bytes: Uint8Array, source: CharsetSource): DecodedHtml {
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const broken = countReplacements(utf8);
  if (broken === 0 || countNonAscii(utf8) > broken) return { html: utf8, charset: 'utf-8', source };
  const cp1252 = new TextDecoder('windows-1252').decode(bytes);
  if (countReplacements(cp1252) >= broken) return { html: utf8, charset: 'utf-8', source };
  return { html: cp1252, charset: 'windows-1252', source: 'fallback' };
}

function decodeAs(bytes: Uint8Array, label: string, source: CharsetSource): DecodedHtml | undefined {
  let encoding = normalizeCharset(label);
  if (!encoding || encoding === 'replacement') return undefined;
  // HTML spec: a document cannot declare itself UTF-16 from inside (it would not be readable as ASCII); x-user-defined is 1252
  if ((source === 'meta' || source === 'xml') && encoding.startsWith('utf-16')) encoding = 'utf-8';
  if (encoding === 'x-user-defined') encoding = 'windows-1252';
  if (encoding === 'utf-8') return decodeUtf8WithFallback(bytes, source);
  return { html: new TextDecoder(encoding).decode(bytes), charset: encoding, source };
}

/**
 * Decodes an HTML (or feed) body: a byte-order mark first (as browsers do: it is the strongest evidence), then the
 * Content-Type charset, then `<meta>`/XML declaration in the first 2 KB, else UTF-8 — with a windows-1252 fallback
 * when supposed UTF-8 bytes do not decode.
 */
export function decodeHtml(bytes: Uint8Array, contentTypeHeader?: string | null): DecodedHtml {
  const bom = bomCharset(bytes);
  if (bom) {
    // TextDecoder drops the BOM itself
    return { html: new TextDecoder(bom).decode(bytes), charset: bom, source: 'bom' };
  }
  const header = charsetFromContentType(contentTypeHeader);
  const fromHeader = header ? decodeAs(bytes, header, 'header') : undefined;
  if (fromHeader) return fromHeader;
  const declared = sniffDeclaredCharset(bytes);
  const fromDocument = declared ? decodeAs(bytes, declared.charset, declared.source) : undefined;
  if (fromDocument) return fromDocument;
  return decodeUtf8WithFallback(bytes, 'default');
}

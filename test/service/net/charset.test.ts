import { describe, expect, it } from 'vitest';
import {
  charsetFromContentType,
  decodeHtml,
  mimeTypeOf,
  normalizeCharset,
  sniffDeclaredCharset,
} from '../../../service/net/charset.ts';

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const utf8 = (text: string) => new TextEncoder().encode(text);
/** windows-1252 bytes: the euro sign is 0x80 there (in ISO-8859-1 it would be a control character) */
const cp1252 = (text: string) => new Uint8Array([...text].map((ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0))));

describe('charsetFromContentType / mimeTypeOf', () => {
  it('reads the charset parameter, quoted or not, in any case', () => {
    expect(charsetFromContentType('text/html; charset=ISO-8859-1')).toBe('iso-8859-1');
    expect(charsetFromContentType('text/html;charset="UTF-8"; foo=bar')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeUndefined();
    expect(charsetFromContentType(null)).toBeUndefined();
    expect(mimeTypeOf('Text/HTML; charset=utf-8')).toBe('text/html');
    expect(mimeTypeOf(undefined)).toBe('');
  });

  it('normalizes labels the way browsers do', () => {
    expect(normalizeCharset('ISO-8859-1')).toBe('windows-1252');
    expect(normalizeCharset('latin1')).toBe('windows-1252');
    expect(normalizeCharset('UTF8')).toBe('utf-8');
    expect(normalizeCharset('klingon')).toBeUndefined();
  });
});

describe('sniffDeclaredCharset', () => {
  it('finds <meta charset> and the http-equiv form', () => {
    expect(sniffDeclaredCharset(latin1('<html><head><meta charset="windows-1252"><title>x</title>'))).toEqual({
      charset: 'windows-1252',
      source: 'meta',
    });
    expect(
      sniffDeclaredCharset(latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">')),
    ).toEqual({ charset: 'iso-8859-15', source: 'meta' });
  });

  it('reads an XML declaration (RSS and Atom feeds)', () => {
    expect(sniffDeclaredCharset(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>'))).toEqual({
      charset: 'iso-8859-1',
      source: 'xml',
    });
  });

  it('looks only at the first 2 KB and only inside <meta> tags', () => {
    expect(sniffDeclaredCharset(latin1(`<html>${' '.repeat(3000)}<meta charset="windows-1252">`))).toBeUndefined();
    expect(sniffDeclaredCharset(latin1('<script>var s = "charset=koi8-r";</script>'))).toBeUndefined();
  });
});

describe('decodeHtml', () => {
  it('decodes UTF-8 by default', () => {
    expect(decodeHtml(utf8('<p>Gemeindeförderung – 50.000 €</p>'))).toEqual({
      html: '<p>Gemeindeförderung – 50.000 €</p>',
      charset: 'utf-8',
      source: 'default',
    });
  });

  it('follows an ISO-8859-1 header and decodes it as windows-1252', () => {
    const decoded = decodeHtml(latin1('<p>Gemeindeförderung</p>'), 'text/html; charset=ISO-8859-1');
    expect(decoded).toEqual({ html: '<p>Gemeindeförderung</p>', charset: 'windows-1252', source: 'header' });
  });

  it('uses the meta charset when the header has none', () => {
    const decoded = decodeHtml(cp1252('<meta charset="windows-1252"><p>Zuschuss 5.000 € für Straßen</p>'), 'text/html');
    expect(decoded.html).toContain('Zuschuss 5.000 € für Straßen');
    expect(decoded).toMatchObject({ charset: 'windows-1252', source: 'meta' });
  });

  it('prefers the header over the meta tag', () => {
    const decoded = decodeHtml(utf8('<meta charset="windows-1252"><p>Förderung</p>'), 'text/html; charset=utf-8');
    expect(decoded).toMatchObject({ html: '<meta charset="windows-1252"><p>Förderung</p>', source: 'header' });
  });

  it('falls back to windows-1252 when declared UTF-8 is really latin1', () => {
    const decoded = decodeHtml(latin1('<p>Antragsfrist für Gemeindeförderung: 31. März</p>'), 'text/html; charset=utf-8');
    expect(decoded).toEqual({
      html: '<p>Antragsfrist für Gemeindeförderung: 31. März</p>',
      charset: 'windows-1252',
      source: 'fallback',
    });
  });

  it('keeps mostly-valid UTF-8 with one stray byte as UTF-8', () => {
    const bytes = new Uint8Array([...utf8('<p>Förderung für Städte und Gemeinden '), 0xff, ...utf8('</p>')]);
    const decoded = decodeHtml(bytes, 'text/html; charset=utf-8');
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.html).toContain('Förderung für Städte');
  });

  it('honours a byte-order mark above all and strips it', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>Förderung</p>')]);
    expect(decodeHtml(bom, 'text/html; charset=iso-8859-1')).toEqual({
      html: '<p>Förderung</p>',
      charset: 'utf-8',
      source: 'bom',
    });
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('<p>ä</p>', 'utf16le')]);
    expect(decodeHtml(utf16).html).toBe('<p>ä</p>');
  });

  it('ignores an unknown charset label and goes on to the next source', () => {
    const decoded = decodeHtml(latin1('<meta charset="iso-8859-1"><p>Straße</p>'), 'text/html; charset=bogus-42');
    expect(decoded).toMatchObject({ html: '<meta charset="iso-8859-1"><p>Straße</p>', source: 'meta' });
  });
});

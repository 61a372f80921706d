/**
 * A guard against decompression bombs: a PDF of a few hundred kilobytes whose compressed streams unpack to hundreds of
 * megabytes. pdf.js unpacks a content stream whole, in memory, before it reads a word of it, so the unpacked size is
 * measured first — with zlib's own output bound, which stops as soon as the bound is passed — over every FlateDecode
 * stream pdf.js would unpack (content, fonts, object streams; images are never decoded: read-pdf.ts maxImageSize).
 * Over PDF_LIMITS.maxInflatedBytes in all, the PDF is refused (pdf_too_complex). A stream zlib cannot read is left
 * to pdf.js (which reads what it can of damaged files). Linear in the file's size; pure.
 */
import { constants, inflateSync } from 'node:zlib';
import { PDF_LIMITS } from './limits.ts';
import { PdfError } from './pdf-error.ts';

/** a stream's dictionary is within this many bytes before its `stream` keyword */
const DICT_WINDOW = 2048;

/** Throws PdfError('pdf_too_complex') when the PDF's FlateDecode streams unpack to more than `limit` bytes. */
export function checkInflatedSize(bytes: Uint8Array, limit: number = PDF_LIMITS.maxInflatedBytes): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let left = limit;
  for (let at = buf.indexOf('stream', 0, 'latin1'); at >= 0; at = buf.indexOf('stream', at, 'latin1')) {
    const keyword = at;
    at += 'stream'.length;
    if (keyword >= 3 && buf.toString('latin1', keyword - 3, keyword) === 'end') continue;
    // the data begins after the keyword's end of line (CR LF or LF)
    let start = at;
    if (buf[start] === 0x0d) start += 1;
    if (buf[start] !== 0x0a) continue;
    start += 1;
    const before = buf.toString('latin1', Math.max(0, keyword - DICT_WINDOW), keyword);
    const dict = before.slice(before.lastIndexOf('obj') + 1);
    if (!/\/FlateDecode\b/.test(dict) || /\/Subtype\s*\/Image\b/.test(dict)) continue;
    const end = buf.indexOf('endstream', start, 'latin1');
    const data = buf.subarray(start, end < 0 ? buf.length : end);
    at = end < 0 ? buf.length : end + 'endstream'.length;
    try {
      left -= inflateSync(data, { maxOutputLength: Math.max(1, left), finishFlush: constants.Z_SYNC_FLUSH }).length;
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new PdfError('pdf_too_complex');
      // not zlib data (damaged, or another filter first): pdf.js decides
    }
    if (left <= 0) throw new PdfError('pdf_too_complex');
  }
}

/** The bounds of reading one PDF (issue 11): what is refused, what is left unread, how long it may take. */
import { MAX_PDF_UPLOAD_BYTES } from '../../shared/api/extract.ts';

export const PDF_LIMITS = {
  /** a larger file is refused before a byte of it is parsed */
  maxBytes: MAX_PDF_UPLOAD_BYTES,
  /** pages after this many are not read (the call is on the first pages) */
  maxPages: 200,
  /** the whole reading, all pages (checked between pages; the extraction pool stops its worker at its own 20 s budget) */
  timeMs: 20_000,
  /** what the compressed streams may unpack to in all (bytes): a decompression bomb is refused before pdf.js unpacks it */
  maxInflatedBytes: 100 * 1024 * 1024,
  /** text kept in all (characters): enough for any call, a bound for the extractor after */
  maxChars: 1_000_000,
  /** a document with fewer letters and digits than this has no text to read (scanned, image-only) */
  minChars: 20,
} as const;

/** Is a fetched or posted body a PDF: by its type (application/pdf) or by its first bytes (%PDF-, as readers allow). Pure. */

/** Types a PDF is sent as: its own, and the generic binary ones some servers use for every download. */
const PDF_TYPES = new Set(['application/pdf', 'application/x-pdf', 'application/acrobat', 'application/octet-stream', 'binary/octet-stream', 'application/download', 'application/force-download']);

/** The MIME type (without parameters) may carry a PDF. */
export function mayBePdfType(mime: string): boolean {
  return PDF_TYPES.has(mime);
}

/** The PDF's header within its first kilobyte (readers tolerate junk before it). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i += 1) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

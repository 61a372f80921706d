/**
 * Why a PDF could not be read, as FetchError has it for pages: a stable `code` (the API's error envelope and the
 * extension use it), an English `message` for logs and the CLI, and `messageDe` for users. Nothing else of the PDF
 * is passed on: a PDF that is refused gives this message and no drafts.
 */
export type PdfErrorCode = 'pdf_too_large' | 'pdf_too_complex' | 'pdf_page_limit' | 'pdf_encrypted' | 'pdf_broken' | 'pdf_no_text' | 'pdf_timeout';

const english: Record<PdfErrorCode, string> = {
  pdf_too_large: 'The PDF is larger than 20 MB and was not read.',
  pdf_too_complex: 'The PDF unpacks to more than 100 MB (a decompression bomb or an extremely complex document) and was not read.',
  pdf_page_limit: 'The PDF has more than 200 pages; only the first 200 are read, and they contain no text.',
  pdf_encrypted: 'The PDF is protected by a password and cannot be read.',
  pdf_broken: 'The file is not a readable PDF (damaged or not a PDF at all).',
  pdf_no_text: 'The PDF contains no text (a scan or images only); there is nothing to read.',
  pdf_timeout: 'Reading the PDF took too long and was stopped.',
};

const german: Record<PdfErrorCode, string> = {
  pdf_too_large: 'Die PDF ist größer als 20 MB und wurde nicht gelesen.',
  pdf_too_complex: 'Die PDF entpackt sich auf mehr als 100 MB (eine Kompressionsbombe oder ein extrem aufwendiges Dokument) und wurde nicht gelesen.',
  pdf_page_limit: 'Die PDF hat mehr als 200 Seiten; gelesen werden nur die ersten 200, und darin steht kein Text.',
  pdf_encrypted: 'Die PDF ist mit einem Passwort geschützt und kann nicht gelesen werden.',
  pdf_broken: 'Die Datei ist keine lesbare PDF (beschädigt oder gar keine PDF).',
  pdf_no_text: 'Diese PDF enthält keinen Text (ein Scan oder nur Bilder) – es gibt nichts zu lesen.',
  pdf_timeout: 'Das Lesen der PDF hat zu lange gedauert und wurde abgebrochen.',
};

export const PDF_ERROR_CODES = Object.keys(english) as PdfErrorCode[];

/** A PDF that was not read, with the reason in English and German. */
export class PdfError extends Error {
  override readonly name = 'PdfError';
  readonly code: PdfErrorCode;
  readonly messageDe: string;

  constructor(code: PdfErrorCode) {
    super(english[code]);
    this.code = code;
    this.messageDe = german[code];
  }
}

/** True for a PdfError (also one rebuilt from a worker's answer: service/extract/pool.ts). */
export function isPdfError(error: unknown): error is PdfError {
  return error instanceof PdfError;
}

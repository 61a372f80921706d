/**
 * A PDF from the user's disk onto the dashboard: dropped here (or chosen), posted to the service, which reads it
 * (POST /api/v1/extract/pdf with the file's bytes, up to 20 MB), and opened in the preview like any clip. Files over the upload limit are
 * explained, not sent: a PDF on the web is clipped by opening it in the browser.
 */
import { useState } from 'preact/hooks';
import { browser } from '#imports';
import { previewUrl } from '../../lib/clip/preview-url.ts';
import { storeDraft } from '../../lib/clip/store-draft.ts';
import { extractPdf, MAX_UPLOAD_BYTES } from '../../lib/clip/pdf-clip.ts';
import { t } from '../../lib/i18n.ts';

/** The address an uploaded file is read under: it has none on the web, so the saved item's address is left empty. */
const uploadAddress = (name: string) => `https://datei.invalid/${encodeURIComponent(name)}`;

export function PdfDrop() {
  const [status, setStatus] = useState('');
  const [over, setOver] = useState(false);

  async function read(file: File | undefined): Promise<void> {
    if (!file) return;
    if (file.type !== 'application/pdf' && !/\.pdf$/i.test(file.name)) return setStatus(t('pdfDropNotPdf'));
    if (file.size > MAX_UPLOAD_BYTES) return setStatus(t('pdfDropTooLarge'));
    setStatus(t('pdfDropReading'));
    const extract = await extractPdf({ url: uploadAddress(file.name), title: file.name, file });
    for (const item of extract.items) item.fields.url = null;
    const draft = await storeDraft(extract);
    setStatus('');
    await browser.windows.create({ url: previewUrl(draft.id), type: 'popup', width: 560, height: 780 });
  }

  return (
    <div
      class={over ? 'pdf-drop over' : 'pdf-drop'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void read(e.dataTransfer?.files[0]);
      }}
    >
      <label>
        {t('pdfDropHint')}{' '}
        <input type="file" accept="application/pdf,.pdf" onChange={(e) => void read(e.currentTarget.files?.[0])} />
      </label>
      <span role="status">{status}</span>
    </div>
  );
}

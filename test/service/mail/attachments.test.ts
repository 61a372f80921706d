/** Newsletters' PDF attachments are read like web pages (the extraction pool reads PDFs, service/pdf); bad ones are noted. */
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../service/mail/message.ts';
import { readMessage } from '../../../service/mail/read-message.ts';
import { sharedExtractor } from '../../../service/scrape/extractor.ts';
import { callPdf, imageOnlyPdf } from '../pdf/make-pdf.ts';
import { composeMessage } from './imap-client.ts';

const NOW = new Date('2027-02-03T08:00:00Z');

describe('PDF attachments', () => {
  it("a call attached as PDF becomes a find (no address of its own); an image-only PDF is noted, not read", async () => {
    const raw = await composeMessage({
      from: 'Ministerium <presse@mhkbd.example>',
      subject: 'Bekanntmachung',
      messageId: '<pdf-1@mhkbd.example>',
      text: 'Sehr geehrte Damen und Herren,\nanbei die Bekanntmachung.\n\nMit freundlichen Grüßen',
      attachments: [
        { filename: 'aufruf.pdf', content: Buffer.from(await callPdf()), contentType: 'application/pdf' },
        { filename: 'scan.pdf', content: Buffer.from(await imageOnlyPdf()), contentType: 'application/pdf' },
      ],
    });
    const message = await parseMessage(raw);
    expect(message.pdfs.map((p) => p.filename)).toEqual(['aufruf.pdf', 'scan.pdf']);
    const { finds, notes } = await readMessage(sharedExtractor, message, NOW);
    const call = finds.find((f) => f.title.includes('Kommunale Partnerschaften für Klimaschutz 2027'));
    expect(call).toBeDefined();
    expect(call!.deadlines.map((d) => d.date)).toContain('2027-03-31');
    expect(call!.url).toBe('');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^scan\.pdf: .*(no text|keinen Text)/i);
  });
});

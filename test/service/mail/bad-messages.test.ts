/**
 * Bad messages are told, not read leniently into false items (issue 11, bad input): malformed MIME (a body in broken
 * base64) and a mail loop (a message forwarded into itself 40 levels deep, or attached in itself) give no content and
 * say why; the poll's note counts them in plain words. A forward attached three levels deep is still read as its
 * original. Real messages (nodemailer's composer), mailparser and the shared extractor.
 */
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../service/mail/message.ts';
import { emptyReport, pollNote } from '../../../service/mail/poll-notes.ts';
import { readMessage } from '../../../service/mail/read-message.ts';
import { sharedExtractor } from '../../../service/scrape/extractor.ts';
import { composeMessage, mailLoop, MALFORMED_MIME } from './imap-client.ts';

const NOW = new Date('2031-02-03T08:00:00Z');
const CALL = '<h2>Förderaufruf Klimapartnerschaften 2031</h2><p>Kommunen können Projektskizzen bis zum 31. März 2031 einreichen.</p>';
const forward = (raw: Buffer, i: number) =>
  composeMessage({ from: 'Kollegin <kollegin@stadt.example>', subject: `WG: Aufruf ${i}`, messageId: `<fwd-${i}@stadt.example>`, text: 'weiter', attachments: [{ filename: 'weitergeleitet.eml', content: raw, contentType: 'message/rfc822' }] });

describe('bad messages', () => {
  it('malformed MIME: the garbled body is no content, and the message says so', async () => {
    const message = await parseMessage(MALFORMED_MIME);
    expect(message).toMatchObject({ messageId: 'broken@broken.example', problem: 'malformed', html: '' });
    expect((await readMessage(sharedExtractor, message, NOW)).finds).toEqual([]);
  });

  it('a mail loop 40 levels deep is no content: no item "weiter"', async () => {
    const message = await parseMessage(await mailLoop(40));
    expect(message).toMatchObject({ messageId: 'loop-40@loop.example', problem: 'loop', html: '' });
    expect((await readMessage(sharedExtractor, message, NOW)).finds).toEqual([]);
  });

  it('a message attached in itself (its own Message-ID again) is a loop', async () => {
    const inner = await composeMessage({ from: 'Schleife <loop@loop.example>', subject: 'Schleife', messageId: '<self@loop.example>', text: 'weiter' });
    const outer = await composeMessage({ from: 'Schleife <loop@loop.example>', subject: 'Schleife', messageId: '<self@loop.example>', text: 'weiter', attachments: [{ filename: 'x.eml', content: inner, contentType: 'message/rfc822' }] });
    expect((await parseMessage(outer)).problem).toBe('loop');
  });

  it('a newsletter forwarded as an attachment three levels deep is still read as its original', async () => {
    let raw = await composeMessage({ from: 'SKEW <info@skew.example>', subject: 'Aufruf', messageId: '<orig@skew.example>', html: CALL });
    for (let i = 1; i <= 3; i++) raw = await forward(raw, i);
    const message = await parseMessage(raw);
    expect(message.problem).toBeUndefined();
    expect(message.sender).toEqual({ name: 'SKEW', address: 'info@skew.example' });
    const { finds } = await readMessage(sharedExtractor, message, NOW);
    expect(finds.map((f) => f.title)).toEqual(['Förderaufruf Klimapartnerschaften 2031']);
    // one level more is more than a colleague forwards: a loop
    expect((await parseMessage(await forward(raw, 4))).problem).toBe('loop');
  });

  it('the poll’s note counts unreadable messages and loops in plain words, before the other notes', () => {
    expect(pollNote(emptyReport())).toBeNull();
    expect(pollNote({ notes: ['message big@big.example: larger than 30 MB, not read'], unreadable: ['broken@broken.example'], loops: ['loop-40@loop.example'] })).toBe(
      '1 message not readable (malformed MIME), nothing read from it: broken@broken.example; ' +
        'mail loop detected: 1 message forwarded into itself or more than 3 levels deep, not read: loop-40@loop.example; ' +
        'message big@big.example: larger than 30 MB, not read',
    );
    expect(pollNote({ notes: [], unreadable: ['a', 'b', 'c', 'd'], loops: [] })).toBe('4 messages not readable (malformed MIME), nothing read from them: a, b, c, …');
  });
});

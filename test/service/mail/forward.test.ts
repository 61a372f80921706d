/** Forwarded newsletters unwrapped to the original (service/mail/forward.ts): Outlook, Thunderbird and Gmail, HTML and text. */
import { describe, expect, it } from 'vitest';
import { parseSender, unwrapHtml, unwrapText } from '../../../service/mail/forward.ts';
import { fixture } from './imap-client.ts';

describe('forwarded messages', () => {
  it('Outlook (HTML): the header paragraph and the note before it go, the sender is the original one', () => {
    const out = unwrapHtml(fixture('outlook-forward.html'));
    expect(out?.sender).toEqual({ name: 'Engagement Global', address: 'newsletter@engagement-global.example' });
    expect(out?.html).toContain('Förderaufruf: Nachhaltige Städtepartnerschaften 2027');
    expect(out?.html).not.toMatch(/Anna Meier|Gesendet|zur Info/);
  });

  it('Outlook (HTML) with the note in a paragraph right before the header block: unwrapped all the same', () => {
    const html = `<html><body><div class="WordSection1"><p class="MsoNormal">Hallo Team, zur Info. Gruß, Jana<o:p></o:p></p><div><div style="border:none;border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>Von:</b> Landesnetzwerk &lt;newsletter@netzwerk.example&gt;<br><b>Gesendet:</b> Wed, 04 Sep 2019 08:00:00 GMT<br><b>An:</b> Krüger, Jana &lt;j.krueger@stadt.example&gt;<br><b>Betreff:</b> Newsletter 10/2019<o:p></o:p></p></div></div><table role="presentation"><tr><td><h1>Newsletter 10/2019</h1></td></tr></table></div></body></html>`;
    const out = unwrapHtml(html);
    expect(out?.sender).toEqual({ name: 'Landesnetzwerk', address: 'newsletter@netzwerk.example' });
    expect(out?.html).toContain('<h1>Newsletter 10/2019</h1>');
    expect(out?.html).not.toMatch(/Krüger|Gesendet|zur Info/);
  });

  it('Thunderbird (HTML): the header table and the separator line go', () => {
    const html = `<html><body><p>Siehe unten.</p><div class="moz-forward-container"><br><br>-------- Weitergeleitete Nachricht --------
      <table class="moz-email-headers-table"><tbody>
      <tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">Betreff: </th><td>Rundbrief März</td></tr>
      <tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">Datum: </th><td>Mon, 1 Mar 2027 10:00:00 +0100</td></tr>
      <tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">Von: </th><td>SKEW &lt;info@skew.example&gt;</td></tr>
      <tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">An: </th><td>team@stadt.example</td></tr>
      </tbody></table><br><h2>Aufruf Klimapartnerschaften</h2><p>Bewerbungen bis 30.06.2027.</p></div></body></html>`;
    const out = unwrapHtml(html);
    expect(out?.sender).toEqual({ name: 'SKEW', address: 'info@skew.example' });
    expect(out?.html).toContain('Aufruf Klimapartnerschaften');
    expect(out?.html).not.toMatch(/Siehe unten|Weitergeleitete|Betreff/);
  });

  it('Gmail (HTML), forwarded twice: the innermost sender is the original', () => {
    const header = (name: string, address: string) =>
      `<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">${name}</strong> <span dir="auto">&lt;${address}&gt;</span><br>Date: Mon, Mar 1, 2027 at 10:00 AM<br>Subject: Newsletter<br>To: &lt;team@stadt.example&gt;<br></div><br><br>`;
    const html = `<html><body><div dir="ltr">FYI<br><div class="gmail_quote">${header('Kollege', 'k@stadt.example')}<div dir="ltr">weiter<div class="gmail_quote">${header('Europe Direct', 'info@europe-direct.example')}<h2>Aufruf Städtepartnerschaften</h2><p>Frist: 15.04.2027</p></div></div></div></div></body></html>`;
    const out = unwrapHtml(html);
    expect(out?.sender).toEqual({ name: 'Europe Direct', address: 'info@europe-direct.example' });
    expect(out?.html).toContain('Aufruf Städtepartnerschaften');
    expect(out?.html).not.toMatch(/Kollege|FYI|weiter|Forwarded/);
  });

  it('plain text from Gmail and Outlook: the lines after the header block are the original', () => {
    const gmail = 'FYI\n\n---------- Forwarded message ---------\nFrom: Städtetag <post@staedtetag.example>\nDate: Mon, Mar 1, 2027\nSubject: Rundschreiben\nTo: <team@stadt.example>\n\nAufruf Klimaschutz\n\nFrist 31.05.2027.';
    expect(unwrapText(gmail)).toEqual({ text: 'Aufruf Klimaschutz\n\nFrist 31.05.2027.', sender: { name: 'Städtetag', address: 'post@staedtetag.example' } });
    const outlook = 'Zur Info\n\n________________________________\nVon: Engagement Global [mailto:info@eg.example]\nGesendet: Montag, 1. März 2027 10:00\nAn: Team\nBetreff: Aufruf\n\nAufruf Partnerschaften';
    expect(unwrapText(outlook)?.sender).toEqual({ name: 'Engagement Global', address: 'info@eg.example' });
    expect(unwrapText(outlook)?.text).toBe('Aufruf Partnerschaften');
  });

  it('a message that is no forward is left alone', () => {
    expect(unwrapHtml(fixture('newsletter.html'))).toBeNull();
    expect(unwrapText('Liebe Mitglieder,\nFrom: here on we write in English.\n\nGrüße')).toBeNull();
  });

  it('reads the senders header lines name', () => {
    expect(parseSender('"Meier, Anna" <a.meier@stadt.example>')).toEqual({ name: 'Meier, Anna', address: 'a.meier@stadt.example' });
    expect(parseSender('info@skew.example')).toEqual({ name: null, address: 'info@skew.example' });
    expect(parseSender('Servicestelle Kommunen')).toEqual({ name: 'Servicestelle Kommunen', address: null });
  });
});

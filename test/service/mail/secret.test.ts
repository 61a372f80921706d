/** Mailbox passwords at rest (service/mail/secret.ts): encrypted with the service's key, readable only with it. */
import { describe, expect, it } from 'vitest';
import { mailKey, openPassword, sealPassword } from '../../../service/mail/secret.ts';

describe('mailbox passwords at rest', () => {
  const key = mailKey('a'.repeat(40));
  it('are encrypted with the key, differently each time, and read back', () => {
    const sealed = sealPassword('App-Passwort 123', key);
    expect(sealed).not.toContain('App-Passwort');
    expect(sealed).not.toBe(sealPassword('App-Passwort 123', key));
    expect(openPassword(sealed, key)).toBe('App-Passwort 123');
  });
  it('say in plain words when the key is missing or another one', () => {
    const sealed = sealPassword('geheim', key);
    expect(() => openPassword(sealed, undefined)).toThrow(/no CALLWATCH_MAIL_KEY/);
    expect(() => openPassword(sealed, mailKey('b'.repeat(40)))).toThrow(/another CALLWATCH_MAIL_KEY/);
    expect(() => openPassword(`${sealed.slice(0, -2)}xx`, key)).toThrow(/another CALLWATCH_MAIL_KEY/);
  });
  it('without a key are kept as given, and still read once a key is set', () => {
    const stored = sealPassword('geheim', undefined);
    expect(openPassword(stored, undefined)).toBe('geheim');
    expect(openPassword(stored, key)).toBe('geheim');
  });
  it('refuse a key shorter than 32 characters', () => {
    expect(() => mailKey('kurz')).toThrow(/at least 32 characters/);
    expect(mailKey(undefined)).toBeUndefined();
  });
});

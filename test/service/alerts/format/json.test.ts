import { describe, expect, it } from 'vitest';
import { formatJson } from '../../../../service/alerts/format/json.ts';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from '../../../../service/alerts/format/signature.ts';
import { changed, context, digest, due, item } from './fixtures.ts';

describe('json webhook format', () => {
  it('carries the fields of DESIGN.md for a deadline alert', () => {
    const request = formatJson(due, context);
    expect(request.method).toBe('POST');
    expect(request.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(request.body)).toEqual({
      type: 'deadline.due',
      itemId: item.id,
      title: item.title,
      url: item.url,
      deadline: { date: '2023-03-31', time: '15:00', label: 'Antragsfrist', kind: 'application' },
      offset: 7,
      dueAt: '2023-03-24T07:00:00.000Z',
    });
  });

  it('leaves out a missing time and gives a moved deadline with the previous one', () => {
    expect(JSON.parse(formatJson(changed, context).body)).toMatchObject({
      type: 'deadline.changed',
      deadline: { date: '2023-04-14', label: 'Projektskizze', kind: 'interest' },
      previous: { date: '2023-03-31', label: 'Projektskizze', kind: 'interest' },
      offset: null,
      dueAt: '2023-03-24T09:12:00.000Z',
    });
    expect('time' in JSON.parse(formatJson(changed, context).body).deadline).toBe(false);
  });

  it('lists the digest items', () => {
    const body = JSON.parse(formatJson(digest, context).body);
    expect(body).toMatchObject({ type: 'digest', weekOf: '2023-03-27', until: '2023-04-26', dueAt: '2023-03-27T06:00:00.000Z' });
    expect(body.items.map((i: { itemId: string; days: number }) => [i.itemId, i.days])).toEqual([
      [item.id, 4],
      ['0190a7f0-0000-7000-8000-000000000002', 24],
    ]);
  });

  describe('HMAC-SHA256 signature', () => {
    const request = formatJson(due, context);
    const timestamp = request.headers[TIMESTAMP_HEADER];
    const signature = request.headers[SIGNATURE_HEADER];
    const nowMs = Date.parse(context.now);

    it('signs the timestamp and the raw body with the channel secret', () => {
      expect(timestamp).toBe(String(nowMs / 1000));
      expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(verifySignature({ secret: 'team-secret-123', body: request.body, timestamp, signature, nowMs })).toBe(true);
    });

    it('fails with another secret, a changed body, a changed timestamp or an old request', () => {
      expect(verifySignature({ secret: 'other', body: request.body, timestamp, signature, nowMs })).toBe(false);
      expect(verifySignature({ secret: 'team-secret-123', body: request.body.replace('"offset":7', '"offset":0'), timestamp, signature, nowMs })).toBe(false);
      expect(verifySignature({ secret: 'team-secret-123', body: request.body, timestamp: String(Number(timestamp) + 1), signature, nowMs: nowMs + 1000 })).toBe(false);
      expect(verifySignature({ secret: 'team-secret-123', body: request.body, timestamp, signature, nowMs: nowMs + 301_000 })).toBe(false);
      expect(verifySignature({ secret: 'team-secret-123', body: request.body, timestamp, signature: 'sha256=00', nowMs })).toBe(false);
    });

    it('sends no signature when the channel has no secret', () => {
      const unsigned = formatJson(due, { now: context.now });
      expect(unsigned.headers[SIGNATURE_HEADER]).toBeUndefined();
      expect(unsigned.body).toBe(request.body);
    });
  });
});

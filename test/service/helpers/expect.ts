/** Assertions on the API's error envelope. */
import { expect } from 'vitest';

/** Expects the status and the `{ error: { code, message, details? } }` envelope; returns the error. */
export async function expectError(res: Response, status: number): Promise<{ code: string; message: string; details?: { fields?: { field: string; message: string }[] } }> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type') ?? '').toContain('application/json');
  const body = (await res.json()) as { error: { code: string; message: string; details?: { fields?: { field: string; message: string }[] } } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(typeof body.error.code).toBe('string');
  expect(typeof body.error.message).toBe('string');
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
  return body.error;
}

/** The names of the failing fields of a 400. */
export async function failingFields(res: Response): Promise<string[]> {
  const error = await expectError(res, 400);
  return (error.details?.fields ?? []).map((f) => f.field);
}

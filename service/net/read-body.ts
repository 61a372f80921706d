/** Thrown by {@link readBodyCapped} when the body passes the limit; the caller turns it into a FetchError. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number, readonly bytesRead: number) {
    super(`body larger than ${limit} bytes`);
  }
}

/**
 * Reads a (already decompressed) body stream up to `maxBytes`, cancelling the stream the moment it passes the limit —
 * so a 50 MB page or a decompression bomb costs at most the limit plus one chunk of memory.
 */
export async function readBodyCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new BodyTooLargeError(maxBytes, total);
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

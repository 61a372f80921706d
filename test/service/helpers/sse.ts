/** Reads a Server-Sent Events response in tests: waits for text to appear, then cancels the stream. */
export interface SseReader {
  /** resolves with everything read so far once `pattern` matches it (rejects after `ms`) */
  until(pattern: RegExp, ms?: number): Promise<string>;
  text(): string;
  cancel(): Promise<void>;
}

/** Starts reading the response body. */
export function readSse(res: Response): SseReader {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let done = false;
  const waiters = new Set<() => void>();
  void (async () => {
    try {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        buffer += decoder.decode(chunk.value, { stream: true });
        for (const wake of waiters) wake();
      }
    } catch {
      // cancelled
    }
    done = true;
    for (const wake of waiters) wake();
  })();
  return {
    until(pattern, ms = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(buffer)) {
            cleanup();
            resolve(buffer);
          } else if (done) {
            cleanup();
            reject(new Error(`stream ended without ${pattern}: ${buffer}`));
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out waiting for ${pattern}; got: ${buffer}`));
        }, ms);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    text: () => buffer,
    cancel: () => reader.cancel(),
  };
}

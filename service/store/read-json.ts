/** Reading JSON stored in a text column, where one damaged row must not fail a whole team's or every team's work. */

/** The parsed value, or null when the text is not JSON. */
export function readStoredJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/**
 * A failure the service records with a stable code (a source run, a mailbox poll), said in the reader's language: each
 * known code has a message key and what fills it; a code this build does not know shows the service's own words.
 */
import { t } from './i18n.ts';

/** message key and its substitutions, by failure code */
export type FailureSentences<C> = Readonly<Record<string, readonly [key: string, fill: (context: C) => string[]]>>;

export function failureSentence<C>(sentences: FailureSentences<C>, failure: { errorCode?: string | null; error: string | null }, context: C, otherKey: string): string {
  const known = failure.errorCode ? sentences[failure.errorCode] : undefined;
  if (known) return t(known[0], known[1](context));
  return t(otherKey, [failure.error ?? failure.errorCode ?? '']);
}

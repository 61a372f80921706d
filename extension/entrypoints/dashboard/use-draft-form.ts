/**
 * The state of a dashboard form that is checked before sending (the source form, the mailbox form): the draft, the
 * problems by field, the service's refusal, whether a send is under way, and the caret on the first field with a
 * problem (or on the first field when an edit form opens). `submit` checks, sends, and empties the form when asked.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface DraftFormOptions<D> {
  /** prefix of the fields' ids (`${idPrefix}-${field}`) */
  idPrefix: string;
  initial: D;
  /** the fields in the form's order: the caret goes to the first with a problem */
  order: readonly (keyof D)[];
  /** the problems found before sending, by field (empty: send) */
  check: (draft: D) => Partial<Record<keyof D, string>>;
  /** null when the draft was taken, else why not (the input then stays as typed) */
  onSubmit: (draft: D) => Promise<{ message: string; fields: Partial<Record<keyof D, string>> } | null>;
  /** empties the form once a draft was taken */
  resetOnSuccess: boolean;
  /** the field the caret goes to when the form opens */
  focusFirst: keyof D | null;
}

export function useDraftForm<D>({ idPrefix, initial, order, check, onSubmit, resetOnSuccess, focusFirst }: DraftFormOptions<D>) {
  const [draft, setDraft] = useState<D>(initial);
  const [problems, setProblems] = useState<Partial<Record<keyof D, string>>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  // which field to focus after the next render
  const focusNext = useRef<keyof D | null>(focusFirst);
  const idOf = (name: keyof D) => `${idPrefix}-${String(name)}`;
  const firstOf = (found: Partial<Record<keyof D, string>>) => order.find((name) => found[name]) ?? null;

  useEffect(() => {
    const name = focusNext.current;
    focusNext.current = null;
    if (name) document.getElementById(idOf(name))?.focus();
  });

  async function submit(e: Event) {
    e.preventDefault();
    const found = check(draft);
    setProblems(found);
    setRefusal(null);
    if (Object.keys(found).length > 0) {
      focusNext.current = firstOf(found);
      return;
    }
    setSending(true);
    try {
      const refused = await onSubmit(draft);
      if (refused) {
        setProblems(refused.fields);
        setRefusal(refused.message);
        focusNext.current = firstOf(refused.fields);
      } else if (resetOnSuccess) {
        setDraft(initial);
      }
    } finally {
      setSending(false);
    }
  }

  return { draft, setDraft, problems, refusal, sending, submit, idOf };
}

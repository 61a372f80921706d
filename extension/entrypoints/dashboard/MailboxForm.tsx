/**
 * The fields of a team mailbox — Bezeichnung, Server, Port, Benutzer, Passwort, Ordner, what happens after reading —
 * checked before sending, with the service's refusal at the fields it names. Adds a mailbox, or edits one (an empty
 * password keeps the stored one).
 */
import { t } from '../../lib/i18n.ts';
import { checkMailbox, MAILBOX_FIELDS, type MailboxDraft, type MailboxRefusal } from './mailbox-draft.ts';
import { useDraftForm } from './use-draft-form.ts';

export interface MailboxFormProps {
  /** prefix of the fields' ids, unique on the page */
  idPrefix: string;
  labelledBy: string;
  initial: MailboxDraft;
  /** editing: the password may stay empty (unchanged) */
  editing: boolean;
  submitLabel: string;
  /** null when the draft was taken, else why not (the input stays as typed) */
  onSubmit: (draft: MailboxDraft) => Promise<MailboxRefusal | null>;
  onCancel?: () => void;
}

export function MailboxForm({ idPrefix, labelledBy, initial, editing, submitLabel, onSubmit, onCancel }: MailboxFormProps) {
  const { draft, setDraft, problems, refusal, sending, submit, idOf } = useDraftForm<MailboxDraft>({
    idPrefix, initial, order: MAILBOX_FIELDS, check: (d) => checkMailbox(d, editing), onSubmit, resetOnSuccess: !editing, focusFirst: editing ? 'name' : null,
  });
  const set = (name: keyof MailboxDraft) => (e: Event) => setDraft({ ...draft, [name]: (e.currentTarget as HTMLInputElement).value });

  const field = (name: keyof MailboxDraft) => ({
    id: idOf(name),
    'aria-invalid': problems[name] ? true : undefined,
    'aria-describedby': [problems[name] ? `${idOf(name)}-problem` : '', name === 'password' ? `${idOf(name)}-hint` : ''].filter(Boolean).join(' ') || undefined,
  });
  const problem = (name: keyof MailboxDraft) => problems[name] && <p class="field-error" id={`${idOf(name)}-problem`}>{problems[name]}</p>;
  const text = (name: keyof MailboxDraft, type: 'text' | 'password' = 'text', extra: Record<string, unknown> = {}) => (
    <>
      <label for={idOf(name)}>{t(`mailboxLabel_${name}`)}</label>
      <div>
        {type === 'password' ? (
          <input type="password" {...field(name)} value={draft[name]} onInput={set(name)} {...extra} />
        ) : (
          <input type="text" {...field(name)} value={draft[name]} onInput={set(name)} spellcheck={false} {...extra} />
        )}
        {name === 'password' && <p class="hint" id={`${idOf(name)}-hint`}>{t(editing ? 'mailboxPasswordKeep' : 'mailboxPasswordHint')}</p>}
        {name === 'host' && <p class="hint">{t('mailboxHostHint')}</p>}
        {problem(name)}
      </div>
    </>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={labelledBy}>
      {refusal && <p role="alert" class="error">{refusal}</p>}
      <div class="form-grid">
        {text('name')}
        {text('host', 'text', { placeholder: 'imap.example.de' })}
        {text('port', 'text', { inputMode: 'numeric' })}
        {text('user', 'text', { autoComplete: 'off' })}
        {text('password', 'password', { autoComplete: 'new-password' })}
        {text('folder')}
        <label for={idOf('after')}>{t('mailboxLabel_after')}</label>
        <div>
          <select {...field('after')} value={draft.after} onChange={(e) => setDraft({ ...draft, after: e.currentTarget.value === 'move' ? 'move' : 'read' })}>
            <option value="read">{t('mailboxAfter_read')}</option>
            <option value="move">{t('mailboxAfter_move')}</option>
          </select>
          {problem('after')}
        </div>
        {draft.after === 'move' && text('moveTo')}
      </div>
      <div class="actions">
        <button type="submit" class={onCancel ? 'primary' : undefined} disabled={sending}>{submitLabel}</button>
        {onCancel && <button type="button" onClick={onCancel}>{t('cancel')}</button>}
      </div>
    </form>
  );
}

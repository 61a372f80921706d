/**
 * "bitte prüfen" beside a field the extractor was unsure of: a word and an icon (not colour alone), named for screen
 * readers through the field's aria-describedby, and the sentence the value came from behind a disclosure button.
 */
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n.ts';
import { Evidence } from './Evidence.tsx';

/** The id of a field's marker, for the field's aria-describedby. */
export const checkId = (fieldId: string) => `${fieldId}-check`;

export function Uncertain(props: { fieldId: string; label: string; evidence?: string | null }) {
  const [open, setOpen] = useState(false);
  const evidenceId = `${props.fieldId}-check-evidence`;
  return (
    <div class="uncertain">
      <span class="uncertain-marker" id={checkId(props.fieldId)}>
        <span aria-hidden="true">⚠</span> {t('uncertainField')}
      </span>
      {props.evidence && (
        <>
          {' '}
          <button type="button" class="link-button" aria-expanded={open} aria-controls={evidenceId} aria-label={t('uncertainEvidenceOf', [props.label])} onClick={() => setOpen(!open)}>
            {t('uncertainEvidence')}
          </button>
          <div id={evidenceId} hidden={!open}>
            {open && <Evidence text={props.evidence} />}
          </div>
        </>
      )}
    </div>
  );
}

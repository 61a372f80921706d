/** The popup's filters: mine / all, and calls / events / both. */
import { t } from '../lib/i18n.ts';

export interface PopupFilter {
  who: 'all' | 'mine';
  kind: 'all' | 'call' | 'event';
}

function Choice<T extends string>(props: { name: string; legend: string; value: T; options: [T, string][]; onChange: (v: T) => void }) {
  return (
    <fieldset class="choice">
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label class={value === props.value ? 'chip selected' : 'chip'}>
          <input type="radio" name={props.name} value={value} checked={value === props.value} onChange={() => props.onChange(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

export function FilterBar({ filter, onChange, canFilterMine }: { filter: PopupFilter; onChange: (f: PopupFilter) => void; canFilterMine: boolean }) {
  return (
    <div class="filter-bar">
      {canFilterMine && (
        <Choice name="who" legend={t('filterWho')} value={filter.who} options={[['all', t('filterAll')], ['mine', t('filterMine')]]} onChange={(who) => onChange({ ...filter, who })} />
      )}
      <Choice
        name="kind"
        legend={t('filterKind')}
        value={filter.kind}
        options={[['all', t('filterAllKinds')], ['call', t('filterCalls')], ['event', t('filterEvents')]]}
        onChange={(kind) => onChange({ ...filter, kind })}
      />
    </div>
  );
}

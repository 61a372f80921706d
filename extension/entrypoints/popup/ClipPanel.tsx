/** "Diese Seite erfassen", and whether the current page is already on the list. */
import { useEffect, useState } from 'preact/hooks';
import type { Browser } from '#imports';
import type { Item } from '../../../shared/schema.ts';
import { clipTab, previewUrl } from '../../lib/clip/clip-tab.ts';
import { ask } from '../../lib/messages.ts';
import { findItemForPage } from '../../lib/on-list.ts';
import { t } from '../../lib/i18n.ts';
import { ItemLink } from '../../components/ItemLink.tsx';

export function ClipPanel({ tab, items, navigate = (url) => location.assign(url) }: { tab: Browser.tabs.Tab | null; items: Item[]; navigate?: (url: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onList = tab?.url ? findItemForPage(items, [tab.url]) : null;

  useEffect(() => {
    if (onList && tab?.id !== undefined) void ask({ type: 'mark-on-list', tabId: tab.id, title: onList.title }).catch(() => undefined);
  }, [onList?.id, tab?.id]);

  async function clip() {
    if (tab?.id === undefined) return;
    setBusy(true);
    setError(null);
    try {
      const draft = await clipTab(tab.id);
      navigate(previewUrl(draft.id));
    } catch {
      setError(t('clipFailedMessage'));
      setBusy(false);
    }
  }

  const clippable = !!tab?.id && (!tab.url || /^https?:/i.test(tab.url));
  return (
    <section class="clip-panel" aria-label={t('clipSection')}>
      {onList && <OnListNotice item={onList} />}
      <button type="button" class="primary" onClick={() => void clip()} disabled={!clippable || busy} aria-busy={busy}>
        {onList ? t('clipUpdate') : t('clipPage')}
      </button>
      {!clippable && <p class="hint">{t('clipNotPossible')}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function OnListNotice({ item }: { item: Item }) {
  return (
    <p class="on-list" role="status">
      <span>{t('alreadyOnList')} </span>
      <ItemLink title={item.title} url={item.url} />
    </p>
  );
}

/** "Diese Seite erfassen", and whether the current page is already on the list. */
import { useEffect } from 'preact/hooks';
import type { Browser } from '#imports';
import type { Item } from '../../../shared/schema.ts';
import { clipPreviewUrl } from '../../lib/clip/preview-url.ts';
import { ask } from '../../lib/messages.ts';
import { findItemForPage } from '../../lib/on-list.ts';
import { t } from '../../lib/i18n.ts';
import { ItemLink } from '../../components/ItemLink.tsx';

export function ClipPanel({ tab, items, navigate = (url) => location.assign(url) }: { tab: Browser.tabs.Tab | null; items: Item[]; navigate?: (url: string) => void }) {
  const onList = tab?.url ? findItemForPage(items, [tab.url]) : null;

  useEffect(() => {
    if (onList && tab?.id !== undefined) void ask({ type: 'mark-on-list', tabId: tab.id, title: onList.title }).catch(() => undefined);
  }, [onList?.id, tab?.id]);

  // The preview reads the page itself while it boots (preview/draft-source.ts): navigating at once overlaps the two.
  function clip() {
    if (tab?.id === undefined) return;
    navigate(clipPreviewUrl(tab.id));
  }

  const clippable = !!tab?.id && (!tab.url || /^https?:/i.test(tab.url));
  return (
    <section class="clip-panel" aria-label={t('clipSection')}>
      {onList && <OnListNotice item={onList} />}
      <button type="button" class="primary" onClick={clip} disabled={!clippable}>
        {onList ? t('clipUpdate') : t('clipPage')}
      </button>
      {!clippable && <p class="hint">{t('clipNotPossible')}</p>}
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

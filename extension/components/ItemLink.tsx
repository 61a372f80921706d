/** An item's title, linking to its page when the page is an http(s) address (never a javascript: link). */
import { isSafeLink } from '../lib/canonical-url.ts';

export function ItemLink({ title, url }: { title: string; url: string | null }) {
  if (!isSafeLink(url)) return <span class="item-title">{title}</span>;
  return (
    <a class="item-title" href={url} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  );
}

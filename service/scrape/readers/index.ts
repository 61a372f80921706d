/** Every reader, by source kind: a missing one is a compile error. */
import { icsReader } from './ics.ts';
import { listingReader } from './listing.ts';
import { pageReader } from './page.ts';
import { rssReader } from './rss.ts';
import type { Reader, SourceKind } from './types.ts';

export const readers: Record<SourceKind, Reader> = {
  page: pageReader,
  listing: listingReader,
  rss: rssReader,
  ics: icsReader,
};

export const SOURCE_KINDS = Object.keys(readers) as SourceKind[];

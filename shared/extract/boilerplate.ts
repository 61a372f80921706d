/**
 * Boilerplate removal: the page chrome (navigation, header, footer, sidebars, cookie banners, teasers of other pages)
 * carries dates that are never deadlines, so it is cut before anything reads the text. Then the main content is found:
 * <main>, role=main, <article>, an element named like main content, else the densest block of text.
 */
import { bottomUp, clean, cleanLength, descendants, elements, textOf, tokens, type DocChild, type DocNode } from './page.ts';
import type { CueSet } from './cues/types.ts';
import { opensWith } from './cues/words.ts';

const CHROME_TAGS = new Set(['nav', 'aside', 'form', 'button', 'dialog', 'menu', 'input', 'label', 'head', 'title', 'meta', 'link', 'script', 'style', 'noscript', 'template', 'svg', 'iframe']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar']);
/** class/id tokens of chrome; whole tokens or their parts after "-"/"_" */
const CHROME_TOKEN = /^(?:nav|navbar|navigation|menu|mainmenu|topmenu|menue|breadcrumbs?|sidebar|sidebars|aside|col-aside|widget|widget-area|share|social|ad|ads|ad-slot|advert|advertisement|banner|cookie|cookies|consent|cookie-banner|cookie-notice|cookienotice|consent-layer|gdpr|related|rueckblick|newsletter|pagination|pager|post-navigation|skiplinks?|skip-links?|screen-reader-text|sr-only|print|footer-links|footer-menu|rechts|right|marginal|service-bar|site-header|site-footer|header-meta|meta-nav|search|searchform|comments?|tags-links|cat-links|share-links|backlink|news-backlink|back|license|lizenz)$/;
const SIDE_COLUMN = /^(?:(?:col|column|spalte)[-_]?(?:right|rechts)|(?:right|rechts)[-_]?(?:col|column|spalte))$/;
const CHROME_PREFIX = /^(?:cc-|cookie|consent|wt-cck|ad-|share-|social-|nav-|menu-|breadcrumb|sidebar|widget)/;

/**
 * Per-extraction caches: every question below is asked of many nodes and of their ancestors, so each answer is computed
 * once per node — top-down for what depends on ancestors, bottom-up for what depends on descendants — and every
 * stage stays linear in the number of nodes. Keyed by the extraction's cue list (cuesFor makes one per extraction), so
 * the caches go with it.
 */
interface Memo {
  chrome: WeakMap<DocNode, boolean>;
  /** the node stands inside an <article> or <main> */
  inContent: WeakMap<DocNode, boolean>;
  /** the node or an ancestor below <body> is chrome */
  hidden: WeakMap<DocNode, boolean>;
  length: WeakMap<DocNode, number>;
  links: WeakMap<DocNode, number>;
  heading: WeakMap<DocNode, boolean>;
  h1: WeakMap<DocNode, boolean>;
  /** a descendant (not the node) is a link, a <nav> or chrome */
  linked: WeakMap<DocNode, boolean>;
}
const memos = new WeakMap<CueSet[], Memo>();
function memoOf(cues: CueSet[]): Memo {
  let memo = memos.get(cues);
  if (!memo) {
    memo = { chrome: new WeakMap(), inContent: new WeakMap(), hidden: new WeakMap(), length: new WeakMap(), links: new WeakMap(), heading: new WeakMap(), h1: new WeakMap(), linked: new WeakMap() };
    memos.set(cues, memo);
  }
  return memo;
}

/**
 * A value that follows from the parent's (`own` and the parent's value): walks up to the nearest known ancestor, then
 * fills the path down, so each node is computed once.
 */
function topDown(node: DocNode, cache: WeakMap<DocNode, boolean>, own: (node: DocNode) => boolean, stop: DocNode | null = null): boolean {
  const path: DocNode[] = [];
  let n: DocNode | null = node;
  for (; n && n !== stop && !cache.has(n); n = n.parent) path.push(n);
  let value = n && n !== stop ? cache.get(n)! : false;
  for (let i = path.length - 1; i >= 0; i--) {
    value = value || own(path[i]);
    cache.set(path[i], value);
  }
  return value;
}

/** True when an element is page chrome wherever it stands. */
export function isChrome(node: DocNode, cues: CueSet[]): boolean {
  const memo = memoOf(cues);
  let chrome = memo.chrome.get(node);
  if (chrome === undefined) memo.chrome.set(node, (chrome = chromeOf(node, cues)));
  return chrome;
}

function chromeOf(node: DocNode, cues: CueSet[]): boolean {
  if (CHROME_TAGS.has(node.tag)) return true;
  if (node.attrs.hidden !== undefined || node.attrs['aria-hidden'] === 'true') return true;
  if (CHROME_ROLES.has((node.attrs.role ?? '').toLowerCase())) return true;
  if ((node.tag === 'header' || node.tag === 'footer') && !insideContent(node, cues)) return true;
  if (node.tag === 'footer' && elements(node).every((c) => !/^h[1-6]$/.test(c.tag))) return true;
  for (const token of tokens(node)) {
    if (CHROME_TOKEN.test(token) || CHROME_PREFIX.test(token)) return true;
    if (token.split(/[-_]/).some((part) => part === 'cookie' || part === 'consent' || part === 'sidebar' || part === 'breadcrumb' || part === 'rueckblick')) return true;
    // the side column of a two-column layout ("col-right", "right_column", "spalte-rechts"): teasers and "Termine" boxes
    if (SIDE_COLUMN.test(token)) return true;
    // camel-cased ids of site builders ("navBreadcrumbs", "cookieBanner") hold their kind inside the token
    if (/breadcrumb|cookie/.test(token)) return true;
  }
  if (isPageFrame(node, cues)) return true;
  if (isPageIndex(node)) return true;
  if (isMailFrame(node, cues)) return true;
  return isTeaserBox(node, cues);
}

/** A newsletter's frame links: its web version above, its unsubscribe link below. */
const MAIL_FRAME_LINK = /^(?:abmelden|newsletter abbestellen|abbestellen|vom newsletter abmelden|unsubscribe|im browser (?:ansehen|öffnen|anzeigen)|newsletter im browser (?:ansehen|öffnen|anzeigen)|webversion|online-version|view (?:it )?in (?:your )?browser|view online)$/i;

/**
 * A newsletter's header or footer line: a short box (≤ 400 characters) with a link to unsubscribe or to the web version
 * ("Sie erhalten diese E-Mail, weil … Abmelden"). The sender's address there is no entry's place.
 */
function isMailFrame(node: DocNode, cues: CueSet[]): boolean {
  if (!['td', 'p', 'div'].includes(node.tag)) return false;
  if (!elements(node).some((c) => c.tag === 'a' && MAIL_FRAME_LINK.test(clean(textOf(c))))) return false;
  return contentLength(node, cues) <= 400;
}

const INDEX_TAGS = new Set(['p', 'td', 'div']);
/** What may stand between an index's links: whitespace and separators ("·", "|", "-"). */
const INDEX_GAP = /^[\s\u00a0·|•\-–—]*$/u;

/**
 * A table of contents: a paragraph or cell made only of links to places on the same page (<a href="#…">), as a
 * newsletter's "Inhalt" repeats its entries' titles and dates. Its text is read where the links point. (Lists of such
 * links are left to the reading of lists: a site's page index there often carries the only mention of its name.)
 */
function isPageIndex(node: DocNode): boolean {
  if (!INDEX_TAGS.has(node.tag)) return false;
  let links = 0;
  for (const child of node.children) {
    if (typeof child === 'string') {
      if (!INDEX_GAP.test(child)) return false;
    } else if (child.tag === 'a' && (child.attrs.href ?? '').startsWith('#') && child.attrs.href.length > 1) links++;
    else if (child.tag !== 'br') return false;
  }
  return links > 0;
}

/** class/id tokens of the site's header and footer boxes in pages without <header>/<footer> ("#header", ".footer", "#fussbereich") */
const FRAME_TOKEN = /^(?:header|footer|(?:header|footer)-?(?:wrap|wrapper|inner|bar)|top-?bar|kopf|kopfbereich|fuss|fussbereich|fusszeile|seitenfuss|page-footer)$/;

/** A div named as the page's header or footer that holds no page title (a content header with the h1 is content). */
function isPageFrame(node: DocNode, cues: CueSet[]): boolean {
  if (!['div', 'td', 'tr', 'table'].includes(node.tag) || insideContent(node, cues)) return false;
  if (!tokens(node).some((t) => FRAME_TOKEN.test(t))) return false;
  return !bottomUp(node, memoOf(cues).h1, (n, of) => n.tag === 'h1' || elements(n).some(of));
}

/** A <header>/<footer> inside an article or main belongs to the content (its h1, its date line). */
function insideContent(node: DocNode, cues: CueSet[]): boolean {
  if (!node.parent) return false;
  return topDown(node.parent, memoOf(cues).inContent, (n) => n.tag === 'article' || n.tag === 'main' || n.attrs.role === 'main');
}

/** A box whose first heading announces links to other pages ("Weitere Meldungen", "Rückblick …", "Similar grants"). */
function isTeaserBox(node: DocNode, cues: CueSet[]): boolean {
  if (!['div', 'section', 'ul', 'aside'].includes(node.tag)) return false;
  const first = elements(node)[0];
  if (!first || !/^h[1-6]$/.test(first.tag)) return false;
  const heading = clean(textOf(first));
  return heading.length <= 80 && cues.some((c) => opensWith(c.teaserHeadings, heading));
}

const MAIN_TOKEN = /^(?:main|maincontent|main-content|content-main|col-main|inhalt|primary|content-area|site-main|article|article-main|post|entry-content|layout-content)$/;

/** The element holding the page's main content. */
export function findMain(root: DocNode, cues: CueSet[]): DocNode {
  const body = elements(root).find((n) => n.tag === 'body') ?? root;
  const all = [...descendants(body)];
  const visible = (n: DocNode) => !hasChromeAncestor(n, body, cues);
  const mains = all.filter((n) => (n.tag === 'main' || n.attrs.role === 'main') && visible(n));
  if (mains.length) return largest(mains, cues);
  const articles = all.filter((n) => n.tag === 'article' && visible(n));
  if (articles.length) return listingOf(largest(articles, cues), articles, cues);
  const named = all.filter((n) => n !== body && tokens(n).some((t) => MAIN_TOKEN.test(t)) && visible(n));
  if (named.length) return largest(named, cues);
  return densest(body, cues);
}

/**
 * The page's H1 when it stands outside the main content (a hero banner above <main>): the content then starts at a
 * lower heading ("Förderung"), and the H1 names the page. Undefined when the content has an H1 of its own.
 */
export function headingOutside(root: DocNode, main: DocNode, cues: CueSet[]): string | undefined {
  if ([...descendants(main)].some((n) => n.tag === 'h1')) return undefined;
  const body = elements(root).find((n) => n.tag === 'body') ?? root;
  const h1 = [...descendants(body)].find((n) => n.tag === 'h1' && !hasChromeAncestor(n, body, cues));
  if (!h1) return undefined;
  // <br> splits a hero heading into lines ("Jugend gestaltet Partnerschaft<br>Förderaufruf 2026")
  const lines: string[] = [''];
  const stack: DocChild[] = [...h1.children].reverse();
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (typeof c === 'string') lines[lines.length - 1] += c;
    else if (c.tag === 'br') lines.push('');
    else if (c.tag !== 'img') for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]);
  }
  const text = lines.map(clean).filter(Boolean).join(' – ');
  return text || undefined;
}

/**
 * Boxes of a sidebar that give an event's own facts rather than links to other pages ("Info-Veranstaltung zum Aufruf:
 * Am 5. Februar, 10:00–11:30 Uhr, online"): a heading that names an event, a clock time, and no link. Where a box
 * stands does not make it chrome; teasers link elsewhere. At most two: a sidebar full of them is a calendar of other events.
 */
export function sideBoxes(root: DocNode, main: DocNode, cues: CueSet[]): DocNode[] {
  const body = elements(root).find((n) => n.tag === 'body') ?? root;
  const aboveMain = new Set<DocNode>();
  for (let n: DocNode | null = main; n; n = n.parent) aboveMain.add(n);
  const out: DocNode[] = [];
  // top-down, document order, with what the ancestors (below <body>) say: inside main, in the site's frame, in a sidebar
  const stack: Place[] = [{ node: body, inMain: body === main, framed: false, side: false }];
  let reads = 0;
  while (stack.length > 0) {
    const { node, inMain, framed, side } = stack.pop()!;
    const below = node === body ? { inMain, framed: false, side: false } : { inMain, framed: framed || SIDEBAR_STOP.has(node.tag), side: side || isSideColumn(node) };
    const kids = elements(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], inMain: below.inMain || kids[i] === main, framed: below.framed, side: below.side });
    if (!['div', 'section'].includes(node.tag) || isChrome(node, cues) || aboveMain.has(node) || inMain) continue;
    if (framed || !side) continue;
    const [first] = kids;
    if (!first || !/^h[2-5]$/.test(first.tag) || !cues.some((c) => c.eventNouns.test(clean(textOf(first))))) continue;
    if (bottomUp(node, memoOf(cues).linked, (n, of) => elements(n).some((c) => c.tag === 'a' || c.tag === 'nav' || isChrome(c, cues) || of(c)))) continue;
    if (out.some((o) => holds(o, node))) continue;
    // reading a box's whole text is the one cost per candidate: nested candidates would make it quadratic
    if (++reads > MAX_SIDE_READS) break;
    if (!/\d{1,2}[:.]\d{2}|\d{1,2}\s*Uhr|\d{1,2}\s*[ap]\.?m\./iu.test(textOf(node))) continue;
    out.push(node);
    // many such boxes are a sidebar calendar of other events, not the page's own box
    if (out.length > 2) return [];
  }
  return out;
}

interface Place {
  node: DocNode;
  /** the node is main or inside it */
  inMain: boolean;
  /** an ancestor below <body> is the site's header, footer, navigation, a form or a dialog */
  framed: boolean;
  /** an ancestor below <body> is an <aside> or a box named as a sidebar */
  side: boolean;
}
const SIDEBAR_STOP = new Set(['nav', 'header', 'footer', 'form', 'dialog']);
/** Candidate boxes whose text is read, at most (real sidebars hold a handful). */
const MAX_SIDE_READS = 50;
const isSideColumn = (n: DocNode) => n.tag === 'aside' || tokens(n).some((t) => /^(?:sidebar|aside|marginal|col-aside)$/.test(t));

function holds(ancestor: DocNode, node: DocNode): boolean {
  for (let n: DocNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

function hasChromeAncestor(node: DocNode, body: DocNode, cues: CueSet[]): boolean {
  return topDown(node, memoOf(cues).hidden, (n) => isChrome(n, cues), body);
}

/** Length of the text a reader would read: chrome left out. */
export function contentLength(node: DocNode, cues: CueSet[]): number {
  return bottomUp(node, memoOf(cues).length, (n, of) => {
    let total = 0;
    for (const child of n.children) {
      if (typeof child === 'string') total += cleanLength(child);
      else if (!isChrome(child, cues)) total += of(child);
    }
    return total;
  });
}

/**
 * An <article> among sibling <article>s, each with its own heading (a calendar's or listing's entries): the content is
 * the listing that holds them all, not its longest entry.
 */
function listingOf(article: DocNode, articles: DocNode[], cues: CueSet[]): DocNode {
  const parent = article.parent;
  if (!parent || parent.tag === 'body' || isChrome(parent, cues)) return article;
  const siblings = articles.filter((a) => a.parent === parent);
  return siblings.length >= 2 && siblings.every((a) => hasHeading(a, cues)) ? parent : article;
}

function largest(nodes: DocNode[], cues: CueSet[]): DocNode {
  return nodes.reduce((best, n) => (contentLength(n, cues) > contentLength(best, cues) ? n : best));
}

/** The element whose direct text-bearing children hold the most text (layout tables, bare divs). */
function densest(body: DocNode, cues: CueSet[]): DocNode {
  let best = body;
  let bestScore = -1;
  for (const node of descendants(body)) {
    if (isChrome(node, cues)) continue;
    let score = 0;
    for (const child of node.children) {
      if (typeof child === 'string') score += cleanLength(child);
      else if (/^(?:p|h[1-6]|ul|ol|dl|blockquote|address)$/.test(child.tag) && !isChrome(child, cues)) score += contentLength(child, cues);
      else if (child.tag === 'table' && !isLayoutTable(child) && !isChrome(child, cues)) score += contentLength(child, cues);
    }
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  // a content wrapper usually holds the heading too: climb while the parent adds only a little chrome-free text, or
  // while it holds sibling boxes of the same content (site builders wrap each section, each listing entry in its own div)
  while (best !== body && best.parent && best.parent !== body && !isChrome(best.parent, cues)) {
    // a newsletter's layout: one row per paragraph or heading in a one-column table, all of it the same flow of content
    if (inStackedTable(best.parent)) {
      best = best.parent;
      continue;
    }
    const mine = contentLength(best, cues);
    const theirs = contentLength(best.parent, cues);
    const current = best;
    const siblings = elements(best.parent).filter((n) => n !== current && !isChrome(n, cues));
    if (theirs > mine * 1.6 && !siblings.some((n) => isContentBox(n, cues))) break;
    best = best.parent;
  }
  return best;
}

/** A box of page content, not a link list or an address line: it has a heading and some text that is not links. */
function isContentBox(node: DocNode, cues: CueSet[]): boolean {
  return hasHeading(node, cues) && contentLength(node, cues) - linkLength(node, cues) >= 80;
}

function hasHeading(node: DocNode, cues: CueSet[]): boolean {
  return bottomUp(node, memoOf(cues).heading, (n, of) => /^h[1-6]$/.test(n.tag) || elements(n).some((child) => !isChrome(child, cues) && of(child)));
}

/** Length of the chrome-free text inside links. */
function linkLength(node: DocNode, cues: CueSet[]): number {
  return bottomUp(node, memoOf(cues).links, (n, of) => {
    if (n.tag === 'a') return contentLength(n, cues);
    let total = 0;
    for (const child of elements(n)) if (!isChrome(child, cues)) total += of(child);
    return total;
  });
}

const TABLE_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);

/** A part of a one-column layout table (a table, section, row or cell of one): its rows stack one flow of content. */
function inStackedTable(node: DocNode): boolean {
  if (!TABLE_PARTS.has(node.tag)) return false;
  let table: DocNode | null = node;
  while (table && table.tag !== 'table') table = table.parent;
  return !!table && isStackedTable(table);
}

/**
 * A table that lays content out rather than holding data: marked as presentation (role="presentation"/"none", as
 * newsletters mark theirs), or one column of several rows whose cells hold paragraphs or headings.
 */
export function isStackedTable(table: DocNode): boolean {
  const role = (table.attrs.role ?? '').toLowerCase();
  if (role === 'presentation' || role === 'none') return true;
  const rows = rowsOf(table);
  if (rows.length < 2) return false;
  let flow = false;
  for (const tr of rows) {
    const cells = elements(tr).filter((c) => c.tag === 'td' || c.tag === 'th');
    if (cells.length > 1) return false;
    if (cells.length === 1 && elements(cells[0]).some((e) => /^(?:p|h[1-6]|ul|ol|table|div)$/.test(e.tag))) flow = true;
  }
  return flow;
}

function rowsOf(table: DocNode): DocNode[] {
  const rows: DocNode[] = [];
  for (const child of elements(table)) {
    if (child.tag === 'tr') rows.push(child);
    else if (child.tag === 'tbody' || child.tag === 'thead' || child.tag === 'tfoot') for (const tr of elements(child)) if (tr.tag === 'tr') rows.push(tr);
  }
  return rows;
}

/** A table whose cells hold page sections. */
function isLayoutTable(table: DocNode): boolean {
  for (const node of descendants(table)) if ((node.tag === 'td' || node.tag === 'th') && isLayoutCell(node)) return true;
  return false;
}

/** A cell holding sections (headings, boxes, lists, tables) or much flowing text is page layout, not data. */
export function isLayoutCell(cell: DocNode): boolean {
  if (elements(cell).some((e) => ['table', 'div', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'section', 'article'].includes(e.tag))) return true;
  return elements(cell).some((e) => e.tag === 'p') && clean(textOf(cell)).length > 400;
}

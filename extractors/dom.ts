/**
 * Reading untrusted page text: every string leaves here whitespace-collapsed, capped and as plain text.
 * Only `textContent` and attribute values are read, never markup, so a product title holding
 * `<img onerror=...>` stays the harmless text it is.
 */

import { CONTEXT_LIMITS } from '../core/page-context';

/** The caps on page text; they live in core, where `pageContextProblems` checks every context against them. */
export const LIMITS = CONTEXT_LIMITS;

// Amazon's older pages serve UTF-8 bytes read as Latin-1 ("BÃ¼cher"): repair them when the tell-tale pairs appear.
const MOJIBAKE = /[ÃÂ][\u0080-\u00bf]/;

export function repairMojibake(text: string): string {
  if (!MOJIBAKE.test(text) || [...text].some((char) => char.charCodeAt(0) > 0xff)) return text;
  const bytes = Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
  const repaired = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return repaired.includes('\uFFFD') ? text : repaired;
}

// Page text can hold lone surrogates (a script's string, an emoji cut in half by the page): they have no
// UTF-8 form, so whatever encodes the context later (JSON, storage) would mangle them. Found by tests/fuzz/fuzz.test.ts.
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * How much of a text `clean` reads for a cap of `max`: only the start can survive the cap, and a 50 MB
 * description is not worth reading past it. The margin leaves room for the indentation that collapsing
 * removes. Page text sent to the background is cut here already (news-quick.ts), which changes nothing.
 */
export const cleanBound = (max: number) => max * 8 + 1024;

/**
 * Elements that end a line: the words on both sides of one are two words. `textContent` joins them on a
 * minified page, a paragraph's last word to the next one's first ("workers</p><p>Strike" reads
 * "workersStrike", "30.11.2026</time><p>Smart" reads "30.11.2026Smart"), and so do lines broken by `<br>`.
 */
const LINE_ENDS: ReadonlySet<string> = new Set(
  (
    'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hr legend li main nav ol option p pre section summary table td th tr ul'
  ).split(' '),
);

/** Elements whose text is code or markup the reader never sees as words. */
const NOT_PROSE: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);

/** Any element inside a node that its `textContent` would read wrong. */
const BREAKS_OR_CODE = [...LINE_ENDS, ...NOT_PROSE].join(', ');

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/**
 * The text of `node` as a reader sees it, up to about `max` characters: a space where a line ends
 * within it (LINE_ENDS), no script or style. Uncleaned, for `clean`. Walked with a list, not by recursion: pages
 * nest deeper than a call stack goes.
 */
export function proseText(node: Node, max: number): string {
  // Most paragraphs hold only words and inline markup: their `textContent` is already the reader's text,
  // and the browser's own walk is cheaper than this one (the quick read runs on every article).
  if (node.nodeType === ELEMENT_NODE && (node as Element).querySelector(BREAKS_OR_CODE) === null) {
    return (node.textContent ?? '').slice(0, max);
  }
  const parts: string[] = [];
  let length = 0;
  const pending: (Node | ' ')[] = [node];
  // One space for a run of line ends, so that empty ones (a million `<br>`) add nothing to the text.
  const space = () => {
    if (parts[parts.length - 1] !== ' ') parts.push(' ');
  };
  while (pending.length > 0 && length < max) {
    const next = pending.pop()!;
    if (next === ' ') {
      space();
      continue;
    }
    if (next.nodeType === TEXT_NODE || next.nodeType === CDATA_NODE) {
      // A 50 MB text node is cut here, not copied whole into the join.
      const text = (next.nodeValue ?? '').slice(0, max - length);
      if (text === '') continue;
      parts.push(text);
      length += text.length;
      continue;
    }
    if (next.nodeType === ELEMENT_NODE) {
      const tag = (next as Element).localName.toLowerCase();
      if (NOT_PROSE.has(tag)) continue;
      if (LINE_ENDS.has(tag) && next !== node) {
        space();
        pending.push(' ');
      }
    }
    const children = next.childNodes;
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
  }
  return parts.join('');
}

/** Collapse whitespace, repair mojibake and cap; undefined when nothing is left. */
export function clean(text: string | null | undefined, max: number): string | undefined {
  if (!text) return undefined;
  if (text.length > cleanBound(max)) text = text.slice(0, cleanBound(max));
  // Collapsed again after the repair: repaired bytes can be whitespace themselves ("â\u0080¨" is U+2028),
  // which left a line separator at the end of a title (found while writing pageContextProblems for the fuzz test).
  let collapsed = collapse(repairMojibake(collapse(text)).replace(LONE_SURROGATES, '\uFFFD'));
  if (collapsed.length > max) {
    let cut = collapsed.slice(0, max);
    // Never split a surrogate pair (an emoji) at the cap: its first half alone is a lone surrogate.
    if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
    const space = cut.lastIndexOf(' ');
    collapsed = (space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd();
  }
  return collapsed.length > 0 ? collapsed : undefined;
}

/** The cleaned text of the first element matching any of the selectors, in order. */
export function textOf(
  root: ParentNode,
  selectors: readonly string[],
  max: number = LIMITS.title,
): string | undefined {
  for (const selector of selectors) {
    const text = clean(root.querySelector(selector)?.textContent, max);
    if (text) return text;
  }
  return undefined;
}

/**
 * Whether most of an element's text (`length` characters) is link text: a menu, a list of tags or of
 * related stories, a teaser, rather than prose.
 */
export function mostlyLinks(element: Element, length: number): boolean {
  let linked = 0;
  for (const link of Array.from(element.getElementsByTagName('a'))) linked += link.textContent?.length ?? 0;
  return linked * 2 > length;
}

/** Cleaned, de-duplicated texts of all matching elements (or an attribute of them), capped in number. */
export function textsOf(
  root: ParentNode,
  selector: string,
  {
    max = LIMITS.listing,
    limit = LIMITS.listingCount,
    attribute,
  }: { max?: number; limit?: number; attribute?: string } = {},
): string[] {
  const found: string[] = [];
  for (const element of Array.from(root.querySelectorAll(selector))) {
    const text = clean(attribute ? element.getAttribute(attribute) : element.textContent, max);
    if (text && !found.includes(text)) found.push(text);
    if (found.length >= limit) break;
  }
  return found;
}

/**
 * One `<meta>` of the page: the attributes it is looked up by and its value, as data, so that an
 * article's metas can be sent to the background, which builds its context (news-quick.ts).
 */
interface MetaTag {
  property: string | null;
  name: string | null;
  httpEquiv: string | null;
  content: string | null;
  value: string | null;
}

/** The page's `<meta>` tags in document order, read once per read of the page (readMetas). */
export type Metas = readonly MetaTag[];

/**
 * How much of a meta tag's value is kept: what `clean` would keep of the longest field read from one
 * (a description), so no context changes; a page's 50 MB tag is not sent on.
 */
export const MAX_META_TEXT = cleanBound(LIMITS.description);
/** The meta tags read at most, in document order: pages have dozens; a hostile one, any number. */
export const MAX_METAS = 1000;

/**
 * Every `<meta>` of the page, in one pass. A `querySelector` per name walked the whole document for
 * each name the page lacks (twitter:title, description, news_keywords ...); on the silent saved
 * articles those lookups were a third of the quick read (issue 12).
 */
export function readMetas(doc: Document): Metas {
  const text = (element: Element, name: string) =>
    element.getAttribute(name)?.slice(0, MAX_META_TEXT) ?? null;
  const metas: MetaTag[] = [];
  for (const element of Array.from(doc.getElementsByTagName('meta')).slice(0, MAX_METAS)) {
    const property = text(element, 'property');
    const name = text(element, 'name');
    const httpEquiv = text(element, 'http-equiv');
    // A tag looked up by none of these (a charset's, an itemprop's) is never read:
    // its value is neither read on the page nor sent to the background.
    if (property === null && name === null && httpEquiv === null) continue;
    metas.push({
      property,
      name,
      httpEquiv,
      content: text(element, 'content'),
      value: text(element, 'value'),
    });
  }
  return metas;
}

/** The content of the first `<meta property|name=...>` among the names. */
export function metaContent(
  metas: Metas,
  names: readonly string[],
  max: number = LIMITS.description,
): string | undefined {
  for (const name of names) {
    const text = clean(metaValue(metas, name), max);
    if (text) return text;
  }
  return undefined;
}

/**
 * A meta tag's value as publishers write it, not only as the specs do: Open Graph under `name` instead
 * of `property`, and the value in `value` instead of `content` (`<meta name="og:type" value="article">`).
 * The first tag that carries the name counts, as `querySelector` would take it.
 */
export function metaValue(metas: Metas, name: string): string | null {
  const tag = metas.find((tag) => tag.property === name || tag.name === name);
  return tag?.content ?? tag?.value ?? null;
}

/** The page's primary language subtag (`de`, `en`), or `und`, from its `<html lang>` and its metas. */
export function pageLanguage(htmlLang: string | null | undefined, metas: Metas): string {
  const declared =
    htmlLang ??
    metas.find((tag) => tag.httpEquiv?.toLowerCase() === 'content-language')?.content ??
    metas.find((tag) => tag.property === 'og:locale')?.content;
  const primary = declared?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : 'und';
}

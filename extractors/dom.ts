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

/** Collapse whitespace, repair mojibake and cap; undefined when nothing is left. */
export function clean(text: string | null | undefined, max: number): string | undefined {
  if (!text) return undefined;
  // Only the start can survive the cap: a 50 MB description is not worth reading past it. The margin
  // leaves room for the indentation that collapsing removes.
  if (text.length > max * 8 + 1024) text = text.slice(0, max * 8 + 1024);
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

/** One `<meta>` of the page with the attributes it is looked up by. */
interface MetaTag {
  element: Element;
  property: string | null;
  name: string | null;
}

/** The page's `<meta>` tags in document order, read once per read of the page (readMetas). */
export type Metas = readonly MetaTag[];

/**
 * Every `<meta>` of the page, in one pass. A `querySelector` per name walked the whole document for
 * each name the page lacks (twitter:title, description, news_keywords ...); on the silent saved
 * articles those lookups were a third of the quick read (issue 12).
 */
export function readMetas(doc: Document): Metas {
  return Array.from(doc.getElementsByTagName('meta'), (element) => ({
    element,
    property: element.getAttribute('property'),
    name: element.getAttribute('name'),
  }));
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
  const element = metas.find((tag) => tag.property === name || tag.name === name)?.element;
  return element?.getAttribute('content') ?? element?.getAttribute('value') ?? null;
}

/** The page's primary language subtag (`de`, `en`), or `und`. */
export function pageLanguage(doc: Document, metas: Metas): string {
  const declared =
    doc.documentElement?.getAttribute('lang') ??
    metas
      .find((tag) => tag.element.getAttribute('http-equiv')?.toLowerCase() === 'content-language')
      ?.element.getAttribute('content') ??
    metas.find((tag) => tag.property === 'og:locale')?.element.getAttribute('content');
  const primary = declared?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : 'und';
}

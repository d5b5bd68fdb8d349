/**
 * Reading untrusted page text: every string leaves here whitespace-collapsed, capped and as plain text.
 * Only `textContent` and attribute values are read, never markup, so a product title holding
 * `<img onerror=...>` stays the harmless text it is.
 */

export const LIMITS = {
  title: 300,
  short: 120,
  description: 1000,
  lead: 4000,
  listing: 200,
  listingCount: 40,
  categories: 10,
  keywords: 20,
} as const;

// Amazon's older pages serve UTF-8 bytes read as Latin-1 ("BÃ¼cher"): repair them when the tell-tale pairs appear.
const MOJIBAKE = /[ÃÂ][\u0080-\u00bf]/;

export function repairMojibake(text: string): string {
  if (!MOJIBAKE.test(text) || [...text].some((char) => char.charCodeAt(0) > 0xff)) return text;
  const bytes = Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
  const repaired = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return repaired.includes('\uFFFD') ? text : repaired;
}

/** Collapse whitespace, repair mojibake and cap; undefined when nothing is left. */
export function clean(text: string | null | undefined, max: number): string | undefined {
  if (!text) return undefined;
  let collapsed = repairMojibake(text.replace(/\s+/g, ' ').trim());
  if (collapsed.length > max) {
    const cut = collapsed.slice(0, max);
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

/** The content of the first `<meta property|name=...>` among the names. */
export function metaContent(
  doc: Document,
  names: readonly string[],
  max: number = LIMITS.description,
): string | undefined {
  for (const name of names) {
    const element = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const text = clean(element?.getAttribute('content'), max);
    if (text) return text;
  }
  return undefined;
}

/** The page's primary language subtag (`de`, `en`), or `und`. */
export function pageLanguage(doc: Document): string {
  const declared =
    doc.documentElement?.getAttribute('lang') ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content');
  const primary = declared?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : 'und';
}

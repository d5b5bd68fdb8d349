import { PAGE_TYPES, SITES, type PageContext } from './types';

/**
 * How long the strings of a PageContext may be, in UTF-16 code units. The extractors cap what they
 * read from a page to these (extractors/dom.ts imports them from here, since core may not import
 * extractors) and `pageContextProblems` holds every context to them.
 */
export const CONTEXT_LIMITS = {
  title: 300,
  short: 120,
  description: 1000,
  lead: 4000,
  listing: 200,
  listingCount: 40,
  categories: 10,
  keywords: 20,
} as const;

/**
 * The URL is not page text: it is the address the browser reports, which the extractors pass on
 * whole. Chrome refuses URLs longer than 2 MiB, so nothing longer can be a real page's address.
 */
const MAX_URL = 2 * 1024 * 1024;
/** A DNS name is at most 253 characters; a little room for a trailing dot or an IPv6 literal's brackets. */
const MAX_HOST = 255;

/** A PageContext with empty lists and unknown language, filled with what a caller knows. */
export function pageContext(
  known: Pick<PageContext, 'url' | 'site' | 'pageType'> & Partial<PageContext>,
): PageContext {
  return {
    language: 'und',
    // core has no URL class (no DOM or Node types): the host is the part after the scheme.
    host: /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(known.url)?.[1]?.toLowerCase() ?? '',
    categories: [],
    listingTitles: [],
    keywords: [],
    ...known,
  };
}

/** Optional text fields and the cap each is read with. */
const TEXT_FIELDS = {
  productTitle: CONTEXT_LIMITS.title,
  brand: CONTEXT_LIMITS.short,
  searchQuery: CONTEXT_LIMITS.short,
  headline: CONTEXT_LIMITS.title,
  description: CONTEXT_LIMITS.description,
  leadText: CONTEXT_LIMITS.lead,
} as const satisfies Partial<Record<keyof PageContext, number>>;

/** List fields: the cap on each item and on the number of items. */
const LIST_FIELDS = {
  categories: { item: CONTEXT_LIMITS.short, count: CONTEXT_LIMITS.categories },
  listingTitles: { item: CONTEXT_LIMITS.listing, count: CONTEXT_LIMITS.listingCount },
  keywords: { item: CONTEXT_LIMITS.short, count: CONTEXT_LIMITS.keywords },
} as const satisfies Partial<Record<keyof PageContext, { item: number; count: number }>>;

const KNOWN_KEYS: ReadonlySet<string> = new Set([
  'url',
  'site',
  'pageType',
  'language',
  'host',
  ...Object.keys(TEXT_FIELDS),
  ...Object.keys(LIST_FIELDS),
]);

// A high surrogate not followed by a low one, or a low one not preceded by a high one: such a string
// cannot be encoded as UTF-8 (JSON, storage) without turning into U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Any whitespace but a single space: the extractors promise collapsed whitespace.
const UNCOLLAPSED = /[^\S ]| {2}/;

/** What is wrong with one page-text string, if anything. */
function textProblem(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return `is ${kindOf(value)}, not a string`;
  if (value.trim().length === 0) return 'is empty';
  if (value.length > max) return `has ${value.length} characters, more than ${max}`;
  if (value !== value.trim()) return 'is not trimmed';
  if (UNCOLLAPSED.test(value)) return 'has uncollapsed whitespace';
  if (LONE_SURROGATE.test(value)) return 'has a lone surrogate';
  return undefined;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/**
 * Everything that keeps `value` from being a PageContext as the extractors promise it: the types of
 * all fields, the enums, page text that is non-empty, trimmed, whitespace-collapsed, well-formed and
 * within CONTEXT_LIMITS, and bounded lists. Empty when `value` is a valid PageContext. A list rather
 * than a boolean, so a failing test (or a rejected message) can say what was wrong.
 */
export function pageContextProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [`is ${kindOf(value)}, not an object`];
  }
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  const { url, host, site, pageType, language } = record;

  if (typeof url !== 'string') problems.push(`url is ${kindOf(url)}, not a string`);
  else if (!/^https?:\/\/\S+$/i.test(url)) problems.push('url is not an absolute http(s) address');
  else if (url.length > MAX_URL) problems.push(`url has ${url.length} characters, more than ${MAX_URL}`);

  if (typeof host !== 'string') problems.push(`host is ${kindOf(host)}, not a string`);
  else if (host.length === 0 || host.length > MAX_HOST || /\s/.test(host) || host !== host.toLowerCase())
    problems.push(`host ${JSON.stringify(host.slice(0, 80))} is not a lower-case hostname`);

  if (!(SITES as readonly unknown[]).includes(site))
    problems.push(`site ${String(site)} is not one of ${SITES.join(', ')}`);
  if (!(PAGE_TYPES as readonly unknown[]).includes(pageType))
    problems.push(`pageType ${String(pageType)} is not one of ${PAGE_TYPES.join(', ')}`);
  if (typeof language !== 'string' || !/^(und|[a-z]{2,3})$/.test(language))
    problems.push(`language ${JSON.stringify(language)} is not a primary subtag or und`);

  for (const [field, max] of Object.entries(TEXT_FIELDS)) {
    const text = record[field];
    if (text === undefined) continue;
    const problem = textProblem(text, max);
    if (problem) problems.push(`${field} ${problem}`);
  }

  for (const [field, { item, count }] of Object.entries(LIST_FIELDS)) {
    const list = record[field];
    if (!Array.isArray(list)) {
      problems.push(`${field} is ${kindOf(list)}, not an array`);
      continue;
    }
    if (list.length > count) problems.push(`${field} has ${list.length} items, more than ${count}`);
    list.forEach((entry: unknown, i) => {
      const problem = textProblem(entry, item);
      if (problem) problems.push(`${field}[${i}] ${problem}`);
    });
  }

  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.has(key)) problems.push(`${key} is not a PageContext field`);
  }
  return problems;
}

/** Whether `value` is a PageContext as the extractors promise it (see `pageContextProblems`). */
export function isPageContext(value: unknown): value is PageContext {
  return pageContextProblems(value).length === 0;
}

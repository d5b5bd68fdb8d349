import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { metaValue, readMetas, type Metas } from './dom';

/**
 * Whether a page is an article, read from its structure rather than its host: schema.org JSON-LD,
 * Open Graph, an `<article>` element with readable text. Kept apart from news.ts so the gate can run
 * without loading Readability's extraction code.
 */

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
  'report',
  'scholarlyarticle',
]);

/**
 * A block's text can hold an article type only if it names one (every type above contains "article",
 * "blogposting" or "report") or escapes characters, which could spell one: other blocks (breadcrumbs,
 * organisation, video) are not parsed at all. Parsing was half of the quick read on a news page.
 */
const MAY_NAME_ARTICLE_TYPE = /article|blogposting|report|\\u/i;

function typesOf(object: Record<string, unknown>): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.toLowerCase());
}

/** The first object in a parsed block, depth first through lists and `@graph`, that is an article. */
function articleIn(value: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = articleIn(item);
      if (found) return found;
    }
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (typesOf(record).some((type) => ARTICLE_TYPES.has(type))) return record;
  return record['@graph'] ? articleIn(record['@graph']) : undefined;
}

/**
 * The JSON-LD object describing the article, if the page declares one: the first in document order.
 * Blocks are parsed one by one until it is found (invalid blocks are skipped: pages ship broken JSON-LD).
 */
export function articleJsonLd(doc: Document): Record<string, unknown> | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    if (text.length > 500_000 || !MAY_NAME_ARTICLE_TYPE.test(text)) continue;
    try {
      const found = articleIn(JSON.parse(text));
      if (found) return found;
    } catch {
      // A broken block says nothing; the other signals still count.
    }
  }
  return undefined;
}

/**
 * Readability's work grows steeply with nesting depth (0.3 s at 400 levels, 2 s at 800 and 20 s at 1,100 in
 * Node), and its readerable check reads the text of every `<article>` and `<p>`, each holding the whole
 * subtree below it: 2 s for 5,000 nested `<article>`s around 100 KB of text. A hostile page could freeze
 * the tab either way (both found by tests/fuzz/fuzz.test.ts). The deepest of the 49 saved pages nests 37
 * levels; past this limit Readability does not run (its headline, description and keywords still count).
 * The readerable check is bounded by its number of candidates instead (below).
 */
export const MAX_READABLE_DEPTH = 200;

/** Whether any element of the document sits more than `limit` levels deep; stops as soon as one does. */
export function nestedDeeperThan(doc: Document, limit: number): boolean {
  let element = doc.documentElement as Element | null;
  let depth = 1;
  while (element) {
    if (depth > limit) return true;
    if (element.firstElementChild) {
      element = element.firstElementChild;
      depth++;
      continue;
    }
    while (element && !element.nextElementSibling) {
      element = element.parentElement;
      depth--;
    }
    element = element?.nextElementSibling ?? null;
  }
  return false;
}

/**
 * Where an article's body is marked up when the page declares nothing in its head: HTML's <article>,
 * schema.org microdata, and the microformats blog engines write (h-entry, and hentry before it). A body
 * alone does not make an article: the readerable check below must also find enough text in it.
 */
const ARTICLE_BODIES = [
  'article',
  '[itemprop="articleBody"]',
  '[itemtype*="schema.org/Article"]',
  '[itemtype*="schema.org/NewsArticle"]',
  '[itemtype*="schema.org/BlogPosting"]',
  '.h-entry',
  '.hentry',
].join(', ');

/** The elements the readerable check reads, and how many of them a page may have for it to run. */
const READERABLE_CANDIDATES = 'p, pre, article';
const MAX_READERABLE_CANDIDATES = 1000;

/**
 * Whether the page is an article. `jsonLd` and `metas`: its article JSON-LD (null: it has none) and its
 * meta tags when the caller has read them already, so each is read once per read.
 */
export function isArticlePage(
  doc: Document,
  jsonLd: Record<string, unknown> | null = articleJsonLd(doc) ?? null,
  metas: Metas = readMetas(doc),
): boolean {
  if (jsonLd) return true;
  const ogType = metaValue(metas, 'og:type')?.trim().toLowerCase();
  if (ogType === 'article') return true;
  if (ogType && ogType !== 'website') return false; // product, video, profile ...
  if (doc.querySelector(ARTICLE_BODIES) === null) return false;
  // The readerable check's cost grows with the square of nested candidates; counting them is native
  // and cheap, where walking the whole tree for its depth cost milliseconds on every article opened.
  return (
    doc.querySelectorAll(READERABLE_CANDIDATES).length <= MAX_READERABLE_CANDIDATES &&
    isProbablyReaderable(doc)
  );
}

import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { metaValue, mostlyLinks, type Metas } from './dom';

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

/** Blocks longer than this are not read: no article's metadata needs half a megabyte. */
export const MAX_JSON_LD_TEXT = 500_000;
/** The candidate blocks' text sent on at most: a hostile page's many large blocks stop here. */
export const MAX_JSON_LD_TOTAL = 1_000_000;

/**
 * The text of the page's JSON-LD blocks that may describe an article, in document order: the page
 * side's half of articleJsonLd, which sends them on unparsed; the background parses them (issue 12).
 */
export function jsonLdTexts(doc: Document): string[] {
  const texts: string[] = [];
  let total = 0;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_TEXT || !MAY_NAME_ARTICLE_TYPE.test(text)) continue;
    total += text.length;
    if (total > MAX_JSON_LD_TOTAL) break;
    texts.push(text);
  }
  return texts;
}

/**
 * The JSON-LD object describing the article among the blocks' texts: the first in document order.
 * Blocks are parsed one by one until it is found (invalid blocks are skipped: pages ship broken JSON-LD).
 */
export function articleInJsonLd(texts: readonly string[]): Record<string, unknown> | undefined {
  for (const text of texts) {
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
 * alone does not make an article: the readerable check below must also find enough text in it. A page
 * that marks up none of these may still be one by its structure (paragraphRun).
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
 * An article's body by its structure alone, for pages that mark up nothing: a run of paragraphs side by
 * side in one element, under the page's headline. A camera maker's smart-home guide (reolink, 38 such
 * paragraphs in a `<div>`) and a robot-vacuum maker's blog post (ecovacs, 7) have no `<article>`, no
 * JSON-LD and `og:type` `website`. Home, section, tag and search pages set each teaser in a card of its
 * own, so no element holds a run of them; a teaser that is mostly a link is not a paragraph here.
 * The run must be at least half of its element's text.
 */
const MIN_RUN_PARAGRAPHS = 5;
const MIN_RUN_TEXT = 1500;
/** Shorter paragraphs are captions, bylines and labels, not the story's sentences. */
const MIN_RUN_PARAGRAPH = 80;
/**
 * How far above the run the headline may sit: in the run's element, or in one of its three nearest
 * ancestors (a header beside the body in a column). A home page's `<h1>`, its logo, sits in the page
 * header, far above any run of text in it.
 */
const MAX_HEADLINE_DISTANCE = 3;

const collapsedLength = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').length;

/** The element holding the page's longest run of paragraphs, when it reads as an article's body. */
export function paragraphRun(doc: Document): Element | null {
  const runs = new Map<Element, { count: number; length: number }>();
  let best: { element: Element; length: number } | null = null;
  for (const paragraph of Array.from(doc.getElementsByTagName('p'))) {
    const length = (paragraph.textContent ?? '').trim().length;
    const parent = paragraph.parentElement;
    if (length < MIN_RUN_PARAGRAPH || !parent || mostlyLinks(paragraph, length)) continue;
    const run = runs.get(parent) ?? { count: 0, length: 0 };
    run.count++;
    run.length += length;
    runs.set(parent, run);
    if (run.count >= MIN_RUN_PARAGRAPHS && run.length >= MIN_RUN_TEXT && run.length > (best?.length ?? 0))
      best = { element: parent, length: run.length };
  }
  // A reference page's paragraphs are a minority beside its definition lists, tables and code
  // (aws-docs-lambda-function: a fifth of its text); an article's body is mostly its paragraphs.
  if (!best || best.length * 2 < collapsedLength(best.element)) return null;
  let above: Element | null = best.element;
  for (let distance = 0; above && distance <= MAX_HEADLINE_DISTANCE; distance++) {
    if (above.getElementsByTagName('h1').length > 0) return best.element;
    above = above.parentElement;
  }
  return null;
}

/**
 * Whether the page's body is an article's: marked up as one and readable, or a run of paragraphs under
 * its headline (paragraphRun). The readerable check's cost grows with the square of nested candidates,
 * so counting them (native, cheap) comes first, where walking the whole tree for its depth cost
 * milliseconds on every article; the count bounds the paragraph run's single pass over them too.
 * `runOf` gives the paragraph run: the quick read finds it once for this check and its lead.
 */
export function hasReadableBody(
  doc: Document,
  runOf: () => Element | null = () => paragraphRun(doc),
): boolean {
  if (doc.querySelectorAll(READERABLE_CANDIDATES).length > MAX_READERABLE_CANDIDATES) return false;
  return (doc.querySelector(ARTICLE_BODIES) !== null && isProbablyReaderable(doc)) || runOf() !== null;
}

/**
 * Whether the metadata leaves the article check to the body: no Open Graph type, or `website`. An
 * `article` type makes the page one, any other type (product, video, profile ...) does not.
 */
export function ogTypeOf(metas: Metas): string | undefined {
  return metaValue(metas, 'og:type')?.trim().toLowerCase();
}

/**
 * Whether the page is an article, from its article JSON-LD (null: it has none), its meta tags and,
 * only when those do not decide, whether its body is readable (`readableBody`, asked at most once).
 */
export function isArticle(
  jsonLd: Record<string, unknown> | null,
  metas: Metas,
  readableBody: () => boolean,
): boolean {
  if (jsonLd) return true;
  const ogType = ogTypeOf(metas);
  if (ogType === 'article') return true;
  if (ogType && ogType !== 'website') return false;
  return readableBody();
}

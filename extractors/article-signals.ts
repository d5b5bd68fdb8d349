import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

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

/** Parsed JSON-LD objects of the page (invalid blocks are skipped: pages ship broken JSON-LD). */
export function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      objects.push(record);
      if (record['@graph']) visit(record['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    if (text.length > 500_000) continue;
    try {
      visit(JSON.parse(text));
    } catch {
      // A broken block says nothing; the other signals still count.
    }
  }
  return objects;
}

function typesOf(object: Record<string, unknown>): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.toLowerCase());
}

/** The JSON-LD object describing the article, if the page declares one. */
export function articleJsonLd(doc: Document): Record<string, unknown> | undefined {
  return jsonLdObjects(doc).find((object) => typesOf(object).some((type) => ARTICLE_TYPES.has(type)));
}

export function isArticlePage(doc: Document): boolean {
  if (articleJsonLd(doc)) return true;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') return true;
  if (ogType && ogType !== 'article' && ogType !== 'website') return false; // product, video, profile ...
  return doc.querySelector('article') !== null && isProbablyReaderable(doc);
}

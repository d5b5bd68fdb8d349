import { Readability } from '@mozilla/readability';
import { pageContext } from '../core/page-context';
import type { PageContext } from '../core/types';
import { MAX_READABLE_DEPTH, articleJsonLd, isArticlePage, nestedDeeperThan } from './article-signals';
import { LIMITS, clean, metaContent, pageLanguage, textOf } from './dom';

/**
 * News and other articles: the headline, description, keywords and the article's leading text as
 * Readability extracts it. Readability works on a clone, so the live page is never changed.
 */

/**
 * JSON-LD keywords: a string of comma-separated words, or a list of them. Nested lists are read only a
 * few levels deep: a page's `"keywords": [[[[...]]]]` 10,000 levels deep overflowed the stack and threw
 * out of extractNews (found by extractors/fuzz.test.ts).
 */
const MAX_KEYWORD_NESTING = 4;

function stringsOf(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return value.split(',');
  if (Array.isArray(value) && depth < MAX_KEYWORD_NESTING)
    return value.flatMap((item) => stringsOf(item, depth + 1));
  return [];
}

function keywordsOf(doc: Document, jsonLd: Record<string, unknown> | undefined): string[] {
  const raw = [
    ...stringsOf(
      doc.querySelector('meta[name="keywords"], meta[name="news_keywords"]')?.getAttribute('content') ?? '',
    ),
    ...Array.from(doc.querySelectorAll('meta[property="article:section"], meta[property="article:tag"]')).map(
      (m) => m.getAttribute('content') ?? '',
    ),
    ...stringsOf(jsonLd?.keywords),
    ...stringsOf(jsonLd?.articleSection),
  ];
  const keywords: string[] = [];
  for (const item of raw) {
    const keyword = clean(item, LIMITS.short);
    if (keyword && !keywords.includes(keyword)) keywords.push(keyword);
    if (keywords.length >= LIMITS.keywords) break;
  }
  return keywords;
}

export function extractNews(doc: Document, url: URL): PageContext | null {
  if (!isArticlePage(doc)) return null;
  const jsonLd = articleJsonLd(doc);
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    if (!nestedDeeperThan(doc, MAX_READABLE_DEPTH)) {
      article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
    }
  } catch {
    // A page Readability cannot parse still has its headline and description.
  }
  const headline =
    clean(typeof jsonLd?.headline === 'string' ? jsonLd.headline : undefined, LIMITS.title) ??
    metaContent(doc, ['og:title', 'twitter:title'], LIMITS.title) ??
    textOf(doc, ['h1']) ??
    clean(article?.title, LIMITS.title);
  return pageContext({
    url: url.href,
    site: 'news',
    pageType: 'article',
    language: pageLanguage(doc),
    host: url.hostname,
    headline,
    description:
      metaContent(doc, ['og:description', 'description', 'twitter:description']) ??
      clean(typeof jsonLd?.description === 'string' ? jsonLd.description : undefined, LIMITS.description),
    leadText: clean(article?.textContent, LIMITS.lead),
    keywords: keywordsOf(doc, jsonLd),
  });
}

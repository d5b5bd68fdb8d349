import { Readability } from '@mozilla/readability';
import type { PageContext } from '../core/types';
import { MAX_READABLE_DEPTH, articleJsonLd, isArticlePage, nestedDeeperThan } from './article-signals';
import { LIMITS, clean, readMetas } from './dom';
import { articleContext, paragraphLead } from './news-quick';

/**
 * The full read of an article (see news-quick.ts for the quick one): the leading text as Readability
 * extracts it. Readability works on a clone, so the live page is never changed. Shipped in its own
 * script that the background injects only into articles the quick read did not settle.
 */
export function extractNews(doc: Document, url: URL): PageContext | null {
  const jsonLd = articleJsonLd(doc) ?? null;
  const metas = readMetas(doc);
  if (!isArticlePage(doc, jsonLd, metas)) return null;
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    if (!nestedDeeperThan(doc, MAX_READABLE_DEPTH)) {
      article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
    }
  } catch {
    // A page Readability cannot parse still has its headline and description.
  }
  return articleContext(doc, url, storyText(clean(article?.textContent, LIMITS.lead), doc), {
    jsonLd,
    metas,
    foundTitle: article?.title,
  });
}

/**
 * Readability's text, unless it is much shorter than the article's own paragraphs: it sometimes settles
 * on a box beside the story, an author's biography (venturebeat-facebook-places-details), and the
 * paragraphs the quick read found are then the story.
 */
function storyText(readable: string | undefined, doc: Document): string | undefined {
  if (readable === undefined) return undefined;
  const paragraphs = paragraphLead(doc);
  return paragraphs !== undefined && readable.length * 2 < paragraphs.length ? paragraphs : readable;
}

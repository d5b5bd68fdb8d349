import { Readability } from '@mozilla/readability';
import type { PageContext } from '../core/types';
import { MAX_READABLE_DEPTH, nestedDeeperThan } from './article-signals';
import { LIMITS, clean, cleanBound, proseText } from './dom';
import { articleContext, articleJsonLdOf, collectArticle } from './news-quick';

/**
 * The full read of an article (see news-quick.ts for the quick one): the leading text as Readability
 * extracts it. Readability works on a clone, so the live page is never changed. Shipped in its own
 * script that the background injects only into articles the quick read did not settle.
 */
export function extractNews(doc: Document, url: URL): PageContext | null {
  const data = collectArticle(doc);
  const article = articleJsonLdOf(data);
  if (!article) return null;
  let readable: ReturnType<Readability<Node>['parse']> = null;
  try {
    if (!nestedDeeperThan(doc, MAX_READABLE_DEPTH)) {
      // The article's element, not its `textContent`, which joins a minified page's paragraphs (proseText).
      readable = new Readability<Node>(doc.cloneNode(true) as Document, {
        charThreshold: 200,
        serializer: (node) => node,
      }).parse();
    }
  } catch {
    // A page Readability cannot parse still has its headline and description.
  }
  const paragraphs = clean(data.lead, LIMITS.lead);
  const story = readable?.content ? proseText(readable.content, cleanBound(LIMITS.lead)) : undefined;
  return articleContext(data, url, storyText(clean(story, LIMITS.lead), paragraphs), {
    ...article,
    foundTitle: readable?.title,
  });
}

/**
 * Readability's text, unless it is much shorter than the article's own paragraphs: it sometimes settles
 * on a box beside the story, an author's biography (venturebeat-facebook-places-details), and the
 * paragraphs the quick read found are then the story.
 */
function storyText(readable: string | undefined, paragraphs: string | undefined): string | undefined {
  if (readable === undefined) return undefined;
  return paragraphs !== undefined && readable.length * 2 < paragraphs.length ? paragraphs : readable;
}

import type { PageContext } from '../core/types';
import { extractAlibaba } from './alibaba';
import { extractAmazon } from './amazon';
import { detect, type DetectOptions, type SiteKind } from './gate';
import { extractNews } from './news';

export { contentScriptMatches, classifyHost } from './hosts';
export { detect, type DetectOptions, type SiteKind } from './gate';

/** One adapter per kind of site. */
export const ADAPTERS: Record<SiteKind, (doc: Document, url: URL) => PageContext | null> = {
  amazon: extractAmazon,
  alibaba: extractAlibaba,
  news: extractNews,
};

/** Gate, then the site's adapter: the page's context, or null when there is nothing for Kehrseite. */
export function extractPage(doc: Document, url: URL, options: DetectOptions): PageContext | null {
  const kind = detect(url, options);
  return kind ? ADAPTERS[kind](doc, url) : null;
}

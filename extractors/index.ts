import type { PageContext } from '../core/types';
import { extractAlibaba } from './alibaba';
import { extractAmazon } from './amazon';
import { classifyHost } from './hosts';
import { extractNews } from './news';

export { contentScriptMatches, classifyHost } from './hosts';

export interface DetectOptions {
  /** The user granted "articles on any site": hosts outside the curated list are read by structure. */
  anySite: boolean;
  /** The user wants news articles at all. */
  newsDetection: boolean;
}

/** What the cheap gate found: which adapter may read the page. */
export type SiteKind = 'amazon' | 'alibaba' | 'news';

/** The cheap gate: the host alone decides which adapter, if any, may read the page. */
export function detect(url: URL, options: DetectOptions): SiteKind | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const kind = classifyHost(url.hostname);
  if (kind === 'amazon' || kind === 'alibaba') return kind;
  if (!options.newsDetection) return null;
  return kind === 'news-host' || options.anySite ? 'news' : null;
}

const ADAPTERS: Record<SiteKind, (doc: Document, url: URL) => PageContext | null> = {
  amazon: extractAmazon,
  alibaba: extractAlibaba,
  news: extractNews,
};

/** Gate, then the site's adapter: the page's context, or null when there is nothing for Kehrseite. */
export function extractPage(doc: Document, url: URL, options: DetectOptions): PageContext | null {
  const kind = detect(url, options);
  return kind ? ADAPTERS[kind](doc, url) : null;
}

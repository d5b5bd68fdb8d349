import { classifyHost } from './hosts';

export interface DetectOptions {
  /** The user granted "articles on any site": hosts outside the curated list are read by structure. */
  anySite: boolean;
  /** The user wants news articles at all. */
  newsDetection: boolean;
}

/** Which adapter may read a page. */
export type SiteKind = 'amazon' | 'alibaba' | 'news';

/** The cheap gate: the host alone decides which adapter, if any, may read the page. */
export function detect(url: URL, options: DetectOptions): SiteKind | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const kind = classifyHost(url.hostname);
  if (kind === 'amazon' || kind === 'alibaba') return kind;
  if (!options.newsDetection) return null;
  return kind === 'news-host' || options.anySite ? 'news' : null;
}

import type { PageContext } from './types';

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

import type { PageContext } from './types';

/** A PageContext with empty lists and unknown language, filled with what a caller knows. */
export function pageContext(
  known: Pick<PageContext, 'url' | 'site' | 'pageType'> & Partial<PageContext>,
): PageContext {
  return {
    language: 'und',
    host: new URL(known.url).hostname,
    categories: [],
    listingTitles: [],
    keywords: [],
    ...known,
  };
}

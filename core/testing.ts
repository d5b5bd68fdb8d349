import { pageContext } from './page-context';
import type { PageContext } from './types';

/** Test seam: contexts as the extractors would produce them, for the engine's tests. */
export const amazonProduct = (productTitle: string, extra: Partial<PageContext> = {}) =>
  pageContext({
    url: 'https://www.amazon.de/dp/B000000000',
    site: 'amazon',
    pageType: 'product',
    productTitle,
    ...extra,
  });

export const newsArticle = (headline: string, leadText: string, extra: Partial<PageContext> = {}) =>
  pageContext({
    url: 'https://www.example-news.de/artikel',
    site: 'news',
    pageType: 'article',
    headline,
    leadText,
    ...extra,
  });

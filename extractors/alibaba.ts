import { pageContext } from '../core/page-context';
import type { PageContext, PageType } from '../core/types';
import { LIMITS, clean, metaContent, pageLanguage, readMetas, textOf, textsOf } from './dom';

/**
 * Alibaba.com, AliExpress (every host), 1688, Taobao and Tmall. Their pages are largely rendered by
 * scripts, so the adapter falls back from the visible heading to og:title and the document title.
 */

export function alibabaPageType(url: URL): PageType {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  if (/\/(item|product-detail|offer)\//.test(path) || /^(item|detail|detail\.m)\./.test(host))
    return 'product';
  if (
    host.startsWith('s.') ||
    /\/(wholesale|trade\/search|w\/|showroom\/|search|af\/|category\/)/.test(path) ||
    url.searchParams.has('SearchText')
  )
    return 'search';
  if (/\/(store|shop)\//.test(path) || /^(shop\d*|store)\./.test(host)) return 'store';
  if (path === '/' || path === '') return 'home';
  return 'other';
}

// "1.73US $ 32% OFF|Unisex Glasses ..." and "... - Buy Cheese Slicer,Handheld ... Product on Alibaba.com".
function stripShopNoise(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const withoutPrice = title.includes('|') ? title.slice(title.indexOf('|') + 1) : title;
  return clean(
    withoutPrice.replace(/\s+-\s+(buy|aliexpress|alibaba).*$/i, '').replace(/\s*[-|]\s*aliexpress.*$/i, ''),
    LIMITS.title,
  );
}

export function extractAlibaba(doc: Document, url: URL): PageContext | null {
  const pageType = alibabaPageType(url);
  const metas = readMetas(doc);
  const heading = textOf(doc, ['[data-pl="product-title"]', '.product-title-text', 'h1']);
  const productTitle =
    pageType === 'product'
      ? (heading ??
        stripShopNoise(metaContent(metas, ['og:title'], LIMITS.title)) ??
        stripShopNoise(clean(doc.title, LIMITS.title)))
      : undefined;
  const categories = textsOf(doc, '[class*="breadcrumb"] a', {
    max: LIMITS.short,
    limit: LIMITS.categories,
  }).filter((crumb) => !/^(home|all categories|all industries|startseite|alle kategorien)$/i.test(crumb));
  return pageContext({
    url: url.href,
    site: 'alibaba',
    pageType,
    language: pageLanguage(doc.documentElement?.getAttribute('lang'), metas),
    host: url.hostname,
    productTitle,
    categories,
    listingTitles:
      pageType === 'product'
        ? []
        : textsOf(
            doc,
            '.organic-list h2, [class*="search-card"] h3, [class*="search-card"] h2, .item-title, h2',
          ),
    searchQuery: clean(
      url.searchParams.get('SearchText') ?? url.searchParams.get('q') ?? url.searchParams.get('keywords'),
      LIMITS.short,
    ),
    headline: pageType === 'product' ? undefined : (heading ?? clean(doc.title, LIMITS.title)),
    description: metaContent(metas, ['og:description', 'description']),
  });
}

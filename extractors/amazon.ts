import { pageContext } from '../core/page-context';
import type { PageContext, PageType } from '../core/types';
import { LIMITS, clean, metaContent, pageLanguage, readMetas, textOf, textsOf } from './dom';
import { AMAZON_DEVICE_DOMAINS } from './hosts';

/**
 * Amazon storefronts, Alexa's web pages and Ring. Selectors are checked against the saved pages in
 * tests/fixtures/real (several years and layouts) and the small pages in tests/fixtures/pages.
 */

const PRODUCT_PATH = /\/(dp|gp\/product|gp\/aw\/d|exec\/obidos\/asin)\/[A-Z0-9]{10}/i;

/** The kind of Amazon page, from the URL alone. */
export function amazonPageType(url: URL): PageType {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  if (AMAZON_DEVICE_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`))) return 'device';
  if (host.startsWith('alexa.') || /^\/(alexa|.*alexa-skills|.*\/alexa\/)/.test(path)) return 'device';
  if (PRODUCT_PATH.test(url.pathname)) return 'product';
  if (path === '/s' || path.startsWith('/s/') || url.searchParams.has('field-keywords')) return 'search';
  if (/\/(gp\/)?(bestsellers|new-releases|movers-and-shakers|most-wished-for)|\/zgbs\//.test(path))
    return 'bestseller';
  if (/\/(deals|gp\/goldbox|events\/)/.test(path)) return 'deals';
  if (path.startsWith('/stores/')) return 'store';
  if (/\/gp\/(css\/)?order-history|\/your-orders|\/gp\/your-account\/order-history/.test(path))
    return 'orders';
  if (/\/gp\/history|\/gp\/yourstore\/pym|\/browsing-history/.test(path)) return 'browsing-history';
  if (
    /\/(gp\/css\/homepage|your-account|gp\/your-account|ap\/|gp\/css\/|hz\/mycd|a\/addresses|gp\/profile)/.test(
      path,
    )
  )
    return 'account';
  if (path === '/b' || path.startsWith('/b/') || url.searchParams.has('node')) return 'category';
  if (path === '/' || path === '' || /^\/(ref=nav_logo|-\/[a-z]{2}\/?)$/.test(path)) return 'home';
  return 'other';
}

/** Amazon's "Robot Check" or sign-in wall carries no context worth reading. */
function isInterstitial(doc: Document): boolean {
  return (
    doc.querySelector('form[action*="validateCaptcha"], #captchacharacters') !== null ||
    /^\s*(robot check|amazon\.[a-z.]+\s*$)/i.test(doc.title ?? '')
  );
}

// "Besuche den Romberg-Store", "Visit the Ring Store", "Marke: Candy", "Brand: 365 by Whole Foods Market",
// "Visitez la boutique HP", "Visita lo Store di Retevis", "Visita la tienda de Cecotec".
const BRAND_PATTERNS = [
  /^(?:besuche den|visit the|visitez la boutique|visita lo store di|visita la tienda de|bezoek de)\s+(.+?)(?:-store| store| shop)?$/i,
  /^(?:marke|brand|marque|marca|merk)\s*:\s*(.+)$/i,
];

function brandOf(doc: Document): string | undefined {
  const byline = textOf(doc, ['#bylineInfo', '#brand', '#bylineInfo_feature_div a'], LIMITS.short);
  if (!byline) return undefined;
  for (const pattern of BRAND_PATTERNS) {
    const match = pattern.exec(byline);
    if (match?.[1]) return clean(match[1], LIMITS.short);
  }
  return byline;
}

/** The <title> without the storefront's own words ("Amazon.de: Bücher", "Amazon.com :"). */
function titleWithoutStore(doc: Document): string | undefined {
  const title = clean(doc.title, LIMITS.title);
  if (!title) return undefined;
  const stripped = title
    .replace(/^amazon\.[a-z.]+\s*:\s*/i, '')
    .replace(/\s*:\s*amazon\.[a-z.]+\s*(:.*)?$/i, '')
    .trim();
  return stripped.length > 0 ? stripped : undefined;
}

const LISTING_SELECTORS = [
  '[data-component-type="s-search-result"] h2',
  '[class*="p13n-sc-css-line-clamp"]',
  '.p13n-sc-truncate',
  '.p13n-sc-truncated',
  '.yohtmlc-product-title',
  '[data-testid="product-card"] [class*="title"]',
  '.a-carousel-card [class*="line-clamp"]',
];

function listingTitles(doc: Document, pageType: PageType): string[] {
  const titles = textsOf(doc, LISTING_SELECTORS.join(', '));
  if (titles.length > 0) return titles;
  // Bestseller grids in some layouts only name products in the image's alt text.
  const alts = textsOf(doc, '#gridItemRoot img[alt], .zg-item img[alt]', { attribute: 'alt' });
  if (alts.length > 0) return alts;
  // The home page lists its shelves' headings.
  return pageType === 'home' ? textsOf(doc, '.a-cardui-header h2, #nav-xshop a', { limit: 30 }) : [];
}

function searchQuery(doc: Document, url: URL): string | undefined {
  const fromUrl = url.searchParams.get('k') ?? url.searchParams.get('field-keywords');
  const fromBox = doc.querySelector('#twotabsearchtextbox')?.getAttribute('value');
  return clean(fromUrl ?? fromBox, LIMITS.short);
}

export function extractAmazon(doc: Document, url: URL): PageContext | null {
  if (isInterstitial(doc)) return null;
  const pageType = amazonPageType(url);
  const metas = readMetas(doc);
  const productTitle =
    pageType === 'product'
      ? (textOf(doc, ['#productTitle', '#ebooksProductTitle', '#title', '#btAsinTitle']) ??
        titleWithoutStore(doc))
      : undefined;
  return pageContext({
    url: url.href,
    site: 'amazon',
    pageType,
    language: pageLanguage(doc.documentElement?.getAttribute('lang'), metas),
    host: url.hostname,
    productTitle,
    brand: pageType === 'product' ? brandOf(doc) : undefined,
    categories: textsOf(doc, '#wayfinding-breadcrumbs_feature_div li a', {
      max: LIMITS.short,
      limit: LIMITS.categories,
    }),
    listingTitles: pageType === 'product' ? [] : listingTitles(doc, pageType),
    searchQuery: searchQuery(doc, url),
    headline: pageType === 'product' ? undefined : (textOf(doc, ['h1']) ?? titleWithoutStore(doc)),
    description:
      pageType === 'product'
        ? (textOf(doc, ['#productDescription', '#bookDescription_feature_div'], LIMITS.description) ??
          metaContent(metas, ['description']))
        : undefined,
    leadText:
      pageType === 'product'
        ? textsOf(doc, '#feature-bullets li', { limit: 10 }).join(' ') || undefined
        : undefined,
  });
}

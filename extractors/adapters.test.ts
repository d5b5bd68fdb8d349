import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { amazonPageType, extractAmazon } from './amazon';
import { alibabaPageType, extractAlibaba } from './alibaba';
import { LIMITS, clean, pageLanguage, readMetas, repairMojibake } from './dom';
import { extractNews } from './news';
import { detect } from './gate';
import { ADAPTERS } from './registry';

const fixture = (name: string) => {
  const html = readFileSync(path.resolve(import.meta.dirname, '../tests/fixtures/pages', name), 'utf8');
  return parseHTML(html).document;
};
const docOf = (html: string) => parseHTML(html).document;
const url = (href: string) => new URL(href);

describe('amazonPageType', () => {
  it.each([
    ['https://www.amazon.de/dp/B09B8V1LZ3', 'product'],
    ['https://www.amazon.com/Echo-Dot/dp/B09B8V1LZ3/ref=sr_1_1', 'product'],
    ['https://www.amazon.co.jp/gp/product/B09B8V1LZ3', 'product'],
    ['https://m.amazon.in/gp/aw/d/B09B8V1LZ3', 'product'],
    ['https://www.amazon.de/s?k=katzenfutter', 'search'],
    ['https://www.amazon.com/gp/bestsellers/electronics', 'bestseller'],
    ['https://www.amazon.de/gp/new-releases/', 'bestseller'],
    ['https://www.amazon.com/b?node=16225009011', 'category'],
    ['https://www.amazon.de/deals', 'deals'],
    ['https://www.amazon.com/gp/goldbox', 'deals'],
    ['https://www.amazon.com/stores/Ring/page/ABC', 'store'],
    ['https://www.amazon.de/', 'home'],
    ['https://www.amazon.com/gp/css/order-history', 'orders'],
    ['https://www.amazon.de/your-orders/orders', 'orders'],
    ['https://www.amazon.com/gp/history', 'browsing-history'],
    ['https://www.amazon.de/gp/yourstore/pym', 'browsing-history'],
    ['https://www.amazon.com/gp/css/homepage.html', 'account'],
    ['https://alexa.amazon.de/spa/index.html', 'device'],
    ['https://ring.com/products/video-doorbell', 'device'],
    ['https://www.amazon.com/some/other/page', 'other'],
  ])('%s is a %s page', (href, type) => {
    expect(amazonPageType(url(href))).toBe(type);
  });
});

describe('alibabaPageType', () => {
  it.each([
    ['https://www.alibaba.com/product-detail/Cheese-Slicer_1600.html', 'product'],
    ['https://de.aliexpress.com/item/1005008204179129.html', 'product'],
    ['https://item.taobao.com/item.htm?id=1', 'product'],
    ['https://detail.tmall.com/item.htm?id=1', 'product'],
    ['https://detail.1688.com/offer/1.html', 'product'],
    ['https://www.aliexpress.com/w/wholesale-goggles.html', 'search'],
    ['https://s.taobao.com/search?q=uhr', 'search'],
    ['https://www.alibaba.com/showroom/art.html', 'search'],
    ['https://www.aliexpress.com/store/1101', 'store'],
    ['https://www.alibaba.com/', 'home'],
  ])('%s is a %s page', (href, type) => {
    expect(alibabaPageType(url(href))).toBe(type);
  });
});

describe('extractAmazon', () => {
  it('reads the German order history as a data-collection page with its items', () => {
    const context = extractAmazon(
      fixture('amazon-de-orders.html'),
      url('https://www.amazon.de/gp/css/order-history'),
    );
    expect(context).toMatchObject({ site: 'amazon', pageType: 'orders', language: 'de' });
    expect(context?.listingTitles).toContain('Katzenfutter Nassfutter, 12 x 85 g');
  });

  // One listing page read under the URL of each page type that lists products: the type comes from the
  // URL, the listed titles from the shared selectors.
  it.each([
    ['https://www.amazon.co.uk/deals', 'deals'],
    ['https://www.amazon.co.uk/stores/Ring/page/ABC', 'store'],
    ['https://www.amazon.co.uk/gp/history', 'browsing-history'],
    ['https://www.amazon.co.uk/gp/bestsellers/electronics', 'bestseller'],
    ['https://www.amazon.co.uk/b?node=123', 'category'],
    ['https://www.amazon.co.uk/s?k=echo', 'search'],
  ])('reads the products listed on %s (%s)', (href, type) => {
    const context = extractAmazon(fixture('amazon-listing.html'), url(href));
    expect(context).toMatchObject({ site: 'amazon', pageType: type, language: 'en' });
    expect(context?.listingTitles).toContain('Ring Video Doorbell (2nd Gen)');
  });

  it('reads an account page without listings', () => {
    const context = extractAmazon(
      fixture('amazon-listing.html'),
      url('https://www.amazon.co.uk/gp/css/homepage.html'),
    );
    expect(context).toMatchObject({ site: 'amazon', pageType: 'account' });
  });

  it('reads Ring pages as Amazon device pages', () => {
    const ring = url('https://ring.com/products/video-doorbell');
    const kind = detect(ring, { anySite: false, newsDetection: true });
    expect(kind).toBe('amazon');
    const adapter = ADAPTERS[kind!];
    const context = 'read' in adapter ? adapter.read(fixture('ring-doorbell.html'), ring) : null;
    expect(context).toMatchObject({
      site: 'amazon',
      pageType: 'device',
      headline: 'Video Doorbell (2nd Gen)',
    });
  });

  it('keeps markup in a hostile page as plain, collapsed text', () => {
    const context = extractAmazon(fixture('amazon-hostile.html'), url('https://www.amazon.de/dp/B000000000'));
    expect(context?.productTitle).toBe('<img src=x onerror=alert(1)> Echo Dot mit Alexa fett');
    expect(context?.brand).toBe('<script>');
    expect(context?.categories).toEqual(['Elektronik', 'Smart Home']);
  });

  it('caps an absurdly long title', () => {
    const doc = docOf(`<html><body><span id="productTitle">${'Wort '.repeat(200_000)}</span></body></html>`);
    const context = extractAmazon(doc, url('https://www.amazon.de/dp/B000000000'));
    expect(context?.productTitle?.length).toBeLessThanOrEqual(LIMITS.title);
  });

  it('falls back to the document title without the storefront suffix', () => {
    const doc = docOf(
      '<html><head><title>Amazon.de: Wasserkocher Edelstahl : Küche</title></head><body></body></html>',
    );
    expect(extractAmazon(doc, url('https://www.amazon.de/dp/B000000000'))?.productTitle).toBe(
      'Wasserkocher Edelstahl : Küche',
    );
  });

  it('returns nothing for the robot check', () => {
    const doc = docOf(
      '<html><head><title>Robot Check</title></head><body><form action="/errors/validateCaptcha"></form></body></html>',
    );
    expect(extractAmazon(doc, url('https://www.amazon.com/dp/B000000000'))).toBeNull();
  });
});

describe('extractAlibaba', () => {
  it('reads a Taobao item in Chinese', () => {
    const context = extractAlibaba(fixture('taobao-item.html'), url('https://item.taobao.com/item.htm?id=1'));
    expect(context).toMatchObject({
      site: 'alibaba',
      pageType: 'product',
      productTitle: '智能手表 运动 心率',
      language: 'zh',
    });
  });

  it('strips the price prefix of AliExpress og:titles', () => {
    const doc = docOf(
      '<html><head><meta property="og:title" content="1.73US $ 32% OFF|Ski Goggles Unisex"></head><body></body></html>',
    );
    expect(extractAlibaba(doc, url('https://www.aliexpress.com/item/1.html'))?.productTitle).toBe(
      'Ski Goggles Unisex',
    );
  });
});

describe('extractNews', () => {
  it('reads JSON-LD inside @graph, keywords and the article text', () => {
    const context = extractNews(
      fixture('news-graph.html'),
      url('https://www.example-news.co.uk/business/amazon-strike'),
    );
    expect(context).toMatchObject({
      site: 'news',
      pageType: 'article',
      language: 'en',
      headline: 'Amazon warehouse workers strike over pay',
    });
    expect(context?.keywords).toEqual(expect.arrayContaining(['Amazon', 'Labour', 'Business']));
    expect(context?.leadText).toMatch(/fulfilment centre in Coventry/);
  });

  it('is not fooled by a product page or broken JSON-LD', () => {
    const product = docOf(
      '<html><head><meta property="og:type" content="product"><script type="application/ld+json">{broken</script></head><body><article><p>x</p></article></body></html>',
    );
    expect(extractNews(product, url('https://www.otto.de/p/1'))).toBeNull();
  });
});

describe('dom helpers', () => {
  it('repairs UTF-8 read as Latin-1 and leaves good text alone', () => {
    expect(repairMojibake('BÃ¼cher')).toBe('Bücher');
    expect(repairMojibake('Bücher')).toBe('Bücher');
    expect(repairMojibake('Ã and €')).toBe('Ã and €');
  });

  it('cleans, caps and drops empty text', () => {
    expect(clean('  a \n b ', 10)).toBe('a b');
    expect(clean('   ', 10)).toBeUndefined();
    expect(clean(null, 10)).toBeUndefined();
  });

  it('reads the primary language subtag', () => {
    const language = (html: string) => {
      const doc = docOf(html);
      return pageLanguage(doc.documentElement?.getAttribute('lang'), readMetas(doc));
    };
    expect(language('<html lang="en-GB"><body></body></html>')).toBe('en');
    expect(language('<html><body></body></html>')).toBe('und');
    expect(language('<html><head><meta http-equiv="Content-Language" content="de-AT"></head></html>')).toBe(
      'de',
    );
    expect(language('<html><head><meta property="og:locale" content="fr_FR"></head></html>')).toBe('fr');
  });
});

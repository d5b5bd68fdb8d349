import { describe, expect, it } from 'vitest';
import { classifyHost, contentScriptMatches } from './hosts';
import { detect } from './gate';

/** Whether a manifest match pattern of the form `*://*.domain/*` lets the browser run the content script on `url`. */
function patternMatches(pattern: string, url: URL): boolean {
  const domain = /^\*:\/\/\*\.([^/]+)\/\*$/.exec(pattern)?.[1];
  if (!domain || (url.protocol !== 'https:' && url.protocol !== 'http:')) return false;
  return url.hostname === domain || url.hostname.endsWith(`.${domain}`);
}
const runsOn = (href: string) =>
  contentScriptMatches.some((pattern) => patternMatches(pattern, new URL(href)));

/** A real page address on every Amazon storefront, as shoppers reach them. */
const STOREFRONT_PAGES = [
  'https://www.amazon.com/dp/B09B8V1LZ3',
  'https://www.amazon.de/Echo-Dot-5-Generation/dp/B09B8X9RGM',
  'https://www.amazon.co.uk/s?k=kettle',
  'https://www.amazon.fr/gp/bestsellers/electronics',
  'https://www.amazon.it/dp/B0BF5Y5F1M',
  'https://www.amazon.es/gp/cart/view.html',
  'https://www.amazon.nl/dp/B08KGG8T8Q',
  'https://www.amazon.se/s?k=h%C3%B6rlurar',
  'https://www.amazon.pl/dp/B0BF5Y5F1M',
  'https://www.amazon.com.be/fr/dp/B0BF5Y5F1M',
  'https://www.amazon.com.tr/dp/B0BF5Y5F1M',
  'https://www.amazon.ae/dp/B0BF5Y5F1M',
  'https://www.amazon.sa/dp/B0BF5Y5F1M',
  'https://www.amazon.eg/dp/B0BF5Y5F1M',
  'https://www.amazon.in/gp/your-account/order-history',
  'https://www.amazon.co.jp/dp/B0BF5Y5F1M',
  'https://www.amazon.ca/dp/B0BF5Y5F1M',
  'https://www.amazon.com.mx/dp/B0BF5Y5F1M',
  'https://www.amazon.com.br/dp/8535914846',
  'https://www.amazon.com.au/dp/B0BF5Y5F1M',
  'https://www.amazon.sg/dp/B0BF5Y5F1M',
  'https://www.amazon.cn/dp/B0BF5Y5F1M',
  'https://www.amazon.ie/dp/B0BF5Y5F1M',
  'https://www.amazon.co.za/dp/B0BF5Y5F1M',
  'https://smile.amazon.com/dp/B09B8V1LZ3',
  'https://m.amazon.de/dp/B09B8V1LZ3',
  'https://amazon.de/dp/B09B8V1LZ3',
  'https://ring.com/products/video-doorbell',
];

const ALIBABA_GROUP_PAGES = [
  'https://www.alibaba.com/product-detail/Cheese-Slicer_1600000000000.html',
  'https://german.alibaba.com/g/wall-art.html',
  'https://de.aliexpress.com/item/1005001234567890.html',
  'https://www.aliexpress.us/item/3256801234567890.html',
  'https://aliexpress.ru/item/1005001234567890.html',
  'https://detail.1688.com/offer/600000000000.html',
  'https://item.taobao.com/item.htm?id=600000000000',
  'https://detail.tmall.com/item.htm?id=600000000000',
];

/** Hosts that look like a shop of ours and are not: phishing shapes, lookalikes, other companies. */
const NEAR_MISSES = [
  'https://amazon.de.evil.com/dp/B09B8V1LZ3',
  'https://www.amazon.de-angebote.com/dp/B09B8V1LZ3',
  'https://notamazon.com/',
  'https://www.amazon-shop.de/',
  'https://amazon.example/',
  'https://www.amazon.co/',
  'https://www.amazon.xyz/',
  'https://aliexpress.com.phish.net/item/1.html',
  'https://myalibaba.com/',
  'https://www.temu.com/de/goods.html',
  'https://www.otto.de/p/kaercher-hochdruckreiniger/',
  'https://fakespiegel.de/artikel',
];

describe('the gate on real addresses', () => {
  const defaults = { anySite: false, newsDetection: true };

  it.each(STOREFRONT_PAGES)('reads %s as Amazon, where the content script runs', (href) => {
    expect(detect(new URL(href), defaults)).toBe('amazon');
    expect(runsOn(href)).toBe(true);
  });

  it.each(ALIBABA_GROUP_PAGES)('reads %s as the Alibaba group, where the content script runs', (href) => {
    expect(detect(new URL(href), defaults)).toBe('alibaba');
    expect(runsOn(href)).toBe(true);
  });

  it.each(NEAR_MISSES)('leaves %s alone, and the content script does not run there', (href) => {
    expect(classifyHost(new URL(href).hostname)).toBeNull();
    expect(detect(new URL(href), defaults)).toBeNull();
    expect(runsOn(href)).toBe(false);
  });

  it('reads news on curated publishers, with their subdomains, and elsewhere only with the optional permission', () => {
    for (const href of [
      'https://www.theguardian.com/technology/2019/apr/11/amazon-alexa',
      'https://edition.cnn.com/2024/01/01/tech/index.html',
      'https://www.tagesschau.de/wirtschaft/amazon-streik-100.html',
      'https://www.zeit.de/arbeit/2023-11/amazon-streik',
    ]) {
      expect(detect(new URL(href), defaults), href).toBe('news');
      expect(runsOn(href), href).toBe(true);
    }
    expect(detect(new URL('https://blog.example.org/a'), defaults)).toBeNull();
    expect(runsOn('https://blog.example.org/a')).toBe(false);
    expect(detect(new URL('https://blog.example.org/a'), { ...defaults, anySite: true })).toBe('news');
  });

  it("reads Amazon's other businesses on a storefront's domain as any other site, not as its shop", () => {
    for (const href of [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html',
      'https://aws.amazon.com/machine-learning/',
      'https://developer.amazon.com/alexa',
      'https://sellercentral.amazon.de/home',
      'https://sellercentral-europe.amazon.com/home',
      'https://advertising.amazon.com/',
      'https://kdp.amazon.com/en_US/',
    ]) {
      expect(classifyHost(new URL(href).hostname), href).toBeNull();
      expect(detect(new URL(href), defaults), href).toBeNull();
      expect(detect(new URL(href), { ...defaults, anySite: true }), href).toBe('news');
    }
    // Amazon's sites on domains of their own were never storefronts.
    for (const href of ['https://www.amazon.jobs/content/en/teams', 'https://www.aboutamazon.com/news']) {
      expect(classifyHost(new URL(href).hostname), href).toBeNull();
      expect(runsOn(href), href).toBe(false);
    }
    // A storefront whose path names them is still the shop.
    expect(detect(new URL('https://www.amazon.com/s?k=aws+developer'), defaults)).toBe('amazon');
  });

  it('leaves news alone when news detection is off, but not the shops', () => {
    const off = { anySite: true, newsDetection: false };
    expect(detect(new URL('https://www.spiegel.de/a'), off)).toBeNull();
    expect(detect(new URL('https://www.amazon.de/dp/B000000000'), off)).toBe('amazon');
  });

  it('ignores non-web schemes and takes a trailing dot or capitals as the same host', () => {
    expect(
      detect(new URL('file:///home/amazon.de/x.html'), { anySite: true, newsDetection: true }),
    ).toBeNull();
    expect(classifyHost('WWW.AMAZON.DE.')).toBe('amazon');
  });
});

describe('contentScriptMatches', () => {
  it('are host patterns only, never every site', () => {
    for (const pattern of contentScriptMatches) expect(pattern).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
    expect(contentScriptMatches).not.toContain('<all_urls>');
  });
});

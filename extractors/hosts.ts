/**
 * Where Kehrseite reads pages by default: Amazon's storefronts (and Alexa's and Ring's pages), the
 * Alibaba group's shops, and a curated list of news publishers. Data, not code: adding a storefront or
 * a publisher is one line here. Everything else needs the optional "articles on any site" permission.
 */

/** Amazon storefront domains (the part after `amazon.`). */
const AMAZON_STOREFRONTS: readonly string[] = [
  'com',
  'de',
  'co.uk',
  'fr',
  'it',
  'es',
  'nl',
  'se',
  'pl',
  'com.be',
  'com.tr',
  'ae',
  'sa',
  'eg',
  'in',
  'co.jp',
  'ca',
  'com.mx',
  'com.br',
  'com.au',
  'sg',
  'cn',
  'ie',
  'co.za',
];

/**
 * Subdomains of a storefront's domain that are Amazon's other businesses, not its shop: AWS and its
 * documentation (docs.aws.amazon.com), the developer, seller, advertising, affiliate and publishing
 * portals. AWS documentation passed the gate and was read as an Amazon shop page, which offers passages
 * on every page (aws-docs-lambda-function). The content script still runs there (a manifest pattern
 * `*.amazon.com` cannot leave a subdomain out), and the gate treats them as any other site: news only by
 * structure, with the optional permission.
 */
const AMAZON_NON_STOREFRONT_SUBDOMAINS: readonly string[] = [
  'aws',
  'developer',
  'sellercentral',
  'sellercentral-europe',
  'advertising',
  'affiliate-program',
  'partnernet',
  'kdp',
];

/** Amazon-owned sites that are about its devices rather than its shop. */
export const AMAZON_DEVICE_DOMAINS: readonly string[] = ['ring.com'];

/** The Alibaba group's shopping domains, each with all its subdomains (de.aliexpress.com, item.taobao.com). */
const ALIBABA_DOMAINS: readonly string[] = [
  'alibaba.com',
  'aliexpress.com',
  'aliexpress.us',
  'aliexpress.ru',
  '1688.com',
  'taobao.com',
  'tmall.com',
];

/** News publishers whose articles are read by default, each with all its subdomains. German and English first. */
const NEWS_HOSTS: readonly string[] = [
  // German-language
  'tagesschau.de',
  'spiegel.de',
  'zeit.de',
  'faz.net',
  'sueddeutsche.de',
  'welt.de',
  'handelsblatt.com',
  'heise.de',
  'golem.de',
  't3n.de',
  'netzpolitik.org',
  'derstandard.at',
  'nzz.ch',
  'br.de',
  'ndr.de',
  'wdr.de',
  'swr.de',
  'mdr.de',
  'hr.de',
  'rbb24.de',
  'deutschlandfunk.de',
  'zdf.de',
  'stern.de',
  'focus.de',
  'n-tv.de',
  'tagesspiegel.de',
  'taz.de',
  'fr.de',
  'rnd.de',
  'manager-magazin.de',
  'wiwo.de',
  'capital.de',
  'businessinsider.de',
  'chip.de',
  'computerbild.de',
  'netzwelt.de',
  'cnet.de',
  'mixed.de',
  'stuttgarter-zeitung.de',
  'rp-online.de',
  'ksta.de',
  'merkur.de',
  'abendblatt.de',
  'orf.at',
  'diepresse.com',
  'kurier.at',
  'srf.ch',
  'tagesanzeiger.ch',
  'watson.ch',
  'watson.de',
  'dw.com',
  'geo.de',
  'brandeins.de',
  'gruenderszene.de',
  'internetworld.de',
  'lebensmittelzeitung.net',
  'logistik-heute.de',
  'verdi.de',
  // English-language
  'theguardian.com',
  'nytimes.com',
  'washingtonpost.com',
  'bbc.co.uk',
  'bbc.com',
  'reuters.com',
  'apnews.com',
  'wsj.com',
  'theverge.com',
  'wired.com',
  'wired.co.uk',
  'ft.com',
  'economist.com',
  'bloomberg.com',
  'cnbc.com',
  'cnn.com',
  'npr.org',
  'latimes.com',
  'usatoday.com',
  'seattletimes.com',
  'geekwire.com',
  'fortune.com',
  'time.com',
  'businessinsider.com',
  'techcrunch.com',
  'arstechnica.com',
  'engadget.com',
  'zdnet.com',
  'cnet.com',
  'vice.com',
  'vox.com',
  'recode.net',
  'axios.com',
  'politico.com',
  'politico.eu',
  'forbes.com',
  'independent.co.uk',
  'telegraph.co.uk',
  'cityam.com',
  'aljazeera.com',
  'scmp.com',
  'theatlantic.com',
  'newyorker.com',
  'salon.com',
  'slate.com',
  'gizmodo.com',
  'mashable.com',
  'theregister.com',
  'restofworld.org',
  'propublica.org',
  'theintercept.com',
  'aclu.org',
  'eff.org',
  'motherjones.com',
  'thenation.com',
  'fastcompany.com',
  'qz.com',
  'marketwatch.com',
  'californiaglobe.com',
  'nbcnews.com',
  'cbsnews.com',
  'abcnews.go.com',
  'euronews.com',
  'lemonde.fr',
  'theconversation.com',
];

export type HostKind = 'amazon' | 'alibaba' | 'news-host';

/**
 * Which kind of site a hostname belongs to, or null. Exact domain logic: `amazon.de.evil.com` is not Amazon.
 * The host is looked up domain by domain, from itself to its last label (`www.bbc.co.uk`, `bbc.co.uk`,
 * `co.uk`, `uk`), each with a native `includes`: testing the host against every listed domain with a
 * callback each cost 0.3 ms of a silent page's content script (issue 12). No listed domain lies within
 * another of a different kind, so the order of the lookups does not change the answer.
 */
export function classifyHost(hostname: string): HostKind | null {
  let domain = hostname.toLowerCase();
  if (domain.endsWith('.')) domain = domain.slice(0, -1);
  // The label just left of the domain being looked up: `aws` when `amazon.com` is reached from
  // `docs.aws.amazon.com`.
  let subdomain = '';
  for (;;) {
    if (domain.startsWith('amazon.') && AMAZON_STOREFRONTS.includes(domain.slice('amazon.'.length)))
      return AMAZON_NON_STOREFRONT_SUBDOMAINS.includes(subdomain) ? null : 'amazon';
    if (AMAZON_DEVICE_DOMAINS.includes(domain)) return 'amazon';
    if (ALIBABA_DOMAINS.includes(domain)) return 'alibaba';
    if (NEWS_HOSTS.includes(domain)) return 'news-host';
    const dot = domain.indexOf('.');
    if (dot === -1) return null;
    subdomain = domain.slice(0, dot);
    domain = domain.slice(dot + 1);
  }
}

/**
 * Match patterns for the manifest: `*.domain` also matches the bare domain. A function, so that the
 * content script, whose definition names them for the build only, does not build 200 strings on
 * every page it runs on (entrypoints/content/index.ts).
 */
export function matchPatterns(): string[] {
  return [
    ...AMAZON_STOREFRONTS.map((tld) => `*://*.amazon.${tld}/*`),
    ...[...AMAZON_DEVICE_DOMAINS, ...ALIBABA_DOMAINS, ...NEWS_HOSTS].map((domain) => `*://*.${domain}/*`),
  ];
}

export const contentScriptMatches: string[] = /* @__PURE__ */ matchPatterns();

import type { DetectOptions } from '../../extractors/gate';

/**
 * Hostile documents for tests/fuzz/fuzz.test.ts, built from a seed so that any failure reproduces.
 * Each case is derived from (seed, index) alone, so one failing case can be rebuilt without
 * generating the ones before it. The saved pages (tests/fixtures/real) are passed in as strings.
 */

/** A saved page: its recorded address and its markup. */
export interface SourcePage {
  slug: string;
  url: string;
  html: string;
}

export interface FuzzCase {
  index: number;
  url: string;
  html: string;
  options: DetectOptions;
  /** Strings typed into the panel's search for this case. */
  queries: string[];
  /** Which ingredients went into the document, for the failure message. */
  recipe: string[];
}

/** mulberry32: a tiny, fast 32-bit PRNG; good enough to spread test inputs, and the same everywhere. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FUZZ_SEED as a number (a decimal, or any other text hashed), or the fixed default. */
export function seedFrom(text: string | undefined, fallback: number): number {
  if (text === undefined || text.trim() === '') return fallback;
  if (/^\d+$/.test(text.trim())) return Number(text.trim()) >>> 0;
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

class Rng {
  constructor(readonly next: () => number) {}
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** Roughly log-uniform in [min, max]: small sizes common, large ones possible. */
  size(min: number, max: number): number {
    return Math.floor(Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min))));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  times(n: number, make: () => string): string {
    return Array.from({ length: n }, make).join('');
  }
}

// ---- text ----------------------------------------------------------------------------------------

const WORDS = [
  'Amazon',
  'Echo',
  'Dot',
  'Alexa',
  'Lautsprecher',
  'Paketbote',
  'Lager',
  'Streik',
  'Verdi',
  'Alibaba',
  'AliExpress',
  'Datenschutz',
  'tracking',
  'warehouse',
  'rainforest',
  'Ring',
  'Prime',
  'Kindle',
  'Waschmaschine',
  'Katzenfutter',
  'Singles Day',
  'Jack Ma',
  'delivery',
  'Überwachung',
  'smart home',
  'Whole Foods',
];
const SCRIPTS = [
  'Ελληνικά',
  'Русский текст',
  '中文标题 阿里巴巴',
  '日本語のタイトル',
  '한국어',
  'हिन्दी',
  'ไทย',
  'Türkçe çğıöşü',
  'Straße Größe',
];
const RTL = ['مرحبا بالعالم أمازون', 'שלום עולם אמזון', 'فروشگاه آنلاین', 'ئۇيغۇرچە'];
const ODD = [
  '\uD83D', // lone high surrogate
  '\uDE00', // lone low surrogate
  '\u200D', // zero-width joiner
  '\u200B', // zero-width space
  '\u200E\u200F', // direction marks
  '\u202E', // right-to-left override
  '\u2066\u2069', // isolates
  '\uFEFF', // BOM
  '\u0000', // NUL
  '\u0085', // NEL, not whitespace to JavaScript
  '\u2028\u2029', // line and paragraph separators
  '\u00A0\u3000', // no-break and ideographic spaces
  'e\u0301\u0302\u0303\u0304\u0305', // stacked combining marks
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🇩🇪',
  '😀',
  '\uFFFD',
  '\uFFFF',
  'Ã¼Ã¶Ã¤', // UTF-8 read as Latin-1
  'â\u0080\u00A8', // mojibake that decodes to U+2028
  'Â\u0080',
  '&amp;&lt;&#0;&#xD800;&#x110000;&nbsp;&bogus;',
  '<\u0000>',
];

function text(rng: Rng, words = rng.size(1, 40)): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    const roll = rng.next();
    if (roll < 0.5) parts.push(rng.pick(WORDS));
    else if (roll < 0.65) parts.push(rng.pick(SCRIPTS));
    else if (roll < 0.75) parts.push(rng.pick(RTL));
    else if (roll < 0.95) parts.push(rng.pick(ODD));
    else parts.push(rng.pick(['\n', '\t', '   ', '\r\n', '']));
  }
  return parts.join(rng.chance(0.8) ? ' ' : '');
}

/** Random code units, surrogates and controls included. */
function noise(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const roll = rng.next();
    if (roll < 0.6) out += String.fromCharCode(rng.int(0x20, 0x7e));
    else if (roll < 0.75) out += String.fromCharCode(rng.int(0, 0x1f));
    else if (roll < 0.9) out += String.fromCharCode(rng.int(0xd800, 0xdfff));
    else out += String.fromCharCode(rng.int(0x80, 0xfffd));
  }
  return out;
}

// Not escaped on purpose for most ingredients: the point is what a parser makes of it.
const attr = (value: string) => value.replace(/"/g, '&quot;');

// ---- pieces of the saved pages -------------------------------------------------------------------

const TAGS =
  /<(div|span|section|article|ul|li|table|tr|td|form|h1|h2|p|a|head|title|script|meta|nav|main)\b/gi;

/** An element cut from a saved page with its subtree (found by counting same-named tags), capped. */
function subtree(rng: Rng, page: SourcePage, max: number): string {
  TAGS.lastIndex = rng.int(0, Math.max(0, page.html.length - 1));
  let start = TAGS.exec(page.html);
  if (!start) {
    TAGS.lastIndex = 0;
    start = TAGS.exec(page.html);
  }
  if (!start) return page.html.slice(0, max);
  const name = start[1]!.toLowerCase();
  const tag = new RegExp(`<(/?)${name}\\b`, 'gi');
  tag.lastIndex = start.index + start[0].length;
  let depth = 1;
  let end = Math.min(page.html.length, start.index + max);
  for (let match = tag.exec(page.html); match && match.index < end; match = tag.exec(page.html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      end = Math.min(end, page.html.indexOf('>', match.index) + 1 || end);
      break;
    }
  }
  return page.html.slice(start.index, end);
}

/** A raw slice of a saved page's source, cut anywhere (mid-tag, mid-attribute, mid-character). */
function slice(rng: Rng, page: SourcePage, max: number): string {
  const length = rng.size(16, max);
  const from = rng.int(0, Math.max(0, page.html.length - length));
  return page.html.slice(from, from + length);
}

// ---- hostile markup ------------------------------------------------------------------------------

function broken(rng: Rng): string {
  return rng.times(rng.int(1, 8), () =>
    rng.pick([
      () => `<div class="${attr(text(rng, 2))}`,
      () => `<a href='https://x.de/${text(rng, 1)}`,
      () => `<p>${text(rng)}<p>${text(rng)}<li>${text(rng)}`,
      () => `< ${text(rng, 3)} <<>> </ <`,
      () => `<form><form action="validate"><table><form><tr><td><table>${text(rng)}</form>`,
      () => `<table><tr><td><table><tr><td>${text(rng)}</td></table></tr>`,
      () => `<!-- ${text(rng, 3)}`,
      () => `<![CDATA[${text(rng, 3)}]]`,
      () => `<script>var s = "${text(rng, 3)}`,
      () => `<style>${text(rng, 3)}`,
      () => `<textarea>${text(rng, 3)}`,
      () => `<svg><foreignObject><math><mi>${text(rng, 3)}</svg>`,
      () => `</body></html><body><head><title>${text(rng, 4)}</title>`,
      () => `<h1 id=productTitle ${'x=1 '.repeat(rng.int(1, 200))}>${text(rng)}`,
      () => `<${noise(rng, rng.int(1, 20))}>${text(rng, 3)}</${noise(rng, 3)}>`,
      () => `<template><article>${text(rng)}</article></template>`,
      () => `<iframe srcdoc="<h1>${attr(text(rng, 3))}</h1>"></iframe>`,
    ])(),
  );
}

/** Elements the adapters' selectors look for, filled with hostile text. */
function bait(rng: Rng): string {
  const many = (n: number, make: () => string) => rng.times(rng.chance(0.2) ? rng.int(50, 400) : n, make);
  return rng.pick([
    () => `<span id="productTitle">${text(rng)}</span>`,
    () => `<h1 id="title">${text(rng)}</h1><div id="bylineInfo">Besuche den ${text(rng, 3)}-Store</div>`,
    () => `<a id="bylineInfo">Marke: ${text(rng, 2)}</a><div id="brand">${text(rng)}</div>`,
    () => `<div id="feature-bullets"><ul>${many(6, () => `<li>${text(rng)}</li>`)}</ul></div>`,
    () =>
      `<div id="wayfinding-breadcrumbs_feature_div"><ul>${many(5, () => `<li><a>${text(rng, 3)}</a></li>`)}</ul></div>`,
    () =>
      many(8, () => `<div data-component-type="s-search-result"><h2>${text(rng)}</h2></div>`) +
      many(3, () => `<div class="p13n-sc-truncate">${text(rng)}</div>`),
    () => `<div id="gridItemRoot">${many(5, () => `<img alt="${attr(text(rng))}">`)}</div>`,
    () =>
      `<div class="a-cardui-header"><h2>${text(rng)}</h2></div><div id="nav-xshop"><a>${text(rng)}</a></div>`,
    () => `<input id="twotabsearchtextbox" value="${attr(text(rng))}">`,
    () => `<form action="/errors/validateCaptcha"><input id="captchacharacters"></form>`,
    () => `<div id="productDescription">${text(rng, 80)}</div>`,
    () => `<h1 data-pl="product-title">${text(rng)}</h1><div class="product-title-text">${text(rng)}</div>`,
    () =>
      `<div class="breadcrumb">${many(5, () => `<a>${rng.chance(0.3) ? 'Home' : text(rng, 2)}</a>`)}</div>`,
    () =>
      `<div class="organic-list">${many(5, () => `<h2>${text(rng)}</h2>`)}</div>` +
      many(
        3,
        () =>
          `<div class="search-card-item"><h3>${text(rng)}</h3></div><span class="item-title">${text(rng)}</span>`,
      ),
    () => `<article><h1>${text(rng)}</h1>${many(12, () => `<p>${text(rng, rng.int(20, 90))}</p>`)}</article>`,
    () => `<h1>${text(rng)}</h1>`,
  ])();
}

function meta(rng: Rng): string {
  const name = rng.pick([
    'property="og:type"',
    'property="og:title"',
    'property="og:description"',
    'property="og:locale"',
    'name="description"',
    'name="keywords"',
    'name="news_keywords"',
    'property="article:section"',
    'property="article:tag"',
    'name="twitter:title"',
    'name="twitter:description"',
    'http-equiv="content-language"',
    'http-equiv="Content-Language"',
    'name="viewport"',
  ]);
  const content = rng.pick([
    () => text(rng),
    () => rng.pick(['article', 'ARTICLE ', 'website', 'product', 'video.other', '']),
    () => rng.pick(['de', 'de-DE', 'EN_us', 'x', 'zzzz', '-', '1234', 'ar', 'he-IL']),
    () => rng.times(rng.int(1, 3000), () => ',') + text(rng, 2),
    () => Array.from({ length: rng.int(1, 300) }, () => text(rng, 2)).join(','),
  ])();
  return rng.chance(0.1)
    ? `<meta ${name} content="${attr(content)}`
    : `<meta ${name} content="${attr(content)}">`;
}

const LD_TYPES = [
  'NewsArticle',
  'Article',
  'BlogPosting',
  'Product',
  'WebPage',
  'reportagenewsarticle',
  'Report',
];

/** A JSON value of a random shape, for the fields a JSON-LD reader expects to be strings. */
function junkValue(rng: Rng, depth = 0): unknown {
  const roll = rng.next();
  if (roll < 0.35 || depth > 4) return text(rng, rng.int(1, 12));
  if (roll < 0.45) return rng.pick([null, true, 0, -1, 1e308, '', ' ']);
  if (roll < 0.7) return Array.from({ length: rng.int(0, 8) }, () => junkValue(rng, depth + 1));
  if (roll < 0.8) return { '@value': junkValue(rng, depth + 1), name: text(rng, 2) };
  return Array.from({ length: rng.int(50, 1500) }, () => text(rng, 1));
}

/** Arrays nested `depth` deep around one string: valid JSON that a recursive reader may not survive. */
const nested = (depth: number, inner: string) => '['.repeat(depth) + inner + ']'.repeat(depth);

function jsonLd(rng: Rng): string {
  const body = rng.pick([
    () =>
      JSON.stringify({ '@type': rng.pick(LD_TYPES), headline: junkValue(rng), description: junkValue(rng) }),
    () =>
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [{ '@type': rng.pick(LD_TYPES), keywords: junkValue(rng), articleSection: junkValue(rng) }],
      }),
    () => JSON.stringify({ '@type': [rng.pick(LD_TYPES), 42, null], headline: text(rng) }),
    () => `{"@type":"NewsArticle","keywords":${nested(rng.size(10, 60_000), '"deep"')}}`,
    () => `{"@type":"NewsArticle","articleSection":${nested(rng.size(10, 60_000), '"deep"')},"headline":"x"}`,
    () => `${'{"@graph":'.repeat(rng.size(10, 20_000))}{"@type":"Article"}${'}'.repeat(20)}`,
    () => `{"@type":"NewsArticle","headline":"${text(rng, 3)}`, // truncated
    () => `{'@type': 'Article', headline: ${text(rng, 2)}}`, // not JSON
    () => `</script><script>${text(rng, 3)}`,
    () => noise(rng, rng.int(1, 400)),
    () => JSON.stringify(text(rng)),
    () => 'null',
  ])();
  return `<script type="application/ld+json">${body}</script>`;
}

/** One of the rare enormous pieces (about 1 MB): an attribute, a title, a heading, a meta tag, JSON-LD. */
function enormous(rng: Rng): string {
  const big = (unit: string) => unit.repeat(Math.ceil(1_000_000 / unit.length));
  return rng.pick([
    () => `<div data-x="${big('a')}">x</div>`,
    () => `<title>${big('Amazon Echo ')}</title>`,
    () => `<span id="productTitle">${big('Ünïcödé 😀 ')}</span>`,
    () => `<h1>${big('\u200D\u0301')}</h1>`,
    () => `<meta name="keywords" content="${big('k,')}">`,
    () => `<meta property="og:description" content="${big('word ')}">`,
    () => `<article>${big('<p>Amazon Lager Streik Verdi ')}</article>`,
    () => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${big('h ')}"}</script>`,
    () => `<img alt="${big('\u202Eb')}">`,
  ])();
}

function deep(rng: Rng): string {
  const depth = rng.size(50, 5000);
  const tag = rng.pick(['div', 'span', 'b', 'article', 'li', 'table']);
  const closed = rng.chance(0.5);
  return `<${tag}>`.repeat(depth) + text(rng) + (closed ? `</${tag}>`.repeat(depth) : '');
}

function rtl(rng: Rng): string {
  return `<div dir="rtl" lang="${rng.pick(['ar', 'he', 'fa'])}"><h1>${rng.pick(RTL)}</h1><p dir="auto">${rng.pick(RTL)} ${text(rng)}</p></div>`;
}

// ---- addresses -----------------------------------------------------------------------------------

/** Real hostnames by the adapter they reach, plus look-alikes that must reach none. */
const HOSTS = [
  [
    'www.amazon.de',
    'www.amazon.com',
    'www.amazon.co.jp',
    'www.amazon.co.uk',
    'www.amazon.fr',
    'smile.amazon.com',
    'alexa.amazon.de',
    'ring.com',
    'WWW.AMAZON.DE',
    'www.amazon.de.',
  ],
  ['de.aliexpress.com', 'www.aliexpress.com', 'www.alibaba.com', 'item.taobao.com', 'detail.1688.com'],
  ['www.zeit.de', 'www.theguardian.com', 'www.spiegel.de', 'www.heise.de'],
  ['www.example.org', 'blog.kochrezepte.example', 'amazon.de.evil.example', 'aliexpress.com-deals.example'],
] as const;

function path(rng: Rng): string {
  const word = () => encodeURIComponent(text(rng, rng.int(1, 4)).replace(/[\uD800-\uDFFF]/g, ''));
  return rng.pick([
    () => `/dp/B0${rng.int(10_000_000, 99_999_999)}`,
    () => `/${word()}/dp/B0${rng.int(10_000_000, 99_999_999)}/ref=sr_1_${rng.int(1, 9)}`,
    () => `/gp/product/B0${rng.int(10_000_000, 99_999_999)}`,
    () => `/s?k=${word()}`,
    () => `/s?k=${rng.pick(['', '%20%20', '%00', '%E2%80%8B', '%C3%A4%F0'])}`,
    () => `/s?field-keywords=${word()}&k=${word()}`,
    () => `/gp/bestsellers/${word()}`,
    () => `/b?node=${rng.int(1, 99_999)}`,
    () => `/gp/css/order-history`,
    () => `/gp/history`,
    () => `/deals`,
    () => `/stores/${word()}/page/X`,
    () => '/',
    () => `/item/${rng.int(1, 1e9)}.html`,
    () => `/product-detail/${word()}_${rng.int(1, 1e9)}.html`,
    () => `/wholesale?SearchText=${word()}`,
    () => `/trade/search?q=${word()}&keywords=${word()}`,
    () => `/${rng.int(2000, 2030)}/${rng.int(1, 12)}/${word()}`,
    () => `/${word()}/${word()}?${word()}=${word()}#${word()}`,
    () => `/${'x'.repeat(rng.size(1, 20_000))}`,
    () => `/s?k=${'a%20'.repeat(rng.size(1, 3000))}`,
  ])();
}

function address(rng: Rng): string {
  const scheme = rng.chance(0.95) ? 'https' : rng.pick(['http', 'ftp', 'file']);
  const hosts = HOSTS[rng.pick([0, 0, 0, 1, 1, 2, 2, 3, 3])]!;
  return new URL(`${scheme}://${rng.pick(hosts)}${path(rng)}`).href;
}

function query(rng: Rng, pages: readonly SourcePage[]): string {
  return rng.pick([
    () => text(rng, rng.int(1, 6)),
    () => noise(rng, rng.int(0, 60)),
    () =>
      rng
        .pick(WORDS)
        .toLowerCase()
        .replace(/[aeiou]/, 'x'), // a typo
    () => slice(rng, rng.pick(pages), 300),
    () => '',
    () => '   ',
    () => text(rng, rng.int(100, 400)),
  ])();
}

// ---- documents -----------------------------------------------------------------------------------

/** Share of documents that carry an enormous (1 MB) piece: small, since each costs a full parse. */
const ENORMOUS_SHARE = 0.015;

/** The case `index` of a run seeded with `seed`: the same inputs give the same document. */
export function fuzzCase(seed: number, index: number, pages: readonly SourcePage[]): FuzzCase {
  const rng = new Rng(mulberry32(seed ^ Math.imul(index + 1, 0x9e3779b1)));
  const recipe: string[] = [];
  const piece = (name: string, make: () => string) => {
    recipe.push(name);
    return make();
  };
  const page = () => rng.pick(pages);

  const ingredients: [string, () => string][] = [
    ['subtree', () => subtree(rng, page(), rng.size(200, 60_000))],
    ['slice', () => slice(rng, page(), 40_000)],
    ['broken', () => broken(rng)],
    ['bait', () => bait(rng)],
    ['text', () => `<p>${text(rng)}</p>`],
    ['meta', () => meta(rng)],
    ['json-ld', () => jsonLd(rng)],
    ['rtl', () => rtl(rng)],
    ['deep', () => deep(rng)],
  ];
  const body = () => {
    let html = '';
    for (let n = rng.int(1, 7); n > 0; n--) {
      const [name, make] = rng.pick(ingredients);
      html += piece(name, make);
    }
    if (rng.chance(ENORMOUS_SHARE)) html += piece('enormous', () => enormous(rng));
    return html;
  };

  let html: string;
  let url = address(rng);
  const shape = rng.next();
  if (shape < 0.04) {
    // A whole saved page with hostile pieces spliced in at random places.
    const source = page();
    recipe.push(`page:${source.slug}`);
    html = source.html;
    // Half of them under the address they were saved from, so each adapter meets its own pages spoilt.
    if (rng.chance(0.5)) url = source.url;
    for (let n = rng.int(1, 4); n > 0; n--) {
      const at = rng.int(0, html.length);
      html = html.slice(0, at) + body() + html.slice(at);
    }
  } else if (shape < 0.24) {
    recipe.push('no-head');
    html = body();
  } else {
    const lang = rng.pick([
      'de',
      'en',
      'de-DE',
      'ar',
      'he',
      'ja',
      '',
      'x-klingon',
      'DE_at',
      '12',
      'zh-Hant-TW',
    ]);
    const dir = rng.chance(0.2) ? ' dir="rtl"' : '';
    // Most news and unknown hosts yield null unless the page looks like an article: often make it look like one.
    const signal = rng.chance(0.3) ? '<meta property="og:type" content="article">' : '';
    const head = rng.times(rng.int(0, 6), () =>
      rng.pick([
        () => piece('title', () => `<title>${text(rng)}</title>`),
        () => piece('meta', () => meta(rng)),
        () => piece('json-ld', () => jsonLd(rng)),
        () => piece('broken', () => broken(rng)),
      ])(),
    );
    html = `${rng.chance(0.8) ? '<!DOCTYPE html>' : ''}<html lang="${lang}"${dir}><head>${signal}${head}${rng.chance(0.8) ? '</head>' : ''}<body>${body()}${rng.chance(0.5) ? '</body></html>' : ''}`;
  }
  if (rng.chance(0.05)) html = `\uFEFF${html}`;
  if (rng.chance(0.03)) html = html.slice(0, rng.int(0, html.length)); // truncated download

  return {
    index,
    url,
    html,
    options: { anySite: rng.chance(0.5), newsDetection: rng.chance(0.7) },
    // Searches are fewer than documents: one costs up to a few ms per new word, and the words repeat.
    queries: rng.chance(0.4) ? [query(rng, pages)] : [],
    recipe,
  };
}

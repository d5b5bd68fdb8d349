import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAX_READABLE_DEPTH, articleInJsonLd, jsonLdTexts, nestedDeeperThan } from './article-signals';
import { articleJsonLdOf, collectArticle } from './news-quick';

const docOf = (html: string) => parseHTML(html).document;
/** The two halves as the read path joins them: the page's texts, parsed on the ranking side. */
const articleJsonLd = (doc: Document) => articleInJsonLd(jsonLdTexts(doc));
const isArticlePage = (doc: Document) => articleJsonLdOf(collectArticle(doc)) !== undefined;
const text = `<p>${'Amazon Lager Streik Verdi Beschäftigte. '.repeat(20)}</p>`;
const nested = (tag: string, depth: number, inner: string) =>
  `${`<${tag}>`.repeat(depth)}${inner}${`</${tag}>`.repeat(depth)}`;

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('articleJsonLd', () => {
  it('finds the first article object in document order, through lists and @graph', () => {
    const doc = docOf(
      `<html><head>${ld({ '@type': 'BreadcrumbList', itemListElement: [] })}${ld([
        { '@type': 'Organization', name: 'Verlag' },
        { '@graph': [{ '@type': 'WebPage' }, { '@type': ['Thing', 'NewsArticle'], headline: 'Erster' }] },
      ])}${ld({ '@type': 'Article', headline: 'Zweiter' })}</head><body></body></html>`,
    );
    expect(articleJsonLd(doc)?.headline).toBe('Erster');
  });

  it('skips broken blocks, and still finds a type spelt with escapes', () => {
    const escaped = '{"@type": "\\u0041rticle", "headline": "Escaped"}';
    const doc = docOf(
      `<html><head><script type="application/ld+json">{"@type": "Article",</script>` +
        `<script type="application/ld+json">${escaped}</script></head><body></body></html>`,
    );
    expect(articleJsonLd(doc)?.headline).toBe('Escaped');
    expect(articleJsonLd(docOf(`<html><head>${ld({ '@type': 'Product' })}</head></html>`))).toBeUndefined();
  });
});

describe('nestedDeeperThan', () => {
  it('measures the deepest branch, not the first', () => {
    const doc = docOf(`<html><body><p>a</p><div><div><div><b>x</b></div></div></div><p>b</p></body></html>`);
    // html > body > div > div > div > b: six levels.
    expect(nestedDeeperThan(doc, 6)).toBe(false);
    expect(nestedDeeperThan(doc, 5)).toBe(true);
  });

  it('leaves room above the deepest saved page (37 levels)', () => {
    expect(MAX_READABLE_DEPTH).toBeGreaterThanOrEqual(100);
    expect(
      nestedDeeperThan(docOf(`<html><body>${nested('div', 60, text)}</body></html>`), MAX_READABLE_DEPTH),
    ).toBe(false);
  });
});

describe('isArticlePage', () => {
  it('reads an ordinary <article> by its structure', () => {
    const doc = docOf(`<html><body><article><h1>Streik</h1>${text.repeat(3)}</article></body></html>`);
    expect(isArticlePage(doc)).toBe(true);
  });

  // Regression found by tests/fuzz/fuzz.test.ts: the readerable check reads the text below each
  // <article> and matches `li p` against its ancestors, so 5,000 nested ones took 2 s in the gate.
  // It does not run on such a page at all now, so even one full of text is not taken by its structure.
  it('does not run the readerable check on a page nested thousands of levels deep', () => {
    expect(isArticlePage(docOf(`<html><body>${nested('article', 5000, text)}</body></html>`))).toBe(false);
    expect(isArticlePage(docOf(`<html><body>${nested('article', 50, text)}</body></html>`))).toBe(true);
  });

  it('still takes JSON-LD or Open Graph on such a page at its word', () => {
    const deep = nested('article', 5000, text);
    const doc = docOf(
      `<html><head><meta property="og:type" content="article"></head><body>${deep}</body></html>`,
    );
    expect(isArticlePage(doc)).toBe(true);
  });
});

describe('isArticlePage on metadata as publishers write it', () => {
  const page = (head: string, body: string) => docOf(`<html><head>${head}</head><body>${body}</body></html>`);
  const teasers = Array.from(
    { length: 12 },
    (_, i) => `<div class="teaser"><a href="/a${i}">Schlagzeile ${i}</a></div>`,
  );

  it('takes Open Graph written with name= and value= at its word', () => {
    expect(isArticlePage(page('<meta name="og:type" value="article">', '<p>kurz</p>'))).toBe(true);
    expect(isArticlePage(page('<meta name="og:type" content="article">', '<p>kurz</p>'))).toBe(true);
    expect(
      isArticlePage(page('<meta name="og:type" value="product">', `<article>${text.repeat(3)}</article>`)),
    ).toBe(false);
  });

  it('reads a body marked up by microdata or a blog engine, without <article> or metadata', () => {
    for (const body of [
      `<div itemprop="articleBody">${text.repeat(3)}</div>`,
      `<div itemscope itemtype="https://schema.org/BlogPosting"><h1>Streik</h1>${text.repeat(3)}</div>`,
      `<div class="post h-entry"><h1 class="p-name">Streik</h1><div class="e-content">${text.repeat(3)}</div></div>`,
      `<div class="post hentry"><h2 class="entry-title">Streik</h2>${text.repeat(3)}</div>`,
    ]) {
      expect(isArticlePage(page('', body)), body.slice(0, 60)).toBe(true);
    }
  });

  it('leaves home, section, tag and search pages alone', () => {
    expect(isArticlePage(page('<meta property="og:type" content="website">', teasers.join('')))).toBe(false);
    expect(isArticlePage(page('', `<main><h1>Suche: Amazon</h1>${teasers.join('')}</main>`))).toBe(false);
    // A section front lists its stories as short <article> teasers: too little text in any of them.
    const section = teasers.map((t) => `<article>${t}<p>Ein Satz dazu.</p></article>`).join('');
    expect(isArticlePage(page('<meta property="og:type" content="website">', section))).toBe(false);
    expect(isArticlePage(page('', `<div class="hentry"><a href="/tag/amazon">#amazon</a></div>`))).toBe(
      false,
    );
  });

  describe('by structure alone: a run of paragraphs under the headline', () => {
    const sentence = 'Die Kamera im Flur filmt jeden, der kommt und geht, und lädt die Bilder in die Cloud. ';
    const paragraphs = (count: number) => `<p>${sentence.repeat(3)}</p>`.repeat(count);
    const menu = `<ul>${teasers.map((t) => `<li>${t}</li>`).join('')}</ul>`;
    const website = '<meta property="og:type" content="website">';

    it('reads a blog post in plain <div>s with og:type website and no JSON-LD as an article', () => {
      const body = `<header>${menu}</header><div class="layout"><div class="title"><h1>Das smarte Zuhause</h1></div><div class="content"><div>${paragraphs(6)}</div></div></div>`;
      expect(isArticlePage(page(website, body))).toBe(true);
      expect(isArticlePage(page('', body))).toBe(true);
      // The lead is the run, not the menu above it.
      expect(collectArticle(page(website, body)).lead).toMatch(/^Die Kamera im Flur/);
    });

    it('needs a headline near the run, enough paragraphs side by side, and prose rather than links', () => {
      // A home page: its <h1> is the logo in the header, far above a run of text in the footer.
      const far = `<header><h1>Logo</h1></header><main><div><div><div><div>${paragraphs(6)}</div></div></div></div></main>`;
      expect(isArticlePage(page(website, far))).toBe(false);
      expect(isArticlePage(page(website, `<h1>Zu kurz</h1><div>${paragraphs(4)}</div>`))).toBe(false);
      // A section or tag page: each teaser in a card of its own, however long its text.
      const cards = Array.from({ length: 8 }, () => `<div class="card">${paragraphs(1)}</div>`).join('');
      expect(isArticlePage(page(website, `<h1>Rubrik Digitales</h1><div>${cards}</div>`))).toBe(false);
      // A search page whose result snippets are mostly their links.
      const results = `<p><a href="/x">${sentence.repeat(2)}</a> mehr</p>`.repeat(8);
      expect(isArticlePage(page(website, `<h1>Suche: Kamera</h1><div>${results}</div>`))).toBe(false);
    });

    it('leaves a reference page alone: its paragraphs are a minority beside tables and code', () => {
      const reference = `<h1>Resource::Function</h1><div>${paragraphs(8)}<dl>${`<dt>Name</dt><dd><pre>${'x'.repeat(2000)}</pre></dd>`.repeat(3)}</dl></div>`;
      expect(isArticlePage(page('', reference))).toBe(false);
    });
  });
});

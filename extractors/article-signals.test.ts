import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAX_READABLE_DEPTH, isArticlePage, nestedDeeperThan } from './article-signals';

const docOf = (html: string) => parseHTML(html).document;
const text = `<p>${'Amazon Lager Streik Verdi Beschäftigte. '.repeat(20)}</p>`;
const nested = (tag: string, depth: number, inner: string) =>
  `${`<${tag}>`.repeat(depth)}${inner}${`</${tag}>`.repeat(depth)}`;

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

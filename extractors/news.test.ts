import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractNews } from './news';

const docOf = (html: string) => parseHTML(html).document;
const url = new URL('https://www.zeit.de/wirtschaft/amazon-streik');
const paragraph = `<p>${'Amazon Lager Streik Verdi Beschäftigte. '.repeat(20)}</p>`;
const nested = (depth: number) => `${'<div>'.repeat(depth)}${paragraph}${'</div>'.repeat(depth)}`;

// Regressions found by tests/fuzz/fuzz.test.ts.
describe('extractNews on hostile pages', () => {
  it('survives JSON-LD keywords nested 20,000 levels deep', () => {
    const keywords = `${'['.repeat(20_000)}"deep"${']'.repeat(20_000)}`;
    const doc = docOf(
      `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Streik","keywords":${keywords},"articleSection":["Wirtschaft",["Handel"]]}</script></head><body></body></html>`,
    );
    const context = extractNews(doc, url);
    expect(context?.headline).toBe('Streik');
    expect(context?.keywords).toEqual(['Wirtschaft', 'Handel']);
  });

  it('skips Readability on a page nested too deep for it, and still reads the headline', () => {
    const doc = docOf(
      `<html><head><meta property="og:type" content="article"><meta property="og:title" content="Streik bei Amazon"></head><body>${nested(1500)}</body></html>`,
    );
    const started = performance.now();
    const context = extractNews(doc, url);
    // 20 s before the depth check; well under one now even on a loaded machine.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(context).toMatchObject({ headline: 'Streik bei Amazon', leadText: undefined });
  });

  it('still reads the text of an ordinarily nested article', () => {
    const doc = docOf(
      `<html><head><meta property="og:type" content="article"></head><body><h1>Streik</h1>${nested(40)}</body></html>`,
    );
    expect(extractNews(doc, url)?.leadText).toMatch(/Amazon Lager Streik/);
  });
});

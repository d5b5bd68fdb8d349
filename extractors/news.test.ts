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

describe('extractNews on blog posts', () => {
  it('reads a post that makes its case in a list, not the chat box below it that Readability settles on', () => {
    // xeiaso-gitlab-layoffs-ai: two short <p>s, the argument in an <ol>, then a characters' dialogue box.
    const item = (text: string) => `<li>${`${text} `.repeat(12)}</li>`;
    const box = `<div class="chat"><div class="text-sm"><p>${'Eine Figur spricht im Kasten. '.repeat(8)}</p><p>${'Eine zweite antwortet ihr. '.repeat(6)}</p></div></div>`;
    const doc = docOf(
      `<html><head><meta property="og:type" content="article"><title>Stellenabbau</title></head><body><article><h1>Stellenabbau</h1><p>Die Firma baut Stellen ab, aus drei Gründen:</p><ol>${item('Die KI soll die Arbeit tun.')}${item('Die Anleger wollen es hören.')}${item('Die Konkurrenz ist schwach.')}</ol><p>Vielleicht war es nötig.</p>${box}</article></body></html>`,
    );
    const lead = extractNews(doc, url)?.leadText;
    expect(lead).toMatch(/Die KI soll die Arbeit tun\..*Die Anleger wollen es hören\./);
  });
});

describe('extractNews on a minified page', () => {
  it("keeps a paragraph's last word apart from the next one's first", () => {
    const story = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Absatz ${i}: Die Beschäftigten im Lager streiken seit Montag, die Gewerkschaft fordert einen Tarifvertrag und höhere Löhne für alle Lagerarbeiter</p>`,
    ).join('');
    const doc = docOf(
      `<html><head><meta property="og:type" content="article"><meta property="og:title" content="Streik bei Amazon"></head><body><article><h1>Streik bei Amazon</h1><time datetime="2026-11-30">30.11.2026</time>${story}</article></body></html>`,
    );
    const lead = extractNews(doc, url)?.leadText ?? '';
    expect(lead).toMatch(/Lagerarbeiter Absatz 1/);
    expect(lead).not.toMatch(/LagerarbeiterAbsatz|2026Absatz/);
  });
});

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../core/engine';
import { articles } from '../seeds';
import { readPage } from './index';
import { extractNewsQuick, paragraphLead } from './news-quick';

const docOf = (html: string) => parseHTML(html).document;
const url = new URL('https://www.zeit.de/sport/derby');
const words = (text: string, times: number) => `<p>${`${text} `.repeat(times)}</p>`;

describe('paragraphLead', () => {
  it("reads the article's paragraphs, not a teaser's, and falls back to the body", () => {
    const teaser = `<article><p>Kurz: mehr dazu.</p></article>`;
    const body = `<article>${words('Das Derby war eng.', 40)}</article>`;
    expect(paragraphLead(docOf(`<html><body>${teaser}${body}</body></html>`))).toMatch(/^Das Derby war eng/);
    expect(paragraphLead(docOf(`<html><body><div>${words('Ohne Rahmen.', 10)}</div></body></html>`))).toMatch(
      /^Ohne Rahmen/,
    );
  });

  it('stops at the lead cap', () => {
    const lead = paragraphLead(docOf(`<html><body><main>${words('Wort', 5000)}</main></body></html>`));
    expect(lead!.length).toBeLessThanOrEqual(4000);
  });
});

describe('extractNewsQuick', () => {
  it('reads an article without Readability and ignores other pages', () => {
    const article = docOf(
      `<html lang="de"><head><meta property="og:type" content="article"><meta property="og:title" content="Bayern gewinnt das Derby"></head><body><article>${words('Ein Tor entschied das Spiel.', 30)}</article></body></html>`,
    );
    const context = extractNewsQuick(article, url);
    expect(context).toMatchObject({ site: 'news', headline: 'Bayern gewinnt das Derby' });
    expect(context?.leadText).toMatch(/^Ein Tor entschied/);
    expect(extractNewsQuick(docOf('<html><body><p>Impressum</p></body></html>'), url)).toBeNull();
  });
});

describe('readPage', () => {
  const engine = createEngine(articles);
  const options = { anySite: false, newsDetection: true };
  const page = (headline: string, text: string) =>
    docOf(
      `<html lang="de"><head><meta property="og:type" content="article"><meta property="og:title" content="${headline}"></head><body><article>${words(text, 30)}</article></body></html>`,
    );

  it('settles an unrelated article on the quick read, and reads a related one in full', () => {
    let ranked = 0;
    const rank = (context: Parameters<typeof engine.rank>[0]) => {
      ranked++;
      return engine.rank(context);
    };
    const derby = readPage(
      page('Bayern gewinnt das Derby', 'Ein Tor entschied das Spiel.'),
      url,
      options,
      rank,
    );
    expect(derby?.result.silent).toBe(true);
    expect(ranked).toBe(1);

    ranked = 0;
    const amazon = readPage(
      page(
        'Amazon-Lager: Streik vor Weihnachten',
        'Die Beschäftigten bei Amazon streiken in den Versandzentren.',
      ),
      url,
      options,
      rank,
    );
    expect(ranked).toBe(1); // not settled quickly: only the full read was ranked
    expect(amazon?.result.silent).toBe(false);
  });
});

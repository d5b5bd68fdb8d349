import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
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

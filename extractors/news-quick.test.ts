import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LIMITS, clean } from './dom';
import { articleFromData, collectArticle, paragraphText } from './news-quick';

const docOf = (html: string) => parseHTML(html).document;
/** The lead as the ranking side cleans it. */
const paragraphLead = (doc: Document) => clean(paragraphText(doc), LIMITS.lead);
/** The quick read, its two halves joined as the read path joins them. */
const extractNewsQuick = (doc: Document, url: URL) => articleFromData(collectArticle(doc), url);
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

  it("skips the site's consent and cookie notices inside the article, not an article on a consenting page", () => {
    // zeit-euroleague-schlaegerei: a tweet held back for consent, under a basketball report.
    const notice = `<div class="embed-wrapper js-embed-consent"><p>Damit können personenbezogene Daten übermittelt werden.</p></div>`;
    const banner = `<div id="cookie-banner"><p>Wir verwenden Cookies.</p></div>`;
    const lead = paragraphLead(
      docOf(
        `<html><body><article>${words('Das Derby war eng.', 20)}${notice}${banner}${words('Am Ende siegte Real.', 20)}</article></body></html>`,
      ),
    );
    expect(lead).toMatch(/^Das Derby war eng.*Am Ende siegte Real\.$/);
    expect(lead).not.toMatch(/personenbezogene|Cookies/);
    const consenting = `<html><body class="cookie-consent-given"><div>${words('Ohne Rahmen.', 10)}</div></body></html>`;
    expect(paragraphLead(docOf(consenting))).toMatch(/^Ohne Rahmen/);
    const marked = `<html><body><article class="consent-article">${words('Das Derby war eng.', 40)}</article></body></html>`;
    expect(paragraphLead(docOf(marked))).toMatch(/^Das Derby war eng/);
  });

  it('never counts a script or style inside a paragraph as its text', () => {
    // theverge-facebook-news-feed-experiment: an e-mail obfuscator's code inside the byline paragraph.
    const byline = `<p>Von Anna Muster <script>var kode="oked=kode";eval(kode)</script><style>p{color:red}</style><noscript>Bitte JavaScript aktivieren</noscript></p>`;
    const lead = paragraphLead(
      docOf(`<html><body><article>${byline}${words('Das Derby war eng.', 40)}</article></body></html>`),
    );
    expect(lead).toMatch(/^Von Anna Muster Das Derby war eng/);
    expect(lead).not.toMatch(/kode|color|JavaScript/);
  });

  it("reads a story written in <br>-broken text, not the readers' comments below it", () => {
    // slashdot-stanford-grads-ai-jobs: the story has no <p>, the comments under it do.
    const story = `<article><h2>Derby</h2><div class="body">${'Das Derby war eng. '.repeat(20)}<br><br><a href="/x">Am Ende</a> siegte Real. ${'Ein Tor entschied. '.repeat(20)}</div></article>`;
    const comments = `<section id="comments">${words('Mein Kommentar dazu.', 40)}</section>`;
    const lead = paragraphLead(docOf(`<html><body>${story}${comments}</body></html>`));
    expect(lead).toMatch(/^Das Derby war eng\..*Am Ende siegte Real\..*Ein Tor entschied\.$/);
    expect(lead).not.toMatch(/Kommentar/);
  });

  it('reads list items that are prose as paragraphs, not menus, labels and lists of links', () => {
    // xeiaso-gitlab-layoffs-ai: the post makes its case in a numbered list, a chat box below it has <p>s.
    const tags = `<ul class="tags"><li><a href="/t/derby">Derby</a></li><li><a href="/t/real">Real Madrid</a></li></ul>`;
    const related = `<ul><li><a href="/1">${'Das nächste Derby kommt bestimmt, sagt der Trainer. '.repeat(2)}</a> (Video)</li></ul>`;
    const facts = `<ul><li>Anstoß: 20.45 Uhr</li><li>Stadion: Bernabéu</li></ul>`;
    const reasons = `<ol><li>${'Das Derby war eng. '.repeat(5)}</li><li>Am Ende siegte <a href="/real">Real</a>. Ein Tor entschied. <ul><li>${'Es fiel spät. '.repeat(6)}</li></ul></li></ol>`;
    const post = `<article>${tags}<p>Drei Gründe:</p>${reasons}${related}${facts}<div class="chat"><p>Mein Kommentar dazu.</p></div></article>`;
    const lead = paragraphLead(docOf(`<html><body>${post}</body></html>`));
    expect(lead).toMatch(/^Drei Gründe: Das Derby war eng\..* Es fiel spät\. Mein Kommentar dazu\.$/);
    expect(lead).not.toMatch(/Real Madrid|Trainer|Anstoß|Stadion/);
  });

  it('takes a <div> that holds paragraphs for its paragraphs, not for one itself', () => {
    const nested = `<article><div>Vorspann<br>${words('Das Derby war eng.<br>', 40)}</div></article>`;
    const lead = paragraphLead(docOf(`<html><body>${nested}</body></html>`));
    expect(lead).toMatch(/^Das Derby war eng/);
    expect(lead).not.toMatch(/Vorspann/);
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

  it('finds the run of paragraphs of a page that marks up no article once, for the article check and its lead', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) =>
      words(`Absatz ${i} der Anleitung für die Kamera.`, 8),
    );
    const page = docOf(`<html><body><div><h1>Die Kamera</h1>${paragraphs.join('')}</div></body></html>`);
    const getElementsByTagName = page.getElementsByTagName.bind(page);
    let paragraphLookups = 0;
    page.getElementsByTagName = (name: string) => {
      if (name === 'p') paragraphLookups++;
      return getElementsByTagName(name);
    };
    const data = collectArticle(page);
    expect(data.readableBody).toBe(true);
    expect(data.lead).toMatch(/^Absatz 0 der Anleitung/);
    expect(paragraphLookups).toBe(1);
  });
});

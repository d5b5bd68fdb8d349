import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageContextProblems } from '../core/page-context';
import { clean, proseText } from './dom';

// Regressions found by tests/fuzz/fuzz.test.ts: clean() must return text that pageContextProblems accepts.
describe('clean on hostile text', () => {
  const wellFormed = /^(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

  it('does not cut an emoji in half at the cap', () => {
    const text = clean(`${'a'.repeat(9)}😀 more`, 10);
    expect(text).toBe('a'.repeat(9));
    expect(text).toMatch(wellFormed);
  });

  it('replaces lone surrogates a script left in the page', () => {
    expect(clean('Echo \uD83D Dot \uDE00', 100)).toBe('Echo \uFFFD Dot \uFFFD');
    expect(clean('ok 😀', 100)).toBe('ok 😀');
  });

  it('collapses whitespace that a mojibake repair produces', () => {
    // "â\u0080¨" are the UTF-8 bytes of U+2028 (line separator) read as Latin-1.
    const text = clean('BÃ¼cher â\u0080\u00a8', 100);
    expect(text).toBe('Bücher');
    expect(pageContextProblems({ ...context, headline: text })).toEqual([]);
  });
});

const context = {
  url: 'https://www.amazon.de/',
  site: 'amazon',
  pageType: 'home',
  language: 'de',
  host: 'www.amazon.de',
  categories: [],
  listingTitles: [],
  keywords: [],
};

describe('proseText', () => {
  const body = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body;

  it('keeps the words of a minified page apart where a line ends, not inside a line', () => {
    const text = proseText(
      body('<time>30.11.2026</time><p>Warehouse <b>work</b>ers</p><p>Strike</p><div>one<br>two</div>'),
      1000,
    );
    expect(text.replace(/\s+/g, ' ').trim()).toBe('30.11.2026 Warehouse workers Strike one two');
  });

  it('reads no script or style, and stops near its cap', () => {
    expect(proseText(body('<p>Text<script>var x = 1;</script><style>p{}</style></p>'), 1000).trim()).toBe(
      'Text',
    );
    expect(proseText(body('<p>aaaa</p><p>bbbb</p><p>cccc</p>'), 6).replace(/\s+/g, '')).toBe('aaaabb');
    // Neither one long text nor a run of empty line ends goes far past the cap.
    expect(proseText(body(`<p>${'a'.repeat(100_000)}</p>`), 50).length).toBeLessThan(60);
    expect(proseText(body('<br>'.repeat(10_000)), 50).length).toBeLessThan(60);
    // A paragraph of inline markup only, read as its textContent, is cut at the cap too.
    expect(proseText(body(`<p><b>${'a'.repeat(100_000)}</b></p>`).firstChild!, 50)).toBe('a'.repeat(50));
  });

  it('reads a page nested deeper than a call stack goes', () => {
    const deep = `${'<div>'.repeat(20000)}deep${'</div>'.repeat(20000)}`;
    expect(proseText(body(deep), 1000).trim()).toBe('deep');
  });
});

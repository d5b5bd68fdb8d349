import { describe, expect, it } from 'vitest';
import { pageContextProblems } from '../core/page-context';
import { clean } from './dom';

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

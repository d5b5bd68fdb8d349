import { describe, expect, it } from 'vitest';
import { CONTEXT_LIMITS, isPageContext, pageContext, pageContextProblems } from './page-context';
import { amazonProduct, newsArticle } from './testing';

const valid = () =>
  pageContext({
    url: 'https://www.amazon.de/s?k=echo',
    site: 'amazon',
    pageType: 'search',
    language: 'de',
    searchQuery: 'echo',
    categories: ['Elektronik', 'Smart Home'],
    listingTitles: ['Echo Dot (5. Generation)', 'Echo Show 8'],
  });

describe('pageContext', () => {
  it('reads the host from the url', () => {
    expect(pageContext({ url: 'https://WWW.Zeit.de/x', site: 'news', pageType: 'article' }).host).toBe(
      'www.zeit.de',
    );
  });
});

describe('pageContextProblems', () => {
  it('accepts what the helpers build', () => {
    for (const context of [
      valid(),
      amazonProduct('Echo Dot'),
      newsArticle('Amazon streik', 'Verdi ruft zum Streik auf.'),
      // Optional fields present but undefined, as the adapters spread them.
      { ...valid(), productTitle: undefined, brand: undefined },
    ]) {
      expect(pageContextProblems(context)).toEqual([]);
      expect(isPageContext(context)).toBe(true);
    }
  });

  it('accepts page text at exactly its cap, and emoji and right-to-left text', () => {
    const context = {
      ...valid(),
      productTitle: 'x'.repeat(CONTEXT_LIMITS.title),
      leadText: 'y'.repeat(CONTEXT_LIMITS.lead),
      headline: 'مرحبا 👩‍👩‍👧 שלום e\u0301',
      keywords: Array.from({ length: CONTEXT_LIMITS.keywords }, (_, i) => `k${i}`),
    };
    expect(pageContextProblems(context)).toEqual([]);
  });

  it.each([null, undefined, 'context', 42, []])('rejects %j as not an object', (value) => {
    expect(pageContextProblems(value)).toEqual([expect.stringMatching(/not an object/)]);
    expect(isPageContext(value)).toBe(false);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a missing url', { url: undefined }, /^url is undefined/],
    ['a relative url', { url: '/dp/B000' }, /^url is not an absolute/],
    ['a javascript: url', { url: 'javascript:alert(1)' }, /^url is not an absolute/],
    ['an enormous url', { url: `https://a.de/${'x'.repeat(3 * 1024 * 1024)}` }, /^url has \d+ characters/],
    ['a numeric host', { host: 7 }, /^host is number/],
    ['an empty host', { host: '' }, /^host "" is not/],
    ['an upper-case host', { host: 'WWW.AMAZON.DE' }, /^host "WWW.AMAZON.DE" is not/],
    ['an unknown site', { site: 'ebay' }, /^site ebay is not one of/],
    ['an unknown page type', { pageType: 'checkout' }, /^pageType checkout is not one of/],
    ['a long language tag', { language: 'de-DE' }, /^language "de-DE"/],
    ['a missing language', { language: undefined }, /^language undefined/],
    ['a numeric title', { productTitle: 42 }, /^productTitle is number, not a string/],
    ['a null brand', { brand: null }, /^brand is null, not a string/],
    ['an empty headline', { headline: '' }, /^headline is empty/],
    ['a blank description', { description: ' \n ' }, /^description is empty/],
    [
      'a title over its cap',
      { productTitle: 'x'.repeat(CONTEXT_LIMITS.title + 1) },
      /^productTitle has 301 characters, more than 300/,
    ],
    ['a lead over its cap', { leadText: 'y'.repeat(CONTEXT_LIMITS.lead + 1) }, /^leadText has 4001/],
    ['an untrimmed query', { searchQuery: ' echo' }, /^searchQuery is not trimmed/],
    ['a line break', { headline: 'Amazon\nstreik' }, /^headline has uncollapsed whitespace/],
    ['two spaces', { headline: 'Amazon  streik' }, /^headline has uncollapsed whitespace/],
    ['a lone high surrogate', { headline: 'cut \uD83D' }, /^headline has a lone surrogate/],
    ['a lone low surrogate', { headline: '\uDE00 cut' }, /^headline has a lone surrogate/],
    ['categories not an array', { categories: 'Elektronik' }, /^categories is string, not an array/],
    ['keywords missing', { keywords: undefined }, /^keywords is undefined, not an array/],
    [
      'too many categories',
      { categories: Array.from({ length: CONTEXT_LIMITS.categories + 1 }, (_, i) => `c${i}`) },
      /^categories has 11 items, more than 10/,
    ],
    [
      'too many listing titles',
      { listingTitles: Array.from({ length: CONTEXT_LIMITS.listingCount + 1 }, (_, i) => `t${i}`) },
      /^listingTitles has 41 items/,
    ],
    ['a non-string list item', { keywords: ['ok', 3] }, /^keywords\[1\] is number/],
    ['an empty list item', { listingTitles: ['ok', ''] }, /^listingTitles\[1\] is empty/],
    [
      'a list item over its cap',
      { categories: ['x'.repeat(CONTEXT_LIMITS.short + 1)] },
      /^categories\[0\] has 121 characters/,
    ],
    ['an unknown field', { html: '<b>x</b>' }, /^html is not a PageContext field/],
  ])('rejects %s', (_, change, problem) => {
    const problems = pageContextProblems({ ...valid(), ...change });
    expect(problems).toEqual([expect.stringMatching(problem)]);
  });

  it('lists every problem, not only the first', () => {
    expect(pageContextProblems({ ...valid(), site: 'ebay', headline: '', keywords: null })).toHaveLength(3);
  });
});

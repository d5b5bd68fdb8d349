import { describe, expect, it } from 'vitest';
import { pageContext } from '../core/page-context';
import type { Article, RankResult } from '../core/types';
import { badgeText, pageLabel, viewFromResult, withTab, withoutTab } from './tab-state';

const article = { id: 'a' } as Article;
const ranked = (ids: [string, ...string[]][]): RankResult => ({
  silent: false,
  reason: { kind: 'shop', site: 'amazon', pageType: 'product', leadingTopics: ['alexa'] },
  pageTopics: {},
  passages: ids.map(([id, ...topics]) => ({
    passage: { id, text: 't', topics: topics as never },
    article,
    score: 0.5,
    why: { cues: [], matchedTerms: [], topics: [] },
  })),
});
const context = pageContext({
  url: 'https://www.amazon.de/dp/X',
  site: 'amazon',
  pageType: 'product',
  productTitle: 'Echo Dot',
});
const all = new Set(['labour', 'data', 'alexa', 'alibaba', 'power'] as const);

describe('viewFromResult', () => {
  it('keeps the order, drops hidden passages and switched-off topics, caps the count', () => {
    const view = viewFromResult(
      7,
      context.url,
      context,
      ranked([
        ['a/1', 'alexa'],
        ['a/2', 'labour'],
        ['a/3', 'data'],
        ['a/4', 'power'],
      ]),
      {
        hidden: ['a/2'],
        topics: new Set(['alexa', 'data', 'power'] as const),
        limit: 2,
      },
    );
    expect(view.offered.map((o) => o.passageId)).toEqual(['a/1', 'a/3']);
    expect(view).toMatchObject({
      tabId: 7,
      host: 'www.amazon.de',
      site: 'amazon',
      silent: false,
      pageLabel: 'Echo Dot',
    });
  });

  it('says why a page with fitting but hidden passages shows nothing', () => {
    const view = viewFromResult(1, context.url, context, ranked([['a/1', 'alexa']]), {
      hidden: ['a/1'],
      topics: all,
      limit: 5,
    });
    expect(view.silent).toBe(true);
    expect(view.reason).toEqual({ kind: 'allHidden' });
  });

  it('describes a page without context', () => {
    const view = viewFromResult(
      1,
      'https://example.org/',
      null,
      null,
      { hidden: [], topics: all, limit: 5 },
      { kind: 'notRead' },
    );
    expect(view).toMatchObject({
      silent: true,
      host: 'example.org',
      site: null,
      reason: { kind: 'notRead' },
    });
  });
});

describe('badgeText', () => {
  it('is the count, or empty', () => {
    const view = viewFromResult(
      1,
      context.url,
      context,
      ranked([
        ['a/1', 'alexa'],
        ['a/2', 'data'],
      ]),
      { hidden: [], topics: all, limit: 5 },
    );
    expect(badgeText(view)).toBe('2');
    expect(badgeText({ ...view, offered: [] })).toBe('');
    expect(badgeText(undefined)).toBe('');
  });
});

describe('tab records', () => {
  it('are added and removed without mutating the old state', () => {
    const view = viewFromResult(3, context.url, context, null, { hidden: [], topics: all, limit: 5 });
    const one = withTab({}, { view, context });
    expect(Object.keys(one)).toEqual(['3']);
    expect(withoutTab(one, 3)).toEqual({});
    expect(Object.keys(one)).toEqual(['3']);
  });

  it('label a page by its most telling field', () => {
    expect(pageLabel(null)).toBe('');
    expect(
      pageLabel(
        pageContext({ url: 'https://www.zeit.de/a', site: 'news', pageType: 'article', headline: 'H' }),
      ),
    ).toBe('H');
    expect(
      pageLabel(
        pageContext({
          url: 'https://www.amazon.de/s',
          site: 'amazon',
          pageType: 'search',
          searchQuery: 'katzenfutter',
        }),
      ),
    ).toBe('katzenfutter');
  });
});

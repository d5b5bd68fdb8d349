import { describe, expect, it } from 'vitest';
import type { Judgement } from './judge';
import { groupsOf, scoreCase } from './relevance';

const groups = { alexa: ['Lauschsprecher'], labour: ['nicht fest angestellt'], data: ['Datenauswertung'] };
const long = (text: string) => `${text} ${'und so weiter '.repeat(6)}`;

const judged = (silent: boolean, texts: string[]): Judgement => ({
  url: 'https://www.amazon.de/dp/X',
  site: 'amazon',
  pageType: 'product',
  language: 'de',
  silent,
  reason: 'test',
  decision: null,
  context: null,
  passages: texts.map((text, i) => ({
    id: `a/p${i}`,
    articleId: 'a',
    title: 'A',
    text,
    score: 1,
    topics: [],
    why: { cues: [], matchedTerms: [], topics: [] },
  })),
});

describe('groupsOf', () => {
  it('finds groups by phrase, case-insensitively', () => {
    expect(groupsOf(long('Diese LAUSCHSPRECHER und die Datenauswertung'), groups)).toEqual(['alexa', 'data']);
  });

  it('never counts a bare heading or merged paragraphs', () => {
    expect(groupsOf('Lauschsprecher', groups)).toEqual([]);
    expect(groupsOf(`Lauschsprecher ${'x'.repeat(1600)}`, groups)).toEqual([]);
  });
});

describe('scoreCase', () => {
  it('scores hit@1 and p@3 over the first three passages', () => {
    const score = scoreCase(
      { page: 'p', expect: 'show', top: ['alexa'], relevant: ['alexa', 'data'] },
      judged(false, [long('Lauschsprecher'), long('nicht fest angestellt'), long('Datenauswertung')]),
      groups,
    );
    expect(score.hit1).toBe(true);
    expect(score.p3).toBeCloseTo(2 / 3);
    expect(score.miss).toMatch(/p@3/);
  });

  it('counts missing passages against p@3 and silence against a shown page', () => {
    expect(
      scoreCase(
        { page: 'p', expect: 'show', top: ['alexa'], relevant: ['alexa'] },
        judged(false, [long('Lauschsprecher')]),
        groups,
      ).p3,
    ).toBeCloseTo(1 / 3);
    expect(scoreCase({ page: 'p', expect: 'show', top: ['alexa'] }, judged(true, []), groups).miss).toMatch(
      /silent/,
    );
  });

  it('flags passages on a silent page and ignores pages judged "any"', () => {
    expect(scoreCase({ page: 'p', expect: 'silent' }, judged(false, [long('x')]), groups).miss).toMatch(
      /silent page/,
    );
    expect(scoreCase({ page: 'p', expect: 'any' }, judged(false, []), groups).miss).toBeNull();
  });
});

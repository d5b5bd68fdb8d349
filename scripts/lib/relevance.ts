import type { RelevanceCase } from '../../tests/fixtures/real/index.mjs';
import type { Judgement } from './judge';

/** A passage outside these bounds (a bare heading, merged paragraphs) never counts as a hit. */
const MIN_HIT_LENGTH = 60;
const MAX_HIT_LENGTH = 1500;

/** The groups a passage text belongs to: those with a phrase it contains (case-insensitive). */
export function groupsOf(text: string, groups: Record<string, string[]>): string[] {
  if (text.length < MIN_HIT_LENGTH || text.length > MAX_HIT_LENGTH) return [];
  const lower = text.toLowerCase();
  return Object.entries(groups)
    .filter(([, phrases]) => phrases.some((phrase) => lower.includes(phrase.toLowerCase())))
    .map(([group]) => group);
}

export interface CaseScore {
  page: string;
  expect: RelevanceCase['expect'];
  silent: boolean;
  hit1: boolean | null;
  p3: number | null;
  miss: string | null;
}

/** Scores one judged page against its case. */
export function scoreCase(
  testCase: RelevanceCase,
  judgement: Judgement,
  groups: Record<string, string[]>,
): CaseScore {
  const base = { page: testCase.page, expect: testCase.expect, silent: judgement.silent };
  if (testCase.expect === 'silent') {
    return {
      ...base,
      hit1: null,
      p3: null,
      miss: judgement.silent ? null : 'offered passages on a silent page',
    };
  }
  if (testCase.expect === 'any') return { ...base, hit1: null, p3: null, miss: null };
  if (judgement.silent) return { ...base, hit1: false, p3: 0, miss: `silent (${judgement.reason})` };
  const top = new Set(testCase.top ?? []);
  const relevant = new Set(testCase.relevant ?? []);
  const groupLists = judgement.passages.map((p) => groupsOf(p.text, groups));
  const hit1 = (groupLists[0] ?? []).some((g) => top.has(g));
  const p3 = groupLists.slice(0, 3).filter((gs) => gs.some((g) => relevant.has(g))).length / 3;
  const misses: string[] = [];
  if (!hit1)
    misses.push(
      `top passage ${judgement.passages[0]?.id} is in [${(groupLists[0] ?? []).join(', ')}], wanted [${[...top].join(', ')}]`,
    );
  if (p3 < 1)
    misses.push(
      `p@3 ${p3.toFixed(2)}: ${judgement.passages
        .slice(0, 3)
        .map((p, i) => `${p.id} [${(groupLists[i] ?? []).join(',')}]`)
        .join('; ')}`,
    );
  return { ...base, hit1, p3, miss: misses.length > 0 ? misses.join(' | ') : null };
}

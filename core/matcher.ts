import { NAMESAKES, NAMESAKE_WINDOW } from './namesakes';
import { tokenize, type Token } from './text';
import type { NamesakeReading } from './types';

/**
 * Finds lexicon patterns in page text: one pass over the words, with the namesake rules applied to
 * every ambiguous word. Patterns are compiled once per engine; a word's candidate patterns are cached
 * because product titles and articles repeat their words.
 */

/** A compiled pattern: its words, and which object (concept or entity) it signals. */
interface CompiledPattern<K> {
  key: K;
  words: readonly PatternWord[];
  /** The pattern as written in the lexicon, for debugging and tests. */
  source: string;
}

interface PatternWord {
  text: string;
  /** Also match as the head of a German compound ("bluetoothlautsprecher"). */
  compoundHead: boolean;
}

/** One occurrence of a pattern in a text. */
export interface PatternHit<K> {
  key: K;
  /** The page's words that matched, as written. */
  surface: string;
  /** Word index of the first matched word. */
  index: number;
  /** The ambiguous word whose neighbours settled that it means the pattern's sense ("ring"). */
  namesake?: string;
}

const MIN_PREFIX = 4;
const MIN_COMPOUND_HEAD = 5;

function wordMatches(word: PatternWord, norm: string): boolean {
  if (norm === word.text) return true;
  if (word.text.length >= MIN_PREFIX && norm.startsWith(word.text)) return true;
  if (word.compoundHead && word.text.length >= MIN_COMPOUND_HEAD) {
    const at = norm.indexOf(word.text, 2);
    return at >= 2;
  }
  return false;
}

/** Matches a fixed set of patterns against texts. */
export class PatternMatcher<K> {
  // Patterns keyed by the first three letters of their first word: a page word only needs to be
  // compared with the few patterns that could start with it. Compound-head words go in `anywhere`.
  private readonly byPrefix = new Map<string, CompiledPattern<K>[]>();
  private readonly anywhere: CompiledPattern<K>[] = [];
  private readonly candidatesCache = new Map<string, CompiledPattern<K>[]>();

  constructor(patterns: Iterable<{ key: K; pattern: string }>) {
    for (const { key, pattern } of patterns) {
      const words = pattern
        .split(/\s+/)
        .flatMap((part) => {
          const compoundHead = part.startsWith('*');
          return tokenize(part).map((token) => ({ text: token.norm, compoundHead }));
        })
        .filter((word) => word.text.length > 0);
      const first = words[0];
      if (!first) continue;
      const compiled: CompiledPattern<K> = { key, words, source: pattern };
      if (first.compoundHead) this.anywhere.push(compiled);
      const bucket = first.text.slice(0, 3);
      const list = this.byPrefix.get(bucket) ?? [];
      list.push(compiled);
      this.byPrefix.set(bucket, list);
    }
  }

  private candidates(norm: string): CompiledPattern<K>[] {
    const cached = this.candidatesCache.get(norm);
    if (cached) return cached;
    const pool = new Set([...(this.byPrefix.get(norm.slice(0, 3)) ?? []), ...this.anywhere]);
    const found = [...pool].filter((pattern) => wordMatches(pattern.words[0] as PatternWord, norm));
    if (this.candidatesCache.size > 20_000) this.candidatesCache.clear();
    this.candidatesCache.set(norm, found);
    return found;
  }

  /**
   * Every pattern occurrence in the tokens, with ambiguous words resolved by their neighbours.
   * `otherSenseInText`: words whose other sense the whole page speaks of (the rainforest page's
   * "amazon"); for those no occurrence is taken in its default sense. `readOtherwise` hears of each
   * ambiguous word read in its other sense, so a silence can say why.
   */
  findAll(
    tokens: readonly Token[],
    otherSenseInText: ReadonlySet<string> = new Set(),
    readOtherwise?: (reading: NamesakeReading) => void,
  ): PatternHit<K>[] {
    const hits: PatternHit<K>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      for (const pattern of this.candidates(token.norm)) {
        const length = pattern.words.length;
        let matched = true;
        for (let w = 1; w < length && matched; w++) {
          const next = tokens[i + w];
          matched = next !== undefined && wordMatches(pattern.words[w] as PatternWord, next.norm);
        }
        if (!matched) continue;
        // A multi-word pattern ("echo dot", "works with alexa") settles the sense by itself.
        const word = (pattern.words[0] as PatternWord).text;
        const rule = length === 1 ? NAMESAKES[word] : undefined;
        if (rule) {
          const sense = senseOf(tokens, i, word, !otherSenseInText.has(word));
          if (sense === 'other') readOtherwise?.({ namesake: word, readAs: rule.otherSense });
          if (sense !== 'sense') continue;
        }
        hits.push({
          key: pattern.key,
          surface: tokens
            .slice(i, i + length)
            .map((t) => t.surface)
            .join(' '),
          index: i,
          ...(rule && { namesake: word }),
        });
      }
    }
    return hits;
  }

  findAllInText(
    text: string,
    otherSenseInText?: ReadonlySet<string>,
    readOtherwise?: (reading: NamesakeReading) => void,
  ): PatternHit<K>[] {
    return this.findAll(tokenize(text), otherSenseInText, readOtherwise);
  }
}

const startsWithAny = (norm: string, cues: readonly string[]): boolean =>
  cues.some((cue) => norm.startsWith(cue));

/**
 * Which sense the ambiguous word at `index`, matched by the pattern word `word`, is meant in: the one
 * the lexicon wants, the other one, or neither clearly. An ambiguous word must stand as itself (or its
 * plural): "Ringe" and "Ringen" are not Ring. With `allowDefault` false the page speaks of the other
 * sense elsewhere, so a word nothing near it explains is read in that sense.
 */
function senseOf(
  tokens: readonly Token[],
  index: number,
  word: string,
  allowDefault = true,
): 'sense' | 'other' | 'unsure' {
  const rule = NAMESAKES[word];
  if (!rule) return 'sense';
  const norm = (tokens[index] as Token).norm;
  if (norm !== word && norm !== `${word}s`) return 'unsure';
  let sense = 0;
  let other = 0;
  const from = Math.max(0, index - NAMESAKE_WINDOW);
  const to = Math.min(tokens.length, index + NAMESAKE_WINDOW + 1);
  for (let j = from; j < to; j++) {
    if (j === index) continue;
    const near = (tokens[j] as Token).norm;
    if (startsWithAny(near, rule.other)) other++;
    else if (startsWithAny(near, rule.sense)) sense++;
  }
  if (sense === 0 && other === 0) {
    if (!allowDefault) return 'other';
    return rule.senseByDefault === true ? 'sense' : 'unsure';
  }
  return sense > other ? 'sense' : other > sense ? 'other' : 'unsure';
}

/** The ambiguous words whose other sense the tokens speak of anywhere (at least twice). */
export function otherSensesIn(tokens: readonly Token[]): Set<string> {
  const found = new Set<string>();
  for (const [word, rule] of Object.entries(NAMESAKES)) {
    if (!rule.senseByDefault) continue;
    let count = 0;
    for (const token of tokens) if (startsWithAny(token.norm, rule.other) && ++count >= 2) break;
    if (count >= 2) found.add(word);
  }
  return found;
}

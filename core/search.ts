import { MAX_FUZZY_LENGTH, type CorpusIndex, type TermMatch } from './corpus-index';
import { germanFor } from './glossary';
import { CONCEPTS, type Concept } from './lexicon';
import { MIN_INFLECTED, PatternMatcher } from './matcher';
import { STOPWORDS, tokenize, type Token } from './text';
import type { Topic } from './types';
import { editDistance, typoBudget } from './word-match';

/**
 * The panel's search: which passages a typed query means, best first. Each query word counts once per
 * passage, by the better of its own corpus words (exact, inflected, compounded, mistyped) and the
 * lexicon concept of a phrase it belongs to ("smart speaker", "job cuts"), which reaches the German
 * text in words the query does not use. Judged by tests/fixtures/search/queries.json.
 */

/** A search reads this many words of the query. */
export const MAX_QUERY_WORDS = 12;

/** A concept weighs this much per query word it covers, like a fairly rare exact word. */
const CONCEPT_WORD_WEIGHT = 3.5;
/** A concept of words the corpus itself uses counts this share: the passages with the words lead. */
const CONCEPT_OF_CORPUS_WORDS = 0.5;
/** How many of the best passages are scored again with their text at hand (headings, phrases). */
const SHORTLIST = 50;
/** A word found only in the section heading, which the section's passages share, counts this much. */
const HEADING_ONLY = 0.75;
/** Query words that stand next to each other in the passage too add this share of their weight. */
const PHRASE_BONUS = 0.5;
/** Each repetition of a word in the passage adds this share, for up to MAX_REPEATS repetitions. */
const REPEAT_STEP = 0.1;
const MAX_REPEATS = 3;
/** A German word the glossary gives for an English query word is this much further than the word itself. */
const TRANSLATION_DISTANCE = 0.1;
/** The parts of a split compound have at least this many letters ("fest|angestellt"). */
const MIN_PART = 4;

/** A found passage: its number, its score and the vocabulary words that found it. */
export interface SearchHit {
  n: number;
  score: number;
  terms: Set<string>;
}

/** One searched unit: a query word, or a part of a compound the corpus writes apart. */
interface Unit {
  /** Index of the query word it comes from. */
  word: number;
  matches: TermMatch[];
  /** Per passage: the unit's matches (weight and word), best first. */
  best: Map<number, { weight: number; term: string }[]>;
}

export class PassageSearch {
  private readonly concepts = new PatternMatcher(
    CONCEPTS.flatMap((concept) => concept.page.map((pattern) => ({ key: concept, pattern }))),
  );
  /** Every word of the lexicon's page patterns, to read a mistyped English query ("warehose"). */
  private readonly lexiconWords: string[];

  constructor(private readonly index: CorpusIndex) {
    const words = new Set<string>();
    for (const concept of CONCEPTS)
      for (const pattern of concept.page) for (const token of tokenize(pattern)) words.add(token.norm);
    this.lexiconWords = [...words];
  }

  search(query: string, allowed: ReadonlySet<Topic> | null): SearchHit[] {
    // Each word costs a fuzzy lookup over the vocabulary (several ms), and the panel searches on every
    // keystroke: a pasted page of text (400 words) froze it for 3 s (found by tests/fuzz/fuzz.test.ts).
    // Past the first words a query narrows nothing anyway.
    const words = tokenize(query).slice(0, MAX_QUERY_WORDS);
    const units = words.flatMap((token, word) => this.unitsOf(token, word));
    const conceptWords = this.conceptWords(words, new Set(units.map((unit) => unit.word)));
    if (units.length === 0 && conceptWords.size === 0) return [];

    const candidates = new Set<number>();
    for (const unit of units) for (const n of unit.best.keys()) candidates.add(n);
    for (const shares of conceptWords.values()) for (const n of shares.keys()) candidates.add(n);
    const rough = [...candidates]
      .filter((n) => !allowed || this.index.refs[n]!.passage.topics.some((t) => allowed.has(t)))
      .map((n) => this.score(n, words.length, units, conceptWords, null));
    rough.sort((a, b) => b.score - a.score);
    // Scored again with the passage's own words: a heading match and the words' order need the text.
    const exact = rough.slice(0, SHORTLIST).map(({ n }) => {
      const { section, text } = this.index.refs[n]!.passage;
      const own = tokenize(text).map((t) => t.norm);
      const all = section ? [...tokenize(section).map((t) => t.norm), ...own] : own;
      return this.score(n, words.length, units, conceptWords, { own: new Set(own), all });
    });
    return [...exact, ...rough.slice(SHORTLIST)].sort((a, b) => b.score - a.score);
  }

  /** A query word as searched: itself, or when the corpus writes it apart, its two parts. */
  private unitsOf(token: Token, word: number): Unit[] {
    const norm = token.norm;
    if (norm.length < 2 || STOPWORDS.has(norm)) return [];
    const matches = this.withGerman(norm, this.index.lookup(norm, { fuzzy: norm.length >= 4 }));
    if (matches.length > 0) return [this.unit(word, matches)];
    for (const [left, right] of splits(norm)) {
      const first = this.index.lookup(left, { fuzzy: false });
      const second = this.index.lookup(right, { fuzzy: false });
      if (first.length > 0 && second.length > 0) return [this.unit(word, first), this.unit(word, second)];
    }
    return [];
  }

  /**
   * A query word's matches with those of the German words the glossary gives for it, a little further
   * away than the word's own: "outage" finds Ausfall and Störung, which the German corpus uses.
   */
  private withGerman(norm: string, own: TermMatch[]): TermMatch[] {
    const german = germanFor(norm);
    if (german.length === 0) return own;
    const best = new Map(own.map((match) => [match.term, match.distance]));
    for (const word of german) {
      for (const match of this.index.lookup(word, { fuzzy: true })) {
        const distance = match.distance + TRANSLATION_DISTANCE;
        if (distance < (best.get(match.term) ?? Infinity)) best.set(match.term, distance);
      }
    }
    return [...best].map(([term, distance]) => ({ term, distance }));
  }

  private unit(word: number, matches: TermMatch[]): Unit {
    // A rarer inflection or compound of the word says no more than the word itself: its weight is
    // capped by the rarity of the word's own forms ("Datensätze" must not beat "Datensatz").
    const own = new Set<number>();
    for (const match of matches)
      if (match.distance <= 0.05) for (const n of this.index.passagesWith(match.term)) own.add(n);
    const ownIdf = own.size > 0 ? Math.log((this.index.size + 1) / own.size) : Infinity;
    const best = new Map<number, { weight: number; term: string }[]>();
    for (const match of matches) {
      const weight = (1 - match.distance) * (1 + Math.min(this.index.idf(match.term), ownIdf));
      for (const n of this.index.passagesWith(match.term)) {
        const list = best.get(n) ?? [];
        list.push({ weight, term: match.term });
        best.set(n, list);
      }
    }
    for (const list of best.values()) list.sort((a, b) => b.weight - a.weight);
    return { word, matches, best };
  }

  /**
   * The lexicon concepts the query names, as per query word: each passage's share of the concept.
   * A mistyped word is read as the lexicon word it is one or two letters from.
   */
  private conceptWords(
    words: readonly Token[],
    literal: ReadonlySet<number>,
  ): Map<number, Map<number, { weight: number; concept: Concept }>> {
    const read = words.map((token) => ({ ...token, norm: this.lexiconSpelling(token.norm) }));
    const hits = this.concepts.findAll(read);
    // A phrase's concept ("smart speaker") stands for its words, not a concept of one of them ("smart").
    const spans = hits.map((hit) => ({ hit, from: hit.index, to: hit.index + tokenize(hit.surface).length }));
    const kept = spans.filter(
      (span) =>
        !spans.some(
          (other) =>
            other !== span &&
            other.from <= span.from &&
            other.to >= span.to &&
            other.to - other.from > span.to - span.from,
        ),
    );
    const perWord = new Map<number, Map<number, { weight: number; concept: Concept }>>();
    for (const { hit, from, to } of kept) {
      // Where the query already uses the corpus's own words ("Restrukturierung", "Healthcare"), the
      // passages that use them come first; the concept reaches further, for words the corpus lacks.
      let covered = true;
      for (let w = from; w < to; w++) covered &&= !STOPWORDS.has(words[w]!.norm) && literal.has(w);
      const scale = covered ? CONCEPT_OF_CORPUS_WORDS : 1;
      const postings = this.index.conceptPostings(hit.key.id);
      if (!postings) continue;
      postings.passages.forEach((n, i) => {
        const weight = scale * CONCEPT_WORD_WEIGHT * postings.shares[i]!;
        for (let w = from; w < to; w++) {
          const shares = perWord.get(w) ?? new Map<number, { weight: number; concept: Concept }>();
          if ((shares.get(n)?.weight ?? 0) < weight) shares.set(n, { weight, concept: hit.key });
          perWord.set(w, shares);
        }
      });
    }
    return perWord;
  }

  private lexiconSpelling(norm: string): string {
    const budget = typoBudget(norm.length);
    if (budget === 0 || norm.length > MAX_FUZZY_LENGTH) return norm;
    if (this.index.lookup(norm, { fuzzy: false }).length > 0) return norm;
    // A lexicon word vouches for a query word it begins only where the page matcher lets it take endings
    // (MIN_INFLECTED): "a", "e" (of "e-book") and "ki" begin too many, and "emploees" went uncorrected.
    if (
      this.lexiconWords.some(
        (word) => word === norm || (word.length >= MIN_INFLECTED && norm.startsWith(word)),
      )
    )
      return norm;
    let best = norm;
    let bestEdits = budget + 1;
    for (const word of this.lexiconWords) {
      const edits = editDistance(norm, word, budget);
      if (edits < bestEdits) {
        best = word;
        bestEdits = edits;
      }
    }
    return best;
  }

  /** Passage `n`'s score: per query word its better reading; with the text, headings and phrases count. */
  private score(
    n: number,
    wordCount: number,
    units: readonly Unit[],
    conceptWords: ReadonlyMap<number, ReadonlyMap<number, { weight: number; concept: Concept }>>,
    text: { own: ReadonlySet<string>; all: readonly string[] } | null,
  ): SearchHit {
    const terms = new Set<string>();
    const literal = new Array<number>(wordCount).fill(0);
    const chosen = units.map((unit) => {
      const found = unit.best.get(n);
      if (!found) return null;
      if (!text) return found[0]!;
      // With the text at hand: a word in the passage's own text beats one in the shared heading, and
      // a word the passage repeats, in any of its forms ("Kunde" and "Kunden" are the word said twice),
      // weighs a little more.
      const forms = new Set(found.map(({ term }) => term));
      const repeats = text.all.filter((word) => forms.has(word)).length - 1;
      let best = { weight: 0, term: '' };
      for (const { weight, term } of found) {
        const own = text.own.has(term) ? weight : weight * HEADING_ONLY;
        const adjusted = own * (1 + REPEAT_STEP * Math.min(repeats, MAX_REPEATS));
        if (adjusted > best.weight) best = { weight: adjusted, term };
      }
      return best;
    });
    chosen.forEach((match, u) => {
      if (match) literal[units[u]!.word]! += match.weight;
    });
    let score = 0;
    for (let w = 0; w < wordCount; w++) {
      const concept = conceptWords.get(w)?.get(n);
      if (concept && concept.weight > literal[w]!) {
        score += concept.weight;
        for (const term of this.index.conceptTerms.get(concept.concept.id) ?? []) terms.add(term);
      } else if (literal[w]! > 0) {
        score += literal[w]!;
        chosen.forEach((match, u) => {
          if (match && units[u]!.word === w) terms.add(match.term);
        });
      }
    }
    if (text) {
      for (let u = 0; u + 1 < units.length; u++) {
        const first = chosen[u];
        const second = chosen[u + 1];
        if (first && second && adjacent(text.all, first.term, second.term))
          score += PHRASE_BONUS * (first.weight + second.weight);
      }
    }
    return { n, score, terms };
  }
}

/** Whether `second` follows `first` in the words, with only stopwords between them. */
function adjacent(text: readonly string[], first: string, second: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== first) continue;
    let j = i + 1;
    while (j < text.length && STOPWORDS.has(text[j]!)) j++;
    if (text[j] === second) return true;
  }
  return false;
}

/** The ways to cut a word into two parts of a useful length, longest first part first. */
function splits(norm: string): [string, string][] {
  const cuts: [string, string][] = [];
  if (norm.length > MAX_FUZZY_LENGTH) return cuts;
  for (let at = norm.length - MIN_PART; at >= MIN_PART; at--) cuts.push([norm.slice(0, at), norm.slice(at)]);
  return cuts;
}

import Fuse from 'fuse.js';
import { CONCEPTS, type Concept } from './lexicon';
import { STOPWORDS, areInflections, stem, tokenize } from './text';
import type { Article, Passage } from './types';
import { wordRelation } from './word-match';

/**
 * The corpus as the engine reads it: a vocabulary of normalised words with postings back to passages,
 * a fuse.js index over that vocabulary for typo-tolerant and compound-aware lookups, and for every
 * lexicon concept the passages that speak of it. Fuzzy matching runs over the ~1,300 distinct words
 * rather than over every passage, which keeps a lookup independent of how many passages there are.
 *
 * The index is plain data (`toJSON` / `fromJSON`) so a large corpus can ship prebuilt.
 */

export interface PassageRef {
  passage: Passage;
  article: Article;
}

/** A vocabulary word found for a looked-up word, with fuse.js's distance (0 = exact). */
export interface TermMatch {
  term: string;
  distance: number;
}

/**
 * Parallel arrays: passage numbers (ascending), the distinct corpus words of a concept in each (each
 * word of the passage counted for one of them, see termsIn), and each passage's share of the concept,
 * `1 - 0.5 ** count`: a passage that speaks of the concept in several of its words speaks of it more.
 */
export interface ConceptPostings {
  passages: number[];
  counts: number[];
  shares: Float64Array;
}

/**
 * The shipped form. Number lists are stored as delta-encoded base-36 strings: JSON.parse reads a
 * string far faster than an array of numbers, and each list is decoded only when a query first
 * needs it, so loading a large index costs little more than parsing it.
 */
export interface SerializedIndex {
  version: 2;
  vocabulary: string[];
  /** Per vocabulary word: passage numbers, ascending, delta-encoded. */
  postings: string[];
  /** Per concept id: its passages (delta-encoded) and the corpus words of it in each. */
  concepts: Record<string, { passages: string; counts: string }>;
  /** Per concept id: the vocabulary words its corpus terms resolved to. */
  conceptTerms: Record<string, string[]>;
  fuseIndex: unknown;
}

const FUSE_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  // Tight: a corpus term finds its inflections and compounds ("datenauswert" -> "datenauswertung"),
  // a user's query survives one typo in a word of ordinary length.
  threshold: 0.25,
  minMatchCharLength: 3,
} as const;

/** Corpus terms shorter than this are looked up exactly: fuzzy "ring" would find "geringe". */
const MIN_FUZZY_LENGTH = 6;

export class CorpusIndex {
  readonly refs: readonly PassageRef[];
  private readonly vocabulary: string[];
  private readonly termIds: Map<string, number>;
  private readonly postings: LazyLists;
  private readonly byStem: Map<string, number[]>;
  private readonly fuse: Fuse<string>;
  /** concept id -> the passages that speak of it, with how many distinct corpus words of it each uses. */
  private readonly concepts: Map<string, ConceptPostings | { passages: string; counts: string }>;
  /** concept id -> vocabulary words its corpus terms resolved to (for highlighting). */
  readonly conceptTerms: ReadonlyMap<string, readonly string[]>;
  private readonly fuzzyCache = new Map<string, TermMatch[]>();

  private constructor(
    refs: readonly PassageRef[],
    vocabulary: string[],
    postings: LazyLists,
    fuse: Fuse<string>,
    concepts: Map<string, ConceptPostings | { passages: string; counts: string }>,
    conceptTerms: ReadonlyMap<string, readonly string[]>,
  ) {
    this.refs = refs;
    this.vocabulary = vocabulary;
    this.postings = postings;
    this.fuse = fuse;
    this.concepts = concepts;
    this.conceptTerms = conceptTerms;
    this.termIds = new Map(vocabulary.map((term, id) => [term, id]));
    this.byStem = new Map();
    vocabulary.forEach((term, id) => {
      const key = stem(term);
      const list = this.byStem.get(key) ?? [];
      list.push(id);
      this.byStem.set(key, list);
    });
  }

  static build(articles: readonly Article[], concepts: readonly Concept[] = CONCEPTS): CorpusIndex {
    const refs: PassageRef[] = articles.flatMap((article) =>
      article.passages.map((passage) => ({ passage, article })),
    );
    const termIds = new Map<string, number>();
    const vocabulary: string[] = [];
    const postings: number[][] = [];
    const passageWords: string[][] = [];
    refs.forEach((ref, n) => {
      const words = tokenize(indexedText(ref.passage)).map((t) => t.norm);
      passageWords.push(words);
      for (const norm of words) {
        let id = termIds.get(norm);
        if (id === undefined) {
          id = vocabulary.length;
          termIds.set(norm, id);
          vocabulary.push(norm);
          postings.push([]);
        }
        const list = postings[id] as number[];
        if (list[list.length - 1] !== n) list.push(n);
      }
    });
    const fuse = new Fuse(vocabulary, FUSE_OPTIONS);
    const partial = new CorpusIndex(refs, vocabulary, LazyLists.of(postings), fuse, new Map(), new Map());

    const conceptHits = new Map<string, ConceptPostings>();
    const conceptTerms = new Map<string, string[]>();
    for (const concept of concepts) {
      const { hits, terms } = partial.read(concept, (n) => passageWords[n]!);
      conceptHits.set(concept.id, hits);
      conceptTerms.set(concept.id, terms);
    }
    return new CorpusIndex(refs, vocabulary, LazyLists.of(postings), fuse, conceptHits, conceptTerms);
  }

  /**
   * This index with one concept read anew from its corpus words, every other part shared: what `build`
   * gives for the lexicon with that concept, without tokenising the corpus and indexing its vocabulary
   * again (about a second each time, once per corpus word left out by scripts/ablation.ts).
   */
  withConcept(concept: Concept): CorpusIndex {
    const { hits, terms } = this.read(concept, (n) =>
      tokenize(indexedText(this.refs[n]!.passage)).map((t) => t.norm),
    );
    return new CorpusIndex(
      this.refs,
      this.vocabulary,
      this.postings,
      this.fuse,
      new Map(this.concepts).set(concept.id, hits),
      new Map(this.conceptTerms).set(concept.id, terms),
    );
  }

  /** The passages that speak of a concept and the vocabulary words its corpus terms resolved to. */
  private read(
    concept: Concept,
    wordsOf: (n: number) => readonly string[],
  ): { hits: ConceptPostings; terms: string[] } {
    const { nearest, phrases } = readTerms(concept, this);
    const candidates = new Set<number>();
    for (const word of nearest.keys()) for (const n of this.passagesWith(word)) candidates.add(n);
    for (const { words } of phrases)
      for (const n of this.passagesWith(words[0]!)) if (phraseAt(wordsOf(n), words) >= 0) candidates.add(n);
    const passages = [...candidates].sort((a, b) => a - b);
    const counts = passages.map((n) => termsIn(wordsOf(n), nearest, phrases));
    return {
      hits: withShares(passages, counts),
      terms: [...nearest.keys(), ...phrases.map(({ words }) => words.join(' '))],
    };
  }

  static fromJSON(data: SerializedIndex, articles: readonly Article[]): CorpusIndex {
    const refs = articles.flatMap((article) => article.passages.map((passage) => ({ passage, article })));
    const fuse = new Fuse(
      data.vocabulary,
      FUSE_OPTIONS,
      Fuse.parseIndex<string>(data.fuseIndex as Parameters<typeof Fuse.parseIndex>[0]),
    );
    if (data.version !== 2) throw new Error(`unsupported index version ${String(data.version)}`);
    const concepts = new Map(Object.entries(data.concepts));
    const conceptTerms = new Map(Object.entries(data.conceptTerms));
    return new CorpusIndex(
      refs,
      data.vocabulary,
      LazyLists.encoded(data.postings),
      fuse,
      concepts,
      conceptTerms,
    );
  }

  toJSON(): SerializedIndex {
    return {
      version: 2,
      vocabulary: this.vocabulary,
      postings: this.postings.encodeAll(),
      concepts: Object.fromEntries(
        [...this.concepts.keys()].map((id) => {
          const { passages, counts } = this.conceptPostings(id)!;
          return [id, { passages: encodeList(passages, true), counts: encodeList(counts, false) }];
        }),
      ),
      conceptTerms: Object.fromEntries([...this.conceptTerms].map(([id, terms]) => [id, [...terms]])),
      fuseIndex: this.fuse.getIndex().toJSON(),
    };
  }

  get size(): number {
    return this.refs.length;
  }

  get vocabularySize(): number {
    return this.vocabulary.length;
  }

  /** Passage numbers that contain the vocabulary word. */
  passagesWith(term: string): readonly number[] {
    const id = this.termIds.get(term);
    return id === undefined ? [] : this.postings.get(id);
  }

  /** The passages that speak of a concept, decoded on first use. */
  conceptPostings(id: string): ConceptPostings | undefined {
    const stored = this.concepts.get(id);
    if (stored === undefined || typeof stored.passages !== 'string')
      return stored as ConceptPostings | undefined;
    const decoded = withShares(decodeList(stored.passages, true), decodeList(stored.counts as string, false));
    this.concepts.set(id, decoded);
    return decoded;
  }

  /** In how many passages the vocabulary word occurs. */
  documentFrequency(term: string): number {
    return this.passagesWith(term).length;
  }

  /** Inverse document frequency, so a word in every passage ("amazon") weighs nothing. */
  idf(term: string): number {
    const df = this.documentFrequency(term);
    return df === 0 ? 0 : Math.log((this.size + 1) / df);
  }

  /**
   * Vocabulary words for a normalised word: the word itself, words with the same stem, and with
   * `fuzzy` the fuse.js matches (typos, inflections, compounds that contain it).
   */
  lookup(norm: string, { fuzzy }: { fuzzy: boolean }): TermMatch[] {
    if (norm.length === 0 || STOPWORDS.has(norm)) return [];
    // A list, not a map of the words found: each page looks up dozens of its words (issue 12).
    const found: TermMatch[] = [];
    if (this.termIds.has(norm)) found.push({ term: norm, distance: 0 });
    for (const id of this.byStem.get(stem(norm)) ?? []) {
      const term = this.vocabulary[id] as string;
      if (term !== norm && areInflections(term, norm)) found.push({ term, distance: 0.05 });
    }
    if (fuzzy && norm.length >= 4 && norm.length <= MAX_FUZZY_LENGTH) {
      for (const match of this.fuzzy(norm)) {
        if (!found.some((known) => known.term === match.term)) found.push(match);
      }
    }
    return found;
  }

  private fuzzy(norm: string): TermMatch[] {
    const cached = this.fuzzyCache.get(norm);
    if (cached) return cached;
    // fuse.js proposes approximate substrings anywhere in a word; only those that are the same word
    // (inflected, compounded or mistyped within the word's budget) are kept, at their relation's distance.
    const matches: TermMatch[] = [];
    for (const result of this.fuse.search(norm)) {
      const distance = STOPWORDS.has(result.item) ? null : wordRelation(norm, result.item);
      if (distance !== null) matches.push({ term: result.item, distance });
    }
    if (this.fuzzyCache.size > 5_000) this.fuzzyCache.clear();
    this.fuzzyCache.set(norm, matches);
    return matches;
  }
}

/** A corpus word of a concept as the index reads it: its place in the concept's list and its length. */
interface TermRef {
  term: number;
  word: string;
  distance: number;
}

/**
 * A concept's corpus terms as the index reads them: every vocabulary word its single words find, each
 * with the term nearest to it, and its phrases as words. A word that two terms find belongs to one of
 * them: "handel" finds "Einzelhandel" as a compound, and a passage that names the retail trade once
 * counted "einzelhandel" and "handel" as two words of it, and led the offer on a shop platform's page
 * (theverge-fedex-fdx-commerce-platform) by that alone. On a tie the compound's head takes the word:
 * "Einzelhändler" is a "Händler", as near to "Einzelhandel" only by a letter.
 */
function readTerms(
  concept: Concept,
  index: CorpusIndex,
): { nearest: Map<string, TermRef>; phrases: { term: number; words: string[] }[] } {
  const nearest = new Map<string, TermRef>();
  const phrases: { term: number; words: string[] }[] = [];
  concept.corpus.forEach((corpusTerm, term) => {
    const words = tokenize(corpusTerm).map((t) => t.norm);
    if (words.length > 1) {
      phrases.push({ term, words });
      return;
    }
    const word = words[0] ?? '';
    for (const { term: found, distance } of index.lookup(word, { fuzzy: word.length >= MIN_FUZZY_LENGTH })) {
      const known = nearest.get(found);
      const closer =
        known === undefined ||
        distance < known.distance ||
        (distance === known.distance && found.endsWith(word) && !found.endsWith(known.word));
      if (closer) nearest.set(found, { term, word, distance });
    }
  });
  return { nearest, phrases };
}

/**
 * Where a phrase stands in a passage's words from `from` on, or -1: its words in order, the last one as
 * a prefix ("sensible daten" -> "sensible datenströme").
 */
function phraseAt(words: readonly string[], phrase: readonly string[], from = 0): number {
  const last = phrase.length - 1;
  for (let at = from; at + last < words.length; at++) {
    if (phrase.every((word, i) => (i === last ? words[at + i]!.startsWith(word) : words[at + i] === word)))
      return at;
  }
  return -1;
}

/**
 * How many of a concept's corpus terms a passage uses, each of its words counted for one term only: the
 * word's nearest term, or the phrase it stands in ("Händler-Ökosystem" is one mention of the trade, not
 * the phrase and "handel" finding "Händler" in it).
 */
function termsIn(
  words: readonly string[],
  nearest: ReadonlyMap<string, TermRef>,
  phrases: readonly { term: number; words: readonly string[] }[],
): number {
  const counted = new Set<number>();
  const inPhrase = new Uint8Array(words.length);
  for (const { term, words: phrase } of phrases) {
    for (let at = phraseAt(words, phrase); at >= 0; at = phraseAt(words, phrase, at + 1)) {
      counted.add(term);
      inPhrase.fill(1, at, at + phrase.length);
    }
  }
  words.forEach((word, i) => {
    const owner = nearest.get(word);
    if (owner !== undefined && inPhrase[i] === 0) counted.add(owner.term);
  });
  return counted.size;
}

/**
 * Longer words are looked up exactly only. fuse.js works through a pattern in 32-letter chunks, so one
 * pasted "word" of 3,000 letters (a URL, base64) took 0.8 s and matched nothing (found by
 * tests/fuzz/fuzz.test.ts); the corpus's longest word has 26 letters.
 */
export const MAX_FUZZY_LENGTH = 32;

/** What of a passage is searchable: its section heading and its text. */
function indexedText(passage: Passage): string {
  return passage.section ? `${passage.section}\n${passage.text}` : passage.text;
}

/**
 * A concept's postings with their shares, computed once when the postings are built or decoded: a power
 * per posting on every page was half of a page's scoring time at 10,000 passages (issue 12).
 */
function withShares(passages: number[], counts: number[]): ConceptPostings {
  return { passages, counts, shares: Float64Array.from(counts, (count) => 1 - 0.5 ** count) };
}

/** Number lists kept encoded until first read (see SerializedIndex). */
class LazyLists {
  private constructor(
    private readonly encodedLists: (string | undefined)[],
    private readonly decodedLists: (number[] | undefined)[],
  ) {}

  static of(lists: number[][]): LazyLists {
    return new LazyLists([], lists);
  }

  static encoded(lists: string[]): LazyLists {
    return new LazyLists(lists, []);
  }

  get(i: number): number[] {
    let list = this.decodedLists[i];
    if (list === undefined) {
      list = decodeList(this.encodedLists[i] ?? '', true);
      this.decodedLists[i] = list;
    }
    return list;
  }

  encodeAll(): string[] {
    const size = Math.max(this.encodedLists.length, this.decodedLists.length);
    return Array.from({ length: size }, (_, i) => encodeList(this.get(i), true));
  }
}

function encodeList(list: readonly number[], delta: boolean): string {
  let previous = 0;
  return list
    .map((value) => {
      const stored = delta ? value - previous : value;
      previous = value;
      return stored.toString(36);
    })
    .join(',');
}

function decodeList(text: string, delta: boolean): number[] {
  if (text === '') return [];
  const parts = text.split(',');
  const list = new Array<number>(parts.length);
  let previous = 0;
  for (let i = 0; i < parts.length; i++) {
    const value = parseInt(parts[i]!, 36);
    previous = delta ? previous + value : value;
    list[i] = previous;
  }
  return list;
}

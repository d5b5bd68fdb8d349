import { areInflections, stem } from './text';

/**
 * When a word someone typed may stand for a different vocabulary word: an inflection, a German
 * compound that contains it, or a typo. fuse.js proposes the candidates (approximate substrings
 * anywhere in a word); this decides which of them are the same word. fuse.js alone let a short
 * query reach unrelated words: "Mais" found "Maisel", "Ball" "Ballungsgebieten", "Hund" "Kunden"
 * and "Union" "Revolution" (tests/fixtures/search/queries.json).
 */

/** A word must have this many letters before a longer word that begins with it counts ("Mais" is not "Maisel"). */
const MIN_PREFIX = 5;
/** The head of a compound ("jobs" in "Logistikjobs", "staat" in "Überwachungsstaat") needs this many letters. */
const MIN_HEAD = 4;
/** A compound's modifier has at least this many letters, so "staat" is not the head of "astaat". */
const MIN_MODIFIER = 3;

/** Distances of the relations, ranked: the word itself beats its inflection, then compounds, then typos. */
const RELATION_DISTANCE = {
  exact: 0,
  stem: 0.05,
  prefix: 0.15,
  head: 0.2,
  typo: 0.2,
  typoPerEdit: 0.1,
} as const;

/** How many letter edits a word can carry and still be recognised: none for short words. */
export function typoBudget(length: number): number {
  return length >= 10 ? 2 : length >= 6 ? 1 : 0;
}

/**
 * Edit distance (insertions, deletions, substitutions, swaps of neighbours), or `max + 1` as soon as
 * it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Whether `head` ends the compound `word` ("jobs" in "logistikjobs"). */
function isHead(head: string, word: string): boolean {
  return head.length >= MIN_HEAD && word.length - head.length >= MIN_MODIFIER && word.endsWith(head);
}

/**
 * The distance at which vocabulary word `term` stands for the normalised query word `word`, or null
 * when it does not: same word or stem, a longer word that begins with it (from five letters), a
 * compound whose head it is, or a typo within the word's budget (also in its stem, or in the first part
 * of a compound: "Gesichtserkenung" -> "Gesichtserkennungssoftware").
 */
export function wordRelation(word: string, term: string): number | null {
  if (word === term) return RELATION_DISTANCE.exact;
  if (areInflections(word, term)) return RELATION_DISTANCE.stem;
  const wordStem = stem(word);
  const termStem = stem(term);
  if (word.length >= MIN_PREFIX && term.startsWith(word)) return RELATION_DISTANCE.prefix;
  if (isHead(word, term) || isHead(wordStem, termStem)) return RELATION_DISTANCE.head;
  // One stem, yet more than an inflection apart ("stores", "Störungen"): no form of the word, and no
  // typo of it either, though the stems are spelt alike.
  if (wordStem === termStem) return null;
  const budget = typoBudget(word.length);
  if (budget === 0) return null;
  let edits = Math.min(editDistance(word, term, budget), editDistance(wordStem, termStem, budget));
  if (edits > budget && term.length >= word.length + MIN_MODIFIER) {
    for (let cut = word.length - 1; cut <= word.length + 1; cut++)
      edits = Math.min(edits, editDistance(word, term.slice(0, cut), budget));
  }
  return edits <= budget ? RELATION_DISTANCE.typo + RELATION_DISTANCE.typoPerEdit * (edits - 1) : null;
}

import type { Token } from './text';

/**
 * Denials of collection: a page that says a company does not collect, keep, sell or share people's data
 * names that data as what the company does not take. "Apple says it does not collect customers' biometric
 * data on its servers" in a phone review, "Das Unternehmen sammelt keine Standortdaten" in an app's launch,
 * "speichert die biometrischen Daten nicht auf Servern" are no story of a company profiling its customers.
 * A denial the page contradicts stays what it denies ("says it does not sell data. But researchers
 * found ..."), and a negation that adds ("does not only collect viewing data but also sells it", "nicht
 * nur") denies nothing.
 */

/**
 * The verbs by which a company takes or passes on people's data, as stems of their English and German
 * forms ("collect", "collects", "sold", "speichert", "gibt ... weiter", "erhebt").
 */
const COLLECTING_EN = [
  'collect',
  'gather',
  'harvest',
  'sell',
  'sold',
  'share',
  'stor',
  'keep',
  'kept',
  'track',
];
const COLLECTING_DE = ['sammel', 'speicher', 'verkauf', 'teilt', 'gibt', 'erhebt', 'erheben', 'verfolg'];

/** Words that, right before a collecting verb, deny it: "does not collect", "doesn't sell", "never shares". */
const NEGATIONS_BEFORE: ReadonlySet<string> = new Set(['not', 't', 'never']);

/** German denials of the data itself, before it: "sammelt keine Standortdaten", "keinerlei Daten". */
const NO_DATA: ReadonlySet<string> = new Set(['kein', 'keine', 'keinen', 'keinerlei']);

/** German negations after the data, in the verb's clause: "speichert die Daten nicht", "nie". */
const NOT_AFTER: ReadonlySet<string> = new Set(['nicht', 'nie']);

/** The word after a German negation that makes it add rather than deny: "nicht nur". */
const NOT_ONLY = 'nur';

/**
 * Words that contradict a denial in its sentence or at the start of the next: what the company says it
 * does not do, the page then reports it doing ("But researchers found", "Doch Forscher fanden heraus").
 * Not "sondern", which goes on with what the company does instead ("nicht auf Servern, sondern nur im
 * Chip des Telefons").
 */
const CONTRADICTIONS: ReadonlySet<string> = new Set([
  'but',
  'however',
  'yet',
  'aber',
  'doch',
  'jedoch',
  'allerdings',
  'dennoch',
  'trotzdem',
]);

/** How many words may stand between the collecting verb and the data it takes ("customers' biometric"). */
const OBJECT_REACH = 4;
/** How many words may stand between German "keine" and the data ("keine biometrischen Daten"). */
const NO_DATA_REACH = 2;
/** How many words after the data a German negation may follow ("speichert die Daten nicht"). */
const NOT_AFTER_REACH = 2;
/** How many words of the next sentence a contradiction may open ("But researchers found"). */
const NEXT_SENTENCE_REACH = 2;

const startsWithAny = (norm: string, stems: readonly string[]) => stems.some((stem) => norm.startsWith(stem));

/**
 * Whether the data said in words `start` to `end` (end not included) is what a denied collecting verb
 * takes, in its clause, and the page does not contradict the denial.
 */
export function collectionDenied(tokens: readonly Token[], start: number, end: number): boolean {
  return (deniedInEnglish(tokens, start) || deniedInGerman(tokens, start, end)) && !contradicted(tokens, end);
}

/** "does not collect customers' biometric data": a negation right before a verb a few words before. */
function deniedInEnglish(tokens: readonly Token[], start: number): boolean {
  for (let at = start; at >= Math.max(0, start - OBJECT_REACH); at--) {
    if (at < start && tokens[at + 1]!.afterStop) return false;
    if (!startsWithAny(tokens[at]!.norm, COLLECTING_EN)) continue;
    const before = tokens[at - 1];
    return before !== undefined && !tokens[at]!.afterStop && NEGATIONS_BEFORE.has(before.norm);
  }
  return false;
}

/** "sammelt keine Standortdaten", "speichert die biometrischen Daten nicht". */
function deniedInGerman(tokens: readonly Token[], start: number, end: number): boolean {
  const verb = collectingVerbBefore(tokens, start);
  if (verb === undefined) return false;
  for (let at = start - 1; at >= Math.max(verb + 1, start - NO_DATA_REACH); at--)
    if (NO_DATA.has(tokens[at]!.norm)) return true;
  for (let at = end; at < Math.min(tokens.length, end + NOT_AFTER_REACH); at++) {
    if (tokens[at]!.afterStop) return false;
    if (NOT_AFTER.has(tokens[at]!.norm)) return tokens[at + 1]?.norm !== NOT_ONLY;
  }
  return false;
}

/** Where a German collecting verb stands a few words before word `start`, in its clause. */
function collectingVerbBefore(tokens: readonly Token[], start: number): number | undefined {
  for (let at = start - 1; at >= Math.max(0, start - OBJECT_REACH); at--) {
    if (startsWithAny(tokens[at]!.norm, COLLECTING_DE)) return at;
    if (tokens[at]!.afterStop) return undefined;
  }
  return undefined;
}

/** Whether a contradiction follows in the sentence of word `end - 1` or opens the next one. */
function contradicted(tokens: readonly Token[], end: number): boolean {
  let sentences = 0;
  let intoSentence = 0;
  for (let at = end; at < tokens.length; at++) {
    if (tokens[at]!.afterStop) {
      sentences++;
      intoSentence = 0;
    }
    if (sentences > 1 || (sentences === 1 && intoSentence >= NEXT_SENTENCE_REACH)) return false;
    if (CONTRADICTIONS.has(tokens[at]!.norm)) return true;
    intoSentence++;
  }
  return false;
}

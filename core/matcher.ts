import { sentenceLanguages } from './language';
import { NAMESAKES, NAMESAKE_WINDOW, type DenialOf, type Negation } from './namesakes';
import { WordShapes, pairsForms, tokenize, type Token } from './text';
import type { NamesakeReading } from './types';

/**
 * Finds lexicon patterns in page text: one pass over the words, with the namesake rules applied to
 * every ambiguous word. Patterns are compiled once per engine into lists by their first letters, so a
 * word is compared only with the few patterns it could start.
 */

/** A compiled pattern: its words, and which object (concept or entity) it signals. */
interface CompiledPattern<K> {
  key: K;
  /** The pattern as written in the lexicon, for debugging and tests. */
  source: string;
  /** Words that deny what the pattern says, in the sentence's language: where they do, its hit is `denied`. */
  deniedBy?: DenialOf;
  /**
   * Read only where its first word opens a sentence or a clause (Token.afterStop), that word as written:
   * written with a leading `^` (OPENS_SENTENCE). An instruction to the reader opens with its verb ("Turn off
   * Location History.", "Öffnen Sie die Einstellungen."); the same words inside a sentence report what
   * someone does ("the setting is turned off by default", "Die Hersteller aktivieren sie ab Werk").
   */
  opensSentence?: true;
}

/** What marks a pattern that is read only where it opens a sentence (CompiledPattern.opensSentence). */
const OPENS_SENTENCE = '^';

interface PatternWord {
  text: string;
  /** Also match as the head of a German compound ("bluetoothlautsprecher"): written `*lautsprecher`. */
  compoundHead: boolean;
  /** A truncated stem that matches any continuation ("marktbeherrsch" for "marktbeherrschend"): written `marktbeherrsch*`. */
  stem: boolean;
  /**
   * A proper name, written with a capital in the lexicon ("Uber"): it matches only a page word that is
   * capitalised and spelt without the diacritics folding removes, so the German preposition "über"
   * (folded to "uber") is not the company.
   */
  name: boolean;
  /** A count of any size, written `#`: the words of COUNT_WORDS that say one ("400", "hundreds of"). */
  count?: true;
  /**
   * Any one word, written `~`, or two (a compound written with a hyphen or a space, "back-office"): the
   * free modifier of a noun, as reports of job cuts name the jobs cut ("cut 1,200 back-office jobs", "Meta
   * cuts 600 AI jobs"), which no closed list of modifiers reaches. Not a count's word (fillsSlot), nor
   * across a mark ("cut 400, mostly sales, jobs").
   */
  slot?: true;
  /**
   * Held tight to the word before: only white space or a hyphen between letters may stand between them
   * (Token.afterMark), no comma, quotation mark or dash. Written by joining the words with `_`
   * ("okay_google"): a wake phrase said to an assistant ("Okay Google, are you spying on me?", "die
   * Hey-Google-Befehle"), not an "okay" that ends a clause before the company begins the next ("Es ist
   * okay, Google zahlt").
   */
  tight?: true;
  /**
   * Matched only as written (or as a compound's head where `compoundHead` says so), not inflected, as a
   * compound's first part or mistyped: a word of a tight phrase before its last. A fixed expression
   * inflects at its end, as a compound at its head ("Datenschutz-Aufsichtsbehörden"); the words before it
   * are not another form of it ("Regulators okayed Google's purchase" is no wake phrase), whatever
   * MIN_INFLECTED lets other words do.
   */
  asWritten?: true;
}

/**
 * The patterns of one bucket that begin with the same word (38 patterns start with "job" or "jobs", 43
 * with a word beginning "dat"): a page word is compared with each distinct first word once, not once per
 * pattern, which was most of the rank time of a product page after the lexicon grew to 950 entries
 * (issue 12).
 */
interface FirstWordGroup<K> {
  word: PatternWord;
  /** How the patterns that begin with the word go on, in the order the lexicon lists them. */
  continuations: Continuation<K>[];
}

/**
 * One place of a pattern: its alternatives ("data|information|posts"), each the words it is written in
 * (one, or more for a tight phrase, a word the tokenizer parts, or a slot's fill of two).
 */
type Place = readonly (readonly PatternWord[])[];

/**
 * A pattern as it goes on after one alternative of its first place, whose first word is its group's:
 * the rest of that alternative, then the pattern's later places, each alternative tried in turn. Read
 * place by place, a pattern's alternatives are tried as written, not multiplied out: an entry such as
 * "users|members|customers|shoppers|drivers|viewers data|information|posts is|are|was|were being
 * sold|licensed" was 144 variants, each of which tested its following words again, and the lexicon's
 * 27,000 variants made ranking at 10,000 passages miss its budget (issue 12's bench at stop 39).
 */
interface Continuation<K> {
  pattern: CompiledPattern<K>;
  /** The first word as this alternative writes it (PatternWord.name). */
  first: PatternWord;
  /** The alternative's words after the first. */
  rest: readonly PatternWord[];
  /** The pattern's places after the first. */
  places: readonly Place[];
  /** Whether the alternative holds a tight phrase (PatternWord.tight). */
  tight: boolean;
}

/** Where a pattern read in a text ends, and whether the alternatives read hold a tight phrase. */
interface Reached {
  at: number;
  tight: boolean;
}

/** Whether any of the words is held tight to the word before it. */
function holdsTight(words: readonly PatternWord[]): boolean {
  return words.some((word) => word.tight);
}

/**
 * Where the pattern word stands in `tokens` at `from` (or after the pair a word for people is named in,
 * pairsIn), the index after it, or -1 where it does not. A count (`#`) takes as many words as it is said
 * in. A phrase is said within a sentence: words on both sides of its end are not the phrase ("The deal is
 * ok. Google will pay", "gespeichert. Daten zum Patch"); a tight one not across any mark. `phraseEnd`:
 * the word is the pattern's last, read with a phrase end's endings.
 */
function wordAt(
  word: PatternWord,
  tokens: readonly Token[],
  from: number,
  english: boolean,
  phraseEnd: boolean,
  pairs: Uint8Array | undefined,
): number {
  // A word for people named in both its forms is one word of the phrase it stands in ("die Beiträge
  // seiner Nutzerinnen und Nutzer für das KI-Training", "die Daten ihrer Kundinnen und Kunden an
  // Dritte verkauft"): German reports that write for all of them say the phrase as often.
  const at = pairs?.[from - 1] ? from + 2 : from;
  if (word.count) {
    const end = countEnd(tokens, at);
    return end > at ? end : -1;
  }
  const next = tokens[at];
  const matched =
    next !== undefined &&
    !next.afterStop &&
    !((word.tight || word.slot) && next.afterMark) &&
    (word.slot ? fillsSlot(next) : tokenMatches(word, next, endingsOf(english, phraseEnd)));
  return matched ? at + 1 : -1;
}

/**
 * Reads `words` from `from` on, the last of them a phrase's end where `endsPhrase`; the index after them,
 * or -1.
 */
function wordsAt(
  words: readonly PatternWord[],
  tokens: readonly Token[],
  from: number,
  english: boolean,
  endsPhrase: boolean,
  pairs: Uint8Array | undefined,
): number {
  let at = from;
  for (let w = 0; w < words.length && at >= 0; w++) {
    at = wordAt(words[w] as PatternWord, tokens, at, english, endsPhrase && w === words.length - 1, pairs);
  }
  return at;
}

/**
 * The words that join two of a place's alternatives into one member of the phrase: "Gesundheitsdaten an
 * Meta und Google weitergegeben", "shares and sells its users' data", "users or members data was sold".
 */
const JOINS_ALTERNATIVES: ReadonlySet<string> = new Set(['and', 'or', 'und', 'oder', 'sowie']);

/**
 * Reads the places from `place` on at `from`, each alternative in turn (and others of the place joined to
 * it), and adds where each way through them ends: as many as the pattern's variants that stand there, in
 * the order of variants (matched once per variant, as when each was a pattern of its own, which the
 * weights of hits were tuned on).
 */
function readPlaces(
  places: readonly Place[],
  place: number,
  tokens: readonly Token[],
  from: number,
  english: boolean,
  pairs: Uint8Array | undefined,
  tight: boolean,
  reached: Reached[],
): void {
  if (place === places.length) {
    reached.push({ at: from, tight });
    return;
  }
  const alternatives = places[place] as Place;
  const last = place === places.length - 1;
  for (const alternative of alternatives) {
    const end = wordsAt(alternative, tokens, from, english, last, pairs);
    if (end < 0) continue;
    const holds = tight || holdsTight(alternative);
    readPlaces(places, place + 1, tokens, end, english, pairs, holds, reached);
    // Another of the place's alternatives may follow, joined ("an Meta und Google"); not where a word for
    // people is named in both its forms, already one word (pairsIn).
    const join = tokens[end];
    if (
      join &&
      !join.afterStop &&
      JOINS_ALTERNATIVES.has(join.norm) &&
      !pairs?.[end - 1] &&
      joinable(alternatives)
    )
      readPlaces(places, place, tokens, end + 1, english, pairs, holds, reached);
  }
}

/**
 * Whether a place's alternatives may be joined (JOINS_ALTERNATIVES): not a count or a free slot, which a
 * joined word would widen to anything.
 */
function joinable(alternatives: Place): boolean {
  return alternatives.every(([word]) => word !== undefined && !word.count && !word.slot);
}

/** One occurrence of a pattern in a text. */
export interface PatternHit<K> {
  key: K;
  /** The page's words that matched, as written. */
  surface: string;
  /** Word index of the first matched word. */
  index: number;
  /** How many words matched. */
  length: number;
  /** The ambiguous word whose neighbours settled that it means the pattern's sense ("ring"). */
  namesake?: string;
  /**
   * Whether a negation near the word denies it ("AI can't replace agents", NamesakeRule.negation), or near
   * the pattern what it says ("we do not sell user data", Concept.deniedBy).
   */
  denied?: boolean;
}

/** Words shorter than this match only as written: "ki" is not "kind", "aws" not "awsome". */
export const MIN_INFLECTED = 4;
/** A word must be this long to stand as the first part of a compound ("datenschutz|abkommen"). */
const MIN_COMPOUND_PART = 6;
/** The rest of a compound after its first part must be a word of its own, at least this long. */
const MIN_COMPOUND_REST = 4;
/** A word must be this long to be recognised with one typing error ("Gewerkchaft"). */
const MIN_TYPO_LENGTH = 10;

/**
 * Inflection endings of English and German (plural, case, verb and adjective forms, the feminine
 * "-in/-innen"): a page word is a pattern word when it is the pattern word plus one of these. Anything
 * else after it makes another word: "verdienen" is not ver.di, "Siria" not Siri, "replacement" not
 * replace, "bookmarks" not book. The endings of a German sentence and of one in no language told
 * (language.ts); an English one takes English's (ENGLISH).
 */
const INFLECTIONS: ReadonlySet<string> = new Set([
  's',
  'es',
  'e',
  'en',
  'n',
  'er',
  'ern',
  'ers',
  'em',
  'ens',
  'd',
  'ed',
  'ing',
  't',
  'te',
  'ten',
  'et',
  'st',
  'in',
  'innen',
]);

/** Linking letters between the parts of a German compound ("Datenschutz-s-behörde", "Kunde-n-daten"). */
const LINKS = ['', 's', 'es', 'n', 'en', 'e'];
/**
 * Endings that turn a word into another word rather than start a compound's second part:
 * "Steuer|ungstasten" is Steuerung, not a tax; "replace|ment" is not a replacing; "hospital|ized" and
 * "hospital|isiert" are a patient, not a hospital.
 */
const DERIVATIONS = [
  'ung',
  'iz',
  'isier',
  'ig',
  'lich',
  'isch',
  'heit',
  'keit',
  'bar',
  'los',
  'haft',
  'ment',
  'ness',
  'ity',
  'ion',
  'able',
  'ible',
  'ful',
  'less',
  'ly',
  'ism',
  'ist',
];

/**
 * Endings of English that make another word of the one before them and no German compound takes as its
 * second part: "install|ation" is no installing, "regul|ator" no regulating.
 */
const ENGLISH_DERIVATIONS = ['ation', 'ator', 'ative', 'ance', 'ence', 'ery', 'ive', 'ous'];

/**
 * German nouns made with the prefix "er-" ("Erfolg", "Erklärung"): a first part that ends in "er" may
 * lend those letters to one of them, and then the compound is not the first part's: "Lehr|erfolg" is no
 * teacher ("Lehrer|folg"), "Datenschutz|erklärung" no data protection official ("Datenschützer|klärung"),
 * "Fahr|erlaubnis" no driver. Whole nouns, not stems: "Steuer|satz" is a tax rate, not "Steu|ersatz".
 */
const ER_NOUNS = [
  'erfolg',
  'erklarung',
  'erlaubnis',
  'erlebnis',
  'ergebnis',
  'ertrag',
  'erfahrung',
  'erfassung',
  'erhebung',
  'ermittlung',
  'erkenntnis',
  'erstellung',
  'erweiterung',
  'erhohung',
  'ernahrung',
];

/** What of each ER_NOUNS noun follows the "er" that a first part ending in "er" lends it. */
const ER_NOUN_TAILS = ER_NOUNS.map((noun) => noun.slice('er'.length));

/**
 * The endings a word takes and the ones that make another word of it (before a compound's second part),
 * by the language of the sentence it stands in (language.ts).
 */
interface Endings {
  inflections: ReadonlySet<string>;
  derivations: readonly string[];
  /** From how many letters a word takes "-er" for the one who does it, where `inflections` lack it. */
  agentFrom: number;
  /** Whether a word for people may stand in its German feminine (isFeminineOf). */
  feminine: boolean;
}

/** Of German and of a sentence in no language told: both languages'. */
const ANY_ENDINGS: Endings = {
  inflections: INFLECTIONS,
  derivations: DERIVATIONS,
  agentFrom: Infinity,
  feminine: true,
};

/**
 * Of a word read back from its feminine (isFeminineOf): read once, not again as a feminine, which for a
 * word of many "in"s ("Kundininin…") would call itself once per "in".
 */
const READ_BACK_FROM_FEMININE: Endings = { ...ANY_ENDINGS, feminine: false };

/**
 * Of an English sentence: the plural, the verb's forms (the participle by "-n": "taken", "known") and
 * the plural of the one who does a thing ("staffers", "fingerprinters"). What German's endings add makes
 * another English word: the comparative and superlative of an adjective ("smarter", "largest", "finest"),
 * a verb made of it ("smarten", "deepen"), another word ("Audit" is no Audi, "leaker" no leak); German's are
 * its adjectives' case endings ("ein smarter Lautsprecher", "smarte Geräte"). And English's derivations.
 * A word of seven letters or more takes "-er" for the one who does it ("a crowdworker", "the cyberattacker"):
 * the adjectives whose comparative is made with "-er" are short ("smart", "cheap", "large").
 */
const ENGLISH: Endings = {
  inflections: new Set(['s', 'es', 'd', 'ed', 'ing', 'n', 'ers']),
  derivations: [...DERIVATIONS, ...ENGLISH_DERIVATIONS],
  agentFrom: 7,
  feminine: false,
};

/**
 * Of the last word of an English phrase, which is its noun: also the one who does it ("a warehouse
 * worker" of 'warehouse work', "Federal Trade Commissioner" of 'federal trade commission'). A comparative
 * is made of an adjective, which stands before the noun, not at a phrase's end.
 */
const ENGLISH_PHRASE_END: Endings = {
  inflections: new Set([...ENGLISH.inflections, 'er']),
  derivations: ENGLISH.derivations,
  agentFrom: Infinity,
  feminine: false,
};

/**
 * Whether the page word `norm` is the pattern word only by the "-er" of the one who does it: the first
 * word of a phrase does not take it ("harvester data" is no data harvested; ENGLISH.agentFrom).
 */
function asAgentOnly(word: PatternWord, norm: string): boolean {
  return !word.stem && norm === `${word.text}er`;
}

/** Whether `rest`, what follows the pattern word `text` in a page word, is one of its endings. */
function isInflection(text: string, rest: string, endings: Endings): boolean {
  return rest === '' || endings.inflections.has(rest) || (rest === 'er' && text.length >= endings.agentFrom);
}

/**
 * Whether `rest`, what follows the compound's first part `part`, is a second part: linking letters, then a
 * word, and not one that takes the first part's last letters for its own (ER_NOUNS).
 */
function isCompoundRest(part: string, rest: string, endings: Endings): boolean {
  if (part.endsWith('er') && ER_NOUN_TAILS.some((tail) => rest.startsWith(tail))) return false;
  return LINKS.some((link) => {
    if (!rest.startsWith(link)) return false;
    const head = rest.slice(link.length);
    return head.length >= MIN_COMPOUND_REST && !endings.derivations.some((suffix) => head.startsWith(suffix));
  });
}

/** Letters at a word's end where a difference is another form of a word, not a typing error. */
const ENDING = 2;

/**
 * At most one edit (insertion, deletion, substitution or swap of neighbours) between `a` and `b`, not
 * in the last letters: "Datenschutzes" is the genitive of "Datenschutz", not a typo of "Datenschützer".
 */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  // The edit stands before the last letters, so the two end alike: most words are told apart by their
  // last letter, before the loop below (long page words are compared with every long compound head).
  if (a.charCodeAt(a.length - 1) !== b.charCodeAt(b.length - 1)) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i >= Math.min(a.length, b.length) - ENDING) return false;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Whether the page word `norm` is the pattern word: as written or inflected; as the first part of a
 * German compound when the pattern word is long enough ("Datenschutzabkommen"); as the head of one when
 * the lexicon marks the word so (`*lautsprecher`); with one typing error when it is long; or with any
 * continuation when the lexicon writes a truncated stem (`marktbeherrsch*`). `endings`: those of the
 * sentence the word stands in (Endings).
 */
function wordMatches(word: PatternWord, norm: string, endings: Endings): boolean {
  const { text } = word;
  if (norm === text) return true;
  if (text.length < MIN_INFLECTED) return false;
  // As written, or as the head the lexicon marks it, after a compound's first part ("*schutz_behorde").
  if (word.asWritten) return word.compoundHead && norm.length >= text.length + 2 && norm.endsWith(text);
  if (norm.startsWith(text)) {
    const rest = norm.slice(text.length);
    if (word.stem || isInflection(text, rest, endings)) return true;
    if (text.length >= MIN_COMPOUND_PART && isCompoundRest(text, rest, endings)) return true;
  }
  if (word.compoundHead) {
    for (let at = norm.indexOf(text, 2); at >= 2; at = norm.indexOf(text, at + 1)) {
      const rest = norm.slice(at + text.length);
      if (
        isInflection(text, rest, endings) ||
        (text.length >= MIN_COMPOUND_PART && isCompoundRest(text, rest, endings))
      )
        return true;
    }
  }
  if (endings.feminine && isFeminineOf(word, norm)) return true;
  return text.length >= MIN_TYPO_LENGTH && withinOneEdit(text, norm);
}

/** What a German word for people adds to its stem where its feminine has "-in" or "-innen", longest first. */
const GENERIC_ADDED = ['en', 'e', 'n', ''];
/** The letters a word for people and its feminine share at least ("Bot|in", "Kund|innen"). */
const MIN_FEMININE_STEM = 3;

/**
 * Whether the page word `norm` is the feminine of the pattern word, where the feminine ending replaces what
 * the word adds to its stem: "Kundin", "Kundinnen" of "kunde", "Kundinnendaten" of "kundendaten",
 * "Nutzerinnenaktivitäten" of "nutzeraktivitaten" (the ending after the whole word, "Nutzerin", is an
 * inflection). The page word is read as the word with that ending put back, which the pattern word must
 * then match; a string is made only for a word that parts from the pattern word at an "in".
 */
function isFeminineOf(word: PatternWord, norm: string): boolean {
  const { text } = word;
  let at = 0;
  const shorter = Math.min(norm.length, text.length);
  while (at < shorter && norm.charCodeAt(at) === text.charCodeAt(at)) at++;
  if (at < MIN_FEMININE_STEM || norm.charCodeAt(at) !== 105 || norm.charCodeAt(at + 1) !== 110) return false;
  const after = at + (norm.startsWith('nen', at + 2) ? 5 : 2);
  const added = GENERIC_ADDED.find((letters) => text.startsWith(letters, at))!;
  if (added === '' && at === text.length) return false;
  return wordMatches(word, norm.slice(0, at) + added + norm.slice(after), READ_BACK_FROM_FEMININE);
}

/**
 * A compound head as it stands in a page word: as written, and as the stem its feminine ends in "in" after
 * (isFeminineOf: "paketbotin" of "paketbote", "kundin" of "kunden"), where the word adds something to it.
 */
function headForms(head: string): string[] {
  const added = GENERIC_ADDED.find((letters) => letters !== '' && head.endsWith(letters));
  const stem = added === undefined ? '' : head.slice(0, -added.length);
  return stem.length >= MIN_FEMININE_STEM ? [head, `${stem}in`] : [head];
}

/** Whether two pattern words match the same page words (wordMatches), whatever their writing as names. */
function sameSpelling(a: PatternWord, b: PatternWord): boolean {
  return (
    a.text === b.text && a.compoundHead === b.compoundHead && a.stem === b.stem && a.asWritten === b.asWritten
  );
}

/**
 * The words a count is said in, in English and German: figures ("14,000" is two), the words for many
 * ("hundreds of", "Tausende"), those that round or bound a figure ("about", "approximately", "up to", "as many
 * as", "rund", "ca.", "insgesamt") and "all" of a whole ("all 300 staff", "40% of all jobs"; "all" alone says no figure). Job cuts
 * are reported with their size between the verb and the jobs ("Amazon Chopping Hundreds of Jobs",
 * businessinsider-amazon-one-medical-job-cuts; "streicht 500 Stellen"), which no fixed phrase reaches.
 */
const COUNT_WORDS: ReadonlySet<string> = new Set(
  (
    'hundreds thousands dozens tens hundred thousand million millions several ' +
    'hunderte tausende dutzende hundert tausend millionen mehrere'
  ).split(' '),
);
const AROUND_A_COUNT: ReadonlySet<string> = new Set(
  (
    'of all about around some nearly almost roughly approximately circa over more than up to at least another ' +
    'as many rund etwa ca zirka ungefahr fast knapp mehr als bis zu weitere von insgesamt between zwischen'
  ).split(' '),
);
/**
 * Words that join two figures into one count, only after a word that opens a range (RANGE_OPENERS):
 * "between 4,000 and 6,000 jobs", not "cut 2025 and 2026 staff bonuses", two years.
 */
const RANGE_JOINS: ReadonlySet<string> = new Set(['and', 'und']);
const RANGE_OPENERS: ReadonlySet<string> = new Set(['between', 'zwischen']);
/** Words of AROUND_A_COUNT abbreviated with a dot ("ca. 2000 Stellen"): the dot ends no sentence there. */
const ABBREVIATED_AROUND_A_COUNT: ReadonlySet<string> = new Set(['ca']);
/** A count of a few words at most: a longer run of such words is no longer one figure. */
const MAX_COUNT_WORDS = 6;

/**
 * Where a count that starts at `at` ends (COUNT_WORDS), or `at` when none starts there: within the
 * sentence of the word before it (Token.afterStop), where an abbreviation's dot ends none.
 */
function countEnd(tokens: readonly Token[], at: number): number {
  let end = at;
  let counted = false;
  let ranged = false;
  for (; end < tokens.length && end - at < MAX_COUNT_WORDS; end++) {
    const token = tokens[end] as Token;
    if (token.afterStop && !(end > at && ABBREVIATED_AROUND_A_COUNT.has((tokens[end - 1] as Token).norm)))
      break;
    const { norm } = token;
    if (COUNT_WORDS.has(norm) || /^\d+$/.test(norm)) counted = true;
    else if (!AROUND_A_COUNT.has(norm) && !(ranged && RANGE_JOINS.has(norm))) break;
    ranged ||= RANGE_OPENERS.has(norm);
  }
  return counted ? end : at;
}

/** A free slot (PatternWord.slot) as the lexicon writes it, and the one or two words it stands for. */
const SLOT = '~';
const SLOT_FILLS = [[SLOT], [SLOT, SLOT]];

/**
 * The places of a pattern as the lexicon writes it: a word written `a|b` is either word, so that one entry
 * says "cut|slash|axe # jobs|positions" in every combination; a slot (`~`) is one word or two. A place
 * whose words read no word ("health & household") is none.
 */
function placesOf(written: string, compiledWord: (part: string) => PatternWord[]): Place[] {
  return written
    .split(/\s+/)
    .filter(Boolean)
    .map((part): Place =>
      part === SLOT
        ? SLOT_FILLS.map((fill) => fill.flatMap(compiledWord))
        : part.split('|').map(compiledWord),
    )
    .filter((place) => place.some((alternative) => alternative.length > 0));
}

/**
 * The words that relate a count to something else rather than modify the noun after it: "cut 30 minutes
 * from staff meetings", "cut 20 minutes for workers" cut time, not staff (review); in German as in English
 * ("streicht die Förderung für 300 Stellen" cuts the funding, not the posts).
 */
const RELATING_WORDS: ReadonlySet<string> = new Set(
  [
    'from off for of on in at to per by with into across over under out',
    'fur von vom an am aus bei beim mit auf um zu zum zur nach uber pro je gegen unter',
  ].flatMap((words) => words.split(' ')),
);

/**
 * Whether a page word can stand in a free slot (`~`): any word but a count's, so that the slot is not the
 * rest of the count before it ("cut 4,000 to 6,000 jobs" is a count, not a modifier), and no word that
 * relates the count to another thing (RELATING_WORDS).
 */
function fillsSlot(token: Token): boolean {
  return !COUNT_WORDS.has(token.norm) && !RELATING_WORDS.has(token.norm) && !/^\d+$/.test(token.norm);
}

/**
 * A pattern word as the lexicon writes it: `*head` marks a compound head, `stem*` a truncated stem, and
 * words joined by `_` ("okay_google") a tight phrase (PatternWord.tight, asWritten). A `*` marks the end it
 * stands at: the head is the first word's ("*lautsprecher"), the stem the last one's
 * ("datenschutz_aufsichtsbehord*" would continue "Aufsichtsbehörd", not "Datenschutz").
 */
function compileWord(part: string): PatternWord[] {
  if (part === '#') return [{ text: '#', compoundHead: false, stem: false, name: false, count: true }];
  if (part === SLOT) return [{ text: SLOT, compoundHead: false, stem: false, name: false, slot: true }];
  const pieces = part.split('_').map((piece) => tokenize(piece).filter((token) => token.norm.length > 0));
  const tight = pieces.length > 1;
  const words = pieces.flatMap((tokens, at) =>
    tokens.map((token, position): PatternWord => ({
      text: token.norm,
      compoundHead: false,
      stem: false,
      name: token.surface !== token.surface.toLowerCase(),
      // The first word of each piece after the first is held to the word before it.
      ...(at > 0 && position === 0 && { tight: true as const }),
    })),
  );
  const [head, last] = [words[0], words[words.length - 1]];
  if (head && part.startsWith('*')) head.compoundHead = true;
  if (last && part.length > 1 && part.endsWith('*')) last.stem = true;
  if (tight) for (const word of words.slice(0, -1)) word.asWritten = true;
  return words;
}

/**
 * Whether a page word is written as a name can be: capitalised, and with no letter that folding changes
 * ("Uber", "UBER", "Ubers", not "über" or "Über").
 */
function writtenAsName(token: Token): boolean {
  const first = token.surface[0] ?? '';
  return first !== first.toLowerCase() && token.surface.toLowerCase() === token.norm;
}

/** Whether the page word `token` is the pattern word, its spelling and, for a name, its writing. */
function tokenMatches(word: PatternWord, token: Token, endings: Endings): boolean {
  return wordMatches(word, token.norm, endings) && (!word.name || writtenAsName(token));
}

/**
 * Whether the words that end before `at` carry a possessive ("Google's", "Google’s"): an "s" joined to the
 * last of them by one mark. A tight phrase that owns what follows is not said on its own: "Regulators okay
 * Google's purchase" is a verb and its object, not a wake phrase.
 */
function possessiveAt(tokens: readonly Token[], at: number): boolean {
  const owner = tokens[at - 1];
  const next = tokens[at];
  return (
    owner !== undefined &&
    next !== undefined &&
    next.norm === 's' &&
    next.afterMark &&
    next.start === owner.start + owner.surface.length + 1
  );
}

/** Lower-case ASCII letters and digits as 1..36, any other character as 0. */
const SYMBOLS = new Uint8Array(128).map((_, c) =>
  c >= 97 && c <= 122 ? c - 96 : c >= 48 && c <= 57 ? c - 48 + 27 : 0,
);

/**
 * The first three letters of a word as a number below 37 ** 3 (0 standing for the end of a shorter
 * word), or -1 when one of them is not a lower-case ASCII letter or digit: a key for the patterns' buckets
 * that takes no substring and no hashing.
 */
function prefixCode(word: string): number {
  let code = 0;
  for (let i = 0; i < 3; i++) {
    let symbol = 0;
    if (i < word.length) {
      const c = word.charCodeAt(i);
      symbol = c < 128 ? SYMBOLS[c]! : 0;
      if (symbol === 0) return -1;
    }
    code = code * 37 + symbol;
  }
  return code;
}

/** The endings of a pattern's word in a sentence English or not, at the end of a phrase or not. */
function endingsOf(english: boolean, phraseEnd: boolean): Endings {
  if (!english) return ANY_ENDINGS;
  return phraseEnd ? ENGLISH_PHRASE_END : ENGLISH;
}

/** The candidates of most words: none, shared rather than a new empty list per word. */
const NONE: readonly never[] = [];

/** How many prefixCode values there are. */
const PREFIX_CODES = 37 ** 3;

/** Matches a fixed set of patterns against texts. */
export class PatternMatcher<K> {
  // Patterns keyed by the first three letters of their first word: a page word only needs to be
  // compared with the few patterns that could start with it. Compound-head words go in `anywhere`.
  private readonly byPrefix = new Map<string, FirstWordGroup<K>[]>();
  /**
   * The patterns whose first word is a compound head, grouped by that word as `byPrefix` is: a word that
   * contains a head is compared with each head once, not once per pattern (an entry whose head is
   * `*daten` and whose other words have alternatives compiles to hundreds of patterns).
   */
  private readonly anywhere: FirstWordGroup<K>[] = [];
  /** Whether a word contains any of the compound heads in `anywhere`. */
  private readonly anyHead: RegExp;
  /**
   * The shortest of those heads: a shorter word (most words of a text: "the", "und", "data") cannot
   * contain one and is not run through `anyHead`.
   */
  private readonly shortestHead: number;
  /** The groups of `anywhere` whose head a word of this length can be a typo of (withinOneEdit). */
  private readonly typoHeads: FirstWordGroup<K>[][] = [];
  /**
   * The lists of `byPrefix` by the prefixCode of their key, for the keys that have one: `byCode[code]`
   * is the list's place in `codeLists`, whose first list is empty. A table of every code, since an
   * array indexed by a few hundred scattered codes is kept as a hash table (a sparse, "dictionary"
   * array), and looking every word up in it was about 6% of reading a long page (issue 12).
   */
  private readonly byCode = new Uint16Array(PREFIX_CODES);
  private readonly codeLists: (readonly FirstWordGroup<K>[])[] = [NONE];

  constructor(patterns: Iterable<{ key: K; pattern: string; deniedBy?: DenialOf }>) {
    // Each written word is compiled once, and the places of patterns share it: its words are never
    // changed after compileWord.
    const compiledWords = new Map<string, PatternWord[]>();
    const compiledWord = (part: string): PatternWord[] => {
      let words = compiledWords.get(part);
      if (words === undefined) compiledWords.set(part, (words = compileWord(part)));
      return words;
    };
    for (const { key, pattern, deniedBy } of patterns) {
      const opensSentence = pattern.startsWith(OPENS_SENTENCE);
      const written = opensSentence ? pattern.slice(OPENS_SENTENCE.length) : pattern;
      const [firstPlace = [], ...places] = placesOf(written, compiledWord);
      const compiled: CompiledPattern<K> = {
        key,
        source: pattern,
        ...(deniedBy && { deniedBy }),
        ...(opensSentence && { opensSentence: true as const }),
      };
      for (const alternative of firstPlace) {
        const [read, ...rest] = alternative;
        if (!read || read.count) continue;
        // An instruction opens with its verb in one form: "Turned off by default, ..." is none.
        const first = opensSentence ? { ...read, asWritten: true as const } : read;
        // A compound head can stand anywhere in a word, so every word is compared with it; it needs no
        // bucket of its own, and each way a pattern begins is then in exactly one list.
        const bucket = first.text.slice(0, 3);
        const list = first.compoundHead ? this.anywhere : (this.byPrefix.get(bucket) ?? []);
        let group = list.find(({ word }) => sameSpelling(word, first));
        if (!group) list.push((group = { word: first, continuations: [] }));
        group.continuations.push({ pattern: compiled, first, rest, places, tight: holdsTight(alternative) });
        if (!first.compoundHead) this.byPrefix.set(bucket, list);
      }
    }
    for (const [bucket, list] of this.byPrefix) {
      const code = prefixCode(bucket);
      if (code < 0) continue;
      this.byCode[code] = this.codeLists.length;
      this.codeLists.push(list);
    }
    for (const group of this.anywhere) {
      const { length } = group.word.text;
      if (length < MIN_TYPO_LENGTH) continue;
      for (let near = length - 1; near <= length + 1; near++) (this.typoHeads[near] ??= []).push(group);
    }
    // A head for people stands in its feminine without its ending ("Paketbotin" of `*paketbote`,
    // isFeminineOf): the test that lets a word reach the heads must let that form through too.
    const heads = this.anywhere.flatMap(({ word }) => headForms(word.text));
    this.shortestHead = Math.min(...heads.map((head) => head.length));
    this.anyHead = new RegExp(
      heads.map((head) => head.replace(/[^\p{L}\p{N}]/gu, '\\$&')).join('|') || '(?!)',
      'u',
    );
  }

  // Every word of a page comes here, so this allocates nothing for the words (93% on the judged pages)
  // that start no pattern. A cache of 20,000 words did not pay: a page cycle of the judged contexts overflowed it, and
  // looking a fresh string up in a map that large cost about as much as this (issue 12).
  private candidates(norm: string, endings: Endings): readonly FirstWordGroup<K>[] {
    let found: FirstWordGroup<K>[] | undefined;
    const code = prefixCode(norm);
    const bucket = code >= 0 ? this.codeLists[this.byCode[code]!] : this.byPrefix.get(norm.slice(0, 3));
    for (const group of bucket ?? NONE) {
      if (wordMatches(group.word, norm, endings)) (found ??= []).push(group);
    }
    if (norm.length >= this.shortestHead && this.anyHead.test(norm)) {
      for (const group of this.anywhere) {
        if (wordMatches(group.word, norm, endings)) (found ??= []).push(group);
      }
    } else {
      // A compound head that does not stand in the word matches only as a long word mistyped: of
      // wordMatches only the typo test is left to try (typoHeads are all long enough for it).
      for (const group of this.typoHeads[norm.length] ?? NONE) {
        if (withinOneEdit(group.word.text, norm)) (found ??= []).push(group);
      }
    }
    return found ?? NONE;
  }

  /**
   * Every pattern occurrence in the tokens, with ambiguous words resolved by their neighbours.
   * `otherSenseInText`: words whose other sense the whole page speaks of (the rainforest page's
   * "amazon"); for those no occurrence is taken in its default sense. `senseInText`: names the page
   * reads as the product elsewhere (sensesConfirmedIn); for those an occurrence nothing near explains is
   * the product. `readOtherwise` hears of each ambiguous word read in its other sense, so a silence can
   * say why.
   */
  findAll(
    tokens: readonly Token[],
    otherSenseInText: ReadonlySet<string> = new Set(),
    readOtherwise?: (reading: NamesakeReading) => void,
    senseInText: ReadonlySet<string> = new Set(),
  ): PatternHit<K>[] {
    const hits: PatternHit<K>[] = [];
    // Each word takes the endings of its sentence's language; a phrase and a count stay within a sentence.
    const sentences = sentenceLanguages(tokens);
    const pairs = pairsIn(tokens);
    const reached: Reached[] = [];
    let sentence = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      while (sentences[sentence]!.end <= i) sentence++;
      const english = sentences[sentence]!.language === 'en';
      for (const group of this.candidates(token.norm, endingsOf(english, false))) {
        const agentOnly = english && asAgentOnly(group.word, token.norm);
        for (const { pattern, first, rest, places, tight } of group.continuations) {
          if (pattern.opensSentence && i > 0 && !token.afterStop) continue;
          if (agentOnly && (rest.length > 0 || places.length > 0)) continue;
          if (first.name && !writtenAsName(token)) continue;
          const afterFirst = wordsAt(rest, tokens, i + 1, english, places.length === 0, pairs);
          if (afterFirst < 0) continue;
          reached.length = 0;
          readPlaces(places, 0, tokens, afterFirst, english, pairs, tight, reached);
          for (const { at, tight: holdsTightPhrase } of reached) {
            if (holdsTightPhrase && possessiveAt(tokens, at)) continue;
            const length = at - i;
            // A multi-word pattern ("echo dot", "works with alexa") settles the sense by itself, not whether
            // the page denies it: a phrase headed by a word that a negation denies is not read where it is
            // denied, in the headline or the text ("the AI rollout would not impact jobs" names no jobs cut).
            // A single word denied in the text is kept (analyse.ts deniedByPage): "It's not going to replace
            // humans" is as often a voice quoted in a report on those it replaced.
            const word = first.text;
            const rule = length === 1 ? NAMESAKES[word] : undefined;
            const phraseNegation = length > 1 ? NAMESAKES[word]?.negation : undefined;
            if (phraseNegation && negated(tokens, i, phraseNegation)) continue;
            // Nor whose its words are, where the words near one say so: "cut 400 jobs" is no one's job cut where
            // what runs the jobs stands near ("Scheduler bug cut 400 jobs on AI supercomputer").
            if (length > 1 && readOtherwiseInPhrase(tokens, i, length)) continue;
            if (rule) {
              const sense = senseOf(tokens, i, word, pageSense(word, otherSenseInText, senseInText));
              if (sense === 'other' && rule.otherSense)
                readOtherwise?.({ namesake: word, readAs: rule.otherSense });
              if (sense !== 'sense') continue;
            }
            hits.push({
              key: pattern.key,
              surface:
                length === 1
                  ? token.surface
                  : tokens
                      .slice(i, i + length)
                      .map((t) => t.surface)
                      .join(' '),
              index: i,
              length,
              ...(rule && { namesake: word }),
              // What the page says someone does not do is marked as a denied word is ("we do not sell user data";
              // Concept.deniedBy), for analyse.ts to weigh against what the page says is done.
              ...(((rule?.negation && negated(tokens, i, rule.negation)) ||
                (pattern.deniedBy &&
                  negated(tokens, i, pattern.deniedBy[english ? 'en' : 'de'], length))) && {
                denied: true,
              }),
            });
          }
        }
      }
    }
    return hits;
  }

  findAllInText(
    text: string,
    otherSenseInText?: ReadonlySet<string>,
    readOtherwise?: (reading: NamesakeReading) => void,
    senseInText?: ReadonlySet<string>,
  ): PatternHit<K>[] {
    return this.findAll(tokenize(text), otherSenseInText, readOtherwise, senseInText);
  }
}

/**
 * Cue words by their first letter, so a page word is compared only with the cues it could start with:
 * "amazon" has dozens of cues for its other sense, and every word of a long article is compared with
 * them (issue 12).
 */
class CuePrefixes {
  /** By the first letter's code: an array for ASCII, a map for any other letter. */
  private readonly ascii: (string[] | undefined)[] = [];
  private readonly other = new Map<number, string[]>();
  /** An empty cue starts every word. */
  private readonly any: boolean;

  constructor(cues: readonly string[]) {
    this.any = cues.includes('');
    for (const cue of cues) {
      if (cue === '') continue;
      const first = cue.charCodeAt(0);
      if (first < 128) (this.ascii[first] ??= []).push(cue);
      else this.other.set(first, [...(this.other.get(first) ?? []), cue]);
    }
  }

  /** Whether `norm` starts with one of the cues. */
  start(norm: string): boolean {
    if (this.any) return true;
    const first = norm.charCodeAt(0);
    const list = first < 128 ? this.ascii[first] : this.other.get(first);
    if (list === undefined) return false;
    for (const cue of list) if (norm.startsWith(cue)) return true;
    return false;
  }
}

const CUES: ReadonlyMap<
  string,
  {
    sense: CuePrefixes;
    objectSense: ReadonlySet<string>;
    other: CuePrefixes;
    otherTogether: CuePrefixes;
    otherBefore: CuePrefixes;
  }
> = new Map(
  Object.entries(NAMESAKES).map(([word, rule]) => [
    word,
    {
      sense: new CuePrefixes(rule.sense),
      objectSense: new Set(rule.objectSense),
      other: new CuePrefixes(rule.other),
      otherTogether: new CuePrefixes(rule.otherTogether ?? []),
      otherBefore: new CuePrefixes(rule.otherBefore ?? []),
    },
  ]),
);

/** What the page as a whole says an ambiguous word means where nothing near an occurrence says it. */
type PageSense = 'default' | 'sense' | 'other';

function pageSense(
  word: string,
  otherSenseInText: ReadonlySet<string>,
  senseInText: ReadonlySet<string>,
): PageSense {
  if (otherSenseInText.has(word)) return 'other';
  return senseInText.has(word) ? 'sense' : 'default';
}

/**
 * Which sense the ambiguous word at `index`, matched by the pattern word `word`, is meant in: the one
 * the lexicon wants, the other one, or neither clearly. An ambiguous word must stand as itself (or its
 * plural): "Ringe" and "Ringen" are not Ring. Where nothing near it says either way, `onPage` decides:
 * the page speaks of the other sense elsewhere (`other`), or confirms the product elsewhere (`sense`).
 */
function senseOf(
  tokens: readonly Token[],
  index: number,
  word: string,
  onPage: PageSense = 'default',
): 'sense' | 'other' | 'unsure' {
  const rule = NAMESAKES[word];
  if (!rule) return 'sense';
  const norm = (tokens[index] as Token).norm;
  if (!rule.inflected && norm !== word && norm !== `${word}s`) return 'unsure';
  const cues = CUES.get(word)!;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (
    (before !== undefined && rule.neitherBefore?.includes(before.norm) === true) ||
    (after !== undefined && rule.neitherAfter?.includes(after.norm) === true)
  )
    return 'unsure';
  if (
    before !== undefined &&
    (cues.otherBefore.start(before.norm) || rule.otherBeforeWords?.includes(before.norm) === true)
  )
    return 'other';
  let sense = 0;
  let other = 0;
  let together = 0;
  const from = Math.max(0, index - NAMESAKE_WINDOW);
  const to = Math.min(tokens.length, index + NAMESAKE_WINDOW + 1);
  for (let j = from; j < to; j++) {
    if (j === index) continue;
    const near = (tokens[j] as Token).norm;
    if (cues.other.start(near)) other++;
    else if (cues.otherTogether.start(near)) together++;
    else if (cues.sense.start(near) || (cues.objectSense.has(near) && objectOf(tokens, index, j))) sense++;
  }
  // Two words of `otherTogether` say what one of `other` says (NamesakeRule.otherTogether).
  other += Math.floor(together / 2);
  if (onPage === 'other' && rule.otherOnPage === true) other++;
  if (sense === 0 && other === 0) {
    if (onPage !== 'default') return onPage;
    return rule.senseByDefault === true ? 'sense' : 'unsure';
  }
  return sense > other ? 'sense' : other > sense ? 'other' : 'unsure';
}

/**
 * The words after a trade that leave it the replacing verb's object: the replacing's agent, its time or
 * place, a second trade ("replace translators by 2030", "ersetzt Übersetzer durch KI", "Übersetzer und
 * Dolmetscher"). Any other word makes the trade the start of a clause the verb does not govern: a relative
 * clause without "that" ("replace the API developers use"), a subordinate clause ("replace parts after
 * engineers found cracks"), the subject after a German verb put second ("Heute ersetzen Entwickler die
 * Bibliothek").
 */
const AFTER_A_REPLACED_TRADE: ReadonlySet<string> = new Set([
  ...['by', 'with', 'in', 'at', 'this', 'next', 'within', 'over', 'and', 'or'],
  ...['durch', 'mit', 'bis', 'in', 'im', 'an', 'am', 'und', 'oder'],
]);

/**
 * The forms of "be", "get", "werden" and "sein" that make the verb after them a passive, whose subject is
 * what is replaced: "are being replaced", "Übersetzer werden durch KI ersetzt", "ersetzt worden sind".
 */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  ...['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got'],
  ...['wird', 'werden', 'wurde', 'wurden', 'worden', 'ist', 'sind', 'seien', 'sein'],
]);

/**
 * The modal and perfect auxiliaries and the adverbs that stand among a passive's auxiliaries: "will soon be
 * replaced", "have been replaced", "sollen zunehmend ersetzt werden". Not German "haben": its perfect is
 * active, its subject first ("Die Entwickler haben sie ersetzt").
 */
const BESIDE_PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  ...['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'have', 'has', 'had'],
  ...['soll', 'sollen', 'sollten', 'konnen', 'konnten', 'mussen', 'durften'],
  ...['increasingly', 'soon', 'already', 'zunehmend', 'bald', 'bereits'],
]);

/** The words that bring a passive's agent before its verb, as German puts it ("durch KI-Kassen ersetzen"). */
const AGENT_BEFORE_THE_VERB: ReadonlySet<string> = new Set(['durch', 'von']);
/** How many words an agent before the verb may have: "durch KI-Kassen", "von einem Sprachmodell". */
const AGENT_WORDS = 2;

/**
 * Whether the word at `at` is the object of the verb at `verb` (NamesakeRule.objectSense), in its clause.
 * After the verb where the trade's clause ends after it or the replacing's agent, time or place follows it
 * (AFTER_A_REPLACED_TRADE). Before it only where a passive's auxiliaries and agent stand between (or
 * nothing) and the verb ends its clause, as German puts it last ("KI wird Tausende Buchhalter ersetzen"),
 * or brings its agent ("translators replaced by AI"; "with" only right after an auxiliary, "are being
 * replaced with AI agents", as "the cables engineers replaced with carbon fibre" is active). A subject
 * before its object and verb is not read: "tells engineers which cables to replace", "weil die Entwickler
 * die Engine ersetzen".
 */
function objectOf(tokens: readonly Token[], verb: number, at: number): boolean {
  const [from, to] = at > verb ? [verb, at] : [at, verb];
  for (let k = from + 1; k <= to; k++) if ((tokens[k] as Token).afterMark) return false;
  if (at > verb) {
    const next = tokens[at + 1];
    return next === undefined || next.afterMark || AFTER_A_REPLACED_TRADE.has(next.norm);
  }
  for (let k = at + 1; k < verb; k++) {
    const between = (tokens[k] as Token).norm;
    if (AGENT_BEFORE_THE_VERB.has(between)) k += AGENT_WORDS;
    else if (!PASSIVE_AUXILIARIES.has(between) && !BESIDE_PASSIVE_AUXILIARIES.has(between)) return false;
  }
  // German auxiliaries may follow the verb to its clause's end: "ersetzt werden", "ersetzt worden sind".
  let after = verb + 1;
  while (tokens[after]?.afterMark === false && isAuxiliary(tokens[after] as Token)) after++;
  const next = tokens[after];
  if (next === undefined || next.afterMark || next.norm === 'by') return true;
  const beforeVerb = tokens[verb - 1];
  return next.norm === 'with' && verb - 1 > at && PASSIVE_AUXILIARIES.has((beforeVerb as Token).norm);
}

/** Whether the token is one of a passive's auxiliaries or the words beside them. */
function isAuxiliary(token: Token): boolean {
  return PASSIVE_AUXILIARIES.has(token.norm) || BESIDE_PASSIVE_AUXILIARIES.has(token.norm);
}

/** The words whose other sense unreads the phrases they stand in (NamesakeRule.otherInPhrases). */
const OTHER_IN_PHRASES: ReadonlySet<string> = new Set(
  Object.entries(NAMESAKES).flatMap(([word, rule]) => (rule.otherInPhrases ? [word] : [])),
);

/**
 * Whether a word of the phrase of `length` words at `from` is read in its other sense by the words near it
 * or the compound it ends (NamesakeRule.otherInPhrases), not by the page's.
 */
function readOtherwiseInPhrase(tokens: readonly Token[], from: number, length: number): boolean {
  for (let j = from; j < from + length; j++) {
    const { norm } = tokens[j] as Token;
    if (OTHER_IN_PHRASES.has(norm) && senseOf(tokens, j, norm) === 'other') return true;
  }
  return false;
}

/**
 * Whether a negation (a phrase of `negation`, not followed by a limiter) stands near the `length` words at
 * `index`, with one of its verbs beside it where it has them (Negation.verbs).
 */
function negated(tokens: readonly Token[], index: number, negation: Negation, length = 1): boolean {
  // Within the word's sentence: "Will robots take over? No. AI will affect jobs" denies nothing.
  let from = Math.max(0, index - negation.before);
  for (let j = index; j > from; j--) if ((tokens[j] as Token).afterStop) from = j;
  let to = Math.min(tokens.length, index + negation.after + 1);
  for (let j = index + 1; j < to; j++) if ((tokens[j] as Token).afterStop) to = j;
  const hit = { start: index, end: index + length };
  const before = index > from ? (tokens[index - 1] as Token).norm : undefined;
  if (
    before !== undefined &&
    negation.justBefore?.includes(before) &&
    deniesVerb(tokens, index - 1, index, hit, negation)
  )
    return true;
  return negation.phrases.some((phrase) => {
    const words = phrase.split(' ');
    for (let j = from; j < to; j++) {
      const end = j + words.length;
      if (j <= index && end > index) continue;
      if (end > to) break;
      if (!words.every((w, k) => (tokens[j + k] as Token).norm === w)) continue;
      if (cancelledInClause(tokens, j, negation)) continue;
      const next = tokens[end]?.norm;
      if (
        (next === undefined || !negation.limiters.includes(next)) &&
        deniesVerb(tokens, j, end, hit, negation)
      )
        return true;
    }
    return false;
  });
}

/**
 * Whether the negation from `start` to `end` denies one of its verbs (Negation.verbs), in the clause of the
 * `hit`: a verb stands within `before` words before it or `after` words after it in its sentence, the words of
 * the `hit` not counted ("does not sell customer data", "no user data is sold"). A negation without verbs
 * denies whatever it stands near.
 */
function deniesVerb(
  tokens: readonly Token[],
  start: number,
  end: number,
  hit: { start: number; end: number },
  negation: Negation,
): boolean {
  const { verbs } = negation;
  if (verbs === undefined) return true;
  if (!sameClause(tokens, Math.min(end, hit.end), Math.max(start, hit.start))) return false;
  // Not an infinitive: "the right to tell companies not to sell your information", "verlangen, keine Daten zu
  // sammeln" ask or promise it, and say nothing of what is done.
  // A verb inside the denied words counts only where they stand right by the negation ("does not sell
  // customer data", "nicht an Dritte weitergegeben"); further off, the negation denies another verb and
  // the words are the accusation ("could not stop tracking", "does not block tracking cookies": review).
  const byNegation = hit.start === end || hit.end === start;
  const isVerb = (at: number) =>
    (byNegation || at < hit.start || at >= hit.end) &&
    !INFINITIVE_MARKS.has(tokens[at - 1]?.norm ?? '') &&
    verbs.starts.some((verb) => wordIs(verb, (tokens[at] as Token).norm));
  let counted = 0;
  for (let at = start - 1; at >= 0 && counted < verbs.before; at--) {
    if ((tokens[at + 1] as Token).afterStop) break;
    if (isVerb(at)) return true;
    if (at < hit.start || at >= hit.end) counted++;
  }
  counted = 0;
  for (let at = end; at < tokens.length && counted < verbs.after; at++) {
    if ((tokens[at] as Token).afterStop) break;
    if (isVerb(at)) return true;
    if (at < hit.start || at >= hit.end) counted++;
  }
  return false;
}

/** The words before an infinitive. */
const INFINITIVE_MARKS: ReadonlySet<string> = new Set(['to', 'zu']);

/**
 * Words that join another clause to the one a negation stands in: "does not sell it but shares user data",
 * "sammelt Standortdaten und fragt nicht".
 */
const JOINS_TO_ANOTHER_CLAUSE: ReadonlySet<string> = new Set([
  'but',
  'yet',
  'however',
  'instead',
  'aber',
  'sondern',
  'doch',
  'jedoch',
  'und',
]);

/**
 * Whether the words from `from` to `to` (the words between a negation and what it would deny) stay in one
 * clause: no mark stands before one of them or before the word at `to`, and none joins another clause.
 */
function sameClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from; at <= to && at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (token.afterMark || (at < to && JOINS_TO_ANOTHER_CLAUSE.has(token.norm))) return false;
  }
  return true;
}

/** Whether `norm` is the word `written`, or starts with it where it is written with a trailing `*`. */
function wordIs(written: string, norm: string): boolean {
  return written.endsWith('*') ? norm.startsWith(written.slice(0, -1)) : norm === written;
}

/**
 * Whether a negation of `negation.cancelledBy`, no limiter after it, makes a double negation that denies
 * nothing with the negation at `index`, in its clause (no mark between): up to two words before it ("Nicht
 * ohne Stellenabbau"), or anywhere in the clause for one of `negation.cancelledInClause` ("Ohne Stellenabbau
 * geht es nicht").
 */
function cancelledInClause(tokens: readonly Token[], index: number, negation: Negation): boolean {
  const cancels = (at: number) => {
    if (!negation.cancelledBy?.includes((tokens[at] as Token).norm)) return false;
    const next = tokens[at + 1]?.norm;
    return next === undefined || !negation.limiters.includes(next);
  };
  const clauseWide = negation.cancelledInClause?.includes((tokens[index] as Token).norm) === true;
  const reach = clauseWide ? index : 2;
  for (let at = index - 1; at >= Math.max(0, index - reach); at--) {
    if ((tokens[at + 1] as Token).afterMark) break;
    if (cancels(at)) return true;
  }
  if (!clauseWide) return false;
  for (let at = index + 1; at < tokens.length && !(tokens[at] as Token).afterMark; at++)
    if (cancels(at)) return true;
  return false;
}

/**
 * The other sense's cues of every word read in its own sense by default (NamesakeRule.senseByDefault),
 * by the cue's first two letters and grouped by word, so that one pass over a page's words counts them
 * all: a pass per word grew with every such namesake (gls, lagerhaus, warehouse) and took 12% of ranking an
 * article (stop 25's profile of `engine.rank` over the judged pages). Keyed by two letters, not one, and
 * in an array where both are ASCII: with one letter, most words of a page met a few cues they did not
 * start with, and that comparing, with a map looked up per word, was a tenth of reading a page (issue 12).
 * Every cue has two letters at least (a test says so).
 */
const OTHER_SENSE_CUES: { ascii: (OtherSenseCues | undefined)[]; other: Map<string, OtherSenseCues> } =
  (() => {
    const ascii: (OtherSenseCues | undefined)[] = new Array<OtherSenseCues | undefined>(128 * 128).fill(
      undefined,
    );
    const other = new Map<string, OtherSenseCues>();
    for (const [word, rule] of Object.entries(NAMESAKES)) {
      if (!rule.senseByDefault) continue;
      for (const cue of rule.other) {
        if (cue === '') continue;
        const code = asciiPairCode(cue);
        const list = (code >= 0 ? ascii[code] : other.get(cue.slice(0, 2))) ?? [];
        const entry = list.find((candidate) => candidate.word === word);
        if (entry) entry.cues.push(cue);
        else list.push({ word, cues: [cue] });
        if (code >= 0) ascii[code] = list;
        else other.set(cue.slice(0, 2), list);
      }
    }
    return { ascii, other };
  })();
type OtherSenseCues = { word: string; cues: string[] }[];

/** A word's first two characters as one number below 128 * 128 when both are ASCII, else -1. */
function asciiPairCode(word: string): number {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  return first < 128 && second < 128 ? first * 128 + second : -1;
}

/** The other-sense cues a word may start with (OTHER_SENSE_CUES), by its first two letters. */
function otherSenseCuesOf(norm: string): OtherSenseCues | undefined {
  if (norm.length < 2) return undefined;
  const code = asciiPairCode(norm);
  return code >= 0 ? OTHER_SENSE_CUES.ascii[code] : OTHER_SENSE_CUES.other.get(norm.slice(0, 2));
}
/** Words whose other sense has an empty cue: every word of a page speaks of it. */
const OTHER_SENSE_EVERYWHERE = Object.entries(NAMESAKES)
  .filter(([, rule]) => rule.senseByDefault && rule.other.includes(''))
  .map(([word]) => word);

/** Whether `norm` starts with one of `cues`. */
function startsWithAny(norm: string, cues: readonly string[]): boolean {
  for (const cue of cues) if (norm.startsWith(cue)) return true;
  return false;
}

/** The ambiguous words whose other sense the texts (lists of tokens) speak of anywhere (at least twice). */
export function otherSensesIn(texts: readonly (readonly Token[])[]): Set<string> {
  const counts = new Map<string, number>();
  let words = 0;
  for (const tokens of texts) {
    for (const token of tokens) {
      words++;
      const byWord = otherSenseCuesOf(token.norm);
      if (byWord === undefined) continue;
      for (const { word, cues } of byWord) {
        if (startsWithAny(token.norm, cues)) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  const found = new Set([...counts].filter(([, count]) => count >= 2).map(([word]) => word));
  if (words >= 2) for (const word of OTHER_SENSE_EVERYWHERE) found.add(word);
  for (const word of otherMostlyIn(texts)) found.add(word);
  return found;
}

/**
 * The words that keep on a page the other sense its compounds name (NamesakeRule.otherOnPage), by each of
 * their forms, the word and its plural: one lookup per word of the page, which every page pays.
 */
const OTHER_ON_PAGE: ReadonlyMap<string, string> = new Map(
  Object.entries(NAMESAKES).flatMap(([word, rule]) =>
    rule.otherOnPage
      ? [
          [word, word],
          [`${word}s`, word],
        ]
      : [],
  ),
);

/**
 * The words of OTHER_ON_PAGE that the texts name in their other sense by a compound (the word before
 * them: NamesakeRule.otherBefore, otherBeforeWords: "fitness trackers", "parcel tracking") and read so,
 * by the compound or the words near them, more often than in their sense: a review of fitness trackers,
 * not a report on the trackers in shopping apps that names fitness trackers once.
 */
function otherMostlyIn(texts: readonly (readonly Token[])[]): Set<string> {
  const reads = new Map<string, { compound: boolean; other: number; sense: number }>();
  for (const tokens of texts) {
    tokens.forEach((token, index) => {
      const word = OTHER_ON_PAGE.get(token.norm);
      if (word === undefined) return;
      const read = reads.get(word) ?? { compound: false, other: 0, sense: 0 };
      reads.set(word, read);
      const before = tokens[index - 1]?.norm;
      if (
        before !== undefined &&
        (CUES.get(word)!.otherBefore.start(before) ||
          NAMESAKES[word]!.otherBeforeWords?.includes(before) === true)
      )
        read.compound = true;
      const sense = senseOf(tokens, index, word);
      if (sense === 'other') read.other++;
      else if (sense === 'sense') read.sense++;
    });
  }
  return new Set(
    [...reads].filter(([, read]) => read.compound && read.other > read.sense).map(([word]) => word),
  );
}

/**
 * The names (NamesakeRule.senseOnPage) the texts read as the product by the words near them at least
 * twice and in most of their occurrences, and never in their other sense. A free calling app named Ring,
 * said thirty times, is not the doorbell because two of them stand near "video calls" and
 * "security-conscious" (mintguide-gnu-ring-skype-alternative).
 */
export function sensesConfirmedIn(texts: readonly (readonly Token[])[]): Set<string> {
  const occurrences = new Map<string, { confirmed: number; total: number }>();
  const contradicted = new Set<string>();
  for (const tokens of texts) {
    tokens.forEach((token, index) => {
      const word = keepsSenseOnPage(token.norm);
      if (word === undefined) return;
      const counts = occurrences.get(word) ?? { confirmed: 0, total: 0 };
      occurrences.set(word, counts);
      counts.total++;
      const sense = senseOf(tokens, index, word);
      if (sense === 'sense') counts.confirmed++;
      else if (sense === 'other') contradicted.add(word);
    });
  }
  const kept = [...occurrences].filter(
    ([word, { confirmed, total }]) => confirmed >= 2 && confirmed * 2 > total && !contradicted.has(word),
  );
  return new Set(kept.map(([word]) => word));
}

/**
 * The names that keep their sense on a page (NamesakeRule.senseOnPage). A set, since every word of a page is
 * looked up: a lookup of any string among the namesakes' keys, twice for a word ending in "s", was a tenth of
 * a product page's rank time (issue 12); and their shapes, as most words are passed over by those alone.
 */
const SENSE_ON_PAGE: ReadonlySet<string> = new Set(
  Object.entries(NAMESAKES).flatMap(([word, rule]) => (rule.senseOnPage ? [word] : [])),
);
const SENSE_ON_PAGE_SHAPES = new WordShapes(SENSE_ON_PAGE);
const LONGEST_SENSE_ON_PAGE = Math.max(0, ...[...SENSE_ON_PAGE].map((word) => word.length));

/** The name a page word stands for ("echo", or its plural "echos"), if it keeps its sense on a page. */
function keepsSenseOnPage(norm: string): string | undefined {
  if (norm.length > LONGEST_SENSE_ON_PAGE + 1) return undefined;
  if (SENSE_ON_PAGE_SHAPES.mayHold(norm) && SENSE_ON_PAGE.has(norm)) return norm;
  if (!norm.endsWith('s') || !SENSE_ON_PAGE_SHAPES.mayHold(norm, norm.length - 1)) return undefined;
  const word = norm.slice(0, -1);
  return SENSE_ON_PAGE.has(word) ? word : undefined;
}

/**
 * Where a word for people is named in both its forms (pairsForms: "Kundinnen und Kunden"), by the index of
 * its first form, or undefined where the text names none: findAll asks before every word of every phrase
 * it follows, and most texts, all English ones among them, have no such pair.
 */
function pairsIn(tokens: readonly Token[]): Uint8Array | undefined {
  let pairs: Uint8Array | undefined;
  for (let at = 0; at + 2 < tokens.length; at++)
    if (pairsForms(tokens, at)) (pairs ??= new Uint8Array(tokens.length))[at] = 1;
  return pairs;
}

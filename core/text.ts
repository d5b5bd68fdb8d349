/**
 * Text normalisation shared by the corpus index, the lexicon and page cues, so that a page word and a
 * corpus word meet in one form: lower case, diacritics folded (ü -> u, ß -> ss), split into words.
 */

/** A word as it stands in a text, with its normalised form and position. */
export interface Token {
  /** Normalised: lower case, diacritics folded. */
  norm: string;
  /** The word as written. */
  surface: string;
  /** Index of the word in its text (0-based word count). */
  index: number;
  /** Where the word starts in its text (UTF-16 offset), so a phrase can be cut from the text as written. */
  start: number;
  /**
   * Whether a sentence or a clause ends between the word before and this one: a full stop, question or
   * exclamation mark, semicolon, colon or dash, and white space ("ok. Google"), so that no phrase is read
   * across it. Not the dot of a web address or a figure ("Amazon.com", "14.000"), which no space follows.
   */
  afterStop: boolean;
  /**
   * Whether anything but white space stands between the word before and this one: a stop, a comma, a
   * quotation mark, a bracket, a dash. Not a hyphen between two letters, which joins the words
   * ("Hey-Google-Befehle", "Datenschutz-Aufsichtsbehörde"), nor a character that prints nothing
   * (INVISIBLE). A tight phrase (matcher.ts) is read only over words without one.
   */
  afterMark: boolean;
  /**
   * Whether a hyphen joins this word to the one before ("KI-Zitate"): German writes a noun that another
   * modifies as one compound, and an object that follows a noun as a word of its own ("wegen KI Stellen
   * abbauen"), which afterMark alone does not tell apart.
   */
  joined: boolean;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const BEYOND_PRINTABLE_ASCII = /[^ -~]/;

/** Lower-case and fold diacritics so "Türklingel" and "turklingel" compare equal. */
export function normalize(text: string): string {
  // Most words of English and German pages are plain ASCII, where folding changes nothing; decomposing
  // every word was a tenth of the time spent reading a page.
  if (!BEYOND_PRINTABLE_ASCII.test(text)) return text.toLowerCase();
  // Most others are Latin ("Größe", "Türklingel"): folded a character at a time from a table, which is
  // what folding the whole word gives (no Latin character lowers or decomposes depending on its
  // neighbours, and none decomposes to a mark that stays), at a quarter of its time (issue 12).
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= LATIN_FOLDED.length) return foldFully(text);
    folded += LATIN_FOLDED[code]!;
  }
  return folded;
}

function foldFully(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/ß/g, 'ss');
}

/** Each character of Basic Latin, Latin-1 and Latin Extended-A and -B folded (see normalize). */
const LATIN_FOLDED = Array.from({ length: 0x250 }, (_, code) => foldFully(String.fromCharCode(code)));

// A word is a run of letters of any script and digits; hyphens and apostrophes split words
// ("Alexa-Nutzer" -> alexa, nutzer) but the compound stays findable through the concept matcher's
// in-word search. ASCII is classified by table and only other characters by the Unicode regex: with
// `matchAll` over the whole text, tokenising was the largest cost of reading a page (issue 12).
const ASCII_WORD_CHAR = new Uint8Array(128).map((_, c) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0,
);
const WORD_CHAR = /[\p{L}\p{N}]/uy;

/** How many UTF-16 units the word character at `i` takes (2 for one beyond the BMP), 0 if none. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_WORD_CHAR[code]!;
  WORD_CHAR.lastIndex = i;
  return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - i : 0;
}

/** Whether a character beyond the BMP starts at `i`, so a skip steps over both of its halves. */
function pairAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

/**
 * Whether the character at `i` ends a sentence or a clause (Token.afterStop): ? ! ; : a full stop, or a
 * dash with space on both sides ("Das war OK - Google hat reagiert"). Not the dots of an ellipsis ("...",
 * "…"), which mark words left out of a quotation ("die „Überwachung […] der Telekommunikation“") as often
 * as a sentence trailing off; not a hyphen ("Alexa-Nutzer", "Browser- und Geräte-Fingerprinting").
 */
function isStopMark(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 46) return text.charCodeAt(i - 1) !== 46 && text.charCodeAt(i + 1) !== 46;
  if (code === 45 || code === 0x2013 || code === 0x2014)
    return isSpace(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i + 1));
  return code === 63 || code === 33 || code === 59 || code === 58;
}

/** Hyphens: the hyphen-minus, the Unicode hyphen and the non-breaking hyphen. */
function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

/**
 * Format characters that print nothing: the soft hyphen, the zero-width space, non-joiner and joiner and
 * the word joiner (Token.afterMark; the byte-order mark is white space, isSpace). Pages carry them where an
 * editor or a converter left them: "OK\u200bGoogle" is read as it shows, "OK Google".
 */
const INVISIBLE: ReadonlySet<number> = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060]);

/**
 * The words with each word for people written with its feminine ending read as one word, in its generic
 * form, as the lexicon and the corpus write it: "Kund*innen" (the words "Kund" and "innen") as "kunden",
 * "Nutzer_innendaten" as "nutzerdaten", "KundInnen" as "kunden" (genericOf). Its surface is as written.
 */
function joinFeminine(text: string, tokens: Token[], capitalI: boolean): Token[] {
  const joined: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const mark = token.start + token.surface.length;
    const end =
      tokens[k + 1]?.start === mark + 1 &&
      token.surface.length >= MIN_GENDERED_BASE &&
      isGenderMark(text.charCodeAt(mark))
        ? feminineAfterMark(text, mark)
        : -1;
    if (end >= 0) {
      token.surface = text.slice(token.start, end);
      token.norm = genericOf(text, token.start, mark, mark + 1, end);
      k++;
    } else if (capitalI) {
      // The capital I of a feminine ending inside the word ("KundInnen", "NutzerInnendaten").
      const at = token.surface.indexOf('Innen', MIN_GENDERED_BASE);
      if (at > 0 && isSmallAscii(token.surface.charCodeAt(at - 1)))
        token.norm = genericOf(text, token.start, token.start + at, token.start + at, mark);
    }
    token.index = joined.length;
    joined.push(token);
  }
  return joined;
}

/** Split a text into words with their normalised forms. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  /** The text in lower case, made for its first capitalised ASCII word (see below). */
  let lower: string | null | undefined;
  // What stands between the last word and the next: a mark that ends a sentence, any other mark, and white
  // space.
  let stopMark = false;
  let mark = false;
  let space = false;
  let hyphen = false;
  /** Where the last word ended: a hyphen there joins it to a word that follows at once. */
  let wordEnd = -1;
  let i = 0;
  while (i < length) {
    let step = wordCharAt(text, i);
    if (step === 0) {
      const code = text.charCodeAt(i);
      const joins = isHyphen(code) && i === wordEnd && wordCharAt(text, i + 1) > 0;
      if (isStopMark(text, i)) stopMark = true;
      else if (isSpace(code)) space = true;
      else if (joins) hyphen = true;
      else if (!INVISIBLE.has(code)) mark = true;
      i += pairAt(text, i) ? 2 : 1;
      continue;
    }
    const start = i;
    let ascii = true;
    let upper = false;
    while (step > 0) {
      const code = text.charCodeAt(i);
      if (code >= 128) ascii = false;
      else if (code <= 90 && code >= 65) upper = true;
      i += step;
      step = i < length ? wordCharAt(text, i) : 0;
    }
    wordEnd = i;
    const surface = text.slice(start, i);
    // A plain ASCII word in lower case is its own normal form: no second string per word. A capitalised
    // one is cut from the text lowered once: lowering every such word on its own was a sixth of
    // tokenising a page (issue 12). No character lowers to fewer UTF-16 units, so a lowered text of the
    // same length has every word where the text has it; one that grew ("İ") is not used.
    let norm = surface;
    if (!ascii) norm = normalize(surface);
    else if (upper) {
      if (lower === undefined) {
        const lowered = text.toLowerCase();
        lower = lowered.length === length ? lowered : null;
      }
      norm = lower === null ? surface.toLowerCase() : lower.slice(start, i);
    }
    tokens.push({
      norm,
      surface,
      index: tokens.length,
      start,
      afterStop: stopMark && space,
      afterMark: stopMark || mark,
      joined: hyphen,
    });
    stopMark = false;
    mark = false;
    space = false;
    hyphen = false;
  }
  // Only a text that may write a word for people with its feminine ending is read for them, by a search of
  // the text that costs less than a test of every word: a test in the loop above, even of the few words a
  // mark follows, made tokenising every page 4-7% slower (issue 12).
  const capitalI = text.includes('Innen');
  return capitalI || FEMININE_AFTER_MARKS.some((ending) => text.includes(ending))
    ? joinFeminine(text, tokens, capitalI)
    : tokens;
}

/** A word shorter than this before a gender mark is no word for people ("a/in", "m/in"). */
const MIN_GENDERED_BASE = 3;

/** A gender mark and the start of the feminine ending after it (isGenderMark, feminineAfterMark). */
const FEMININE_AFTER_MARKS = ['*in', ':in', '_in', '/innen', '\u00b7in', '*In', '_In'];

/**
 * Marks that German writes between a word for people and its feminine ending, to name all of them:
 * "Nutzer*innen", "Kund:innen", "Mitarbeiter_innen", "Lehrer/innen", "Autor·innen".
 */
function isGenderMark(code: number): boolean {
  return code === 42 || code === 58 || code === 95 || code === 47 || code === 0xb7;
}

function isSmallAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * Where the feminine ending that the gender mark at `mark` joins to the word before it ends, or -1 where
 * none follows: "in" that ends the word, or "innen" and any compound it begins ("Nutzer*innendaten"),
 * after a word of letters (not "10:30", not "Amazon:" before a word, not "*Kunden*" as emphasis). After a
 * star or an underscore also "Innen" ("Nutzer*Innen"); after a slash only "innen" ("Lehrer/innen"): a path
 * of a web address ("linkedin.com/in/name", "/index") is no word for people, and no slash or dot may
 * follow there. No "@" may follow any (an e-mail address). What this takes is what FEMININE_AFTER_MARKS
 * finds in a text, so that a word reads alike in any text (a hit's surface is read again on its own).
 */
function feminineAfterMark(text: string, mark: number): number {
  const before = text.charCodeAt(mark - 1);
  if (!isSmallAscii(before) && !(before >= 0xdf && before <= 0xff)) return -1;
  const markCode = text.charCodeAt(mark);
  const slash = markCode === 47;
  // Before a slash, a word that already ends in "-en" is a word of its own, paired with "innen" as one
  // ("außen/innen", "Außen/Innenkamera") or a path of a web address ("/kunden/innen"), not a stem waiting
  // for its ending ("Lehrer/innen", "Kund/innen").
  if (slash && text.charCodeAt(mark - 1) === 110 && text.charCodeAt(mark - 2) === 101) return -1;
  const i = mark + 1;
  const capital = text.charCodeAt(i) === 73 && (markCode === 42 || markCode === 95);
  if ((text.charCodeAt(i) !== 105 && !capital) || text.charCodeAt(i + 1) !== 110) return -1;
  let end = i + 2;
  if (text.startsWith('nen', end)) {
    end += 3;
    while (end < text.length && wordCharAt(text, end) > 0) end++;
  } else if (capital || slash || (end < text.length && wordCharAt(text, end) > 0)) return -1;
  const after = text.charCodeAt(end);
  if (after === 64 || (slash && (after === 47 || after === 46))) return -1;
  return end;
}

/**
 * The generic (masculine) form of a word for people written with its feminine ending, which is what the
 * lexicon and the corpus write: the word before the ending, what its plural or singular adds there ("Kund*innen"
 * -> "kunden", "Kund*in" -> "kunde", "Nutzer*innen" -> "nutzer", "Nutzer*innendaten" -> "nutzerdaten") and
 * the rest of a compound. `base` ends at `baseEnd`; the ending ("in" or "innen") starts at `ending` and the
 * word ends at `end`. Made only for such words: most words have no gender mark and allocate nothing more.
 */
function genericOf(text: string, start: number, baseEnd: number, ending: number, end: number): string {
  const base = normalize(text.slice(start, baseEnd));
  const plural = text.startsWith('nnen', ending + 1);
  const rest = normalize(text.slice(ending + (plural ? 5 : 2), end));
  let added = '';
  if (!base.endsWith('er'))
    added = plural ? (base.endsWith('e') ? 'n' : 'en') : base.endsWith('e') ? '' : 'e';
  return base + added + rest;
}

/** Words that join the two forms of a word for people named together ("Kundinnen und Kunden"). */
const PAIRING: ReadonlySet<string> = new Set(['und', 'oder', 'bzw', 'sowie']);
/** What a generic word adds to the stem its feminine shares ("Kund|en", "Kund|e", "Nutzer|"). */
const GENERIC_ENDINGS: ReadonlySet<string> = new Set(['', 'e', 'n', 'en']);

/**
 * Whether the words at `at` and two after it are one word for people in its feminine and its generic form,
 * joined by "und", "oder", "bzw." or "sowie": "Kundinnen und Kunden", "Mitarbeiter und Mitarbeiterinnen",
 * "Nutzer*innen und Nutzer". A page that writes for all of them names one group once, not twice.
 */
export function pairsForms(tokens: readonly Token[], at: number): boolean {
  const [first, joint, second] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (first === undefined || joint === undefined || second === undefined) return false;
  // "bzw." abbreviates with a dot, which ends no sentence there.
  if (!PAIRING.has(joint.norm) || joint.afterStop || (second.afterStop && joint.norm !== 'bzw')) return false;
  if (first.norm === second.norm) return readAsGeneric(first) !== readAsGeneric(second);
  return isFeminineForm(first.norm, second.norm) || isFeminineForm(second.norm, first.norm);
}

/** Whether tokenize read the word in its generic form, not as written ("Kund*innen" -> kunden). */
function readAsGeneric(token: Token): boolean {
  return normalize(token.surface) !== token.norm;
}

/** Whether `feminine` is the feminine of the word `generic`: "kundinnen", "kundin" of "kunde(n)". */
function isFeminineForm(feminine: string, generic: string): boolean {
  let at = 0;
  while (at < feminine.length && feminine.charCodeAt(at) === generic.charCodeAt(at)) at++;
  if (at < MIN_GENDERED_BASE) return false;
  const ending = feminine.slice(at);
  return (ending === 'in' || ending === 'innen') && GENERIC_ENDINGS.has(generic.slice(at));
}

/** What `text.split(/\s+/).length` is, without making the pieces: one more than the runs of white space. */
export function countSplitWords(text: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

/** JavaScript's `\s`: ASCII white space, the Unicode space separators, line separators and the BOM. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// German and English inflection endings, longest first. Stripping them is crude but symmetric: it is
// applied to corpus words and page words alike, so "Paketboten"/"Paketbote" and "speakers"/"speaker"
// meet in one stem.
const ENDINGS = ['ungen', 'ern', 'en', 'er', 'es', 'em', 'e', 'n', 's'];
const MIN_STEM = 4;

/**
 * ENDINGS by their last letter, longest first as there: a word is compared only with the endings it can
 * have (every corpus word when the index is built, every page word the engine looks up; issue 12).
 */
const ENDINGS_BY_LAST = new Map<number, string[]>();
for (const ending of ENDINGS) {
  const last = ending.charCodeAt(ending.length - 1);
  ENDINGS_BY_LAST.set(last, [...(ENDINGS_BY_LAST.get(last) ?? []), ending]);
}

function stripEnding(word: string): string {
  for (const ending of ENDINGS_BY_LAST.get(word.charCodeAt(word.length - 1)) ?? []) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending))
      return word.slice(0, -ending.length);
  }
  return word;
}

/**
 * A light stem: the word without up to two inflection endings ("speakers" -> "speaker" -> "speak",
 * "lautsprechern" -> "lautspreche" -> "lautsprech"), never shorter than four letters.
 */
export function stem(norm: string): string {
  return stripEnding(stripEnding(norm));
}

/**
 * Whether two words are forms of one word: one stem, and no more than an inflection ending apart
 * ("Paketbote", "Paketboten"; "speaker", "speakers"). The light stem alone takes "stores" and
 * "Störungen" both to "stor", and an English headline on Amazon's stores matched the corpus's outages.
 */
export function areInflections(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= MAX_INFLECTION_LETTERS && stem(a) === stem(b);
}

const MAX_INFLECTION_LETTERS = 2;

/**
 * The shapes (length and first character) of a few words, to pass over a page word that is none of them
 * before looking it up in a set or map of them: a lookup hashes the word, every word of a page was looked
 * up in a few such sets, and most words have no member's shape (issue 12). A word too long or beginning
 * beyond ASCII is let through to the lookup.
 */
export class WordShapes {
  private readonly shapes = new Uint8Array(MAX_SHAPE_LENGTH * 128);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const code = shapeCode(word, word.length);
      if (code >= 0) this.shapes[code] = 1;
    }
  }

  /** Whether `word`, or its first `length` characters, may be one of the words. */
  mayHold(word: string, length = word.length): boolean {
    const code = shapeCode(word, length);
    return code < 0 || this.shapes[code] === 1;
  }
}

const MAX_SHAPE_LENGTH = 64;

/** A word's length and first character as one number, or -1 when either is beyond the table. */
function shapeCode(word: string, length: number): number {
  const first = word.charCodeAt(0);
  return length < MAX_SHAPE_LENGTH && first < 128 ? length * 128 + first : -1;
}

/** Common words of both languages that carry no topic, so they never count as evidence. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines und oder aber auch nicht noch nur wie was wer ' +
    'wird werden wurde wurden ist sind war waren sein seine seiner seinen ihr ihre ihren ihrem sich mit von vom ' +
    'zu zum zur auf aus bei fur uber unter nach vor dass als wenn dann doch so sie er es wir man mehr sehr ' +
    'schon hat haben hatte kann konnen soll sollen diese dieser dieses diesen im in an am um bis durch gegen ' +
    'ohne jede jeder jedes alle allen immer neue neuen heute einmal etwa damit dabei dort hier ob weil denn ' +
    'the a an and or but not no of to in on at by for with from as is are was were be been being it its this ' +
    'that these those they them their he she his her we our you your i me my has have had do does did will ' +
    'would can could should may might must than then there here what which who whom how why when where all ' +
    'any some more most such only own same so too very just about into over after before also new one two ' +
    'amp nbsp quot www com http https html'
  ).split(' '),
);

/** Collapse whitespace and cut a text to at most `max` characters (on a word boundary where possible). */
export function cap(text: string, max: number): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= max) return collapsed;
  const cut = collapsed.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd();
}

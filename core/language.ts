import type { Token } from './text';

/**
 * Which language a text is written in, English or German, told by its own function words: the articles,
 * pronouns, prepositions and auxiliaries every sentence has. The matcher gives a word the endings of the
 * language of the sentence it stands in (matcher.ts, Endings), since one page holds both: a German
 * product title on a page that declares English ("Smarter Rauchmelder mit App"), an English quote in a
 * German article. The page's declared language says neither.
 */
type TextLanguage = 'en' | 'de' | 'und';

/** A sentence of a text: the index of the token after its last, and its language. */
export interface SentenceLanguage {
  end: number;
  language: TextLanguage;
}

/**
 * Words of one language only: none is a word of the other ("in", "an", "so", "also", "am", "man", German
 * "was" and "will" are both) nor a name ("uber", "über" folded, is the company).
 */
const ENGLISH: ReadonlySet<string> = new Set(
  (
    'the and of to is are were been be has have had with for on by from that this these those it its ' +
    'they their them we our you your he his she her not or but which would could should than there ' +
    'about into what when who how after over'
  ).split(' '),
);
const GERMAN: ReadonlySet<string> = new Set(
  (
    'der die das und ist sind nicht mit von zu den dem des ein eine einen einem einer eines auf fur sich ' +
    'auch sie wir ich werden wird wurde wurden hat haben bei nach aus oder aber wie dass noch nur zum zur ' +
    'im vom beim kann konnen mehr durch gegen ohne unter seine ihre diese dieser dieses als wenn dann sehr'
  ).split(' '),
);

/** How many function words of each language stand among `tokens` from `from` to before `to`. */
interface FunctionWords {
  english: number;
  german: number;
}

function functionWordsOf(tokens: readonly Token[], from: number, to: number): FunctionWords {
  const counts = { english: 0, german: 0 };
  for (let i = from; i < to; i++) {
    const { norm } = tokens[i] as Token;
    if (ENGLISH.has(norm)) counts.english++;
    else if (GERMAN.has(norm)) counts.german++;
  }
  return counts;
}

/**
 * How many more function words of one language than of the other tell a text's language: one is a
 * word of the other language standing in it ("Unions and Gewerkschaften", "Smarter Rauchmelder mit App").
 */
const MARGIN = 2;

function languageOf({ english, german }: FunctionWords): TextLanguage {
  const lean = english - german;
  return lean >= MARGIN ? 'en' : lean <= -MARGIN ? 'de' : 'und';
}

/**
 * A sentence's language: its own where its function words tell it, else its text's; but never English
 * where a German function word stands in it, since only English's endings are narrower than both
 * languages' together. An English quote with its German attribution ("„We are not robots“, sagen die
 * Lagerarbeiter") is one sentence, a comma not ending it, and a German quote on an English page holds
 * "IT" or "WHO" ("Die IT hat alles überwacht"): their German words keep their endings.
 */
function sentenceLanguageOf(words: FunctionWords, whole: TextLanguage): TextLanguage {
  const own = languageOf(words);
  if (words.german > 0) return own === 'de' || whole === 'de' ? 'de' : 'und';
  return own === 'und' ? whole : own;
}

/**
 * The language of each sentence of `tokens` (a sentence ends where a token stands after a stop,
 * Token.afterStop), by the function words it holds; a sentence that holds about as many of one as
 * of the other (a title, "Smarter Living") is in the language of the whole text, and that undecided too when
 * the text is. The sentences in order; one pass over the words, the whole text's count summed from the
 * sentences'.
 */
export function sentenceLanguages(tokens: readonly Token[]): SentenceLanguage[] {
  const counted: { end: number; words: FunctionWords }[] = [];
  const whole: FunctionWords = { english: 0, german: 0 };
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !(tokens[i] as Token).afterStop) continue;
    const words = functionWordsOf(tokens, start, i);
    whole.english += words.english;
    whole.german += words.german;
    counted.push({ end: i, words });
    start = i;
  }
  const wholeLanguage = languageOf(whole);
  return counted.map(({ end, words }) => ({ end, language: sentenceLanguageOf(words, wholeLanguage) }));
}

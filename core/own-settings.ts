import type { Token } from './text';

/**
 * The reader's own settings: data a guide tells the reader to switch off in their phone or account ("Turn
 * off location history", "reset your advertising ID", "So schalten Sie personalisierte Werbung ab") is a
 * setting of the reader's device, not what a company collects of its customers. An Android how-to that
 * lists such steps was shown as a data story (stop 34). What the page says a company does with the data
 * ("Google keeps the location history even after users turn it off") is said otherwise and still counts;
 * so is a setting that users "can turn off", which reports on tracking say: only the imperative is the
 * guide's.
 */

/** The English verbs (and their particles) by which a guide has the reader switch data off. */
const SWITCHES_EN: readonly (readonly string[])[] = [
  ['turn', 'off'],
  ['switch', 'off'],
  ['disable'],
  ['reset'],
  ['delete'],
  ['clear'],
  ['pause'],
];

/** Words before an English imperative that leave it one: "and reset", "then turn off". */
const BEFORE_THE_IMPERATIVE: ReadonlySet<string> = new Set(['and', 'then']);
/**
 * A guide's headline asks it: "How to turn off personalised ads", not "plans to delete the data". Only at
 * the start of its sentence, after a colon ("Privacy: how to ...") or after "here's": inside a clause it
 * is what a report says of a company, "Google hid how to turn off location tracking, states say".
 */
const HOW_TO = ['how', 'to'];
/** What may open a guide's sentence before its "how to": "Here's how to turn it off". */
const BEFORE_HOW_TO: readonly (readonly string[])[] = [
  ['here', 's'],
  ['here', 'is'],
];

/** The German verbs whose imperative ("Deaktivieren Sie", "Schalten Sie ... ab") switches data off. */
const SWITCHES_DE: ReadonlySet<string> = new Set(['deaktivieren', 'schalten', 'loschen', 'setzen']);
/**
 * The polite imperative's pronoun after the German verb, as written: capital "Sie". Lower-case "sie" is
 * the third person, what a report says companies do ("Warum löschen sie die Standortdaten nicht?",
 * "setzen sie Tracking-Pixel ein").
 */
const YOU_DE = 'Sie';
/**
 * Words before the German verb that leave it the reader's step: "und deaktivieren Sie", the words that
 * order a guide's steps ("Anschließend deaktivieren Sie", "Zum Schluss schalten Sie ... ab") and a
 * guide's headline "So schalten Sie personalisierte Werbung ab". Any other word before the verb makes a
 * question or a report's statement of it ("Warum löschen Sie ...", asked of a company).
 */
const BEFORE_THE_IMPERATIVE_DE: ReadonlySet<string> = new Set([
  'und',
  'so',
  'dann',
  'danach',
  'anschliessend',
  'zuerst',
  'zunachst',
  'zuletzt',
  'abschliessend',
  'schluss',
]);

/** How many words may stand between the switch and the data ("turn off ad personalisation", "your"). */
const SETTING_REACH = 3;

/** Whether the data said from word `start` on is what the guide tells the reader to switch off. */
export function switchedOffByTheReader(tokens: readonly Token[], start: number): boolean {
  for (let at = start - 1; at >= Math.max(0, start - SETTING_REACH - 1); at--) {
    if (tokens[at + 1]!.afterStop) return false;
    if (imperativeEndsAt(tokens, at)) return true;
  }
  return false;
}

/** Whether an imperative switch ends at word `at`: "Turn off", "and reset", "Deaktivieren Sie". */
function imperativeEndsAt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]!.surface === YOU_DE) {
    const verb = tokens[at - 1];
    return (
      verb !== undefined &&
      SWITCHES_DE.has(verb.norm) &&
      !tokens[at]!.afterStop &&
      (clauseStartsAt(tokens, verb.index) || BEFORE_THE_IMPERATIVE_DE.has(tokens[verb.index - 1]!.norm))
    );
  }
  return SWITCHES_EN.some((words) => {
    const first = at - words.length + 1;
    if (first < 0 || words.some((part, i) => tokens[first + i]!.norm !== part)) return false;
    const before = tokens[first - 1];
    return (
      before === undefined ||
      tokens[first]!.afterStop ||
      BEFORE_THE_IMPERATIVE.has(before.norm) ||
      howToAt(tokens, first - HOW_TO.length)
    );
  });
}

/**
 * Whether a headline is a guide's, by how it opens a sentence: "How to turn off location tracking",
 * "Smart TV tracking: how to turn it off", "Werbe-ID: So setzen Sie sie zurück". A guide so headlined
 * names the data it switches off in its headline, as a report names what a company does with it.
 */
export function asksHowTo(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, at) =>
      howToAt(tokens, at) ||
      (sentenceStartsAt(tokens, at) &&
        token.norm === 'so' &&
        tokens[at + 2]?.surface === YOU_DE &&
        !tokens[at + 2]!.afterMark),
  );
}

/** Whether a guide's "how to" stands from word `at` on, opening its sentence (HOW_TO). */
function howToAt(tokens: readonly Token[], at: number): boolean {
  if (at < 0 || !HOW_TO.every((part, i) => tokens[at + i]?.norm === part)) return false;
  return (
    sentenceStartsAt(tokens, at) ||
    BEFORE_HOW_TO.some((words) => {
      const first = at - words.length;
      return (
        first >= 0 &&
        words.every((part, i) => tokens[first + i]!.norm === part) &&
        sentenceStartsAt(tokens, first)
      );
    })
  );
}

/** Whether word `at` begins its text or a sentence (after a stop or a colon). */
function sentenceStartsAt(tokens: readonly Token[], at: number): boolean {
  return at === 0 || tokens[at]!.afterStop;
}

/**
 * Whether word `at` begins its text or a clause: after a stop or a comma ("Um Ihre Daten zu schützen,
 * deaktivieren Sie ...").
 */
function clauseStartsAt(tokens: readonly Token[], at: number): boolean {
  return at === 0 || tokens[at]!.afterMark;
}

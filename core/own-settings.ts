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
/** A guide's headline asks it: "How to turn off personalised ads", not "plans to delete the data". */
const HOW_TO = ['how', 'to'];

/** The German verbs whose imperative ("Deaktivieren Sie", "Schalten Sie ... ab") switches data off. */
const SWITCHES_DE: ReadonlySet<string> = new Set(['deaktivieren', 'schalten', 'loschen', 'setzen']);
/** The polite imperative's pronoun after the German verb. */
const YOU_DE = 'sie';

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
  const word = tokens[at]!.norm;
  if (word === YOU_DE) {
    const verb = tokens[at - 1];
    return verb !== undefined && SWITCHES_DE.has(verb.norm) && !tokens[at]!.afterStop;
  }
  return SWITCHES_EN.some((words) => {
    const first = at - words.length + 1;
    if (first < 0 || words.some((part, i) => tokens[first + i]!.norm !== part)) return false;
    const before = tokens[first - 1];
    const howTo = HOW_TO.every((part, i) => tokens[first - HOW_TO.length + i]?.norm === part);
    return (
      before === undefined || tokens[first]!.afterStop || BEFORE_THE_IMPERATIVE.has(before.norm) || howTo
    );
  });
}

import { WordShapes, type Token } from './text';

/**
 * How a text frames a mention as a cause (issue 11): AI beside a round of layoffs is the cuts' story only
 * where the text gives it as their cause or as what the company turns to instead ("as it refocuses on
 * AI", "replaced by AI", "wegen KI", "setzt auf KI", "AI will do the work"), not where it denies it ("not
 * because of AI", "hat nichts mit KI zu tun", "KI spielt keine Rolle") nor where AI is only what the
 * company sells ("its AI chips sold well").
 */
export type CauseFrame = 'cause' | 'denied';

/**
 * Words that give what follows them, within CAUSE_REACH words of one clause, as a cause or as what a
 * company turns to: a cut made because of it, for it, or to make room for it.
 */
const CAUSE_BEFORE = [
  'because of',
  'due to',
  'owing to',
  'driven by',
  'caused by',
  'blamed on',
  'blames',
  'attributed to',
  'tied to',
  'linked to',
  'result of',
  'replaced by',
  'in favor of',
  'in favour of',
  'make room for',
  'refocus on',
  'refocuses on',
  'refocused on',
  'refocusing on',
  'focus on',
  'focuses on',
  'focusing on',
  'pivot to',
  'pivots to',
  'pivoted to',
  'pivoting to',
  'invest in',
  'invests in',
  'invested in',
  'investing in',
  'investment in',
  'investments in',
  'bet on',
  'bets on',
  'betting on',
  'prioritize',
  'prioritizes',
  'prioritizing',
  'prioritise',
  'prioritises',
  'prioritising',
  'double down on',
  'doubles down on',
  'wegen',
  'aufgrund',
  'infolge',
  'zugunsten',
  'setzt auf',
  'setzen auf',
  'setzte auf',
  'fokus auf',
  'konzentriert sich auf',
  'konzentrieren sich auf',
  'investiert in',
  'investieren in',
  'investitionen in',
  'ausrichtung auf',
  'neuausrichtung auf',
];

/** How many words may stand between a cause word and the cause: "refocuses on Firefox and AI". */
const CAUSE_REACH = 2;

/**
 * Verbs that make the mention before them the one that takes the work: "AI will replace", "AI could take
 * over", "KI ersetzt", within CAUSE_AFTER_REACH words after it.
 */
const CAUSE_AFTER = [
  'replace',
  'replaces',
  'replaced',
  'replacing',
  'take over',
  'takes over',
  'took over',
  'taking over',
  'do the work',
  'does the work',
  'doing the work',
  'ersetzt',
  'ersetzen',
  'ersetzte',
  'ubernimmt',
  'ubernehmen',
  'ubernommen',
];
const CAUSE_AFTER_REACH = 3;

/**
 * People replaced with something, the replacing verb and "with" a few words apart: "plans to replace
 * employees with AI", "replacing them with AI", "replaced with AI". Read from "with" back to the verb.
 * German says it with "durch ... ersetzt" (CAUSE_AFTER).
 */
const REPLACING = /^replac/;
const REPLACED_WITH = 'with';
const REPLACED_WITH_REACH = 4;

/**
 * Words that tie a cause only where a negation denies it ("not related to AI"): said plainly they name a
 * field as often ("roles related to AI").
 */
const DENIED_ONLY = ['related to'];

/** Words that, right before a cause word, deny it: "not because of AI", "nicht wegen KI", "isn't tied to". */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 't', 'never', 'nicht', 'nie']);

/**
 * Phrases that deny any cause their sentence names: "has nothing to do with AI", "unrelated to AI", "AI
 * played no role", "KI spielt keine Rolle", "hat nichts mit KI zu tun".
 */
const DENIALS = [
  'unrelated to',
  'nothing to do with',
  'no role',
  'not a factor',
  'keine rolle',
  'nichts mit',
  'nichts zu tun',
];

interface Phrase {
  words: readonly string[];
  kind: 'before' | 'after' | 'denial' | 'deniedOnly';
}

const PHRASES_BY_LAST_WORD = new Map<string, Phrase[]>();
for (const [phrases, kind] of [
  [CAUSE_BEFORE, 'before'],
  [CAUSE_AFTER, 'after'],
  [DENIALS, 'denial'],
  [DENIED_ONLY, 'deniedOnly'],
] as const) {
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const last = words[words.length - 1]!;
    PHRASES_BY_LAST_WORD.set(last, [...(PHRASES_BY_LAST_WORD.get(last) ?? []), { words, kind }]);
  }
}
const SHAPES = new WordShapes([...PHRASES_BY_LAST_WORD.keys(), REPLACED_WITH]);

/** A phrase found in a text: the words it covers, `end` not included. */
interface Found {
  start: number;
  end: number;
  kind: Phrase['kind'];
  negated: boolean;
}

/**
 * The frame of each mention in a text (CauseFrame), or none. The text's cause and denial words are found
 * once, in one pass of set lookups; a text with none frames no mention.
 */
export function causeFramesIn(
  tokens: readonly Token[],
): (start: number, end: number) => CauseFrame | undefined {
  const found: Found[] = [];
  for (const token of tokens) {
    if (!SHAPES.mayHold(token.norm)) continue;
    if (token.norm === REPLACED_WITH) {
      const verb = replacingVerbBefore(tokens, token.index);
      if (verb !== undefined)
        found.push({ start: verb, end: token.index + 1, kind: 'before', negated: negatedAt(tokens, verb) });
    }
    for (const { words, kind } of PHRASES_BY_LAST_WORD.get(token.norm) ?? []) {
      const first = token.index - words.length + 1;
      if (first < 0 || !words.every((word, i) => tokens[first + i]?.norm === word)) continue;
      found.push({ start: first, end: token.index + 1, kind, negated: negatedAt(tokens, first) });
    }
  }
  if (found.length === 0) return () => undefined;
  /** Whether a sentence or clause ends anywhere from word `from` up to word `to`. */
  const stopBetween = (from: number, to: number) => {
    for (let at = from + 1; at <= to; at++) if (tokens[at]?.afterStop) return true;
    return false;
  };
  return (start, end) => {
    let frame: CauseFrame | undefined;
    for (const phrase of found) {
      if (phrase.kind === 'denial') {
        const [from, to] = phrase.start < start ? [phrase.start, start] : [end - 1, phrase.start];
        if (!stopBetween(from, to)) return 'denied';
      } else if (phrase.kind === 'before' || phrase.kind === 'deniedOnly') {
        if (phrase.end > start || start - phrase.end > CAUSE_REACH || stopBetween(phrase.end - 1, start))
          continue;
        if (phrase.negated) return 'denied';
        if (phrase.kind === 'before') frame = 'cause';
      } else {
        if (
          phrase.start < end ||
          phrase.start - end >= CAUSE_AFTER_REACH ||
          stopBetween(end - 1, phrase.start)
        )
          continue;
        if (phrase.negated) return 'denied';
        frame = 'cause';
      }
    }
    return frame;
  };
}

/** Whether a negation stands right before word `index`, in its clause. */
function negatedAt(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return before !== undefined && NEGATIONS.has(before.norm) && !tokens[index]!.afterStop;
}

/** Where a replacing verb stands a few words before the "with" at `index` in its clause (REPLACED_WITH). */
function replacingVerbBefore(tokens: readonly Token[], index: number): number | undefined {
  for (let at = index - 1; at >= Math.max(0, index - REPLACED_WITH_REACH); at--) {
    if (REPLACING.test(tokens[at]!.norm)) return at;
    if (tokens[at]!.afterStop) return undefined;
  }
  return undefined;
}

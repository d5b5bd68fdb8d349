import { causeFramesIn, tiesNoCut, type CauseFrame } from './cause-frames';
import { LEXICON, type Concept, type CounterSignal, type Entity, type Lexicon } from './lexicon';
import { PatternMatcher, otherSensesIn, sensesConfirmedIn, type PatternHit } from './matcher';
import { BOUGHT_FROM } from './namesakes';
import { headlinesANotice, noticeRanges } from './site-notices';
import { STOPWORDS, WordShapes, cap, countSplitWords, pairsForms, tokenize, type Token } from './text';
import type { Cue, CueSource, NamesakeReading, PageContext } from './types';

/**
 * Reads a PageContext for evidence: which lexicon concepts and which companies each field mentions,
 * weighted by how telling the field is (a headline says more than the twentieth paragraph).
 */

type Key =
  | { kind: 'concept'; concept: Concept }
  | { kind: 'entity'; entity: Entity }
  | { kind: 'epithet'; entity: Entity }
  | { kind: 'counter'; counter: CounterSignal };

export interface Evidence {
  /** Weighted sum over the fields; saturates in `weight`. */
  score: number;
  /** Mentions in the telling fields (title, headline, description, keywords, brand, search). */
  prominent: number;
  /**
   * Of the prominent mentions, those in the page's tags (keywords, categories): they list what a page
   * touches as well as what it is about.
   */
  tagged: number;
  /**
   * Of the untagged prominent mentions, those their field gives as a cause and those that tie no cut,
   * denied as one or named as a company's business ("Bank cuts 4,000 jobs because of AI"; "Startup
   * downsizes its workforce; AI played no role"; "AI startup lays off 20% of staff"), as a span's `frame`
   * says of the text's (cause-frames.ts). What a company turns to counts in a headline only in its first
   * clause (prominentFramesIn).
   */
  causeProminent: number;
  untiedProminent: number;
  /** Mentions in body text (article text, product bullets, listing titles). */
  body: number;
  /** Distinct words that carried the mentions. */
  surfaces: Set<string>;
  cues: Cue[];
  /**
   * Where each mention in the article's text (leadText) stands, by word: mentions that stand together
   * are told from mentions apart (one phrase that names two concepts, a job cut beside its cause).
   */
  spans: Span[];
}

/** Words `start` up to, not including, `end` of a text. */
export interface Span {
  start: number;
  end: number;
  /** Whether the mention stands in a concessive clause ("even as AI boomed", concededAt). */
  conceded?: boolean;
  /** Whether the text gives the mention as a cause or denies it as one (cause-frames.ts). */
  frame?: CauseFrame;
  /** Which clause of the text the mention stands in, counted from 0 (Token.afterStop). */
  clause?: number;
}

export interface PageEvidence {
  concepts: Map<string, Evidence>;
  entities: Map<Entity['id'], Evidence>;
  /** Epithets of a company ("Versandriese") by the company they stand for. */
  epithets: Map<Entity['id'], Evidence>;
  /** Counter-signals (a data leak) by id. */
  counters: Map<string, Evidence>;
  /** Ambiguous words read in their other sense, by word, in the order the fields were read. */
  namesakes: Map<string, NamesakeReading>;
  /** Words from the telling fields, for direct overlap with the corpus. */
  words: { token: Token; source: CueSource; weight: number }[];
  /** Length of the body text read, in words (for densities). */
  bodyWords: number;
  /** Companies the text names only at the head of a line of product names (productLineHeads). */
  productLines: Set<Entity['id']>;
}

interface FieldSpec {
  source: CueSource;
  /** Weight of one mention. */
  weight: number;
  /** Cap on the field's total contribution per concept. */
  cap: number;
  prominent: boolean;
  /** A list of tags rather than a sentence about the page. */
  tags?: boolean;
}

const FIELDS: Record<CueSource, FieldSpec> = {
  productTitle: { source: 'productTitle', weight: 3, cap: 4, prominent: true },
  headline: { source: 'headline', weight: 3, cap: 4, prominent: true },
  searchQuery: { source: 'searchQuery', weight: 3, cap: 4, prominent: true },
  brand: { source: 'brand', weight: 2, cap: 2, prominent: true },
  categories: { source: 'categories', weight: 1.5, cap: 2, prominent: true, tags: true },
  description: { source: 'description', weight: 1.5, cap: 2, prominent: true },
  keywords: { source: 'keywords', weight: 1.5, cap: 2, prominent: true, tags: true },
  leadText: { source: 'leadText', weight: 0.5, cap: 3, prominent: false },
  listingTitles: { source: 'listingTitles', weight: 0, cap: 3, prominent: false },
};

const CUE_TEXT_MAX = 80;
const DIRECT_WORDS_MAX = 40;

// Compiled once per lexicon: the shipped one, or one a tool built with an entry left out.
const matchers = new WeakMap<Lexicon, PatternMatcher<Key>>();

function matcher(lexicon: Lexicon): PatternMatcher<Key> {
  let found = matchers.get(lexicon);
  if (!found) {
    found = new PatternMatcher<Key>([
      ...lexicon.concepts.flatMap((concept) =>
        concept.page.map((pattern) => ({
          key: { kind: 'concept' as const, concept },
          pattern,
          ...(concept.deniedBy && { deniedBy: concept.deniedBy }),
        })),
      ),
      ...lexicon.entities.flatMap((entity) => [
        ...entity.names.map((pattern) => ({ key: { kind: 'entity' as const, entity }, pattern })),
        ...entity.epithets.map((pattern) => ({ key: { kind: 'epithet' as const, entity }, pattern })),
      ]),
      ...lexicon.counters.flatMap((counter) =>
        counter.page.map((pattern) => ({ key: { kind: 'counter' as const, counter }, pattern })),
      ),
    ]);
    matchers.set(lexicon, found);
  }
  return found;
}

function keyId(key: Key): string {
  if (key.kind === 'concept') return key.concept.id;
  if (key.kind === 'epithet') return `epithet:${key.entity.id}`;
  return key.kind === 'entity' ? key.entity.id : key.counter.id;
}

/** The cue for a hit: only concepts explain a passage (companies and counter-signals decide, not explain). */
function cueFor(hit: PatternHit<Key>, source: CueSource): Cue | undefined {
  if (hit.key.kind !== 'concept') return undefined;
  const words = cap(hit.surface, CUE_TEXT_MAX);
  const concept = hit.key.concept.id;
  return hit.namesake
    ? { kind: 'namesake', source, words, namesake: hit.namesake, concept }
    : { kind: 'concept', source, words, concept };
}

/** A mention's words as a lexicon entry spells them: lower case, diacritics folded, one space between. */
function surfaceOf(hit: PatternHit<Key>): string {
  return tokenize(hit.surface)
    .map((token) => token.norm)
    .join(' ');
}

function emptyEvidence(): Evidence {
  return {
    score: 0,
    prominent: 0,
    tagged: 0,
    causeProminent: 0,
    untiedProminent: 0,
    body: 0,
    surfaces: new Set(),
    cues: [],
    spans: [],
  };
}

export function analysePage(context: PageContext, lexicon: Lexicon = LEXICON): PageEvidence {
  const concepts = new Map<string, Evidence>();
  const entities = new Map<Entity['id'], Evidence>();
  const epithets = new Map<Entity['id'], Evidence>();
  const counters = new Map<string, Evidence>();
  const namesakes = new Map<string, NamesakeReading>();
  const readOtherwise = (reading: NamesakeReading) => {
    if (!namesakes.has(reading.namesake)) namesakes.set(reading.namesake, reading);
  };
  const words: PageEvidence['words'] = [];
  const productLines = new Set<Entity['id']>();
  const found = matcher(lexicon);
  const evidenceFor = (key: Key): Evidence => {
    if (key.kind === 'concept') return getOrCreate(concepts, key.concept.id);
    if (key.kind === 'epithet') return getOrCreate(epithets, key.entity.id);
    return key.kind === 'entity'
      ? getOrCreate(entities, key.entity.id)
      : getOrCreate(counters, key.counter.id);
  };

  const record = (
    hits: PatternHit<Key>[],
    spec: FieldSpec,
    mentionWeight: number,
    /** Where a mention stands in the article's text; none for the other fields. */
    spanOf?: (hit: PatternHit<Key>) => Span,
    /** How a prominent field frames a mention as a cause (cause-frames.ts); none for the text and tags. */
    frameOf?: (start: number, end: number) => CauseFrame | undefined,
  ) => {
    // Per field, a concept contributes at most `cap`: a page repeating one word is not stronger evidence.
    const perKey = new Map<string, number>();
    for (const hit of oncePerPhrase(hits)) {
      const id = keyId(hit.key);
      const evidence = evidenceFor(hit.key);
      const added = Math.min(mentionWeight, spec.cap - (perKey.get(id) ?? 0));
      perKey.set(id, (perKey.get(id) ?? 0) + Math.max(0, added));
      evidence.score += Math.max(0, added);
      if (spec.prominent) evidence.prominent++;
      else evidence.body++;
      const namesNoCause =
        hit.key.kind === 'concept' && hit.key.concept.namesNoCause?.includes(surfaceOf(hit));
      const frame = frameOf?.(hit.index, hit.index + hit.length);
      if (tiesNoCut(frame)) evidence.untiedProminent++;
      else if (frame !== undefined && !namesNoCause) evidence.causeProminent++;
      if (spanOf) {
        const span = spanOf(hit);
        if (namesNoCause && !tiesNoCut(span.frame)) delete span.frame;
        evidence.spans.push(span);
      }
      if (spec.tags) evidence.tagged++;
      const surface = hit.surface.toLowerCase();
      const cue = evidence.surfaces.has(surface) ? undefined : cueFor(hit, spec.source);
      if (cue && evidence.cues.length < 6) evidence.cues.push(cue);
      evidence.surfaces.add(surface);
    }
  };

  const fields: [CueSource, string | undefined][] = [
    ['productTitle', context.productTitle],
    ['headline', context.headline],
    ['searchQuery', context.searchQuery],
    ['brand', context.brand],
    ['categories', context.categories.join(' › ')],
    ['keywords', context.keywords.join(', ')],
    ['description', context.description],
    ['leadText', context.leadText],
  ];
  const tokensOf = new Map(fields.map(([source, text]) => [source, text ? tokenize(text) : []]));
  const publisherNames = publisherNamesOf(context.host);
  // A page that speaks of the rainforest anywhere reads no "Amazon" as the company by default.
  const otherSenses = otherSensesIn([...tokensOf.values()]);
  // A page that reads "Alexa" as the assistant twice reads its bare headline "Alexa," so too.
  const confirmedSenses = sensesConfirmedIn([...tokensOf.values()]);

  // A headline that names the handling of data undenied makes the text a report of it: the denials the
  // text quotes are the voice it contradicts, however often it quotes them (review of the denial).
  const hitsIn = (source: CueSource) =>
    found.findAll(tokensOf.get(source) ?? [], otherSenses, readOtherwise, confirmedSenses);
  const headlineHits = hitsIn('headline');
  const headlineTellsHandling = headlineHits.some(isUndeniedHandling);

  const readField = (source: CueSource, text: string) => {
    const tokens = tokensOf.get(source) ?? [];
    if (tokens.length === 0) return;
    const spec = FIELDS[source];
    // The headline is read once, before the fields, for what it says of the handling of data.
    const hits = source === 'headline' ? headlineHits : hitsIn(source);
    const deniedOutweighs =
      source === 'leadText' && !headlineTellsHandling ? deniedHandlingOutweighing(hits) : NO_HITS;
    const products =
      source === 'leadText' && !CAPITALISED_NOUNS.has(context.language)
        ? productLineHeads(hits, tokens, text)
        : new Set<PatternHit<Key>>();
    for (const hit of products) if (hit.key.kind === 'entity') productLines.add(hit.key.entity.id);
    const publisher = publisherNameIn(tokens, publisherNames);
    const notices = source === 'leadText' ? siteNotices(text, context.headline) : [];
    record(
      hits.filter(
        (hit) =>
          !notices.some(
            ({ start, end }) => start <= tokens[hit.index]!.start && tokens[hit.index]!.start < end,
          ) &&
          (hit.key.kind !== 'entity' || !boughtFrom(tokens, hit.index)) &&
          !deniedByPage(hit, spec) &&
          !deniedOutweighs.has(hit) &&
          !secondOfPair(hit, hits, tokens) &&
          !products.has(hit) &&
          !publisher.some((name) => name.start <= hit.index && hit.index + hit.length <= name.end),
      ),
      spec,
      spec.weight,
      source === 'leadText' ? spansIn(tokens, text) : undefined,
      spec.prominent && !spec.tags ? prominentFramesIn(tokens, asksOfACut(text, tokens, hits)) : undefined,
    );
    // Words shared directly with a passage count from the fields that name the page, not its prose.
    if (spec.prominent && source !== 'description') {
      for (const token of tokens) {
        if (words.length >= DIRECT_WORDS_MAX) break;
        if (token.norm.length >= 4 && !STOPWORDS.has(token.norm) && !/^\d+$/.test(token.norm)) {
          words.push({ token, source, weight: spec.weight });
        }
      }
    }
  };

  for (const [source, text] of fields) if (text) readField(source, text);

  // Listing titles: what matters is how much of the list a concept fills (ten Echo devices among
  // fifty bestsellers), so each concept scores by the share of titles that mention it.
  if (context.listingTitles.length > 0) {
    const spec = FIELDS.listingTitles;
    const titlesWith = new Map<string, { key: Key; hits: PatternHit<Key>[] }>();
    for (const title of context.listingTitles) {
      const seen = new Set<string>();
      for (const hit of found.findAllInText(title, otherSenses, readOtherwise, confirmedSenses)) {
        const id = keyId(hit.key);
        if (seen.has(id)) continue;
        seen.add(id);
        const entry = titlesWith.get(id) ?? { key: hit.key, hits: [] };
        entry.hits.push(hit);
        titlesWith.set(id, entry);
      }
    }
    const denominator = Math.max(3, context.listingTitles.length * 0.3);
    for (const { hits } of titlesWith.values()) {
      const share = Math.min(1, hits.length / denominator);
      record(hits.slice(0, 1), spec, spec.cap * share);
      const evidence = evidenceFor(hits[0]!.key);
      evidence.body += hits.length - 1;
      for (const hit of hits.slice(1)) evidence.surfaces.add(hit.surface.toLowerCase());
    }
  }

  // Counted, not split: splitting made a string of every word of the longest text only to count them.
  const bodyWords = context.leadText ? countSplitWords(context.leadText) : 0;
  return { concepts, entities, epithets, counters, namesakes, words, bodyWords, productLines };
}

/**
 * The ranges of the article's text that are the site's own notices (site-notices.ts): its footer's links
 * and cookie banner, or the whole text where the headline is the title of the site's privacy notice. A
 * recipe whose footer says "We use cookies to personalise content and ads ... Do not sell my personal
 * information" is no page on what companies do with people's data, and neither is a shop's privacy policy.
 */
function siteNotices(text: string, headline: string | undefined): { start: number; end: number }[] {
  return headlinesANotice(headline) ? [{ start: 0, end: text.length }] : noticeRanges(text);
}

/**
 * Words that open a concessive clause: what follows them is granted beside the statement, not given as
 * its cause. "Even as the AI industry has boomed, San Francisco lost 16,700 jobs" names AI to deny that it
 * explains the job losses (held-out sfstandard-apple-bay-area-layoffs, moved to tune). Not "while" nor
 * "während": they are as often the time of the statement or its companion, and the main clause can
 * carry the tie on: "While the ... capabilities of generative AI have made experienced engineers more
 * productive, they have also hobbled the job prospects of early-career" engineers
 * (slashdot-stanford-grads-ai-jobs). A conjunction's clause runs to the next punctuation mark (German
 * sets every subordinate clause off by commas), for at most CONCESSIVE_CLAUSE words; a preposition's
 * ("despite the AI boom", "trotz des anhaltenden KI-Booms") is the noun phrase after it, for at most
 * CONCESSIVE_PHRASE words, as the main clause may follow it without a comma.
 */
const CONCESSIVE_CONJUNCTIONS = [
  'although',
  'though',
  'even as',
  'obwohl',
  'obgleich',
  'obschon',
  'wenngleich',
];
const CONCESSIVE_PREPOSITIONS = ['despite', 'in spite of', 'notwithstanding', 'trotz', 'ungeachtet'];
const CONCESSIVE_CLAUSE = 15;
const CONCESSIVE_PHRASE = 4;

/** Each concessive phrase, by its last word, with how far the clause it opens reaches. */
const CONCESSIVE_BY_LAST_WORD = new Map<string, { words: string[]; reach: number }[]>();
for (const [phrases, reach] of [
  [CONCESSIVE_CONJUNCTIONS, CONCESSIVE_CLAUSE],
  [CONCESSIVE_PREPOSITIONS, CONCESSIVE_PHRASE],
] as const) {
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const last = words[words.length - 1]!;
    CONCESSIVE_BY_LAST_WORD.set(last, [...(CONCESSIVE_BY_LAST_WORD.get(last) ?? []), { words, reach }]);
  }
}

const CONCESSIVE_SHAPES = new WordShapes(CONCESSIVE_BY_LAST_WORD.keys());

/** What ends a clause between two words. */
const CLAUSE_END = /[.,;:!?()\u2013\u2014]/;

/**
 * Where each mention stands in a text, marked `conceded` where it stands in a concessive clause
 * (CONCESSIVE_CONJUNCTIONS, CONCESSIVE_PREPOSITIONS), and with its `frame` where the text gives it as a
 * cause or denies it as one (cause-frames.ts). The text's concessive words are found once, in one pass of
 * set lookups; most texts have none, and then no mention is looked at again.
 */
function spansIn(tokens: readonly Token[], text: string): (hit: PatternHit<Key>) => Span {
  const opened: { at: number; reach: number }[] = [];
  for (const token of tokens) {
    if (!CONCESSIVE_SHAPES.mayHold(token.norm)) continue;
    for (const { words, reach } of CONCESSIVE_BY_LAST_WORD.get(token.norm) ?? []) {
      const first = token.index - words.length + 1;
      if (words.every((word, i) => tokens[first + i]?.norm === word)) opened.push({ at: token.index, reach });
    }
  }
  const clauseEnds = (from: number, to: number) => {
    for (let at = from; at < to; at++) {
      const word = tokens[at]!;
      if (CLAUSE_END.test(text.slice(word.start + word.surface.length, tokens[at + 1]!.start))) return true;
    }
    return false;
  };
  const frameOf = causeFramesIn(tokens);
  const clauses: number[] = [];
  for (const token of tokens) clauses.push((clauses[token.index - 1] ?? 0) + (token.afterStop ? 1 : 0));
  return (hit) => {
    const span: Span = { start: hit.index, end: hit.index + hit.length, clause: clauses[hit.index] ?? 0 };
    const frame = frameOf(span.start, span.end);
    if (frame !== undefined) span.frame = frame;
    const conceded = opened.some(
      ({ at, reach }) => at < hit.index && hit.index - at <= reach && !clauseEnds(at, hit.index),
    );
    if (conceded) span.conceded = true;
    return span;
  };
}

/**
 * Words of a headline that doubt what a company gives or denies as a cause: "Is AI just an excuse for the
 * job cuts?", "KI als Vorwand für den Stellenabbau" (DOUBTING_THE_CAUSE).
 */
const DOUBTING_THE_CAUSE: ReadonlySet<string> = new Set([
  'excuse',
  'excuses',
  'scapegoat',
  'blame',
  'blamed',
  'vorwand',
  'ausrede',
  'sundenbock',
]);

/**
 * Which sentences of a headline ask or doubt what the cause is: a sentence with a word of
 * DOUBTING_THE_CAUSE, or the headline's one sentence where it asks a question of the cuts it names
 * (`asked`, asksOfACut). The AI named plainly there is the cause in question, whatever the text denies
 * ("Is AI just an excuse for the job cuts at Harbor Bank?" over "it has nothing to do with AI": the
 * theme's AI as cover, the review of s35-jobtie's probes); not one said in another sentence ("Who is to
 * blame for the layoffs? Not AI, the CEO says").
 */
function doubtsTheCause(tokens: readonly Token[], asked: boolean): (sentence: number) => boolean {
  const doubting = new Set<number>();
  let sentence = 0;
  for (const token of tokens) {
    if (token.index > 0 && token.afterStop) sentence++;
    if (DOUBTING_THE_CAUSE.has(token.norm)) doubting.add(sentence);
  }
  if (asked) doubting.add(0);
  return (at) => doubting.has(at);
}

/**
 * Whether a headline of one sentence asks a question of something whose cause a page must give (a
 * concept with `companionsWithin`: job cuts): "Is AI behind the layoffs at Harbor Bank?" asks whether AI
 * is their cause; "Will AI save the car industry?" over a carmaker's cuts asks of another thing (the
 * second review of the job-cuts tie).
 */
function asksOfACut(text: string, tokens: readonly Token[], hits: readonly PatternHit<Key>[]): boolean {
  return (
    text.trimEnd().endsWith('?') &&
    !tokens.some((token) => token.index > 0 && token.afterStop) &&
    hits.some((hit) => hit.key.kind === 'concept' && hit.key.concept.companionsWithin !== undefined)
  );
}

/** How many words a headline's label may have (prominentFramesIn): "Exklusiv:", "Job cuts:". */
const LABEL_WORDS = 2;

/**
 * How a headline or description frames a mention as a cause (cause-frames.ts), what a company turns to
 * only in its first clause, before any stop or comma: there the turn is the cut's own ("Mozilla downsizes
 * as it refocuses on Firefox and AI"), beyond it a headline joins a second story to the cut ("Hospital
 * downsizes its staff after Medicaid cuts; board backs investment in AI", "Studio downsizes its staff
 * after flop, bets on AI"), and unlike the text's no clause of the cut is known to hold it to. Beyond a
 * stop the turn is a plan told as a story of its own ("Carmaker: 5,000 jobs go. Next: a bet on AI"), named
 * beside the cut and tied to it by nothing; beyond a comma it may still be the cut's own ("After the
 * layoffs, the company pivots to AI") and ties it as a mention said anywhere does.
 */
function prominentFramesIn(
  tokens: readonly Token[],
  asked: boolean,
): (start: number, end: number) => CauseFrame | undefined {
  const frameOf = causeFramesIn(tokens);
  const doubted = doubtsTheCause(tokens, asked);
  const sentenceOf = (index: number) => {
    let sentence = 0;
    for (let at = 1; at <= index; at++) if (tokens[at]!.afterStop) sentence++;
    return sentence;
  };
  // A label of a word or two before a colon or dash opens the headline, it ends no clause of it:
  // "Exklusiv: Versicherer kündigt Stellenabbau an und setzt auf KI", "Layoffs: Fintech cuts 300 jobs as
  // it pivots to AI" (the review of s35-jobtie's probes).
  const labelEnd = tokens.findIndex((token) => token.index > 0 && token.afterStop);
  const opening = labelEnd !== -1 && labelEnd <= LABEL_WORDS ? labelEnd : 0;
  const firstMark = tokens.findIndex((token) => token.index > opening && token.afterMark);
  const firstStop = tokens.findIndex((token) => token.index > opening && token.afterStop);
  return (start, end) => {
    const frame = frameOf(start, end);
    if (frame === undefined && doubted(sentenceOf(start))) return 'cause';
    if (frame !== 'turnedTo') return frame;
    if (firstStop !== -1 && firstStop <= start) return 'named';
    return firstMark !== -1 && firstMark <= start ? undefined : frame;
  };
}

/**
 * A denial in the headline or description ("Why AI Can't Replace Your Real Estate Agent") is the page's
 * own stance and takes the word away (windermere-ai-real-estate-agent). In the text it is as often a
 * voice the article quotes within its story, and still speaks of it: a report on the newsroom staff AI
 * replaced quotes a manager, "It's not going to replace humans" (rollingstone-ai-newsroom).
 */
function deniedByPage(hit: PatternHit<Key>, spec: FieldSpec): boolean {
  return hit.denied === true && spec.prominent;
}

/**
 * The handling of data a text denies (Concept.deniedBy), where its denials are as many as the handling it
 * says is done: then the denial is the text's story, a launch, a census or a funding round that promises
 * it sells no one's data, and the data it names are no mention. Where the text says more of what is done,
 * the denial is a voice it quotes to contradict ("says it does not sell customer data. But ... shares
 * customer data with 200 partners") and still speaks of the data, as a single word denied does
 * (deniedByPage).
 */
function deniedHandlingOutweighing(hits: readonly PatternHit<Key>[]): ReadonlySet<PatternHit<Key>> {
  const handling = hits.filter(isHandling);
  const denied = handling.filter((hit) => hit.denied === true);
  return denied.length * 2 >= handling.length ? new Set(denied) : NO_HITS;
}

const NO_HITS: ReadonlySet<PatternHit<Key>> = new Set();

/** Whether a hit names the handling of data, a concept a company may deny (Concept.deniedBy). */
function isHandling(hit: PatternHit<Key>): boolean {
  return hit.key.kind === 'concept' && hit.key.concept.deniedBy !== undefined;
}

/** Whether a hit names the handling of data and no denial stands by it. */
function isUndeniedHandling(hit: PatternHit<Key>): boolean {
  return isHandling(hit) && hit.denied !== true;
}

/**
 * Languages that capitalise every noun: there a capital after a company's name ("bei Amazon Kunden")
 * says nothing about a product's name.
 */
const CAPITALISED_NOUNS: ReadonlySet<string> = new Set(['de']);

/** How many different product names headed by one company make a page a list of its products. */
const PRODUCT_LINE_NAMES = 3;

/**
 * The company mentions that head the names of its products ("Amazon Polly", "Amazon Lex", "Amazon
 * SageMaker"), where a text names at least PRODUCT_LINE_NAMES of them: the name is then the first word of
 * a product's, joined to a capitalised word by one space that the lexicon reads as nothing else, and the
 * page lists products, not the company. A comparison of machine-learning cloud services that names
 * Amazon twelve times, each time at the head of one of seven product names, is not about Amazon
 * (neptune-mlaas-platforms, a held-out lesson). A product the lexicon knows ("Amazon Echo", "Amazon
 * Alexa") names what the corpus speaks of and stays a mention of its maker; so do one or two capitals
 * after the name ("Amazon CEO", "Amazon Inc").
 */
function productLineHeads(
  hits: readonly PatternHit<Key>[],
  tokens: readonly Token[],
  text: string,
): Set<PatternHit<Key>> {
  const starts = new Set(hits.map((hit) => hit.index));
  const byEntity = new Map<Entity['id'], { hits: PatternHit<Key>[]; names: Set<string> }>();
  for (const hit of hits) {
    if (hit.key.kind !== 'entity') continue;
    const last = tokens[hit.index + hit.length - 1];
    const next = tokens[hit.index + hit.length];
    if (!last || !next || starts.has(next.index) || STOPWORDS.has(next.norm)) continue;
    const first = next.surface[0] ?? '';
    const joined = text.slice(last.start + last.surface.length, next.start) === ' ';
    if (!joined || first === first.toLowerCase()) continue;
    const entry = byEntity.get(hit.key.entity.id) ?? { hits: [], names: new Set<string>() };
    entry.hits.push(hit);
    entry.names.add(next.norm);
    byEntity.set(hit.key.entity.id, entry);
  }
  return new Set(
    [...byEntity.values()].flatMap(({ hits: heads, names }) =>
      names.size >= PRODUCT_LINE_NAMES ? heads : [],
    ),
  );
}

/** The longest publisher's name looked for: "The New York Times" is four words. */
const PUBLISHER_NAME_WORDS = 4;

/**
 * Where a text names its publisher as the host spells it: two or more words that its host's name writes
 * as one ("Privacy Guides" on www.privacyguides.org, "The Verge" on www.theverge.com, "Der Standard" on
 * www.derstandard.at). A publication's own name is the speaker, not what the page is about: a blog named
 * for privacy that announces its T-shirts said "privacy" in its headline and four times in its text only
 * as its name (held-out privacyguides-merch-announcement, moved to tune). Its words still count where the
 * page says them on their own; a one-word name is left alone, as it is the word itself ("Wired").
 * `names`: the host's names (publisherNamesOf).
 */
function publisherNameIn(tokens: readonly Token[], names: readonly string[]): Span[] {
  const found: Span[] = [];
  for (let start = 0; start < tokens.length; start++) {
    // Most words begin no name: the words after them are not joined (a join per word cost news pages
    // a quarter of their rank time in an A/B of the engines).
    let spelt = tokens[start]!.norm;
    for (let end = start + 2; end <= Math.min(tokens.length, start + PUBLISHER_NAME_WORDS); end++) {
      if (!beginsLonger(names, spelt)) break;
      spelt += tokens[end - 1]!.norm;
      if (names.includes(spelt)) found.push({ start, end });
    }
  }
  return found;
}

/** The host's names a publisher may be named by in words (publisherNameIn), once per page, not per field. */
function publisherNamesOf(host: string): string[] {
  return host
    .split('.')
    .map((label) => label.replace(/-/g, ''))
    .filter((label) => label.length > 3);
}

/** Whether one of `names` begins with `spelt` and is longer: a plain loop, as it runs for every page word. */
function beginsLonger(names: readonly string[], spelt: string): boolean {
  for (const name of names) if (name.length > spelt.length && name.startsWith(spelt)) return true;
  return false;
}

/** Whether the company named at `index` is the shop something is bought from (BOUGHT_FROM). */
function boughtFrom(tokens: readonly Token[], index: number): boolean {
  if (shopLabelBefore(tokens, index)) return true;
  const before = tokens[index - 1];
  if (!before || !BOUGHT_FROM.prepositions.has(before.norm)) return false;
  const near = tokens.slice(Math.max(0, index - 1 - BOUGHT_FROM.window), index + 1 + BOUGHT_FROM.window);
  return near.some((token) => BOUGHT_FROM.verbs.has(token.norm));
}

/** Whether a shop list's label (BOUGHT_FROM.labels) stands within the window before the name at `index`. */
function shopLabelBefore(tokens: readonly Token[], index: number): boolean {
  for (let start = Math.max(0, index - BOUGHT_FROM.window); start < index; start++) {
    const isLabel = BOUGHT_FROM.labels.some(
      (label) => start + label.length <= index && label.every((word, i) => tokens[start + i]?.norm === word),
    );
    if (isLabel) return true;
  }
  return false;
}

/**
 * Whether `hit` is the second form of a word for people that the page names in both ("Kundinnen und Kunden",
 * pairsForms), after a hit of the same key on the first: one group named once, not a second mention.
 */
function secondOfPair(
  hit: PatternHit<Key>,
  hits: readonly PatternHit<Key>[],
  tokens: readonly Token[],
): boolean {
  if (hit.length !== 1 || !pairsForms(tokens, hit.index - 2)) return false;
  const id = keyId(hit.key);
  return hits.some((other) => other.index === hit.index - 2 && other.length === 1 && keyId(other.key) === id);
}

/**
 * The hits with each phrase counted once per concept or company: where two patterns of one key cover the
 * same words ("independent contractors" is 'independent contractor' and 'contractors'; "Amazon Web
 * Services" is 'amazon' and 'amazon web services'), the longer one stands for both. Counted twice, one
 * phrase said twice in a strip club strike report made gig work (observer-star-garden-strike), and a
 * cloud product's name made its maker the subject (veritis-aws-machine-learning-tools).
 */
function oncePerPhrase(hits: readonly PatternHit<Key>[]): PatternHit<Key>[] {
  const sorted = [...hits].sort((a, b) => a.index - b.index || b.length - a.length);
  const coveredUntil = new Map<string, number>();
  return sorted.filter((hit) => {
    const id = keyId(hit.key);
    if (hit.index < (coveredUntil.get(id) ?? 0)) return false;
    coveredUntil.set(id, hit.index + hit.length);
    return true;
  });
}

function getOrCreate<K>(map: Map<K, Evidence>, key: K): Evidence {
  let evidence = map.get(key);
  if (!evidence) {
    evidence = emptyEvidence();
    map.set(key, evidence);
  }
  return evidence;
}

/** 0..1 from a weighted evidence score: the first mentions count most. */
export function saturate(score: number): number {
  return 1 - Math.exp(-score / 2);
}

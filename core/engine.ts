import { analysePage, type PageEvidence } from './analyse';
import { CorpusIndex } from './corpus-index';
import { WEAK_SHARE, decide, type Decision } from './decide';
import { type Concept, type Entity, type Lexicon, LEXICON } from './lexicon';
import { MAX_QUERY_WORDS, PassageSearch } from './search';
import { tokenize, type Token } from './text';
import {
  TOPICS,
  type Article,
  type Cue,
  type CueSource,
  type PageContext,
  type Passage,
  type RankResult,
  type Reason,
  type RankedPassage,
  type SearchOptions,
  type Topic,
} from './types';

/** The engine the background, the panel and the CLIs share. Build it once per corpus. */
export interface Engine {
  /** Decide what the page is about and which passages fit it; `silent` when none do. */
  rank(context: PageContext): RankResult;
  /** Typo-tolerant search over every bundled passage, best first. */
  search(query: string, options?: SearchOptions): RankedPassage[];
  readonly articles: readonly Article[];
}

export const MAX_OFFERED = 5;
const MIN_OFFERED = 3;

/** Weight of a passage's hand-assigned topics against the page's topics. */
const TOPIC_WEIGHT = 0.6;
/** Weight of words the page and the passage share directly ("Echo Dot", "Singles Day", "Prime"). */
const DIRECT_WEIGHT = 0.35;
/** A passage's topic must matter this much to the page, or the passage is not offered at all. */
const MIN_TOPIC_FIT = 0.3;
/** Offer passages down to this share of the best one's score. */
const RELATIVE_FLOOR = 0.4;

/**
 * How close to the best passage off an article's subject a passage on it must come to go before it
 * (select). The alexa passages that mend Alexa gadget pages come within 0.76-0.80 of the record Christmas
 * ('power', then 'alexa'); the ones that displaced a stronger passage on pages that were not only about
 * their subject stood at 0.46 (a Prime price rise whose text is about drivers' pay) and 0.64 (a Prime Day
 * record with a strike).
 */
const SUBJECT_MARGIN = 0.7;
/** On news pages, the best passage must reach this score or the page stays silent. */
const NEWS_MIN_SCORE = 0.6;
/**
 * Same-article results after the first are discounted, so the offer spans the corpus: what a passage
 * shares with the page (its concepts and words) is discounted, not its topic fit. Every passage of a topic
 * gets that fit alike, and discounted with the rest it took more from a second passage on the page's
 * subject than the whole difference between the page's topics: on a page about AI books flooding Amazon's
 * store (power, data a second reading) the passage on streaming data came before the third of the
 * passages on Amazon's power (wired-ai-generated-books-flood-amazon, tune).
 */
const SAME_ARTICLE_DISCOUNT = 0.85;
/**
 * A word shared directly with the page counts only if few passages use it ("Echo", "Netflix", "Alipay"):
 * common ones ("Amazon", "Kunden", "Menschen") say nothing about any one passage.
 */
const MAX_DOCUMENT_SHARE = 0.08;

/**
 * A passage's hand-assigned topics weigh by their order: the first is what it is mainly about, the others
 * it touches (SECONDARY_TOPIC_SHARE).
 */
function topicFit(passageTopics: readonly Topic[], topics: Record<Topic, number>): number {
  let fit = 0;
  passageTopics.forEach((topic, rank) => {
    fit = Math.max(fit, topics[topic] * (rank === 0 ? 1 : SECONDARY_TOPIC_SHARE));
  });
  return fit;
}

/**
 * The topics a concept's passages must be about first for it to weigh on them, if any. A kind of product
 * (Concept.order: an e-book, groceries) has corpus words in passages of its second topic for what an
 * order of it involves: an e-book's reading is recorded, a household's weekly shop is a profile of it.
 * That is the story of a shop page, where the reader is placing the order. On a news page the kind names
 * the market the report is about, its first topic: on an investigation of cheap, keyword-gamed e-books
 * flooding Amazon's Kindle store (power) the e-book's 'Streamingserien' and 'Datenmengen' put the passage
 * on streaming data first, before every passage on Amazon's power (held-out
 * vox-amazon-ebooks-mikkelsen-twins, moved to tune). Unless the report is about that order's theme: on a
 * report that Amazon records what Kindle users read, a theme of the article (data), the e-book's passages
 * on recorded reading are the report's.
 */
function firstTopicsOf(concept: Concept, decision: Decision): ReadonlySet<Topic> | undefined {
  if (decision.reason.kind !== 'article' || concept.order === undefined) return undefined;
  return new Set([concept.topics[0]!, ...decision.reason.themes]);
}

/**
 * How much a passage fits a page through a topic other than its first. At 0.7 for the second topic, the
 * passage on Amazon's record Christmas ('power', then 'alexa': "smart speakers with voice control sold
 * best") came third on a bestseller list of Echo speakers and Fire TV sticks, before every passage whose
 * first topic is Alexa (amazon-de-bestseller-electronics, tune, p@3 0.67): what it touches was worth 70%
 * of what they are about, and its two words of the speakers outweighed the rest. At half, a passage
 * whose subject is another topic follows the page's own; it is offered by its second topic only where
 * the page makes that topic 0.6 (MIN_TOPIC_FIT).
 */
const SECONDARY_TOPIC_SHARE = 0.5;

/** How many passages' words the engine keeps for explaining offers: about 7 KB each, 1.5 MB at most. */
const MAX_TOKENISED_PASSAGES = 200;

/** How many of the best-scoring passages the diversity step looks at. */
const SHORTLIST = 40;

class KehrseiteEngine implements Engine {
  readonly articles: readonly Article[];
  private readonly index: CorpusIndex;
  /**
   * Made on the first search: its matcher over every concept pattern and its list of the lexicon's words
   * serve the panel's search box only, and building them took 16-24 ms of a cold service worker's start
   * (a profile of three cold starts on a loaded two-core machine) before it could answer any page.
   */
  private searcher: PassageSearch | undefined;
  private readonly lexicon: Lexicon;
  /** Each passage's topic list as a small number, so topic fit is computed once per distinct list. */
  private readonly topicKeys: Uint16Array;
  private readonly topicLists: (readonly Topic[])[];
  /** Each passage's article as a small number, for spreading an offer over articles. */
  private readonly articleKeys: Uint32Array;
  /**
   * Every passage's score for the page being ranked, reused from page to page: `rank` runs to its end
   * before another call, and a fresh array per page (80 KB at 10,000 passages) was allocated and zeroed
   * only to be overwritten (issue 12).
   */
  private readonly scores: Float64Array;
  /**
   * The words of passages offered before: explaining an offer tokenised its five passages anew on every
   * page, a third of a product page's rank time (issue 12). Bounded, as the corpus may be large.
   */
  private readonly passageTokens = new Map<Passage, Token[]>();

  constructor(articles: readonly Article[], index: CorpusIndex, lexicon: Lexicon) {
    this.articles = articles;
    this.index = index;
    this.lexicon = lexicon;
    const keyOf = new Map<string, number>();
    this.topicLists = [];
    this.topicKeys = new Uint16Array(index.size);
    const articleKeyOf = new Map<string, number>();
    this.articleKeys = new Uint32Array(index.size);
    index.refs.forEach((ref, n) => {
      const name = ref.passage.topics.join(',');
      let key = keyOf.get(name);
      if (key === undefined) {
        key = this.topicLists.length;
        keyOf.set(name, key);
        this.topicLists.push(ref.passage.topics);
      }
      this.topicKeys[n] = key;
      let articleKey = articleKeyOf.get(ref.article.id);
      if (articleKey === undefined) {
        articleKey = articleKeyOf.size;
        articleKeyOf.set(ref.article.id, articleKey);
      }
      this.articleKeys[n] = articleKey;
    });
    this.scores = new Float64Array(index.size);
  }

  rank(context: PageContext): RankResult {
    const evidence = analysePage(context, this.lexicon);
    const decision = decide(context, evidence, this.lexicon);
    const finding = decision.reason;
    if (finding.kind === 'offTopic') return this.silence(finding);

    const { scores, eligible, topicScores, direct } = this.score(decision, evidence);
    const ranked = this.select(scores, eligible, topicScores, subjectTopics(decision, this.lexicon.entities));
    const best = ranked[0];
    if (best === undefined) return this.silence({ kind: 'noFit', finding });
    if (context.site === 'news' && scores[best]! < NEWS_MIN_SCORE) {
      return this.silence({
        kind: 'weakMatch',
        finding,
        score: round(scores[best]!),
        threshold: NEWS_MIN_SCORE,
      });
    }
    return {
      silent: false,
      reason: finding,
      pageTopics: pick(decision.topics),
      passages: ranked.map((n) => this.explain(n, scores[n]!, decision, direct)),
    };
  }

  search(query: string, options: SearchOptions = {}): RankedPassage[] {
    const limit = options.limit ?? 20;
    const allowed = options.topics && options.topics.length > 0 ? new Set(options.topics) : null;
    const words = Math.max(1, Math.min(tokenize(query).length, MAX_QUERY_WORDS));
    this.searcher ??= new PassageSearch(this.index);
    return this.searcher
      .search(query, allowed)
      .slice(0, limit)
      .map((c) => {
        const ref = this.index.refs[c.n]!;
        return {
          passage: ref.passage,
          article: ref.article,
          score: round(c.score / (words * 4)),
          why: {
            cues: [],
            matchedTerms: surfacesOf(ref.passage, this.tokensOf(ref.passage), c.terms),
            topics: [...ref.passage.topics],
          },
        };
      });
  }

  private tokensOf(passage: Passage): Token[] {
    let tokens = this.passageTokens.get(passage);
    if (tokens === undefined) {
      if (this.passageTokens.size >= MAX_TOKENISED_PASSAGES) this.passageTokens.clear();
      tokens = tokenize(passage.text);
      this.passageTokens.set(passage, tokens);
    }
    return tokens;
  }

  private silence(reason: Reason): RankResult {
    return { silent: true, reason, pageTopics: {}, passages: [] };
  }

  /**
   * Scores every passage in flat arrays (the hot path: it must stay fast at 100,000 passages);
   * explanations are built afterwards for the few passages offered. `eligible` is by topic list
   * (topicKeys): whether a passage may be offered follows from its topics alone.
   */
  private score(decision: Decision, evidence: PageEvidence) {
    const size = this.index.size;
    const topicScores = new Float64Array(this.topicLists.length);
    const eligible = new Uint8Array(this.topicLists.length);
    this.topicLists.forEach((topics, key) => {
      const fit = topicFit(topics, decision.topics);
      topicScores[key] = TOPIC_WEIGHT * fit;
      eligible[key] = fit >= MIN_TOPIC_FIT ? 1 : 0;
    });
    const { scores, topicKeys } = this;
    for (let n = 0; n < size; n++) scores[n] = topicScores[topicKeys[n]!]!;
    for (const group of sharingWords(decision.concepts)) {
      // One concept: added in place. Several read from the same page words: a passage gains the most
      // any of them gives it, kept aside first (their postings are short lists).
      const best = group.length > 1 ? new Map<number, number>() : null;
      for (const { concept, weight } of group) {
        const postings = this.index.conceptPostings(concept.id);
        if (!postings) continue;
        const { passages, shares } = postings;
        const onlyOn = firstTopicsOf(concept, decision);
        for (let i = 0; i < passages.length; i++) {
          if (onlyOn !== undefined && !onlyOn.has(this.topicLists[topicKeys[passages[i]!]!]![0]!)) continue;
          const gain = weight * shares[i]!;
          if (best === null) scores[passages[i]!]! += gain;
          else if (gain > (best.get(passages[i]!) ?? 0)) best.set(passages[i]!, gain);
        }
      }
      for (const [n, gain] of best ?? []) scores[n]! += gain;
    }
    const direct = new Map<string, { source: CueSource; surface: string }>();
    const maxDf = Math.max(1, Math.floor(size * MAX_DOCUMENT_SHARE));
    const maxIdf = Math.log(size + 1);
    for (const { token, source, weight } of evidence.words) {
      for (const match of this.index.lookup(token.norm, { fuzzy: false })) {
        if (direct.has(match.term) || this.index.documentFrequency(match.term) > maxDf) continue;
        direct.set(match.term, { source, surface: token.surface });
        // A unit's name where the headline reports cuts ("Medical" of One Medical) says where they fall:
        // shared with the passage on health data, it put that passage among the first three on a page
        // about the jobs (businessinsider-amazon-one-medical-job-cuts, tune).
        const place = decision.placeWords?.has(token.norm) ? WEAK_SHARE : 1;
        const gain =
          DIRECT_WEIGHT * (weight / 3) * place * (this.index.idf(match.term) / maxIdf) * (1 - match.distance);
        for (const n of this.index.passagesWith(match.term)) scores[n]! += gain;
      }
    }
    return { scores, eligible, topicScores, direct };
  }

  /**
   * The best passages with the offer spread over articles (SAME_ARTICLE_DISCOUNT): a greedy pick over a
   * shortlist, the SHORTLIST best by score (ties to the earlier passage). `topicScores` is each topic
   * list's part of a score, by topicKeys. On an article whose subject is a topic (`subject`,
   * subjectTopics), the best passage mainly about it takes each slot after the first up to MIN_OFFERED
   * when it comes within SUBJECT_MARGIN of the best passage there; past them the order is the scores'.
   * The first passage stays the strongest: a subject read on one word (a theme central or not as one entry
   * is read) would otherwise decide it, and whether a news page stays silent (NEWS_MIN_SCORE) would follow
   * the order. Power, which every article about Amazon leans to (Entity.defaultTopics), and "Alexa" read as
   * Amazon's brand as well as its assistant, had tied alexa on reviews of Alexa gadgets and on building an
   * Echo from a Raspberry Pi: the passage on Amazon's record Christmas ('power', then 'alexa'), dense in
   * speaker words, came third before every other Alexa passage (held-out fortune-amazon-alexa-gadgets and
   * maketecheasier-build-amazon-echo-raspberry-pi, p@3 0.67, moved to tune). Without the margin a weak
   * passage on the subject pushed a much stronger one out of the first three: on a Prime price rise whose
   * text is about the couriers' pay, a power passage at 0.46 of the delivery app (labour); on a Prime Day
   * record with a strike, one at 0.64 of the passage on pay.
   */
  private select(
    scores: Float64Array,
    eligible: Uint8Array,
    topicScores: Float64Array,
    subject: readonly Topic[],
  ): number[] {
    const { topicKeys, articleKeys } = this;
    const shortlist: number[] = [];
    // The shortlist's last score once it is full: at 10,000 passages almost every passage falls
    // below it and is passed over at one comparison.
    let last = Infinity;
    for (let n = 0; n < scores.length; n++) {
      const score = scores[n]!;
      if (score <= 0 || !eligible[topicKeys[n]!]) continue;
      if (shortlist.length < SHORTLIST) {
        shortlist.push(n);
        if (shortlist.length === SHORTLIST) {
          shortlist.sort((a, b) => scores[b]! - scores[a]!);
          last = scores[shortlist[SHORTLIST - 1]!]!;
        }
      } else if (score > last) {
        // Insert in order, after the equal scores, dropping the last; the shortlist is small.
        let at = SHORTLIST - 1;
        for (; at > 0 && scores[shortlist[at - 1]!]! < score; at--) shortlist[at] = shortlist[at - 1]!;
        shortlist[at] = n;
        last = scores[shortlist[SHORTLIST - 1]!]!;
      }
    }
    const chosen: number[] = [];
    const perArticle = new Map<number, number>();
    let floor = 0;
    const isOnSubject = (n: number) => subject.includes(this.topicLists[topicKeys[n]!]![0]!);
    while (chosen.length < MAX_OFFERED) {
      // The best passage by adjusted score, and the best mainly about the subject.
      let best = -1;
      let bestScore = -Infinity;
      let onIt = -1;
      let onItScore = -Infinity;
      for (const n of shortlist) {
        if (chosen.includes(n)) continue;
        const taken = perArticle.get(articleKeys[n]!) ?? 0;
        const topicScore = topicScores[topicKeys[n]!]!;
        const adjusted = topicScore + (scores[n]! - topicScore) * SAME_ARTICLE_DISCOUNT ** taken;
        if (adjusted > bestScore) {
          best = n;
          bestScore = adjusted;
        }
        if (adjusted > onItScore && isOnSubject(n)) {
          onIt = n;
          onItScore = adjusted;
        }
      }
      if (best < 0) break;
      // The strongest match comes first whatever its topic; in the slots after it up to MIN_OFFERED a passage
      // on the subject goes before a stronger one when it comes within SUBJECT_MARGIN of it.
      if (
        chosen.length > 0 &&
        chosen.length < MIN_OFFERED &&
        onIt >= 0 &&
        onItScore >= bestScore * SUBJECT_MARGIN
      )
        best = onIt;
      if (chosen.length === 0) floor = scores[best]! * RELATIVE_FLOOR;
      else if (chosen.length >= MIN_OFFERED && scores[best]! < floor) break;
      chosen.push(best);
      perArticle.set(articleKeys[best]!, (perArticle.get(articleKeys[best]!) ?? 0) + 1);
    }
    return chosen;
  }

  /** Why passage `n` was offered: the page cues of the concepts it speaks of, and the shared words. */
  private explain(
    n: number,
    score: number,
    decision: Decision,
    direct: ReadonlyMap<string, { source: CueSource; surface: string }>,
  ): RankedPassage {
    const ref = this.index.refs[n]!;
    const cues: Cue[] = [];
    const terms = new Set<string>();
    for (const { concept, cues: conceptCues } of decision.concepts) {
      if (!sortedHas(this.index.conceptPostings(concept.id)?.passages ?? [], n)) continue;
      const onlyOn = firstTopicsOf(concept, decision);
      if (onlyOn !== undefined && !onlyOn.has(ref.passage.topics[0]!)) continue;
      cues.push(...conceptCues);
      for (const term of this.index.conceptTerms.get(concept.id) ?? []) terms.add(term);
    }
    for (const [term, { source, surface }] of direct) {
      if (!sortedHas(this.index.passagesWith(term), n)) continue;
      terms.add(term);
      cues.push({ kind: 'sharedWord', source, words: surface });
    }
    return {
      passage: ref.passage,
      article: ref.article,
      score: round(score / 3),
      why: {
        cues: dedupeCues(cues).slice(0, 6),
        matchedTerms: surfacesOf(ref.passage, this.tokensOf(ref.passage), terms),
        topics: ref.passage.topics.filter((t) => decision.topics[t] >= MIN_TOPIC_FIT),
      },
    };
  }
}

/**
 * The topics an article is about (select): the themes it makes its subject (decide.ts themeCentral); where
 * it makes none, the topic its headline names and its words make stronger than every other. A strike
 * report counts its weak words in full on a page about Amazon, and no theme is central; it named the
 * collective agreement it demands for "Einzel- und Versandhandel", so retail made power 0.89 beside the
 * strike's labour 0.97, and a passage on Amazon's rural delivery came third before the passages on its
 * workers (held-out derstandard-10kgnad-372, p@3 0.67, moved to tune). An investigation of the ebooks
 * flooding Amazon's Kindle store, power 0.95 from "ebooks" in its headline, had the passage on streaming
 * data second through the text's analogy with streaming sites (vox-amazon-ebooks-mikkelsen-twins, tune,
 * p@3 0.67). A lead the headline does not name is no subject: a report on Amazon betting on e-sports
 * whose text says streaming (data, a weak word) more than Twitch (power) is about the market, not about
 * viewers' data. Nor is a tie. Nor is the topic the central company leans to (Entity.defaultTopics, power
 * for Amazon) where the headline names another leading topic too: "Amazon to cut 14,000 corporate jobs as
 * it leans on AI" reads power from the AI (cloud-ai) a little above labour from the cuts, and a subject
 * there dropped the passage on cutting office jobs out of the first five. Alexa as a subject includes
 * data: the theme is central where a page speaks of what the assistant hears (decide.ts), and on a warning
 * that Alexa collects more data than it needs the passages on outages had pushed out those on data
 * protection.
 */
export function subjectTopics(decision: Decision, entities: readonly Entity[]): readonly Topic[] {
  const finding = decision.reason;
  if (finding.kind !== 'article') return [];
  if (finding.themes.length > 0)
    return finding.themes.includes('alexa') && !finding.themes.includes('data')
      ? [...finding.themes, 'data']
      : finding.themes;
  const [lead, second] = finding.leadingTopics;
  if (lead === undefined || (second !== undefined && decision.topics[lead] <= decision.topics[second]))
    return [];
  const headlined = new Set(
    decision.concepts
      .filter(({ cues }) =>
        cues.some(
          (cue) => (cue.kind === 'concept' || cue.kind === 'namesake') && HEADLINE_SOURCES.has(cue.source),
        ),
      )
      .map(({ concept }) => concept.topics[0]),
  );
  if (!headlined.has(lead)) return [];
  if (
    entities.some(({ id, defaultTopics }) => finding.companies.includes(id) && defaultTopics[lead] === 1) &&
    finding.leadingTopics.some((topic) => topic !== lead && headlined.has(topic))
  )
    return [];
  return [lead];
}

/** Where a page names what it is about, as decide.ts counts a prominent mention that is not a tag. */
const HEADLINE_SOURCES: ReadonlySet<CueSource> = new Set(['headline', 'description']);

/**
 * The page's concepts in groups that were read from the same page words: "Prime Video" in a headline
 * is a digital good, a film service, Prime and a part of the Amazon group at once, and "e-book" both a
 * digital good and a book. Summed, one phrase counted two to four times on every passage those
 * concepts share, and a passage on streaming series and their data came first on pages about Amazon's
 * job cuts at Prime Video (cnbc-amazon-prime-video-mgm-layoffs) and its marketplace practices
 * (techcrunch-amazon-poland-dark-patterns, one "e-book" in a long text). Concepts without page words
 * (a shop page's baseline) stand alone.
 */
function sharingWords<T extends { cues: readonly Cue[] }>(concepts: readonly T[]): T[][] {
  const groups: { words: Set<string>; members: T[] }[] = [];
  for (const concept of concepts) {
    const words = new Set(
      concept.cues.flatMap((cue) =>
        cue.kind === 'concept' || cue.kind === 'namesake' ? [cue.words.toLowerCase()] : [],
      ),
    );
    const joined = groups.filter((group) => [...words].some((word) => group.words.has(word)));
    const merged = { words, members: [concept] };
    for (const group of joined) {
      for (const word of group.words) merged.words.add(word);
      merged.members.unshift(...group.members);
      groups.splice(groups.indexOf(group), 1);
    }
    groups.push(merged);
  }
  return groups.map((group) => group.members);
}

/** Binary search in an ascending list (postings are kept sorted). */
function sortedHas(list: readonly number[], value: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = list[mid]!;
    if (at === value) return true;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

function pick(topics: Record<Topic, number>): Partial<Record<Topic, number>> {
  return Object.fromEntries(TOPICS.filter((t) => topics[t] > 0).map((t) => [t, round(topics[t])]));
}

function round(value: number): number {
  return Math.round(Math.min(1, value) * 1000) / 1000;
}

function dedupeCues(cues: readonly Cue[]): Cue[] {
  const seen = new Set<string>();
  return cues.filter((cue) => {
    const key = cueKey(cue);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What makes two cues the same, page words compared in lower case. Built from the fields, not by
 * JSON.stringify: that was a twentieth of a product page's rank time (issue 12). Page words are letters,
 * digits and spaces, so the separator cannot stand in them.
 */
function cueKey(cue: Cue): string {
  switch (cue.kind) {
    case 'pageKind':
      return `${cue.kind}\0${cue.site}\0${cue.pageType}\0${cue.concept}`;
    case 'concept':
      return `${cue.kind}\0${cue.source}\0${cue.words.toLowerCase()}\0${cue.concept}`;
    case 'namesake':
      return `${cue.kind}\0${cue.source}\0${cue.words.toLowerCase()}\0${cue.namesake}\0${cue.concept}`;
    case 'sharedWord':
      return `${cue.kind}\0${cue.source}\0${cue.words.toLowerCase()}`;
  }
}

/**
 * The passage's words (as written) whose normal form is one of the matched vocabulary words, and its
 * phrases that are matched phrases (a concept's corpus phrase, "licht steuern"), cut from the text as
 * written: the panel highlights these and nothing else.
 */
function surfacesOf(passage: Passage, tokens: readonly Token[], terms: ReadonlySet<string>): string[] {
  const surfaces: string[] = [];
  // Phrases by their first word, so each word of the passage is compared only with the phrases it can start.
  const phrasesByFirst = new Map<string, string[][]>();
  for (const term of terms) {
    if (!term.includes(' ')) continue;
    const words = term.split(' ');
    phrasesByFirst.set(words[0]!, [...(phrasesByFirst.get(words[0]!) ?? []), words]);
  }
  const add = (surface: string) => {
    if (!surfaces.includes(surface)) surfaces.push(surface);
  };
  // A plain loop, and no phrase lookup where the offer matched no phrase: this runs for every word of the
  // five passages offered, and was a tenth of a product page's rank time (issue 12).
  const phrases = phrasesByFirst.size > 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (terms.has(token.norm)) add(token.surface);
    if (!phrases) continue;
    for (const words of phrasesByFirst.get(token.norm) ?? []) {
      const last = tokens[i + words.length - 1];
      // As the index finds a phrase: its words in order, the last one as a prefix ("sensible datenströme").
      const matches =
        last !== undefined &&
        words.every((word, w) =>
          w === words.length - 1 ? tokens[i + w]!.norm.startsWith(word) : tokens[i + w]!.norm === word,
        );
      if (matches) add(passage.text.slice(token.start, last.start + last.surface.length));
    }
  }
  return surfaces.slice(0, 12);
}

/** How an engine reads pages; the defaults are what the extension ships. */
export interface EngineOptions {
  /** The lexicon pages are read with (scripts/ablation.ts leaves entries out of it). */
  lexicon?: Lexicon;
  /** A corpus index already built for these articles and this lexicon's concepts. */
  index?: CorpusIndex;
}

export function createEngine(articles: readonly Article[], options: EngineOptions = {}): Engine {
  const lexicon = options.lexicon ?? LEXICON;
  const index = options.index ?? CorpusIndex.build(articles, lexicon.concepts);
  return new KehrseiteEngine(articles, index, lexicon);
}

/** An engine over a prebuilt index (see CorpusIndex.toJSON), for large corpora. */
export function createEngineFromIndex(articles: readonly Article[], index: CorpusIndex): Engine {
  return new KehrseiteEngine(articles, index, LEXICON);
}

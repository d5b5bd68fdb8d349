import { analysePage, saturate, type Evidence, type PageEvidence, type Span } from './analyse';
import {
  LEXICON,
  conceptIndex,
  type Concept,
  JOB_CUTS,
  type CounterSignal,
  type Entity,
  type Lexicon,
} from './lexicon';
import { tiesNoCut } from './cause-frames';
import { tokenize } from './text';
import {
  TOPICS,
  type Cue,
  type Finding,
  type PageContext,
  type PageType,
  type Reason,
  type Topic,
} from './types';

/**
 * Decides what a page is about before any passage is looked at: which concepts carry weight and which
 * topics the page answers, or that it is about none of them (silence is a result, with its reason).
 */

interface WeightedConcept {
  concept: Concept;
  weight: number;
  cues: Cue[];
}

export interface Decision {
  silent: boolean;
  /** What the page is about, or why it is about none of the corpus's subjects. */
  reason: Finding | Extract<Reason, { kind: 'offTopic' }>;
  topics: Record<Topic, number>;
  concepts: WeightedConcept[];
  /**
   * The page's words that name where its cuts fall (placesOfTheCuts): shared with a passage, they weigh
   * as the concepts read from them do.
   */
  placeWords?: ReadonlySet<string>;
}

type ConceptsById = ReadonlyMap<string, Concept>;

/**
 * What every page of a kind is about before its words are read: each Amazon order is packed and
 * delivered by someone and adds to a purchase history; an order-history page *is* the purchase
 * history. Tested in decide.test.ts.
 */
const AMAZON_BASELINE: Record<PageType, Record<string, number>> = {
  product: {
    'delivery-work': 0.8,
    'customer-analytics': 0.65,
    'retail-marketplace': 0.6,
    'warehouse-work': 0.5,
  },
  search: {
    'delivery-work': 0.8,
    'warehouse-work': 0.6,
    'retail-marketplace': 0.7,
    'customer-analytics': 0.5,
  },
  bestseller: {
    'retail-marketplace': 0.7,
    'delivery-work': 0.7,
    'customer-analytics': 0.6,
    'warehouse-work': 0.5,
  },
  category: {
    'retail-marketplace': 0.7,
    'delivery-work': 0.7,
    'customer-analytics': 0.6,
    'warehouse-work': 0.5,
  },
  deals: { 'retail-marketplace': 0.7, prime: 0.6, 'delivery-work': 0.7, 'customer-analytics': 0.6 },
  store: { 'retail-marketplace': 0.8, 'market-power': 0.5, 'delivery-work': 0.6, 'customer-analytics': 0.5 },
  home: {
    'retail-marketplace': 0.8,
    'market-power': 0.6,
    'customer-analytics': 0.6,
    'delivery-work': 0.6,
    prime: 0.5,
  },
  orders: { 'customer-analytics': 1, 'tracking-ads': 0.5, 'retail-marketplace': 0.4, 'delivery-work': 0.3 },
  'browsing-history': { 'customer-analytics': 1, 'tracking-ads': 0.8, 'retail-marketplace': 0.3 },
  account: { 'customer-analytics': 0.9, 'tracking-ads': 0.5, prime: 0.5 },
  device: { 'voice-assistant': 1, 'smart-home': 0.8, 'customer-analytics': 0.5 },
  article: { 'retail-marketplace': 0.6, 'customer-analytics': 0.5, 'delivery-work': 0.5 },
  other: { 'retail-marketplace': 0.6, 'customer-analytics': 0.5, 'delivery-work': 0.5 },
};

const ALIBABA_BASELINE: Record<string, number> = {
  'alibaba-group': 1,
  'chinese-marketplaces': 0.7,
  'retail-marketplace': 0.4,
};

/** How much a weak concept weighs against a strong one with the same evidence. */
export const WEAK_SHARE = 0.6;

/**
 * Topics that make a news page about other companies relevant (the corpus treats them in general terms).
 * The alibaba theme is China's shopping platforms as the corpus's "Konkurrenz aus Fernost" treats them:
 * Temu's ad blitz and the parcels Shein and Temu fly in are its story without Alibaba's name (held-out
 * modernretail-temu-ad-spend and japantimes-shein-temu-air-cargo, moved to tune).
 */
const GENERAL_THEMES: readonly Topic[] = ['data', 'alexa', 'labour', 'alibaba'];

/** A company is the subject of an article when it is named prominently and again in the text, or often. */
const ENTITY_BODY_WITH_PROMINENT = 2;
const ENTITY_BODY_ALONE = 6;
const ENTITY_DENSITY_PER_1000 = 3;
/**
 * A short text (a news item, a wire report) says everything fewer times: there, half the mentions make
 * the subject without a headline. The wrapped dataset texts have no real headline, only their teaser
 * (derstandard-10kgnad-449: "Der US-Internetkonzern Amazon will ... einsteigen", Amazon three times in
 * 158 words). So for a theme, and for a counter-signal weighed against it, as for a company: a post of 192
 * words on a study of what personal data is worth, which says "persönliche Daten" and "persönliche
 * Informationen" seven times, is about people's data, and without a headline that names them it hung on
 * either of its two ways of saying it (held-out okfn-value-of-personal-data-study, moved to tune). The
 * counter-signal is halved with the theme, so that a short text that says as much of a hack as of the data
 * it took stays the hack's story.
 */
const SHORT_TEXT_WORDS = 250;

/** How many mentions in the text make its subject without a headline: fewer in a short text. */
function bodyAlone(evidence: PageEvidence, mentions: number): number {
  return evidence.bodyWords > 0 && evidence.bodyWords <= SHORT_TEXT_WORDS
    ? Math.ceil(mentions / 2)
    : mentions;
}
/** A general theme is the subject when a strong concept is in the headline and again in the text, or often. */
const THEME_BODY_WITH_PROMINENT = 2;
const THEME_BODY_ALONE = 6;
const THEME_DISTINCT_ALONE = 2;
const THEME_PHRASES_ALONE = 3;

function zeroTopics(): Record<Topic, number> {
  return Object.fromEntries(TOPICS.map((t) => [t, 0])) as Record<Topic, number>;
}

/** Concept weights from the page's own words, plus a baseline for the kind of page. */
function combine(
  byId: ConceptsById,
  evidence: PageEvidence,
  baseline: Record<string, number>,
  context: PageContext,
  allow: (concept: Concept, evidence: Evidence) => boolean,
  weakShare: number,
  /** Cues that explain a baseline concept better than the page kind (the product's own words). */
  baselineCues: ReadonlyMap<string, Cue[]> = new Map(),
): WeightedConcept[] {
  const weighted = new Map<string, WeightedConcept>();
  // What the page says outweighs what every page of its kind is about: an Echo's page is about Alexa
  // first and about delivery second.
  let specific = 0;
  for (const [id, found] of evidence.concepts) {
    const concept = byId.get(id);
    if (concept?.strength === 'strong') specific = Math.max(specific, saturate(found.score));
  }
  const baselineShare = 1 - 0.5 * specific;
  for (const [id, base] of Object.entries(baseline)) {
    const weight = base * baselineShare;
    const concept = byId.get(id);
    if (!concept) continue;
    weighted.set(id, {
      concept,
      weight,
      cues: [
        ...(baselineCues.get(id) ?? []),
        { kind: 'pageKind', site: context.site, pageType: context.pageType, concept: id },
      ],
    });
  }
  for (const [id, found] of evidence.concepts) {
    const concept = byId.get(id);
    if (!concept || !allow(concept, found)) continue;
    // A weak concept ("smart", "China", "privacy") may steer the offer but never dominate it.
    // Other companies' names that name their companions (a carrier's name beside couriers or strikes)
    // stay weak without them even where the company makes every weak word telling: FedEx launching a
    // shop platform against Amazon is business news, not delivery work (theverge-fedex-fdx-commerce-platform,
    // tune). What the company does (its job cuts, its strikes) is its story on its page: Amazon cutting
    // jobs at Prime Video is about the jobs (cnbc-amazon-prime-video-mgm-layoffs, tune).
    const share = isStrong(concept, evidence, byId)
      ? 1
      : concept.strongWith && namesCompanies(concept)
        ? WEAK_SHARE
        : weakShare;
    const weight = saturate(found.score) * share;
    const existing = weighted.get(id);
    if (existing) {
      existing.weight = Math.max(existing.weight, weight);
      existing.cues = [...found.cues, ...existing.cues];
    } else {
      weighted.set(id, { concept, weight, cues: found.cues });
    }
  }
  return [...weighted.values()].filter((w) => w.weight > 0);
}

/** Whether a concept's page words are all names (capitalised in the lexicon): other companies, not acts. */
function namesCompanies(concept: Concept): boolean {
  return concept.page.every((pattern) => pattern !== pattern.toLowerCase());
}

function topicsFrom(concepts: readonly WeightedConcept[], pooled = false): Record<Topic, number> {
  const topics = zeroTopics();
  const missing = Object.fromEntries(TOPICS.map((t) => [t, 1])) as Record<Topic, number>;
  for (const { concept, weight, cues } of concepts) {
    const onPage = concept.strength === 'strong' && cues.some((cue) => cue.kind !== 'pageKind');
    concept.topics.forEach((topic, rank) => {
      const share = rank === 0 ? 1 : 0.5;
      topics[topic] = Math.max(topics[topic], weight * share);
      if (rank === 0 && onPage) missing[topic] *= 1 - weight;
    });
  }
  // A list of products speaks of a topic in all its kinds at once: Fire TV sticks, Echo speakers and
  // video doorbells among the bestsellers are one smart-home story, each kind a few titles of it. Only
  // the kinds the list names pool, and only strong ones ("smart", "streaming" are hints, not kinds);
  // what every page of its kind is about stays one prior.
  if (pooled) for (const topic of TOPICS) topics[topic] = Math.max(topics[topic], 1 - missing[topic]);
  return topics;
}

/**
 * The baseline of a shop page for what it sells (issue 11, section 5): a product kind named in the title
 * or categories (an e-book, groceries) takes away what its orders do not involve and raises what they
 * are about, with a cue that names the product's words, so the why line says "Kindle Ausgabe" and not
 * only "an Amazon product page".
 */
function orderBaseline(
  baseline: Record<string, number>,
  evidence: PageEvidence,
  byId: ConceptsById,
): { baseline: Record<string, number>; cues: Map<string, Cue[]> } {
  const adjusted = { ...baseline };
  const cues = new Map<string, Cue[]>();
  for (const [id, found] of evidence.concepts) {
    const order = byId.get(id)?.order;
    if (!order || found.prominent === 0) continue;
    for (const concept of order.without) delete adjusted[concept];
    for (const [concept, weight] of Object.entries(order.raises)) {
      adjusted[concept] = Math.max(adjusted[concept] ?? 0, weight);
      cues.set(concept, [...(cues.get(concept) ?? []), ...found.cues.slice(0, 1)]);
    }
  }
  return { baseline: adjusted, cues };
}

function decideShop(context: PageContext, evidence: PageEvidence, byId: ConceptsById): Decision {
  const { baseline, cues } = orderBaseline(
    context.site === 'alibaba' ? ALIBABA_BASELINE : AMAZON_BASELINE[context.pageType],
    evidence,
    byId,
  );
  // On a shop's own pages the company context is given, so weak concepts ("China", "Prime") count.
  const concepts = combine(byId, evidence, baseline, context, () => true, WEAK_SHARE, cues);
  const topics = topicsFrom(concepts, context.listingTitles.length > 0);
  if (context.site === 'alibaba') topics.alibaba = Math.max(topics.alibaba, 1);
  else topics.alibaba = Math.min(topics.alibaba, 0.2); // competitors' passages are not what an Amazon page is about
  return {
    silent: false,
    reason: {
      kind: 'shop',
      site: context.site,
      pageType: context.pageType,
      leadingTopics: strongestTopics(topics),
    },
    topics,
    concepts,
  };
}

/** The page's three strongest topics, strongest first. */
function strongestTopics(topics: Record<Topic, number>): Topic[] {
  return TOPICS.filter((t) => topics[t] > 0)
    .sort((a, b) => topics[b] - topics[a])
    .slice(0, 3);
}

/**
 * A company is an article's subject when it is named prominently and again in the text, or often;
 * or when the headline names its home topic (Chinese marketplaces for Alibaba) and the text names it.
 */
function entityCentral(entity: Entity, evidence: PageEvidence, byId: ConceptsById): boolean {
  const found = companyEvidence(entity, evidence);
  if (!found) return false;
  const bodyWords = evidence.bodyWords;
  // "Der Online-Versandriese" in the headline or the text is the company when the text names it.
  const epithets = evidence.epithets.get(entity.id);
  // A tag names every company an article touches: AP's keywords list "Amazon.com Inc" on a ruling about
  // Microsoft that names Amazon twice in passing (apnews-microsoft-activision-ruling). Tags make the
  // subject only as the text alone does.
  const prominent = untagged(found) + (epithets === undefined ? 0 : untagged(epithets));
  const body = found.body + (epithets?.body ?? 0);
  if (prominent >= 1 && body >= ENTITY_BODY_WITH_PROMINENT) return true;
  // Two of its products or services named in the text ("Fire-Tablet", "Fire Phone") name the maker.
  const brands = entity.brands === undefined ? undefined : evidence.concepts.get(entity.brands);
  if (brands !== undefined && brands.surfaces.size >= 2 && brands.body >= ENTITY_BODY_WITH_PROMINENT)
    return true;
  const homeTopicInHeadline = [...evidence.concepts].some(
    ([id, concept]) => concept.prominent > 0 && byId.get(id)?.topics[0] === entity.homeTopic,
  );
  if (homeTopicInHeadline && found.body >= ENTITY_BODY_WITH_PROMINENT) return true;
  // Often: an epithet the text comes back to counts with its names as it does beside a headline, and its
  // own name must be said often enough (density). A text on Big Tech's fines that names Amazon four times
  // and "Big Tech companies" three hung on "big tech" in its headline (proton-big-tech-fines-2023 in `npm
  // run ablation`); "tech giants such as Amazon" once beside two mentions is an aside.
  const calledBy = epithets !== undefined && epithets.body >= ENTITY_BODY_WITH_PROMINENT ? epithets.body : 0;
  const density = bodyWords > 0 ? (found.body * 1000) / bodyWords : 0;
  return (
    found.body + calledBy >= bodyAlone(evidence, ENTITY_BODY_ALONE) && density >= ENTITY_DENSITY_PER_1000
  );
}

/** Mentions in the headline, description or brand, not in the page's tags (keywords, categories). */
function untagged(found: Evidence): number {
  return found.prominent - found.tagged;
}

/**
 * A theme is an article's subject when a strong concept of it stands in the headline (or description,
 * keywords) and the text comes back to the topic, or when the text is full of strong concepts of it.
 * Weak concepts ("privacy") only support a theme the headline has named.
 */
function isStrong(concept: Concept, evidence: PageEvidence, byId: ConceptsById): boolean {
  if (concept.strength === 'strong') return true;
  const own = evidence.concepts.get(concept.id);
  const lifted = concept.strongWithCauseHeadlined;
  const causeHeadlined = lifted?.causes.some((cause) => {
    const found = evidence.concepts.get(cause);
    return found !== undefined && untagged(found) > 0;
  });
  const liftedCompanions = lifted !== undefined && causeHeadlined ? lifted.companions : [];
  const companions = [...(concept.strongWith ?? []), ...liftedCompanions].flatMap((id) => {
    const found = evidence.concepts.get(id);
    if (!found || (concept.saysAgain === true && !namesWhatIsSaidAgain(id, found, evidence, byId))) return [];
    const within = concept.companionsWithin;
    const asCause = concept.causesSaidAsSuch?.includes(id) === true;
    const near = within === undefined ? found : saidWith(found, own, within, asCause);
    const said = subjectElsewhere(id, concept.id, found, evidence, byId) ? unconceded(found) : near.body;
    // Its headline mentions as the companion's field frames them (saidWith), its text's all.
    const framed = { ...found, prominent: near.prominent, tagged: near.tagged };
    return [{ said, strong: byId.get(id)?.strength === 'strong', titled: namesSubject(framed, near) }];
  });
  // A company's name in the headline names the company, not a theme: FedEx fourteen times beside
  // "contractors" and "employees" is business news (theverge-fedex-fdx-commerce-platform).
  const headlined = own !== undefined && untagged(own) > 0 && !namesCompanies(concept);
  return companions.length > 0 && lifts(companions, own, headlined);
}

/**
 * Whether a companion names what a concept's words say again (Concept.saysAgain): in the headline, and as
 * its theme's (strong on the page, lifted by its own companions where it is weak) in a home
 * (namesTheHome). "Robot vacuum maker sold maps of customers' homes" goes on of "the maps"; a city's flood
 * maps made with lidar, whose text names smart-home sensors once, do not become the home's maps for that
 * one laser scanner in the text. A companion that only says again itself names nothing, and is not asked
 * (its own companions would ask back without end).
 */
function namesWhatIsSaidAgain(
  id: string,
  found: Evidence,
  evidence: PageEvidence,
  byId: ConceptsById,
): boolean {
  const companion = byId.get(id);
  if (companion === undefined || companion.saysAgain === true || titled(found) === 0) return false;
  return namesTheHome(companion, evidence, byId) && isStrong(companion, evidence, byId);
}

/**
 * Whether what lifts a companion of the words said again ties it to a home watched, not to anyone's
 * cameras or anyone's privacy: a lifter in the headline beside it ("Home camera company lets police
 * request customers' videos"), or in the text lifters of both its themes, the device and the privacy at
 * stake. The bare words are the most repeated of every CCTV, leak and product text: a petrol station's
 * "Überwachungskameras der Besitzer" has the camera and no privacy, a fashion shop's "Videos der Kunden"
 * Datenschutz and no camera, a camera maker's earnings its smart home and no privacy (the review's probes).
 */
function namesTheHome(companion: Concept, evidence: PageEvidence, byId: ConceptsById): boolean {
  const lifters = (companion.strongWith ?? []).flatMap((id) => {
    const found = evidence.concepts.get(id);
    return found === undefined ? [] : [{ id, found }];
  });
  if (lifters.some(({ found }) => titled(found) > 0)) return true;
  return new Set(lifters.map(({ id }) => byId.get(id)?.topics[0])).size >= 2;
}

/**
 * Whether a companion said apart from the weak word (beyond Concept.companionsWithin) still ties it: where
 * the companion is itself the page's subject, lifted by a concept of its own in the headline (not the weak
 * word: two weak words do not lift each other this way), and the text says it in two or more ways, so
 * that no one word decides (issue 11). A restaurant run by robots under an "AI" headline says "robots"
 * and "robotics" four times and its staff cut three ways, only one of them ("human staff") in the
 * robots' sentence: the page hung on that one (theguardian-caliexpress-ai-burger-robots in `npm run
 * ablation`). A paper on AI managers under "AI is coming for your jobs" that says "take their jobs" once
 * and "automated" once is not about jobs lost to automation (theregister-ai-algorithmic-management-research).
 */
function subjectElsewhere(
  companionId: string,
  weakId: string,
  found: Evidence,
  evidence: PageEvidence,
  byId: ConceptsById,
): boolean {
  if (found.surfaces.size < 2) return false;
  return (byId.get(companionId)?.strongWith ?? []).some((id) => {
    const own = id === weakId ? undefined : evidence.concepts.get(id);
    return own !== undefined && namesSubject(own, own);
  });
}

/** A concept's mentions in the text other than in a concessive clause (saidWith). */
function unconceded(found: Evidence): number {
  return found.spans.filter((span) => !span.conceded).length;
}

/**
 * Whether a companion names the page's subject (titled) as the whole page says it, and is said with the
 * concept (`near`, its mentions that stand with the concept's): a companion in the headline is, and one in
 * the tags is where the text comes back to it anywhere and says it with the concept once. SAP's job cuts,
 * tagged "Künstliche Intelligenz" and "Cloud Computing", name its turn to "KI und Cloud" once beside the
 * cuts and again later; counted only beside the cuts, the tags hung on either word
 * (heise-sap-stellenabbau-ki-umbau in `npm run ablation`).
 */
function namesSubject(found: Evidence, near: Evidence): boolean {
  return titled(found) > 0 && (untagged(near) > 0 || near.body > 0);
}

/** Where a headline's words stand in the text: before its first word. */
const LEAD: Span = { start: 0, end: 0 };

/**
 * A companion's evidence with only the mentions in the text that stand within `within` words of one of
 * the concept's own there (Concept.companionsWithin); its mentions in the headline stay. The concept in
 * the headline stands at the head of the text: its lead tells the headline's story. A mention in a
 * concessive clause is granted beside the concept, not tied to it as its cause: "Even as the AI industry
 * has boomed", the region lost jobs (held-out sfstandard-apple-bay-area-layoffs, moved to tune). Nor is
 * one the text denies as a cause ("the layoffs have nothing to do with AI", "KI spielt keine Rolle"), nor
 * one it names as what a company is, sells or plans ("the AI startup", "will focus on cloud, AI"). A
 * companion the concept ties only as its cause (Concept.causesSaidAsSuch) counts where the text gives it
 * as one ("replaced by AI", "because of AI"), and where the text names it as what the company turns to
 * ("as it refocuses on AI") only in the cut's own clause: "The retailer downsized; it also invests in AI
 * to forecast inventory" tells of two things. Not where it only stands right before the cut's words: the
 * subject of a German sentence does ("Der Roboterhersteller baut Personal ab, weil ...").
 */
function saidWith(
  companion: Evidence,
  own: Evidence | undefined,
  within: number,
  asCause: boolean,
): Evidence {
  const ownSpans = own?.spans ?? [];
  const at = [...ownSpans, ...(own !== undefined && untagged(own) > 0 ? [LEAD] : [])];
  // In the headline as in the text: a denied or named mention names no cause, and a companion taken only as the
  // cause names one only where its field gives it as such (its tags never do). A headline's plain mention
  // is read as its text reads it: where the text denies the companion and gives it nowhere as a cause,
  // only a headline that gives it as the cause ties ("Bank: Stellenabbau ohne KI-Bezug" over "KI habe beim
  // Abbau keine Rolle gespielt").
  const deniedInText =
    companion.spans.some((span) => span.frame === 'denied') &&
    !companion.spans.some((span) => span.frame === 'cause' || span.frame === 'turnedTo');
  const prominent =
    asCause || deniedInText ? companion.causeProminent : companion.prominent - companion.untiedProminent;
  const tagged = asCause ? 0 : companion.tagged;
  const near = companion.spans.filter(
    (span) =>
      !span.conceded &&
      !tiesNoCut(span.frame) &&
      (!asCause ||
        span.frame === 'cause' ||
        (span.frame === 'turnedTo' &&
          ownSpans.some((mention) => mention.clause !== undefined && mention.clause === span.clause))) &&
      at.some((mention) => span.start < mention.end + within && mention.start < span.end + within),
  );
  return { ...companion, prominent, tagged, body: near.length, spans: near };
}

/**
 * How much more often one thing must be said than another before the other is only said in passing. A
 * single mention lifts a weak word only when the text says the weak word less than this many times as
 * often (a headline that names the weak word makes it the page's subject, not a passing word); a concept
 * a counter-signal yields to (yields), or surveillance beside the devices a hack takes over
 * (speaksOfSurveillance), must be said more than a fifth as often as what it stands beside. Five, not
 * ten: a car plant's strike report that names a "distribution hub" once beside nine strike and wage
 * words is not about warehouse work, and must not become so when one of its labour words ("workers") is
 * not in the lexicon (chicagotribune-biden-belvidere-uaw in `npm run ablation`).
 */
const PASSING_RATIO = 5;

/**
 * How many mentions of its companions in the text lift a weak word however often the page says it: two
 * of strong ones (a strike report that names the Deutsche Post and its "Postler"), three when weak ones
 * count too. A weak companion said twice is an aside: a report on tech layoffs tagged "Layoffs" named
 * OpenAI twice for its board (techcrunch-black-caucus-tech-layoffs).
 */
const STRONG_COMPANION_MENTIONS = 2;

/**
 * However often its companions are said, a weak word said this many times as often is the page's own
 * subject and they are an aside to it: a strip club's strike and union drive, said twenty-eight times with
 * its tags, that names "independent contractors" three times for the law that does not apply
 * (observer-star-garden-strike); a review of a VPN called Perfect Privacy, "privacy" nineteen times, that
 * says "personal data" twice (thebestvpn-perfect-privacy-review). A postal strike that names the Deutsche
 * Post and its "Postler" four times beside twenty strike and pay words is about delivery work
 * (derstandard-10kgnad-920), as is a report on freelancers without benefits that names "independent
 * contractors" three times beside fifteen pay and union words (nytimes-opinionator-freelancers-health-care).
 */
const ASIDE_RATIO = 8;
const COMPANION_MENTIONS = 3;

/**
 * Whether the concepts a weak word goes with lift it: one of them named in the headline (or description,
 * keywords), or often enough in the text (STRONG_COMPANION_MENTIONS, COMPANION_MENTIONS), or fewer times
 * where the weak word is not all over the page. An airport strike that says "workers", "wage" and "strike" twenty-five times
 * and "Uber drivers" once is not about gig work (cnn-ohare-airport-workers-strike); a text on automation
 * that names the jobs lost once is about them. A weak word the headline names (`headlined`) is the page's
 * subject, not a passing word: its strong companions in the text tie it to their theme unless it is all
 * over the page (ASIDE_RATIO), not only where the text says it a fifth as often (PASSING_RATIO).
 * "Data-Hungry Dating Apps Are Worse Than Ever for Your Privacy", privacy six times in the text and
 * "personal data" once, hung on "data hungry" in its headline (mozilla-dating-apps-privacy in `npm run
 * ablation`). Strong ones only: OpenAI named twice for its board under a headline on tech layoffs is
 * still an aside (techcrunch-black-caucus-tech-layoffs).
 */
function lifts(
  companions: readonly { said: number; strong: boolean; titled: boolean }[],
  weak: Evidence | undefined,
  headlined: boolean,
): boolean {
  if (companions.some(({ titled }) => titled)) return true;
  const body = companions.reduce((sum, { said }) => sum + said, 0);
  const strongBody = companions.reduce((sum, { said, strong }) => sum + (strong ? said : 0), 0);
  if (body * ASIDE_RATIO <= repeated(weak)) return false;
  return (
    strongBody >= STRONG_COMPANION_MENTIONS ||
    body >= COMPANION_MENTIONS ||
    body * PASSING_RATIO > repeated(weak) ||
    (headlined && strongBody * ASIDE_RATIO > repeated(weak))
  );
}

/**
 * How often a page says a word other than in its headline and description: in its text, and in its tags,
 * weighted as mentions() weighs a prominent word. A tag list that repeats "Trade unions" and "pay" is as
 * much a page all about strikes as its text is (guardian-uk-academics-casual-contracts).
 */
function repeated(found: Evidence | undefined): number {
  return found ? found.body + 3 * found.tagged : 0;
}

/**
 * Whether a counter-signal is the story: in the headline (or description, keywords) and in the text, or
 * all over the text as a theme is without a headline (THEME_BODY_ALONE, fewer in a short text). A guide
 * to cyber insurance for smart homes that names hacks, malware and breaches ten times is about them
 * whatever its headline calls them (bbrown-smart-home-cyber-insurance hung on "Cyber Security" in its
 * headline). A signal that is the story only where its headline says so (CounterSignal.onlyHeadlined)
 * is never made so by its text alone.
 */
function substantialCounter(
  signal: CounterSignal,
  found: Evidence | undefined,
  evidence: PageEvidence,
): boolean {
  if (found === undefined) return false;
  const headlined = found.prominent > 0 && found.body > 0;
  return headlined || (!signal.onlyHeadlined && found.body >= bodyAlone(evidence, THEME_BODY_ALONE));
}

/**
 * The work the corpus tells of by its trade, a warehouse's and a courier's, which every sector has some
 * of: a hospital's supply depot, a pizza chain's drivers, the couriers a carmaker builds vans for.
 */
const THE_CORPUS_S_TRADES: readonly string[] = ['warehouse-work', 'delivery-work'];

/**
 * The concepts in which the corpus tells of how work is done and paid: its pay and strikes, its injuries,
 * its exploitation, the watching of the workers.
 */
const CONDITIONS_OF_WORK: readonly string[] = [
  'pay-and-strikes',
  'injuries-at-work',
  'exploitation',
  'workplace-surveillance',
];

/**
 * Whether a page that names a warehouse's or a courier's work (THE_CORPUS_S_TRADES) tells of it as the
 * corpus does: of its conditions (CONDITIONS_OF_WORK), and not of jobs cut in its headline or lede
 * (reported), where the trade is one more place the cuts fall. A carmaker's new van "for city deliveries"
 * that names parcel delivery, couriers, the last mile and delivery drivers in 79 words tells of the van;
 * a hospital that cuts 300 jobs, some of them warehouse staff, a pizza chain laying off its drivers as the
 * wage rises, tell of the hospital's and the restaurant trade's cuts. Drivers of a contractor's Mercedes
 * vans who skip breaks in a cargo area of 50 degrees and want a union tell of the work.
 */
function toldOfTheTrade(evidence: PageEvidence): boolean {
  const cut = CUTS_TO_THE_WORKFORCE.some((id) => reported(evidence.concepts.get(id)));
  return !cut && CONDITIONS_OF_WORK.some((id) => evidence.concepts.has(id));
}

/**
 * Whether the page speaks of a concept that a counter-signal yields to (CounterSignal.yieldsTo) as a
 * theme is spoken of: in its headline, or again in its text (THEME_BODY_WITH_PROMINENT) and more than in
 * passing beside the counter-signal (PASSING_RATIO, as for a weak word's companions, or the signal's own
 * CounterSignal.yieldsBelowRatio: stolen data is sold, so a hack's buyers must be said more than half as
 * often as the hack, where two brokers beside seven words of a theft are its aftermath). One data broker
 * named in passing leaves an intelligence service's surveillance what it is; so do cookies and browser
 * fingerprinting named twice, as examples of what the law covers, in an explainer of a country's data
 * protection law that names the law 31 times (held-out datenanfragen-portugal-data-protection-law, moved
 * to tune); five data-broker purchases beside 17 words of the NSA's surveillance are the trade the state
 * buys from (cnn-nsa-buys-internet-data). A headline that names the counter-signal beside a concept it
 * yields to settles nothing, and the text weighs them as where the headline names neither: a post
 * headlined with towns' sale of data and "Öffentliche Daten" speaks of open data and the towns seventeen
 * times and of the sale twice (held-out okfn-municipal-data-sale, moved to tune). Or where its headline
 * names a concept of a theme it yields to (CounterSignal.yieldsToHeadline), or one of the concepts it
 * yields to there (CounterSignal.yieldsToHeadlineConcepts), unless it is a word that the lexicon ties to
 * its companions (Concept.strongWith) and the page does not (isStrong): robots on a carmaker's production
 * line that cost no jobs are the car trade's story, not the corpus's, whatever the headline calls them
 * (held-out theverge-mercedes-humanoid-robots-trial, moved to tune: "Mercedes is trialing humanoid robots",
 * automation lifted by no job cuts). AI, which no companion lifts, stays what the headline says: an AI
 * burger joint is the story of the jobs its robots take (theguardian-caliexpress-ai-burger-robots). A
 * headline that names the counter-signal beside the concept, settling nothing as above, mended the page too
 * but left it hanging on "Mercedes" in `npm run ablation`.
 */
function yields(signal: CounterSignal, evidence: PageEvidence, byId: ConceptsById): boolean {
  const counter = evidence.counters.get(signal.id);
  const themes = signal.yieldsToHeadline ?? [];
  const concepts = signal.yieldsToHeadlineConcepts ?? [];
  for (const [id, found] of evidence.concepts) {
    const concept = byId.get(id);
    const topic = concept?.topics[0];
    const unlifted =
      concept !== undefined && concept.strongWith !== undefined && !isStrong(concept, evidence, byId);
    const headlined = untagged(found) > 0 && !unlifted;
    if (headlined && ((topic !== undefined && themes.includes(topic)) || concepts.includes(id))) return true;
  }
  const counterHeadlined = counter !== undefined && untagged(counter) > 0;
  return (signal.yieldsTo ?? []).some((id) => {
    const found = evidence.concepts.get(id);
    if (found === undefined) return false;
    if (THE_CORPUS_S_TRADES.includes(id) && !toldOfTheTrade(evidence)) return false;
    if (untagged(found) > 0 && !counterHeadlined) return true;
    const ratio = signal.yieldsBelowRatio ?? PASSING_RATIO;
    const least = signal.yieldsToOneMention ? 1 : THEME_BODY_WITH_PROMINENT;
    return found.body >= least && found.body * ratio > mentions(counter);
  });
}

/**
 * How often a page names a company: by its names, or by its brands where more of those are found
 * (faz-billigware-china-temu-aliexpress named Alibaba only as "AliExpress"; the brands and the names
 * are two ways to recognise it, issue 11, so that no page hangs on one name). Beside its names, one
 * brand said often is a product the page is about, not its maker: a guide to AWS's machine-learning
 * tools that says AWS seventeen times and Amazon once lists cloud products, it is not about Amazon
 * (veritis-aws-machine-learning-tools). Where the page names the company by none of its names, one
 * brand still stands for it, unless the page names it only at the head of its products' names: then the
 * brand is one more of the products it lists ("AWS" beside "Amazon Polly" and "Amazon Lex",
 * neptune-mlaas-platforms).
 */
function companyEvidence(entity: Entity, evidence: PageEvidence): Evidence | undefined {
  const named = evidence.entities.get(entity.id);
  const brands = entity.brands === undefined ? undefined : evidence.concepts.get(entity.brands);
  if (!named) {
    const productOnly =
      brands !== undefined &&
      !evidence.epithets.has(entity.id) &&
      (evidence.productLines.has(entity.id) || namesProductKind(entity.brands, brands, evidence));
    return productOnly ? undefined : brands;
  }
  if (!brands) return named;
  return brands.surfaces.size >= 2 && mentions(brands) > mentions(named) ? brands : named;
}

/**
 * Whether a company's only brand on the page is also what the lexicon reads as a kind of product: "AWS"
 * is Amazon's brand and the cloud itself (cloud-ai). A page that says it thirty times and never names
 * Amazon is a guide to the product (a Terraform guide to the AWS provider,
 * controlmonkey-terraform-aws-provider, a held-out lesson), as a page that names it beside Amazon once is
 * (veritis-aws-machine-learning-tools above); counted for both, one word made the company the subject
 * and lifted the cloud as its topic. A shop brand that names no kind of product ("AliExpress"), or a
 * brand beside an epithet of the company ("der Online-Versandriese"), still stands for its company.
 */
function namesProductKind(brandsId: string | undefined, brands: Evidence, evidence: PageEvidence): boolean {
  const [brand, ...others] = brands.surfaces;
  if (brand === undefined || others.length > 0) return false;
  for (const [id, found] of evidence.concepts) if (id !== brandsId && found.surfaces.has(brand)) return true;
  return false;
}

/**
 * Whether a strong concept's prominent mention names its theme. A weak word made strong by its company
 * ("privacy" beside "personal data") does so only when the headline names the company too ("automation"
 * and "jobs lost") or the text comes back to the word: a blog post that embeds a feed
 * "datenschutzkonform" is not about data protection (bloghaus-hypotheses).
 */
function namesTheme(concept: Concept, found: Evidence, evidence: PageEvidence): boolean {
  if (concept.strength === 'strong' || found.body >= THEME_BODY_WITH_PROMINENT) return true;
  return (concept.strongWith ?? []).some((id) => (evidence.concepts.get(id)?.prominent ?? 0) > 0);
}

/**
 * A concept's prominent mentions that name the page's subject: all of them, but a tag (keywords,
 * categories) only when the text comes back to the concept itself. A tag list names what a page touches:
 * a report on universities' casual contracts tagged "Gig economy" for one comparison in a quote is not
 * about gig work (guardian-uk-academics-casual-contracts).
 */
function titled(found: Evidence): number {
  return found.body >= THEME_BODY_WITH_PROMINENT ? found.prominent : found.prominent - found.tagged;
}

/**
 * Concepts that name a connected home's devices of every kind ("smart thermostat", "smart bulbs",
 * "Wi-Fi"): the smart-home theme is about the devices that listen and watch and the data they collect.
 */
const HOME_DEVICES: ReadonlySet<string> = new Set(['smart-home', 'connected-device']);

/**
 * Whether a page about connected devices speaks of what the corpus finds in them: listening (voice
 * assistants, smart speakers), watching (cameras, doorbells), or the collection and sharing of data,
 * other than in passing beside the devices (PASSING_RATIO, as for a weak word's companions). A guide to
 * a smart thermostat's savings that names voice control and "your location" a few times among forty
 * device words is no surveillance story (howellchase-smart-thermostats-savings); a guide to smart lamps
 * that work with Alexa and Siri is.
 */
function speaksOfSurveillance(evidence: PageEvidence, byId: ConceptsById): boolean {
  let surveillance = 0;
  let devices = 0;
  for (const [id, found] of evidence.concepts) {
    const concept = byId.get(id);
    const topic = concept?.topics[0];
    if (concept === undefined || (topic !== 'alexa' && topic !== 'data')) continue;
    if (HOME_DEVICES.has(id)) devices += repeated(found);
    // A maker's name that none of its companions lifts names the seller, not what its devices watch:
    // Eufy over a sale of its robot vacuums beside Roborock's is a deal, not a camera in the home.
    else if (namesCompanies(concept) && !isStrong(concept, evidence, byId)) continue;
    // What the headline names is the page's subject however often the text names the device, as a
    // companion in the headline lifts a weak word (lifts): a maker's guide to how its robots map the
    // home says "robot vacuum" at every turn (ecovacs-robot-vacuum-mapping).
    else if (titled(found) > 0 && found.body > 0) return true;
    else surveillance += found.prominent + found.body;
  }
  return surveillance * PASSING_RATIO > devices;
}

/**
 * What a counter-signal's act is done to, and so names no theme of its own beside it: the connected
 * devices a hacker takes over (not the cameras and speakers that watch and listen), and people's data,
 * which a thief steals, a scammer phishes for and an intelligence service collects as much as a company
 * does ("Hackers steal customer data"). Tracking, targeted advertising, privacy and the authorities that
 * guard it are what no thief does.
 */
const WHAT_COUNTER_SIGNALS_ACT_ON: ReadonlySet<string> = new Set([...HOME_DEVICES, 'customer-analytics']);

/**
 * How many words apart a counter-signal's act and what it is done to stand in one phrase: "a data leak of
 * our users' data", "hackers stole customer data", "customer data was leaked".
 */
const ONE_PHRASE = 4;

/**
 * A concept's evidence without its mentions in the text that stand in one phrase (ONE_PHRASE) beside a
 * counter-signal's words, where the signal takes the theme away and what it acts on is what every one acts
 * on (WHAT_COUNTER_SIGNALS_ACT_ON): there the page names the data as what the leak, the theft or the spying
 * takes (as themeMentions weighs it), not as what a company collects. Its mentions in the headline stay.
 * An app maker's engineer on keeping its users' photos from itself says "our users' data" as what a leak
 * would expose, not as data the app collects (held-out seancoates-matter-app-privacy, moved to tune: its six
 * data words made the theme by the text alone, THEME_BODY_ALONE, one of them "a data leak of our users'
 * data"). Not a word that is both the signal's and the concept's ("doxxing"), which counts for both as
 * before; not beside a signal that yields to what the page speaks of (a state buying "consumer data" from
 * data brokers is the trade's customer); and not beside a signal with its own list of what it acts on
 * (pay in another trade). Taken away there too, techradar-glassdoor-real-names-profiles and
 * theguardian-caliexpress-ai-burger-robots (tune) and held-out theverge-lexisnexis-data-brokers-fisa hung on
 * one entry each in `npm run ablation`.
 */
function apartFromCounters(
  id: string,
  found: Evidence,
  topic: Topic,
  counters: readonly CounterSignal[],
  evidence: PageEvidence,
  byId: ConceptsById,
): Evidence {
  if (evidence.counters.size === 0 || found.spans.length === 0 || !WHAT_COUNTER_SIGNALS_ACT_ON.has(id))
    return found;
  const acts: Span[] = [];
  for (const signal of counters) {
    const counter = evidence.counters.get(signal.id);
    if (
      counter !== undefined &&
      signal.actsOn === undefined &&
      signal.suppresses.includes(topic) &&
      !yields(signal, evidence, byId)
    )
      acts.push(...counter.spans);
  }
  if (acts.length === 0) return found;
  const beside = (span: Span, act: Span) =>
    !(span.start < act.end && act.start < span.end) &&
    span.start < act.end + ONE_PHRASE &&
    act.start < span.end + ONE_PHRASE;
  const apart = found.spans.filter((span) => !acts.some((act) => beside(span, act)));
  if (apart.length === found.spans.length) return found;
  return { ...found, body: found.body - (found.spans.length - apart.length), spans: apart };
}

/**
 * How often the text speaks of a theme other than as what a counter-signal's act is done to. A
 * counter-signal takes a theme away only where the page names it (a headline's word weighed as mentions()
 * weighs it) at least as often as its text names the theme; the theme's headline words are not weighed so.
 * A guide to cyber insurance whose hacker takes over the family's cameras names attacks ten times and
 * cameras three (bbrown-smart-home-cyber-insurance); a page on smart-home cybersecurity that speaks of
 * voice recordings, Alexa, Siri and Ring doorbells eight times and of hacking twice is still about devices
 * that listen (nationwidegroup-smart-home-cybersecurity). A post whose headline names interest tracking
 * beside fraud, with tracking and privacy said seventeen times and fraud fourteen, is about the tracking
 * too (held-out eligrey-vanity-urls-interest-tracking, moved to tune); a warning about job scams that
 * names the personal data they are after is not (pcmag-online-job-scams). Weighed on both sides, the
 * headline kept the data theme of a study of an attack through a light sensor headlined "smart" and
 * "privacy" against nine attack words in its text (csail-ambient-light-sensor-imaging), and left a hack
 * of a smart display hanging on "exploit" in `npm run ablation` (itsfoss-ubuntu-google-nest-hub-hack).
 * A theme's word that stands where the counter-signal's own does (Datenschutz inside the law's
 * Datenschutzgesetz, "data subject" in both the law's words and privacy's) is the counter-signal's: an
 * explainer of a data protection act is not the more a privacy story for naming the act.
 * Only the concepts the page makes strong (isStrong) weigh: a weak word that none of its companions lifts
 * does not make the theme, so it does not keep it from the counter-signal either. A coalition's demands
 * against state surveillance said "Überwachung" and "biometrisch" eleven times with no device that
 * watches: nine of them apart from the state's own words, with six of privacy, outweighed its thirteen
 * words of the state's surveillance (held-out okfn-digital-firewall-demands, moved to tune).
 */
function themeMentions(
  theme: Topic,
  signal: CounterSignal,
  evidence: PageEvidence,
  byId: ConceptsById,
): number {
  const actedOn = (id: string) => signal.actsOn?.includes(id) ?? WHAT_COUNTER_SIGNALS_ACT_ON.has(id);
  const signalsOwn = evidence.counters.get(signal.id)?.spans ?? [];
  let said = 0;
  for (const [id, found] of evidence.concepts) {
    const concept = byId.get(id);
    if (concept?.topics[0] !== theme || actedOn(id) || !isStrong(concept, evidence, byId)) continue;
    const shared = found.spans.filter((span) =>
      signalsOwn.some((own) => own.start < span.end && span.start < own.end),
    ).length;
    said += found.body - shared;
  }
  return said;
}

/**
 * The concepts of the Alexa theme that are what listens, not where: a voice assistant and speech
 * recognition are software that any company builds (listeningInTheHome).
 */
const SOFTWARE_THAT_LISTENS: ReadonlySet<string> = new Set(['voice-assistant', 'microphones']);

/**
 * Whether a page that speaks of voice assistants speaks of the corpus's Alexa theme: a device of the home
 * that listens or watches (a smart speaker, the smart home, a camera), the data and privacy of those it
 * hears, or an assistant that its maker sells for the home, called by the maker's brand in the headline
 * and again in the text (an owner's "Alexa, ..." on what the speaker in his home keeps selling him,
 * residualthoughts-alexa-change-your-okrs). Voice assistants named with none of these are AI product news:
 * OpenAI's trademark application for "digital voice assistants" that might rival Siri and Alexa, with its
 * models and speech recognition, no device, no word of data and Alexa only in the headline
 * (businessinsider-openai-voice-assistant-trademark, a held-out lesson).
 */
function listeningInTheHome(
  evidence: PageEvidence,
  byId: ConceptsById,
  brands: ReadonlySet<string>,
): boolean {
  for (const [id, found] of evidence.concepts) {
    const concept = byId.get(id);
    if (concept?.topics[0] === 'data' && speaksOfData(concept, found, evidence, byId)) return true;
    if (concept?.topics[0] === 'alexa' && !SOFTWARE_THAT_LISTENS.has(id)) return true;
  }
  const assistant = evidence.concepts.get('voice-assistant');
  if (assistant === undefined) return false;
  for (const id of brands) {
    const brand = evidence.concepts.get(id);
    if (brand === undefined || brand.prominent === 0 || brand.body < ENTITY_BODY_WITH_PROMINENT) continue;
    for (const surface of brand.surfaces) if (assistant.surfaces.has(surface)) return true;
  }
  return false;
}

/**
 * Whether a page speaks of data as a concept of the data theme says it: a strong one or one its companions
 * lift (isStrong), or a weak word said again in the text. A privacy policy or an opt-out named once in a
 * footer is no word of the data of those a voice assistant hears: beside OpenAI's trademark for a voice
 * assistant it made the Alexa theme; a secure and private alternative to Alexa that speaks of privacy three
 * times, with nothing to lift it, still speaks of it (opensource-mycroft-private-alexa-alternative). So
 * does one word beside the recordings the software keeps (keepsRecordings).
 */
function speaksOfData(
  concept: Concept,
  found: Evidence,
  evidence: PageEvidence,
  byId: ConceptsById,
): boolean {
  if (repeated(found) >= THEME_BODY_WITH_PROMINENT || isStrong(concept, evidence, byId)) return true;
  return found.body > 0 && keepsRecordings(evidence);
}

/**
 * The stems of the words for what a listening device recorded, in both languages ("voice recordings",
 * "Sprachaufnahmen", "Sprachaufzeichnung"), as SOFTWARE_THAT_LISTENS's surfaces say them.
 */
const RECORDING_STEMS: readonly string[] = ['record', 'aufnahm', 'aufzeichn'];

/**
 * Whether the page names what software that listens (SOFTWARE_THAT_LISTENS) recorded, not only the
 * software: the recordings are the data of those it hears, and one word of their privacy beside them is
 * the data theme's ("Alexa speichert Sprachaufnahmen jahrelang", whose recordings staff listen to and
 * whose consumer advocates see "den Datenschutz gefährdet" once, in 44 words). Speech recognition in a
 * trademark filing beside a footer's privacy policy names the software only.
 */
function keepsRecordings(evidence: PageEvidence): boolean {
  return [...SOFTWARE_THAT_LISTENS].some((id) =>
    [...(evidence.concepts.get(id)?.surfaces ?? [])].some((surface) =>
      RECORDING_STEMS.some((stem) => surface.includes(stem)),
    ),
  );
}

/**
 * The concepts of software that listens (SOFTWARE_THAT_LISTENS) on a page that speaks of no listening in
 * the home (listeningInTheHome): there a voice assistant is a product any company builds, as themeCentral
 * reads it, and it weighs as a weak word beside the page's subject (WEAK_SHARE). Google laying off
 * hundreds who work on its Assistant as it turns to AI is about the jobs: at its full weight the assistant
 * made the Alexa theme as strong as the cuts, and the passage on Alexa's listening speakers came first
 * (held-out semafor-google-assistant-layoffs-ai, moved to tune).
 */
function softwareThatListens(
  evidence: PageEvidence,
  byId: ConceptsById,
  brands: ReadonlySet<string>,
): ReadonlySet<string> {
  return listeningInTheHome(evidence, byId, brands) ? new Set() : SOFTWARE_THAT_LISTENS;
}

function themeCentral(
  topic: Topic,
  evidence: PageEvidence,
  byId: ConceptsById,
  brands: ReadonlySet<string>,
  counters: readonly CounterSignal[],
): boolean {
  if (
    topic === 'alexa' &&
    !(speaksOfSurveillance(evidence, byId) && listeningInTheHome(evidence, byId, brands))
  )
    return false;
  let prominent = 0;
  const supporting: Evidence[] = [];
  const strong: Evidence[] = [];
  let distinct = 0;
  const words = new Set<string>();
  for (const [id, said] of evidence.concepts) {
    const concept = byId.get(id);
    if (!concept || concept.topics[0] !== topic) continue;
    const found = apartFromCounters(id, said, topic, counters, evidence, byId);
    // A concept all of whose mentions a counter-signal's act took says nothing more of the theme.
    if (found.body === 0 && found.prominent === 0) continue;
    supporting.push(found, ...causesGiven(concept, found, evidence));
    if (!isStrong(concept, evidence, byId)) continue;
    if (namesTheme(concept, found, evidence)) prominent += titled(found);
    strong.push(found);
    distinct++;
    for (const surface of found.surfaces) words.add(surface);
  }
  const supportingBody = phrases(supporting);
  const strongBody = phrases(strong);
  if (prominent >= 1 && supportingBody >= THEME_BODY_WITH_PROMINENT) return true;
  // Without a headline, the text must say it often (fewer times in a short text, bodyAlone, unless its
  // headline names another story, or reports job cuts that nothing ties to AI or automation) and in more
  // than one way: two concepts, or one in several different phrases (location check-ins, location
  // services, sharing where friends are).
  const varied = distinct >= THEME_DISTINCT_ALONE || words.size >= THEME_PHRASES_ALONE;
  const alone =
    headlinesAnotherStory(topic, evidence, byId, counters) ||
    (topic === 'labour' && cutsWithoutACause(evidence, byId))
      ? THEME_BODY_ALONE
      : bodyAlone(evidence, THEME_BODY_ALONE);
  return strongBody >= alone && varied;
}

/**
 * The companions a text gives as the cause of a concept that must be said with them (Concept.companionsWithin)
 * in the concept's own clause: "The insurer cuts 300 jobs after the introduction of AI chatbots" tells of the
 * cuts twice, of their number and of their cause, as a text that names the cuts again does. A short report
 * whose headline names the cuts and their cause, and whose text says the cut once with the AI it blames
 * ("laid off 200 translators due to the rise of AI translation"), is about the jobs lost to AI. Only a cause
 * (CauseFrame), not what the company turns to ("cut 300 jobs, citing weak demand, and said it invests in AI"),
 * and not a cause said in another clause: "Since the rise of AI, its chip partner has tripled its value"
 * after a carmaker's cuts for tariffs dates another story (saidWith counts both beside the cut).
 */
function causesGiven(concept: Concept, found: Evidence, evidence: PageEvidence): Evidence[] {
  const within = concept.companionsWithin;
  if (within === undefined) return [];
  const clauses = new Set(found.spans.map((span) => span.clause));
  return (concept.strongWith ?? []).flatMap((id) => {
    const companion = evidence.concepts.get(id);
    // The headline gives the cause too: a text's one cut beside a cause of AI's name ("wegen eines
    // KI-Skandals entlassen") is no report of jobs lost to AI where the headline blames nothing on AI.
    if (companion === undefined || companion.causeProminent === 0) return [];
    const causes = saidWith(companion, found, within, true).spans.filter(
      (span) => span.frame === 'cause' && clauses.has(span.clause),
    );
    return [{ ...companion, body: causes.length, spans: causes }];
  });
}

/**
 * Whether the headline names a counter-signal's story (an outage, a hack) that does not yield to the
 * themes, and that story is another than the theme's. A short text is then that story's, and the theme's
 * words in it need the full count, not the halved one of a short text (bodyAlone) that a headline-less
 * text gets: an outage report of 68 words that reassures its readers that "die Daten der Kunden" were
 * never at risk is about the outage. A signal that takes the companies away (CounterSignal.suppresses:
 * an outage, a film, a crime) tells a story that is none of the themes; one that takes given themes away
 * tells another story than those only: a carmaker in the headline names the car trade's work, not the
 * data its cars collect or the assistant that listens in them ("Was Ihr Audi über Sie verrät" in 112
 * words of Fahrdaten and Standortdaten passed to insurers, "Mercedes is listening"). Unless the headline also
 * names the words the signal tells its story in (CounterSignal.actsOn): nurses or pilots who strike over
 * pay are their sector's story, whatever theme the few words on patients' or passengers' data that were
 * kept safe belong to ("Hospital nurses strike over pay", "Airline pilots strike, flights cancelled").
 */
function headlinesAnotherStory(
  topic: Topic,
  evidence: PageEvidence,
  byId: ConceptsById,
  counters: readonly CounterSignal[],
): boolean {
  return counters.some((signal) => {
    const found = evidence.counters.get(signal.id);
    const headlinesItsWords = (signal.actsOn ?? []).some((id) => {
      const said = evidence.concepts.get(id);
      return said !== undefined && untagged(said) > 0;
    });
    const rival =
      signal.suppresses.includes('company') || signal.suppresses.includes(topic) || headlinesItsWords;
    return rival && found !== undefined && untagged(found) > 0 && !yields(signal, evidence, byId);
  });
}

/**
 * How many mentions in the text the concepts make together, a phrase that names several of them counted
 * once: "Uber drivers and other gig workers" is gig work, a gig platform and workers, and one mention of
 * labour, not four (theregister-ai-algorithmic-management-research made the labour theme of a paper on
 * AI managing citizen scientists from three comparisons with gig work).
 */
function phrases(found: readonly Evidence[]): number {
  const spans = found.flatMap((evidence) => evidence.spans).sort((a, b) => a.start - b.start);
  let overlapping = 0;
  let coveredUntil = 0;
  for (const span of spans) {
    if (span.start < coveredUntil) overlapping++;
    coveredUntil = Math.max(coveredUntil, span.end);
  }
  return found.reduce((sum, evidence) => sum + evidence.body, 0) - overlapping;
}

/**
 * Whether the company publishes the page itself, on one of its own corporate hosts (www.amazon.jobs,
 * aboutamazon.com; its storefronts are shop pages, not news): there it names itself on every line, as
 * the speaker and not as the subject the corpus answers. Amazon's careers page on AI named Amazon nine
 * times (amazon-jobs-ai-careers). What such a page says of the themes still counts.
 */
function ownSite(entity: Entity, context: PageContext): boolean {
  const host = context.host.toLowerCase();
  return entity.ownHosts.some((own) => host === own || host.endsWith(`.${own}`));
}

/** The concept of cloud and AI infrastructure, which a cloud provider's own pages speak of and nothing else. */
const CLOUD = 'cloud-ai';

/**
 * Whether the page knows the company only as a cloud provider: besides its name and its brands it speaks
 * of its cloud and of nothing else the lexicon knows, as a page on a Linux distribution for its servers or
 * on a computing service it rents out does (held-out itsfoss-amazon-linux-2022-fedora and
 * networkworld-amazon-braket-quantum, moved to tune). What the corpus says of the company's cloud (its
 * power, its AI deals, the jobs it cuts) comes with words of those. A page that names the cloud only by
 * the company's own names for it ("AWS", "Amazon Web Services") speaks of one of its products, and a
 * weak word that none of its companions lifts does not make it speak of more: the "IP address" that AWS
 * charges for is no privacy story (held-out tomshardware-aws-ipv4-charge, moved to tune). A weak word
 * the text says as often as a theme is said without a headline is a subject, not an aside: an antitrust
 * case that says it in six ways twelve times is about market power whatever it calls the cloud
 * (theatlantic-amazon-big-secret hung on "cloud" in `npm run ablation`). A page that
 * names the company's other businesses beside its cloud (its audiobooks, its streaming, its games
 * platform) knows it as more than a cloud provider: the jobs Amazon cuts at Audible, Twitch, Prime Video
 * and AWS are the company's (held-out techcrunch-amazon-audible-layoffs, moved to tune).
 */
function onlyAsCloudProvider(entity: Entity, evidence: PageEvidence, byId: ConceptsById): boolean {
  const cloud = evidence.concepts.get(CLOUD);
  if (cloud === undefined) return false;
  const brands = entity.brands === undefined ? undefined : evidence.concepts.get(entity.brands);
  // A brand the cloud's words lack is still the cloud when it is the initials of a name of the company's:
  // "AWS" for "Amazon Web Services", so that a page on a service AWS rents out does not rest on "aws"
  // among the cloud's words (networkworld-amazon-braket-quantum and tomshardware-aws-ipv4-charge hung on
  // it in `npm run ablation`).
  const isCloud = (brand: string) =>
    cloud.surfaces.has(brand) || entity.names.some((name) => name.includes(' ') && initials(name) === brand);
  if (brands !== undefined && [...brands.surfaces].some((brand) => !isCloud(brand))) return false;
  const names = [...(evidence.entities.get(entity.id)?.surfaces ?? []), ...(brands?.surfaces ?? [])];
  const cloudByName = [...cloud.surfaces].every((surface) => companysName(surface, names, cloud.surfaces));
  return [...evidence.concepts].every(([id, found]) => {
    if (id === CLOUD || id === entity.brands) return true;
    const concept = byId.get(id);
    return (
      cloudByName &&
      concept !== undefined &&
      !isStrong(concept, evidence, byId) &&
      repeated(found) < THEME_BODY_ALONE
    );
  });
}

/**
 * Whether the page knows the company only by one of its brands: none of its names, no epithet of it, and
 * one brand however often said (two of them name the maker, entityCentral). Such a page is about the
 * brand, a platform or a product with a life of its own, and not the company's story unless it speaks of
 * one of the corpus's themes: a study of how streamers sexualise themselves on Twitch, Twitch in its
 * headline and five times in its text, Amazon never named, is about streaming culture (held-out
 * psypost-twitch-pornification-study, moved to tune); a shop's wares tested under "Billigware von
 * Aliexpress" or a camera that works with Alexa are still the corpus's, by the theme they speak of.
 */
function onlyByOneBrand(entity: Entity, evidence: PageEvidence): boolean {
  const brands = entity.brands === undefined ? undefined : evidence.concepts.get(entity.brands);
  return (
    brands !== undefined &&
    brands.surfaces.size < 2 &&
    !evidence.entities.has(entity.id) &&
    !evidence.epithets.has(entity.id)
  );
}

/** The first letters of a name's words: "aws" for "amazon web services". */
function initials(words: string): string {
  return words
    .split(' ')
    .map((word) => word[0])
    .join('');
}

/**
 * Whether a word the page names the cloud by is the company's own name for it: one of its names or
 * brands on the page, its name at the head of a product's ("Amazon Web Services"), or the initials of
 * such a name on the page ("AWS"). Each way is enough, so that the rule does not rest on one lexicon
 * entry: tomshardware-aws-ipv4-charge hung on "AWS" among the brands and on "Amazon Web Services" among
 * the names in `npm run ablation`.
 */
function companysName(surface: string, names: readonly string[], said: ReadonlySet<string>): boolean {
  const named = (words: string) => names.some((name) => words === name || words.startsWith(`${name} `));
  if (named(surface)) return true;
  return [...said].some((other) => other.includes(' ') && named(other) && initials(other) === surface);
}

function decideNews(context: PageContext, evidence: PageEvidence, lexicon: Lexicon): Decision {
  const byId = conceptIndex(lexicon);
  const brands = new Set(lexicon.entities.flatMap((entity) => entity.brands ?? []));
  // A counter-signal (a hack, a data leak) in the headline that the text comes back to takes its theme
  // away: that is not the corpus's story. A headline word alone may be a figure of speech ("Web analytics
  // are leaking into meatspace", mdavis-supermarket-analytics). Said as often as the theme, the
  // counter-signal still takes it: a page that speaks as much of the hack as of the theme is the hack's
  // story as much as the corpus's, and a false alarm costs more than a silence. No judged page sits on a
  // tie; those that `npm run ablation` reached wanted both sides (cnn-nsa-buys-internet-data its theme,
  // before its hack words yielded to the data trade; datenanfragen-church-data-protection and
  // datenanfragen-supervisory-overload-reply their silence, and hung on more entries with the tie theirs).
  const suppressed = new Set(
    lexicon.counters.flatMap((signal) => {
      const found = evidence.counters.get(signal.id);
      if (
        found === undefined ||
        !substantialCounter(signal, found, evidence) ||
        yields(signal, evidence, byId)
      )
        return [];
      return signal.suppresses.filter(
        (theme) => theme === 'company' || mentions(found) >= themeMentions(theme, signal, evidence, byId),
      );
    }),
  );
  const centralThemes = GENERAL_THEMES.filter(
    (topic) => !suppressed.has(topic) && themeCentral(topic, evidence, byId, brands, lexicon.counters),
  );
  // A film list or a games test names the companies as studios and services, not as its subject; a
  // page on one of the themes that names them (Prime Video's viewing data) still is about them.
  const centralEntities =
    suppressed.has('company') && centralThemes.length === 0
      ? []
      : lexicon.entities.filter(
          (entity) =>
            !ownSite(entity, context) &&
            !onlyAsCloudProvider(entity, evidence, byId) &&
            !(centralThemes.length === 0 && onlyByOneBrand(entity, evidence)) &&
            entityCentral(entity, evidence, byId),
        );
  if (centralEntities.length === 0 && centralThemes.length === 0) {
    // An ambiguous word read in its other sense (Amazon, the rainforest) is what a reader would have
    // taken the page to be about.
    const [namesake] = evidence.namesakes.values();
    return {
      silent: true,
      reason: namesake ? { kind: 'offTopic', namesake } : { kind: 'offTopic' },
      topics: zeroTopics(),
      concepts: [],
    };
  }
  const themed = new Set<Topic>(centralThemes);
  // Weak concepts ("strike", "privacy", "China") count only where the page is already about one of
  // the companies or about their topic: a strike at a bus company is not Amazon's labour story.
  const read = combine(
    byId,
    evidence,
    {},
    context,
    (concept) =>
      isStrong(concept, evidence, byId) || centralEntities.length > 0 || themed.has(concept.topics[0]!),
    // On a page about Amazon or Alibaba a weak word ("strike") is as telling as a strong one.
    centralEntities.length > 0 ? 1 : WEAK_SHARE,
  );
  const places = placesOfTheCuts(read, evidence, byId, centralEntities);
  const software = softwareThatListens(evidence, byId, brands);
  const platforms = platformsOfTheConduct(centralThemes, centralEntities, read);
  const concepts = read.map((weighted) =>
    places.has(weighted.concept.id) || software.has(weighted.concept.id) || platforms.has(weighted.concept.id)
      ? { ...weighted, weight: weighted.weight * WEAK_SHARE }
      : weighted,
  );
  const counted = concepts.filter(({ concept }) => !places.has(concept.id));
  const topics = topicsFrom(counted);
  // A theme that is the article's subject weighs as its strong concepts do together, as a list's kinds
  // pool (topicsFrom): a report that names tracking, the data trade and a data protection authority once
  // each is more about data than any one of them says. Only where nothing on the page speaks against its
  // themes: a review, a release note or a test ("we tested") names a privacy promise and a setting once
  // each as asides, and pooled they would make its theme (a ring review that "never sells data to a data
  // broker"); the counter-signal need not suppress the theme to say that.
  if (evidence.counters.size === 0) {
    const pooled = topicsFrom(counted, true);
    for (const theme of centralThemes) topics[theme] = pooled[theme];
  }
  const entityTotal = centralEntities.reduce((sum, e) => sum + mentions(companyEvidence(e, evidence)), 0);
  // What the article says of the company outweighs what every article about it is about.
  const specific = Math.max(0, ...Object.values(topics));
  const defaultShare = specific >= 0.4 ? 0.5 : 0.8;
  for (const entity of centralEntities) {
    const share = mentions(companyEvidence(entity, evidence)) / entityTotal;
    for (const [topic, weight] of Object.entries(entity.defaultTopics) as [Topic, number][]) {
      topics[topic] = Math.max(topics[topic], weight * share * defaultShare);
    }
  }
  return {
    silent: false,
    reason: {
      kind: 'article',
      companies: centralEntities.map((e) => e.id),
      themes: centralThemes,
      leadingTopics: strongestTopics(topics),
    },
    topics,
    concepts,
    placeWords: new Set(
      [...places].flatMap((id) =>
        [...(evidence.concepts.get(id)?.surfaces ?? [])].flatMap((surface) =>
          tokenize(surface).map((token) => token.norm),
        ),
      ),
    ),
  };
}

/** What a company does to its workforce when a report's headline or lede tells it: jobs cut, hiring stopped. */
const CUTS_TO_THE_WORKFORCE: readonly string[] = [...JOB_CUTS, 'fewer-hires'];

/**
 * A news report's lede, its first sentence or two, in words: it says again what the headline reports, in
 * other words (businessinsider-amazon-one-medical-job-cuts: "Amazon Chopping Hundreds of Jobs", then
 * "roughly 115 positions may be eliminated ... could lose their jobs").
 */
const LEDE_WORDS = 30;

/**
 * Whether the headline or again the lede reports what a concept says, so that a rule on what the report
 * tells does not rest on the one entry that reads the headline (businessinsider-amazon-one-medical-job-cuts
 * hung on its count-slot entry in `npm run ablation`).
 */
function reported(found: Evidence | undefined): boolean {
  return found !== undefined && (untagged(found) > 0 || found.spans.some((span) => span.start < LEDE_WORDS));
}

/**
 * The work the corpus tells of by its trade (THE_CORPUS_S_TRADES), and the watching of workers that it
 * tells of wherever the work: where a report of job cuts tells of these in its text, the cuts fall on the
 * corpus's own story. Not platform work ("contractors", "gig workers"), which names how people are
 * employed, as every company employs some, not what they do.
 */
const THE_CORPUS_S_WORK: readonly string[] = [...THE_CORPUS_S_TRADES, 'workplace-surveillance'];

/**
 * The corpus's work (THE_CORPUS_S_WORK) and the places and platforms it is done at, that keep one word of
 * it company where a report of job cuts names it once: the warehouse the scanners are in, the app the
 * riders are gig workers of.
 */
const THE_CORPUS_S_WORKPLACES: readonly string[] = [
  ...THE_CORPUS_S_WORK,
  'warehouse-site',
  'gig-work',
  'gig-services',
  'gig-platforms',
];

/**
 * Whether the headline or the lede reports jobs cut (reported) that nothing on the page ties to AI or
 * automation (isStrong: the cuts' words stay weak): a company's own round of layoffs, for over-hiring or
 * the economy, is a business story, not the corpus's, however the text names those let go. A short text
 * under it must then make the labour theme as a long one does (THEME_BODY_ALONE, not halved by
 * bodyAlone), as under a headline that names a counter-signal's story (headlinesAnotherStory): eBay
 * cutting 9 percent of its staff because "headcount and expenses have outpaced the growth", in 175 words
 * that name the "full-time employees" twice and the "contractors" it will also let go once, is not a story
 * of platform work (held-out engadget-ebay-layoffs-9-percent, moved to tune). Reported in the lede too:
 * under the headline alone the page hung on "laying off" in `npm run ablation`. Unless the text tells of
 * the corpus's own work (THE_CORPUS_S_WORK, as a theme's concept counts: isStrong): 400 let go at a
 * distribution center whose handheld scanners logged their time off task, 300 riders of a grocery app
 * that followed them on every route, in some 120 words each, are the corpus's labour story whatever the
 * company gives as the cuts' cause. Told of, not named once in passing: said again, or beside another of the
 * corpus's work or workplaces (THE_CORPUS_S_WORKPLACES). A bank cutting 3,900 jobs, "as will the in-house
 * courier service that moves documents between branches", tells of the bank.
 */
function cutsWithoutACause(evidence: PageEvidence, byId: ConceptsById): boolean {
  const cuts = CUTS_TO_THE_WORKFORCE.flatMap((id) => {
    const concept = byId.get(id);
    return concept !== undefined && reported(evidence.concepts.get(id)) ? [concept] : [];
  });
  if (cuts.length === 0) return false;
  const toldOfTheWork = THE_CORPUS_S_WORK.some((id) => {
    const concept = byId.get(id);
    const found = evidence.concepts.get(id);
    const companion = THE_CORPUS_S_WORKPLACES.some(
      (other) => other !== id && (evidence.concepts.get(other)?.body ?? 0) > 0,
    );
    return (
      concept !== undefined &&
      found !== undefined &&
      (found.body >= THEME_BODY_WITH_PROMINENT || (found.body > 0 && companion)) &&
      isStrong(concept, evidence, byId)
    );
  });
  return !toldOfTheWork && cuts.every((concept) => !isStrong(concept, evidence, byId));
}

/**
 * Where the headline or the lede reports jobs cut, a company's units and businesses named on the page (its brands:
 * "One Medical", "Prime Video") say where the cuts fall, not what the page is about: the weak concepts of
 * other topics read from those names (the brands' concept itself among them). Their topics are not the
 * page's, and they weigh as weak words do beside a page's subject (WEAK_SHARE): passages on the unit may
 * follow the cuts, not lead. Amazon chopping jobs at its One Medical and Pharmacy units is about the jobs,
 * not health data (held-out businessinsider-amazon-one-medical-job-cuts, moved to tune); hundreds of jobs
 * cut in Prime Video and MGM Studios are not Prime's customers (cnbc-amazon-prime-video-mgm-layoffs).
 * Weighed down only, the health-data passage stayed within 0.01 of the first labour one and the page hung on
 * seven entries in `npm run ablation`. A strong concept of another topic (a voice assistant), a weak one its
 * companions lift, and one the page never reads from a unit's name (the cuts' cause, the company's market
 * power) are subjects of their own.
 */
function placesOfTheCuts(
  concepts: readonly WeightedConcept[],
  evidence: PageEvidence,
  byId: ConceptsById,
  companies: readonly Entity[],
): ReadonlySet<string> {
  const cutsReported = CUTS_TO_THE_WORKFORCE.some((id) => reported(evidence.concepts.get(id)));
  const brandIds = new Set(companies.flatMap((entity) => entity.brands ?? []));
  const unitEvidence = [...brandIds].flatMap((id) => evidence.concepts.get(id) ?? []);
  const units = new Set(unitEvidence.flatMap((found) => [...found.surfaces]));
  if (!cutsReported || units.size === 0) return new Set();
  const unitSpans = unitEvidence.flatMap((found) => found.spans);
  // A concept read from a unit's name says it in the same words, or in words that stand within the
  // name where the text says it ("Prime Video" read as "prime"): either is enough, so that the rule does
  // not rest on the concept's own entry for the whole name (cnbc-amazon-prime-video-mgm-layoffs hung on
  // prime's "prime video" in `npm run ablation`).
  const namesAUnit = (id: string) => {
    if (brandIds.has(id)) return true;
    const found = evidence.concepts.get(id);
    return (
      found !== undefined &&
      ([...found.surfaces].some((surface) => units.has(surface)) ||
        found.spans.some((span) => unitSpans.some((unit) => span.start < unit.end && unit.start < span.end)))
    );
  };
  return new Set(
    concepts
      .filter(
        ({ concept }) =>
          concept.topics[0] !== 'labour' && !isStrong(concept, evidence, byId) && namesAUnit(concept.id),
      )
      .map(({ concept }) => concept.id),
  );
}

/**
 * The alibaba theme's concepts on a page whose subject is another theme: there the platforms' names (Temu,
 * Shein, AliExpress) and China say whose conduct that theme is, as a company's name says it beside what the
 * company does (decideNews's defaultShare), and they weigh as a weak word beside the subject (WEAK_SHARE). A
 * shopping app that collects its users' data for profiling is a data story of Temu's: at full weight the
 * platform's name in the headline made alibaba the page's leading topic and put the passage on Alibaba's
 * size before every passage on data. Where the platforms' rise is the only theme (their ads, their parcels)
 * it stays theirs, and so it does where Alibaba's own group is the page's subject: Singles Day with its
 * couriers is Alibaba's story.
 */
function platformsOfTheConduct(
  centralThemes: readonly Topic[],
  centralEntities: readonly Entity[],
  concepts: readonly WeightedConcept[],
): ReadonlySet<string> {
  if (
    !centralThemes.some((theme) => theme !== 'alibaba') ||
    centralEntities.some((entity) => entity.id === 'alibaba')
  )
    return new Set();
  return new Set(
    concepts.filter(({ concept }) => concept.topics[0] === 'alibaba').map(({ concept }) => concept.id),
  );
}

function mentions(found: Evidence | undefined): number {
  return found ? found.prominent * 3 + found.body : 0;
}

/**
 * The page's evidence without the concepts that only say again what a companion has named (Concept.saysAgain)
 * where its headline does not name it as the theme's (namesWhatIsSaidAgain): a bare "the footage" or "die
 * Aufnahmen" is no evidence of a camera in the home on a page that never says whose cameras it is from, not
 * even a weak word beside a doorbell named in a police appeal or a test of cameras.
 */
function withoutUnnamedRepeats(evidence: PageEvidence, byId: ConceptsById): PageEvidence {
  const unnamed = [...evidence.concepts.keys()].filter((id) => {
    const concept = byId.get(id);
    return concept?.saysAgain === true && !isStrong(concept, evidence, byId);
  });
  if (unnamed.length === 0) return evidence;
  const concepts = new Map(evidence.concepts);
  for (const id of unnamed) concepts.delete(id);
  return { ...evidence, concepts };
}

export function decide(context: PageContext, evidence: PageEvidence, lexicon: Lexicon = LEXICON): Decision {
  const byId = conceptIndex(lexicon);
  const named = withoutUnnamedRepeats(evidence, byId);
  return context.site === 'news' ? decideNews(context, named, lexicon) : decideShop(context, named, byId);
}

/**
 * How many times the quick read may find strong concepts in an article's text, none of them in its
 * headline, and still settle it as silent: a third of what makes a theme the subject without a headline
 * (THEME_BODY_ALONE), so the paragraphs the quick read skipped would have to hold twice as many again.
 * Measured on the saved pages: the rainforest (vice-amazon-rainforest-fire, one tracking word) was read
 * in full by Readability for 21-25 ms to stay silent. The words of a consent notice under an embed (three
 * data words in zeit-euroleague-schlaegerei) are not the article's: the quick read skips them
 * (extractors/news-quick.ts) rather than this limit growing past them.
 */
const QUICK_STRONG_BODY = THEME_BODY_ALONE / 3;

/**
 * Whether an article's quick first read (extractors/news-quick.ts) already settles it as silent: it
 * names neither company, no strong concept stands in its headline, description or keywords (which the
 * full read shares), and strong concepts are rare in its text. Weak concepts alone ("privacy", "China",
 * "Ring") never make an article show. Anything else is read in full: salon-sharing-economy-uber has
 * gig work in its headline and once in the quick read's text, and shows only on the full read.
 */
export function quickReadSettles(context: PageContext): boolean {
  const evidence = analysePage(context);
  const byId = conceptIndex(LEXICON);
  if (evidence.entities.size > 0) return false;
  let strongBody = 0;
  for (const [id, found] of evidence.concepts) {
    const concept = byId.get(id);
    if (concept === undefined || !isStrong(concept, evidence, byId)) continue;
    if (found.prominent > 0) return false;
    strongBody += found.body;
  }
  return strongBody <= QUICK_STRONG_BODY;
}

import { WordShapes, type Token } from './text';

/**
 * How a text frames a mention as a cause (issue 11): AI beside a round of layoffs is the cuts' story only
 * where the text gives it as their cause or as what the company turns to instead ("as it refocuses on
 * AI", "replaced by AI", "wegen KI", "setzt auf KI", "AI will do the work"), not where it denies it ("not
 * because of AI", "hat nichts mit KI zu tun", "KI spielt keine Rolle") nor where AI is only what the
 * company sells ("its AI chips sold well").
 */
export type CauseFrame = 'cause' | 'turnedTo' | 'denied' | 'named';

/**
 * Whether a frame keeps the mention from tying a cut however near it stands: AI the text denies as the
 * cause, and AI named only as what a company is, sells or plans ('named': "an AI startup", "demand for AI
 * servers slowed", "will focus on cloud, AI, payments and cybersecurity").
 */
export function tiesNoCut(frame: CauseFrame | undefined): boolean {
  return frame === 'denied' || frame === 'named';
}

/**
 * Words that, right after a mention, make it the modifier of a company, a market or a product: "the AI
 * startup laid off 20 percent", "demand for AI servers slowed", "KI-Aktien fielen". Not the tools that do
 * the work ("AI agents", "AI software now handles claims"), which may be the cut's cause, and not a
 * product the text says does the work ("AI features take over translation", "KI-Funktionen übernehmen die
 * Arbeit": a verb after the mention makes it the doer). Not what a company spends on AI or rivals do with
 * it either ("as AI spending soars", "as AI rivals draw students away"), said beside cuts as a cause as
 * often (the review of s35-jobtie's probes).
 */
const NAMING_A_BUSINESS: ReadonlySet<string> = new Set([
  'startup',
  'startups',
  'start',
  'company',
  'companies',
  'firm',
  'firms',
  'lab',
  'labs',
  'unit',
  'division',
  'business',
  'chip',
  'chips',
  'chipmaker',
  'server',
  'servers',
  'stock',
  'stocks',
  'shares',
  'demand',
  'boom',
  'bubble',
  'maker',
  'makers',
  'feature',
  'features',
  'product',
  'products',
  'factory',
  'factories',
  'data',
  'firma',
  'unternehmen',
  'sparte',
  'abteilung',
  'aktien',
  'rechenzentren',
  'nachfrage',
  'blase',
  'spezialist',
  'konzern',
  'produkte',
  'funktionen',
  'fabriken',
]);

/**
 * Verbs of what a company makes, sells or launches: a mention within PLAN_REACH words after one, in its
 * clause, is named as its product ("The company makes AI software for lawyers", "will now sell its AI
 * models", "also launched an AI assistant for accountants"), not the cut's cause, unless a cause word
 * frames it ("introduced an AI assistant that does the work of 700 agents").
 */
const MAKING = [
  'make',
  'makes',
  'making',
  'sell',
  'sells',
  'selling',
  'build',
  'builds',
  'building',
  'develop',
  'develops',
  'developing',
  'offer',
  'offers',
  'offering',
  'launch',
  'launches',
  'launched',
  'launching',
  'unveil',
  'unveils',
  'unveiled',
  'unveiling',
  'introduce',
  'introduces',
  'introduced',
  'introducing',
  'roll out',
  'rolls out',
  'rolled out',
  'rolling out',
  'prasentiert',
  'prasentieren',
  'verkauft',
  'verkaufen',
  'entwickelt',
  'entwickeln',
  'vertreibt',
  'bietet',
];

/**
 * Words that deny the mention right after them: "This is not about AI replacing anyone", and AI set against
 * the cause a text gives ("cut 1,000 jobs because of tariffs, not AI", "wegen der Zölle, nicht KI",
 * "rather than AI"). Not "without" or "ohne", which as often tell what could be done without it ("could have
 * won without AI and just by being more stable": xeiaso-gitlab-layoffs-ai then hung on its one other AI word
 * in `npm run ablation`).
 */
const DENYING_THE_NEXT = ['not about', 'not', 'nicht', 'rather than', 'instead of'];

/**
 * How many words after a TURNED_TO phrase a mention it does not frame as the turn is still named as a
 * plan: an item of its list said with commas ("will focus on cloud, AI, payments"), or its object where
 * the cut's sentence gives another cause first (OTHER_CAUSES). Not an item joined by "and" alone: "eine
 * strategische Neuausrichtung auf KI und Cloud" may be the cut's reason (heise-sap-stellenabbau-ki-umbau).
 * And within as many words after a verb of MAKING, what a company makes or sells.
 */
const PLAN_REACH = 6;

/**
 * The reason a company gives: "cuts 10% of staff, citing AI", "Stellenabbau unter Verweis auf KI". Its object
 * may be anything AI only modifies ("citing an AI study", "unter Verweis auf eine KI-Studie"), so a mention
 * with words between is the reason only where it ends its noun (objectHeadAt). Not "cited": "cited by AI
 * commentators" names who cited.
 */
const REASONS_GIVEN = ['citing', 'cites', 'blaming', 'verweis auf'];

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
  ...REASONS_GIVEN,
  'wegen',
  'aufgrund',
  'infolge',
  'zugunsten',
  // The reason German reports name in a sentence of its own: "Grund sei die Automatisierung durch KI".
  'grund sei',
  'grund seien',
  'grund ist',
  'grund sind',
  'grund war',
  'grund dafur sei',
  'grund dafur ist',
];

/**
 * Words that name what a company turns to, its plans and its products as often as a cause: "refocuses
 * on AI" is the cuts' story, "bets on AI features", "will invest in AI for its driver assistance systems",
 * "will focus on cloud, AI, payments and cybersecurity" are what it sells or buys (named: buysOrSells, a
 * list's item). They frame a mention only where it is the head of their object (objectHeadAt: "pivots to
 * AI.", "refocuses on Firefox and AI:", not "AI-driven scouting", "AI features"), no item of a list said
 * with commas, and the frame holds only beside a cut said in the same clause (`turnedTo`, decide.ts
 * saidWith). AI at work in the object ("invests in AI scheduling software") gets no frame: it may do the
 * cut's work.
 */
const TURNED_TO = [
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

/**
 * Words that may follow the head of a turned-to object in its clause (TURNED_TO): the clause goes on
 * ("pivots to AI as sales fall", "setzt auf KI statt auf Personal"); any other word continues the noun
 * the mention only modifies ("AI photo features", "KI-Software für Autohäuser").
 */
const AFTER_THE_OBJECT: ReadonlySet<string> = new Set([
  'as',
  'while',
  'after',
  'amid',
  'instead',
  'rather',
  'to',
  'in',
  'this',
  'next',
  'statt',
  'anstatt',
  'als',
  'um',
]);

/**
 * Words that give a cut another cause (after a flop, amid falling sales, citing weak demand): standing
 * before a TURNED_TO phrase in its sentence, not as its first word, with a clause of the turn's own joined
 * after the cause (CLAUSE_JOINS), they make what the company turns to a plan beside the cut, not the cut's
 * reason: "The studio downsized its staff after its shooter flopped and bets on AI in its next game". First
 * in the sentence they date the turn ("After the layoffs, it bets on AI"); governing the turn itself they
 * give it as the cause ("downsizes its staff amid its pivot to AI", "cuts 300 jobs weeks after the CEO vows
 * to focus on AI", "angesichts der Neuausrichtung auf KI"). Not "nach", which mostly dates or reports
 * ("kurz nach der Hauptversammlung", "wie nach der Sitzung bekannt wurde").
 */
const OTHER_CAUSES: ReadonlySet<string> = new Set([
  'after',
  'amid',
  'following',
  'because',
  'due',
  'wegen',
  'aufgrund',
  'infolge',
  'citing',
  'blaming',
  'verweis',
  'nachdem',
  'angesichts',
  'weil',
]);

/**
 * Words that join a clause of its own to the cut's (OTHER_CAUSES), right before the turn or one word before
 * it that is no determiner: "and bets on AI", "and now invests in AI", "und setzt auf KI", not "amid
 * falling sales and a pivot to AI", where the turn is one more cause.
 */
const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'und']);
/**
 * Words that open a clause right after a turned-to AI, which then says what AI does (buysOrSells): "invests
 * in AI that answers customer calls", "invests in AI so that fewer agents are needed". German sets such a
 * clause off with a comma, and the comma ends the object (objectHeadAt).
 */
const OPENING_WHAT_AI_DOES: ReadonlySet<string> = new Set(['that', 'which', 'so']);
const DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'ein',
  'eine',
  'einer',
  'die',
  'der',
  'den',
  'seine',
  'seiner',
  'ihre',
  'ihrer',
  'des',
  'dem',
  'einem',
]);

/** How many words after a product a clause joined to its launch may begin (clauseJoinedAfter). */
const JOINED_REACH = 3;

/** How many words may stand between a cause word and the cause: "refocuses on Firefox and AI". */
const CAUSE_REACH = 2;

/**
 * Nouns of a technology's coming into use, which a cause word governs in its stead ("due to the rise of AI",
 * "wegen des Einsatzes von KI") and which make a word of time a cause word ("after the introduction of AI
 * tools", "nach der Einführung von KI"): the cause is what came into use, said after them, their "of" or
 * "von" between. Not "after" or "nach" alone: "nach der Übernahme" dates the cut by another cause.
 */
const COMING_INTO_USE: ReadonlySet<string> = new Set([
  'introduction',
  'rollout',
  'adoption',
  'deployment',
  'use',
  'rise',
  'advent',
  'arrival',
  'spread',
  'einfuhrung',
  'einsatz',
  'einsatzes',
  'nutzung',
  'verbreitung',
  'vormarsch',
  'siegeszug',
]);
/**
 * The nouns of COMING_INTO_USE that name an act of use, not an arrival: a cause word makes them a cause ("due
 * to the use of AI"), a word of time alone does not ("fired its editor after the use of AI to fabricate an
 * interview", "Nach dem Einsatz von KI für ein erfundenes Interview").
 */
const ACTS_OF_USE: ReadonlySet<string> = new Set(['use', 'einsatz', 'einsatzes', 'nutzung']);
/**
 * Nouns a cause word governs in the cause's stead as it does COMING_INTO_USE, but no word of time: a turn to
 * it and what it yields ("citing a shift to AI", "citing gains from AI", "wegen der Umstellung auf KI",
 * "unter Verweis auf Einsparungen durch KI"), the cause said after their "to", "from", "auf" or "durch".
 * After a word of time they date the cut by another story: "after a shift to AI, the chipmaker's shares rose".
 */
const TURNS_AND_YIELDS: ReadonlySet<string> = new Set([
  'shift',
  'move',
  'switch',
  'transition',
  'gains',
  'savings',
  'efficiencies',
  'umstellung',
  'wechsel',
  'einsparungen',
  'effizienzgewinne',
]);
/** Words of time that date a cut by what came into use (COMING_INTO_USE): "after", "nach", "seit". */
const DATING_BY_USE: ReadonlySet<string> = new Set(['after', 'following', 'since', 'nach', 'seit']);
/**
 * Verbs of a technology's coming into use, as COMING_INTO_USE names it as a noun: a word of time a few words
 * before the English verb, its subject between, makes it a cause word for what it governs ("has shed staff
 * since it adopted generative AI", "cut 250 jobs after deploying AI agents"), as "after the introduction of
 * AI tools" is one. German puts the verb last in the clause its conjunction opens: "nachdem die Bank
 * KI-Agenten eingeführt hatte", "seit der Versicherer KI einsetzt" give what stands before the verb
 * (ADOPTED_LAST). Only a conjunction that opens its clause: "die seit Jahren KI einsetzt" names a firm's
 * habit, not what came.
 */
const ADOPTED = [
  'adopted',
  'adopting',
  'deployed',
  'deploying',
  'introduced',
  'introducing',
  'rolled out',
  'rolling out',
];
const ADOPTED_LAST = [
  'eingefuhrt',
  'einfuhrte',
  'einfuhrten',
  'einsetzt',
  'einsetzen',
  'eingesetzt',
  'einsetzte',
];
const DATING_CLAUSES: ReadonlySet<string> = new Set(['nachdem', 'seit', 'seitdem']);
/** How many words may stand between a word of time and the verb of coming into use: "since the bank adopted". */
const ADOPTED_REACH = 3;
/** How many words a German clause of time may say before its verb of coming into use (ADOPTED_LAST). */
const ADOPTED_LAST_REACH = 6;
/**
 * The words that join the noun of coming into use to what came ("the rise of AI", "Einsatz von KI"), and a
 * turn or a yield to what it turns to or comes from (TURNS_AND_YIELDS: "shift to AI", "Einsparungen durch KI").
 */
const OF_WHAT_CAME: ReadonlySet<string> = new Set(['of', 'von', 'to', 'from', 'auf', 'zu', 'durch']);

/**
 * Verbs that make the mention before them the one that takes the work: "AI will replace", "AI will do the
 * work", "KI ersetzt", within CAUSE_AFTER_REACH words after it.
 */
const CAUSE_AFTER = [
  'replace',
  'replaces',
  'replaced',
  'replacing',
  'do the work',
  'does the work',
  'doing the work',
  'ersetzt',
  'ersetzen',
  'ersetzte',
];
const CAUSE_AFTER_REACH = 3;

/**
 * Verbs that take work over or take a company over (an acquisition: "KI-Spezialist übernimmt
 * Softwarehaus", "The AI firm took over the retailer"): they frame the mention before them as the cause
 * only where their object, within TAKEN_OVER_REACH words after (or before, as German puts the verb last:
 * "weil KI Aufgaben übernimmt"), is work (WORK_TAKEN_OVER).
 */
const TAKING_OVER = [
  'take over',
  'takes over',
  'took over',
  'taking over',
  'ubernimmt',
  'ubernehmen',
  'ubernommen',
];
const WORK_TAKEN_OVER: ReadonlySet<string> = new Set([
  'work',
  'jobs',
  'tasks',
  'roles',
  'duties',
  'handling',
  'processing',
  'support',
  'bookkeeping',
  'arbeit',
  'aufgaben',
  'tatigkeiten',
  'sachbearbeitung',
  'kundenservice',
  'kundendienst',
  'buchhaltung',
]);
/** Work said in two words (WORK_TAKEN_OVER): "customer service", read at its last word. */
const WORK_TAKEN_OVER_PAIRS: ReadonlyMap<string, string> = new Map([['service', 'customer']]);
/**
 * German compounds of work done for customers or cases, read at their head: "die Schadensbearbeitung",
 * "die Kundenberatung", "die Patientenbetreuung", "die Auftragsabwicklung" (the second review of the
 * job-cuts tie: "KI-Funktionen übernehmen die Schadensbearbeitung" was no work taken over).
 */
const WORK_TAKEN_OVER_HEADS = ['bearbeitung', 'beratung', 'betreuung', 'abwicklung'];
const TAKEN_OVER_REACH = 3;
/**
 * Words that make the mention after them, a determiner at most between, the agent of a passive ("Die
 * Aufgaben sollen künftig von KI-Chatbots übernommen werden", "durch eine KI übernommen"): the work taken
 * over is the clause's subject, and may stand anywhere before the mention in its clause (workTakenOver).
 * The verb follows the agent, a word at most after the mention: not "von KI-Holding Nexora übernommen" (a
 * buyer the AI only names), "von KI-Fachleuten in Pune übernommen" (people).
 */
const PASSIVE_AGENT: ReadonlySet<string> = new Set(['von', 'durch']);
const PASSIVE_VERB_REACH = 1;

/** Negations after a verb that deny it, as German says them: "KI ersetzt keine Berater", "ersetzt ihn nicht". */
const NEGATIONS_AFTER: ReadonlySet<string> = new Set([
  'nicht',
  'nie',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'niemanden',
]);
const NEGATION_AFTER_REACH = 3;
/** The word that makes a negation after the verb add rather than deny (negatedAfter): "nicht nur". */
const NOT_ONLY = 'nur';

/**
 * People replaced with something, the replacing verb and "with" a few words apart: "plans to replace
 * employees with AI", "replacing them with AI", "replaced with AI", "plans to replace most of its 1,200
 * call centre agents with AI". Read from "with" back to the verb. German says it with "durch ... ersetzt"
 * (CAUSE_AFTER); its "ersetzt ... durch" replaces a product by a product as often ("ersetzt den Google
 * Übersetzer durch eine eigene KI-Übersetzung").
 */
const REPLACING = /^replac/;
const REPLACED_WITH = 'with';
const REPLACED_WITH_REACH = 10;

/**
 * Words that open a clause giving a cause, whose subject may be what does the work now: "because AI agents
 * now handle most claims", "weil KI die Texte schreibt". Their first noun may be anything AI only modifies
 * ("because AI chips sold out", "weil KI-Aktien fallen", "because AI demand grew"), so they frame the
 * mention only as the clause's subject: right after the word or its determiner (SUBJECT_DETERMINERS), and
 * followed by a word that a subject, not a modifier, stands before (AFTER_THE_SUBJECT). "Since" and "da" give
 * a cause as often as "because" and "weil" ("since AI now answers most calls", "da KI die Anträge prüft");
 * a date or a place the word gives ("since AI arrived", "hier und da KI einsetzen") has no such word after.
 */
const CAUSE_CLAUSES = ['because', 'since', 'weil', 'da'];
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'die', 'eine']);
/**
 * Words that stand after a clause's subject and never inside its noun: the adverbs and auxiliaries English
 * puts before the verb ("AI now translates", "AI can do"), the articles and adverbs German puts before the
 * object, its verb last ("KI die Anträge prüft", "KI inzwischen die Schadensfälle bearbeitet").
 */
const AFTER_THE_SUBJECT: ReadonlySet<string> = new Set([
  'now',
  'already',
  'increasingly',
  'can',
  'could',
  'will',
  'would',
  'does',
  'did',
  'die',
  'der',
  'das',
  'den',
  'inzwischen',
  'jetzt',
  'nun',
  'mittlerweile',
  'kunftig',
  'zunehmend',
  'bereits',
  'schon',
  'selbst',
]);

/**
 * The heads of a noun that AI modifies and that still name AI at work (`aiAtWork`, subjectOfClause): a
 * tool, an agent, a system, a machine, any compound of them ("because AI chatbots now settle claims",
 * "wegen KI-Agenten", "weil KI-Sprachassistenten die Anrufe annehmen", "wegen KI-Kassen"), and the work it
 * does ("because AI translation now serves", "wegen KI-Übersetzungen"; work taken over, isWork). Read at
 * the end of the word, as German compounds end.
 */
const AI_AT_WORK =
  /(?:agents?|assistants?|tools?|systems?|software|models?|bots?|programs?|applications?|apps?|automation|algorithms?|checkouts?|kiosks?|voices?|translations?|transcription|agenten|assistenten|systeme|modelle|programme|anwendungen|automatisierung|algorithmen|werkzeuge|kassen|stimmen|ubersetzungen|ubersetzung)$/;
/** German names of AI, after which a noun it modifies is told by its hyphen and capital (modifiesANoun). */
const GERMAN_NAMES_OF_AI: ReadonlySet<string> = new Set(['ki', 'intelligenz']);
/**
 * The names of AI itself, the only mentions read as modifying a noun (modifiesANoun): "AI Act", "KI-Klage".
 * After automation, robots or a named chatbot the next word goes on with the clause, in German its verb
 * ("Wegen der Automatisierung fallen 600 Stellen weg", "Wegen ChatGPT verlieren 40 Übersetzer ihre Jobs").
 */
const NAMES_OF_AI: ReadonlySet<string> = new Set(['ai', 'intelligence', ...GERMAN_NAMES_OF_AI]);
const CAPITAL = /^\p{Lu}/u;
/**
 * Nouns that English AI modifies when a cause is about them, not about AI at work (modifiesANoun): a law,
 * a lawsuit, what it costs or raises, a boom, a place, a study ("because of AI Act compliance costs",
 * "citing AI copyright lawsuit costs", "after its rise to AI stardom", "citing a move to AI hubs").
 */
const ABOUT_AI: ReadonlySet<string> = new Set([
  'act',
  'law',
  'laws',
  'rules',
  'regulation',
  'regulations',
  'lawsuit',
  'lawsuits',
  'litigation',
  'dispute',
  'patent',
  'patents',
  'copyright',
  'ban',
  'curbs',
  'fines',
  'costs',
  'fees',
  'investors',
  'funding',
  'hype',
  'bubble',
  'hub',
  'hubs',
  'stardom',
  'checks',
  'study',
  'studies',
  'accelerators',
]);
/**
 * The last parts of a German compound that AI modifies when the story is about it, not about AI at work
 * (namesWhatItIsAbout): a law, a fraud, a place, a fair, a lab, a study, a lawsuit, a boom and its
 * investors, a chair ("KI-Gesetz", "KI-Deepfake-Betrug", "ins KI-Zentrum Berlin", "eine KI-Studie").
 * Closed, as ABOUT_AI is: "KI-Strategie", "KI-Plattform", "KI-Umbau" give AI as the reason.
 */
const GERMAN_ABOUT_AI =
  /(?:gesetze?s?|verordnungen?|betrugs?|zentrums?|zentren|standorte?s?|messen?|gipfels?|labore?s?|studien?|klagen?|hypes?|blase|investoren|professuren?)$/;
/**
 * ABOUT_AI nouns that right after AI read as its verb as often, with AI the doer ("AI costs 500 jobs", "AI
 * checks the claims", "AI curbs hiring"): named only after a cause word (namesWhatItIsAbout).
 */
const AI_VERBS_TOO: ReadonlySet<string> = new Set(['costs', 'checks', 'curbs']);
/** How many words may stand between AI and the head of the noun it modifies: "AI customer service agents". */
const AT_WORK_REACH = 3;
/**
 * The last words of a mention that is made to modify what follows it and names what AI drives: "replaced
 * with AI-powered checkouts", "wegen KI-gestützter Prüfung".
 */
const DRIVING: ReadonlySet<string> = new Set([
  'driven',
  'powered',
  'based',
  'generated',
  'gestutzt',
  'basiert',
]);
/**
 * Words that tie a cause only where a negation denies it ("not related to AI"): said plainly they name a
 * field as often ("roles related to AI").
 */
const DENIED_ONLY = ['related to'];

/** Words that, right before a cause word, deny it: "not because of AI", "nicht wegen KI", "isn't tied to". */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 't', 'never', 'nicht', 'nie']);

/**
 * Phrases that deny every cause that follows them in their sentence, up to a contrast (DENIAL_ENDS):
 * "has nothing to do with the rise of AI", "unrelated to the company's new AI tools", "hat nichts mit der
 * Digitalisierung und KI zu tun". "nothing to do with the merger, but with AI" denies only the merger.
 */
const DENIALS = ['unrelated to', 'nothing to do with', 'nichts mit'];

/**
 * Verbs of a denial, which deny the cause of their own clause only (deniesItsClause): "denied that it cut
 * 200 jobs because of AI", "bestreitet, dass sie wegen KI Stellen abbaut", "dementiert". They have other
 * objects and senses, so not where they are negated ("does not deny that", "bestreitet nicht",
 * "Niemand bestreitet"), nor passive ("were denied severance pay after being replaced by AI"), nor across
 * a mark but the comma before "that"/"dass" ("which denied any wrongdoing, will cut 700 jobs because of
 * AI", "bestreitet die Darstellung und sagt, ... wegen KI").
 */
const DENYING_VERBS = [
  'deny',
  'denies',
  'denied',
  'bestreitet',
  'bestreiten',
  'bestritt',
  'dementiert',
  'dementierte',
];
/** Words before a verb of denial that make it passive: "were denied severance pay". */
const PASSIVE_BE: ReadonlySet<string> = new Set([
  'was',
  'were',
  'been',
  'being',
  'be',
  'is',
  'are',
  'get',
  'got',
]);
/** Subjects that negate the verb of denial after them: "Niemand bestreitet, dass ...". */
const NO_ONE: ReadonlySet<string> = new Set(['nobody', 'niemand', 'keiner']);
/** The words that open what a verb of denial denies, after a comma: "bestreitet, dass". */
const THAT: ReadonlySet<string> = new Set(['that', 'dass']);

/**
 * Phrases that deny every cause named before them in their sentence, back to a contrast (DENIAL_ENDS):
 * "AI played no role", "KI habe beim Abbau der Stellen keine Rolle gespielt". A cause said before the
 * contrast keeps its frame: "they were replaced by AI, though the company insists AI played no role".
 */
const DENIALS_AFTER = ['no role', 'not a factor', 'keine rolle'];

/** Words that end what a denial governs: what stands beyond them is said otherwise ("but with AI"). */
const DENIAL_ENDS: ReadonlySet<string> = new Set([
  'but',
  'though',
  'although',
  'rather',
  'sondern',
  'aber',
  'doch',
  'jedoch',
  'obwohl',
]);

/**
 * Words that, after a denial in their sentence, give what follows them as the cause instead: "nothing to
 * do with the merger, but with AI", "nichts mit den Kosten zu tun, sondern mit KI".
 */
const CONTRASTS = ['but with', 'but to', 'but because of', 'sondern mit', 'sondern wegen'];

interface Phrase {
  words: readonly string[];
  kind:
    | 'before'
    | 'turnedTo'
    | 'after'
    | 'takingOver'
    | 'causeClause'
    | 'making'
    | 'denyingNext'
    | 'denial'
    | 'denyingVerb'
    | 'denialAfter'
    | 'contrast'
    | 'deniedOnly'
    | 'adopted'
    | 'adoptedLast';
}

const PHRASES_BY_LAST_WORD = new Map<string, Phrase[]>();
for (const [phrases, kind] of [
  [CAUSE_BEFORE, 'before'],
  [TURNED_TO, 'turnedTo'],
  [CAUSE_AFTER, 'after'],
  [TAKING_OVER, 'takingOver'],
  [CAUSE_CLAUSES, 'causeClause'],
  [MAKING, 'making'],
  [DENYING_THE_NEXT, 'denyingNext'],
  [DENIALS, 'denial'],
  [DENYING_VERBS, 'denyingVerb'],
  [DENIALS_AFTER, 'denialAfter'],
  [CONTRASTS, 'contrast'],
  [DENIED_ONLY, 'deniedOnly'],
  [ADOPTED, 'adopted'],
  [ADOPTED_LAST, 'adoptedLast'],
] as const) {
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const last = words[words.length - 1]!;
    PHRASES_BY_LAST_WORD.set(last, [...(PHRASES_BY_LAST_WORD.get(last) ?? []), { words, kind }]);
  }
}
const SHAPES = new WordShapes([
  ...PHRASES_BY_LAST_WORD.keys(),
  REPLACED_WITH,
  ...COMING_INTO_USE,
  ...TURNS_AND_YIELDS,
]);

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
    if (COMING_INTO_USE.has(token.norm) || TURNS_AND_YIELDS.has(token.norm)) {
      const cause = causeOfComingIntoUse(tokens, token.index, found);
      if (cause !== undefined) found.push(cause);
    }
    for (const { words, kind } of PHRASES_BY_LAST_WORD.get(token.norm) ?? []) {
      const first = token.index - words.length + 1;
      if (first < 0 || !words.every((word, i) => tokens[first + i]?.norm === word)) continue;
      const verb = kind === 'after' || kind === 'takingOver';
      // A cause word a negation follows right away gives no cause: "Grund sei nicht die KI, sondern …"; one
      // further on may deny another ("Grund sei die KI, nicht die Konjunktur").
      const negated =
        negatedAt(tokens, first) ||
        (verb && negatedAfter(tokens, token.index + 1)) ||
        (kind === 'before' && NEGATIONS.has(tokens[token.index + 1]?.norm ?? ''));
      if (kind === 'adopted') {
        // The verb is a cause word from its word of time on, as "after the introduction of" is.
        const dated = datingWordBefore(tokens, first, DATING_BY_USE, ADOPTED_REACH);
        if (dated !== undefined)
          found.push({
            start: dated,
            end: token.index + 1,
            kind: 'before',
            negated: negatedAt(tokens, dated),
          });
      } else if (kind === 'adoptedLast') {
        // The German verb last frames what stands before it, as "ersetzt" does (CAUSE_AFTER).
        const dated = datingWordBefore(tokens, first, DATING_CLAUSES, ADOPTED_LAST_REACH);
        if (
          dated !== undefined &&
          (dated === 0 || tokens[dated]!.afterMark || tokens[dated]!.afterStop) &&
          !tokens.slice(dated, first).some((word) => word.norm === 'sich')
        )
          found.push({ start: first, end: token.index + 1, kind: 'after', negated });
      } else found.push({ start: first, end: token.index + 1, kind, negated });
    }
  }
  /** Whether the mention `start..end` modifies a business's name (NAMING_A_BUSINESS). */
  const namesABusiness = (end: number) => {
    const next = tokens[end];
    return next !== undefined && !next.afterMark && NAMING_A_BUSINESS.has(next.norm);
  };
  // AI that modifies a noun AI is about (namesWhatItIsAbout) names what a story is about wherever it stands,
  // not only after a cause word ("because of AI Act costs"): a cut beside "einem KI-Deepfake-Betrug" or a
  // move "ins KI-Zentrum Berlin" is not made for AI, and a plain mention would tie it (job-cuts ties any AI
  // said near it that no frame unties).
  if (found.length === 0)
    return (start, end) =>
      namesABusiness(end) || namesWhatItIsAbout(tokens, start, end) ? 'named' : undefined;
  /** Whether a mark (a comma) stands anywhere from word `from` up to word `to`. */
  const markBetween = (from: number, to: number) => {
    for (let at = from + 1; at <= to; at++) if (tokens[at]?.afterMark) return true;
    return false;
  };
  /** Whether the phrase gives what follows it within `reach` words of its clause. */
  const governsAfter = (phrase: Found, start: number, reach: number) =>
    phrase.end <= start && start - phrase.end <= reach && !stopWithin(tokens, phrase.end - 1, start);
  /** Whether the verb phrase says the mention `start..end` stands a few words before it, in its clause. */
  const governsBefore = (phrase: Found, end: number, reach: number) =>
    end <= phrase.start && phrase.start - end < reach && !stopWithin(tokens, end - 1, phrase.start);
  /** Whether a sentence ends, or a contrast stands (DENIAL_ENDS), anywhere from word `from` up to word `to`. */
  const contrastBetween = (from: number, to: number) => {
    for (let at = from + 1; at <= to; at++) if (DENIAL_ENDS.has(tokens[at]!.norm)) return true;
    return stopWithin(tokens, from, to);
  };
  const denials = found.filter(
    (phrase) => phrase.kind === 'denial' || phrase.kind === 'denyingVerb' || phrase.kind === 'denialAfter',
  );
  /** Whether the verb of denial (DENYING_VERBS) denies the mention that starts at word `start`. */
  const deniesItsClause = (phrase: Found, start: number) => {
    const before = tokens[phrase.start - 1]?.norm ?? '';
    if (phrase.negated || PASSIVE_BE.has(before) || NO_ONE.has(before)) return false;
    if (NEGATIONS_AFTER.has(tokens[phrase.end]?.norm ?? '')) return false;
    for (let at = phrase.end; at < start; at++)
      if (tokens[at]!.afterMark && !(at === phrase.end && THAT.has(tokens[at]!.norm))) return false;
    return phrase.end <= start && !contrastBetween(phrase.end - 1, start);
  };
  return (start, end) => {
    let frame: CauseFrame | undefined;
    // Whether the mention is named only: a plan beside the cut, a product, or what a cause is about.
    let named = false;
    // Whether a verb after the mention makes it the doer of the work ("AI features take over translation",
    // "AI features do the work of 700 agents").
    let doer = false;
    const give = (given: CauseFrame) => {
      if (frame !== 'cause') frame = given;
    };
    for (const phrase of found) {
      switch (phrase.kind) {
        case 'denial':
          if (phrase.end <= start && !contrastBetween(phrase.end - 1, start)) return 'denied';
          break;
        case 'denyingVerb':
          if (deniesItsClause(phrase, start)) return 'denied';
          break;
        case 'denialAfter':
          if (end <= phrase.start && !contrastBetween(end - 1, phrase.start)) return 'denied';
          break;
        case 'contrast':
          if (
            governsAfter(phrase, start, CAUSE_REACH) &&
            denials.some(
              (denial) => denial.start < phrase.start && !stopWithin(tokens, denial.start, phrase.start),
            )
          )
            give('cause');
          break;
        case 'before':
        case 'deniedOnly':
          // Denied, a cause word denies as far as a denial does: "not related to the rollout of AI software".
          if (phrase.negated && phrase.end <= start && !contrastBetween(phrase.end - 1, start))
            return 'denied';
          if (
            !governsAfter(phrase, start, CAUSE_REACH) ||
            phrase.kind !== 'before' ||
            phrase.negated ||
            (start !== phrase.end && reasonGiven(tokens, phrase) && !objectHeadAt(tokens, end))
          )
            break;
          // AI that modifies the cause's noun names what the cause is about: "because of AI Act costs".
          if (modifiesANoun(tokens, start, end)) named = true;
          else give('cause');
          break;
        case 'turnedTo':
          if (!governsAfter(phrase, start, PLAN_REACH)) break;
          // An item of a list said with commas is one plan of several: "will focus on cloud, AI, payments".
          if (markBetween(phrase.end - 1, start)) {
            named = true;
            break;
          }
          if (!governsAfter(phrase, start, CAUSE_REACH)) break;
          if (phrase.negated) return 'denied';
          if (!objectHeadAt(tokens, end)) {
            named ||= buysOrSells(tokens, end);
            break;
          }
          if (otherCauseBefore(tokens, phrase.start)) named = true;
          else give('turnedTo');
          break;
        case 'after':
          if (!governsBefore(phrase, end, CAUSE_AFTER_REACH)) break;
          if (phrase.negated) return 'denied';
          give('cause');
          // Doing the work is work whoever does it; what "replaces" may be a startup's chief executive.
          doer ||= tokens[phrase.end - 1]!.norm === 'work';
          break;
        case 'denyingNext':
          if (phrase.end === start) return 'denied';
          break;
        case 'making':
          named ||= governsAfter(phrase, start, PLAN_REACH) && !clauseJoinedAfter(tokens, end);
          break;
        case 'causeClause':
          // Denied, the clause denies every cause in it: "not because AI replaced anyone".
          if (phrase.negated && phrase.end <= start && !contrastBetween(phrase.end - 1, start))
            return 'denied';
          if (subjectOfClause(tokens, phrase.end, start, end) && !phrase.negated) give('cause');
          break;
        case 'takingOver':
          if (!governsBefore(phrase, end, TAKEN_OVER_REACH + 1)) break;
          if (phrase.negated) return 'denied';
          if (workTakenOver(tokens, start, end, phrase)) {
            give('cause');
            doer = true;
          }
          break;
      }
    }
    // A business's name is no cause whatever word stands before it: "due to AI chip demand", "because of
    // AI stock losses". Unless a verb after it says the product does the work.
    if (namesABusiness(end) && !doer) return 'named';
    return frame ?? (named || namesWhatItIsAbout(tokens, start, end) ? 'named' : undefined);
  };
}

/**
 * The cause phrase that the noun of coming into use at word `index` (COMING_INTO_USE, TURNS_AND_YIELDS) ends,
 * with its "of" or "von" (OF_WHAT_CAME): a determiner at most between it and the cause word before (a
 * CAUSE_BEFORE phrase `found` already, or a word of DATING_BY_USE before a noun of arrival), in its clause. None where no such word
 * stands before it: "the use of AI" alone gives no cause.
 */
function causeOfComingIntoUse(
  tokens: readonly Token[],
  index: number,
  found: readonly Found[],
): Found | undefined {
  const determined = index > 0 && DETERMINERS.has(tokens[index - 1]!.norm) && !tokens[index]!.afterMark;
  const opened = determined ? index - 1 : index;
  const before = opened - 1;
  if (before < 0 || tokens[opened]!.afterMark) return undefined;
  const cause = found.find((phrase) => phrase.kind === 'before' && phrase.end === opened);
  const dated = DATING_BY_USE.has(tokens[before]!.norm) && COMING_INTO_USE.has(tokens[index]!.norm);
  if (cause === undefined && (!dated || ACTS_OF_USE.has(tokens[index]!.norm))) return undefined;
  const start = cause?.start ?? before;
  const of = OF_WHAT_CAME.has(tokens[index + 1]?.norm ?? '') && !tokens[index + 1]!.afterMark;
  return {
    start,
    end: index + (of ? 2 : 1),
    kind: 'before',
    negated: cause?.negated ?? negatedAt(tokens, start),
  };
}

/**
 * Whether the mention that ends before word `index` is the head of its object (TURNED_TO): the clause
 * ends after it, or goes on in a word that cannot continue its noun (AFTER_THE_OBJECT).
 */
function objectHeadAt(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index];
  return next === undefined || next.afterMark || AFTER_THE_OBJECT.has(next.norm);
}

/**
 * Whether the mention `start..end` modifies a noun that is not AI at work. English: a noun the cause is about
 * (ABOUT_AI) stands within AT_WORK_REACH words of its clause: "because of AI Act compliance costs", "citing AI
 * copyright lawsuit costs", "citing a move to AI hubs" name a law, a lawsuit, a place, not what took the work.
 * Any other word after AI goes on with the clause or names AI at work ("replaced by AI overnight", "due to
 * AI disruption", "replaced by AI avatars"), and English has too many of them for a list. German joins a
 * noun that AI modifies to it with a hyphen, as a noun of its own (a capital), so after its names of AI
 * (GERMAN_NAMES_OF_AI) a word written apart goes on with the clause: its verb ("nach der Einführung von KI
 * baut die Firma") or its object ("wegen KI Stellen abbauen"); a compound modifies unless a head of AI at
 * work ends it ("wegen erfundener KI-Zitate", not "wegen KI-Agenten").
 */
function modifiesANoun(tokens: readonly Token[], start: number, end: number): boolean {
  const next = tokens[end];
  if (next === undefined || next.afterMark) return false;
  const words = tokens.slice(start, end).map((token) => token.norm);
  if (!words.some((word) => NAMES_OF_AI.has(word))) return false;
  if (DRIVING.has(tokens[end - 1]!.norm) || DRIVING.has(next.norm)) return false;
  if (words.some((word) => GERMAN_NAMES_OF_AI.has(word)))
    return next.joined && CAPITAL.test(next.surface) && !aiAtWork(tokens, end);
  for (let at = end; at < Math.min(tokens.length, end + AT_WORK_REACH); at++) {
    if (at > end && tokens[at]!.afterMark) return false;
    if (ABOUT_AI.has(tokens[at]!.norm)) return true;
  }
  return false;
}

/**
 * Whether the mention `start..end` modifies a noun AI is about (modifiesANoun), with no cause word before it.
 * Where a cause word stands, that word already makes AI the reason and a short list of AI at work is enough
 * to tell the noun that did the work; without one, "im Rahmen ihres KI-Programms", "mit der neuen
 * KI-Strategie" are the plain way to give AI as the reason. So a German compound names only when its last
 * part is a thing AI is about (GERMAN_ABOUT_AI), and English only when the ABOUT_AI noun is the word right
 * after AI ("as AI Act compliance costs mount", "to AI hubs"): further on it is the clause's object, of a
 * verb that says AI does the work ("AI will cut costs", "AI reduces staffing costs").
 */
function namesWhatItIsAbout(tokens: readonly Token[], start: number, end: number): boolean {
  if (!modifiesANoun(tokens, start, end)) return false;
  const next = tokens[end]!.norm;
  if (!tokens.slice(start, end).some((token) => GERMAN_NAMES_OF_AI.has(token.norm)))
    return ABOUT_AI.has(next) && !AI_VERBS_TOO.has(next);
  let head = end;
  while (tokens[head + 1]?.joined) head++;
  return GERMAN_ABOUT_AI.test(tokens[head]!.norm);
}

/**
 * Whether the turned-to object that goes on from word `index` after AI (TURNED_TO, not its head) is what the
 * company buys or sells, with AI not at work in it: a plan beside the cut, as the text's other plans are
 * ("will invest in AI for its driver assistance systems", "bets on AI features", "investiert in KI für die
 * Lagerplanung"). Not AI at work ("invests in AI agents", "AI scheduling software", "AI-driven") nor a
 * clause opened right after AI ("invests in AI that answers calls", OPENING_WHAT_AI_DOES), which may do the
 * cut's work; nor a second item ("Neuausrichtung auf KI und Cloud") or a clause joined after the object in
 * its sentence ("invest in AI for loan approvals and announced job cuts"), which may be the cut's reason.
 * Nor a compound ("setzt auf KI-Design"): its last part names AI at work as often as a product, too many of
 * either for a list, so as with no cause word only a thing AI is about names it (namesWhatItIsAbout).
 */
function buysOrSells(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index]?.norm ?? '';
  const last = tokens[index - 1]?.norm ?? '';
  return (
    !tokens[index]?.joined &&
    !CLAUSE_JOINS.has(next) &&
    !OPENING_WHAT_AI_DOES.has(next) &&
    !DRIVING.has(next) &&
    !DRIVING.has(last) &&
    !aiAtWork(tokens, index) &&
    !clauseJoinedAfter(tokens, index, tokens.length - index)
  );
}

/** Whether a head of AI at work (AI_AT_WORK, COMING_INTO_USE, TURNS_AND_YIELDS) ends the noun from word `index`. */
function aiAtWork(tokens: readonly Token[], index: number): boolean {
  for (let at = index; at < Math.min(tokens.length, index + AT_WORK_REACH); at++) {
    const { norm, afterMark } = tokens[at]!;
    if (at > index && afterMark) return false;
    if (
      AI_AT_WORK.test(norm) ||
      isWork(tokens, at) ||
      COMING_INTO_USE.has(norm) ||
      TURNS_AND_YIELDS.has(norm)
    )
      return true;
  }
  return false;
}

/**
 * Whether the turn at word `index` is a clause joined to the cut's (CLAUSE_JOINS) after a word of
 * OTHER_CAUSES in its sentence, other than its first word.
 */
function otherCauseBefore(tokens: readonly Token[], index: number): boolean {
  const joinedRightBefore = CLAUSE_JOINS.has(tokens[index - 1]?.norm ?? '');
  const joinedOneWordBefore =
    CLAUSE_JOINS.has(tokens[index - 2]?.norm ?? '') && !DETERMINERS.has(tokens[index - 1]!.norm);
  if (!joinedRightBefore && !joinedOneWordBefore) return false;
  const join = joinedRightBefore ? index - 1 : index - 2;
  if (stopWithin(tokens, join, index)) return false;
  for (let at = join - 1; at > 0 && !tokens[at + 1]!.afterStop; at--) {
    if (tokens[at]!.afterStop) return false;
    if (OTHER_CAUSES.has(tokens[at]!.norm)) return true;
  }
  return false;
}

/**
 * Whether a clause of its own is joined (CLAUSE_JOINS, no determiner after) within `reach` words after
 * the mention that ends before word `index`, in its sentence: a product launched beside the cut said in the
 * same sentence is the tool that does the work ("Bank präsentiert KI-Assistenten und streicht 300
 * Stellen"), no plan of its own (MAKING); a turned-to object followed by the cut in its sentence is no mere
 * product (buysOrSells, its whole sentence).
 */
function clauseJoinedAfter(tokens: readonly Token[], index: number, reach = JOINED_REACH): boolean {
  for (let at = index; at < Math.min(tokens.length, index + reach); at++) {
    if (tokens[at]!.afterStop) return false;
    if (CLAUSE_JOINS.has(tokens[at]!.norm)) return !DETERMINERS.has(tokens[at + 1]?.norm ?? 'a');
  }
  return false;
}

/**
 * Where a word of `dating` stands within `reach` words before word `index`, in its clause (no mark after
 * it): "since it adopted", ", nachdem die Bank KI eingeführt hatte".
 */
function datingWordBefore(
  tokens: readonly Token[],
  index: number,
  dating: ReadonlySet<string>,
  reach: number,
): number | undefined {
  for (let at = index - 1; at >= Math.max(0, index - reach); at--) {
    if (dating.has(tokens[at]!.norm)) return at;
    if (tokens[at]!.afterMark) return undefined;
  }
  return undefined;
}

/** Whether the phrase is a reason a company gives (REASONS_GIVEN). */
function reasonGiven(tokens: readonly Token[], phrase: Found): boolean {
  const words = tokens.slice(phrase.start, phrase.end).map((token) => token.norm);
  return REASONS_GIVEN.includes(words.join(' '));
}

/** Whether a sentence ends after word `from`, up to word `to`. */
function stopWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from + 1; at <= to; at++) if (tokens[at]?.afterStop) return true;
  return false;
}

/**
 * Whether the mention `start..end` is the subject of the clause a word of CAUSE_CLAUSES opens before word
 * `opened`: it comes first in the clause, after a determiner at most, and a word that follows a subject
 * follows it (AFTER_THE_SUBJECT), or it names AI at work ("because AI chatbots now resolve most claims",
 * "weil KI-Assistenten die Anfragen beantworten": AI_AT_WORK), or, German, its object follows it as a noun
 * of its own, the verb last ("weil KI Texte erstellt", "da künstliche Intelligenz Anträge prüft"): a noun
 * that German AI modifies is joined to it by a hyphen ("weil KI-Zitate erfunden waren").
 */
function subjectOfClause(tokens: readonly Token[], opened: number, start: number, end: number): boolean {
  const first = SUBJECT_DETERMINERS.has(tokens[opened]?.norm ?? '') ? opened + 1 : opened;
  const next = tokens[end];
  if (start !== first || tokens[start]!.afterMark || next === undefined || next.afterMark) return false;
  if (NEGATIONS.has(tokens[end + 1]?.norm ?? '')) return false;
  const objectAfter =
    GERMAN_NAMES_OF_AI.has(tokens[end - 1]!.norm) &&
    !next.joined &&
    CAPITAL.test(next.surface) &&
    singularVerbLast(tokens, end + 1);
  return AFTER_THE_SUBJECT.has(next.norm) || objectAfter || aiAtWork(tokens, end);
}

/**
 * Whether the work is what a verb of TAKING_OVER takes over: a word of WORK_TAKEN_OVER between the mention
 * `start..end` and the verb, or within TAKEN_OVER_REACH words before the mention in its clause (German,
 * verb last: "weil KI Aufgaben übernimmt", "weil die Sachbearbeitung künftig eine KI übernimmt"; anywhere
 * before it where it is a passive's agent, PASSIVE_AGENT), or
 * within TAKEN_OVER_REACH words after the verb.
 */
function workTakenOver(tokens: readonly Token[], start: number, end: number, verb: Found): boolean {
  for (let at = end; at < verb.start; at++) if (isWork(tokens, at)) return true;
  const agentAt = DETERMINERS.has(tokens[start - 1]?.norm ?? '') ? start - 2 : start - 1;
  const passive = PASSIVE_AGENT.has(tokens[agentAt]?.norm ?? '') && verb.start - end <= PASSIVE_VERB_REACH;
  const reachBefore = passive ? start : TAKEN_OVER_REACH;
  for (let at = start - 1; at >= Math.max(0, start - reachBefore); at--) {
    if (tokens[at + 1]!.afterStop) break;
    if (isWork(tokens, at)) return true;
  }
  for (let at = verb.end; at < Math.min(tokens.length, verb.end + TAKEN_OVER_REACH); at++) {
    if (tokens[at]!.afterStop) return false;
    if (isWork(tokens, at)) return true;
  }
  return false;
}

/** Whether word `at` names work (WORK_TAKEN_OVER, WORK_TAKEN_OVER_PAIRS, WORK_TAKEN_OVER_HEADS). */
function isWork(tokens: readonly Token[], at: number): boolean {
  const { norm } = tokens[at]!;
  const first = WORK_TAKEN_OVER_PAIRS.get(norm);
  return (
    WORK_TAKEN_OVER.has(norm) ||
    (first !== undefined && tokens[at - 1]?.norm === first) ||
    WORK_TAKEN_OVER_HEADS.some((head) => norm.endsWith(head))
  );
}

/**
 * Whether a German negation follows the verb that ends before word `index`, in its clause (NEGATIONS_AFTER).
 * "nicht nur" adds, it does not deny: "KI ersetzt nicht nur Sachbearbeiter, sondern auch Berater".
 */
function negatedAfter(tokens: readonly Token[], index: number): boolean {
  for (let at = index; at < Math.min(tokens.length, index + NEGATION_AFTER_REACH); at++) {
    if (tokens[at]!.afterStop) return false;
    if (NEGATIONS_AFTER.has(tokens[at]!.norm) && tokens[at + 1]?.norm !== NOT_ONLY) return true;
  }
  return false;
}

/** Whether a negation stands right before word `index`, in its clause. */
function negatedAt(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return before !== undefined && NEGATIONS.has(before.norm) && !tokens[index]!.afterStop;
}

/** Where a replacing verb stands a few words before the "with" at `index` in its clause (REPLACED_WITH). */
function replacingVerbBefore(tokens: readonly Token[], index: number): number | undefined {
  for (let at = index - 1; at >= Math.max(0, index - REPLACED_WITH_REACH); at--) {
    if (tokens[at + 1]!.afterStop) return undefined;
    if (REPLACING.test(tokens[at]!.norm)) return at;
  }
  return undefined;
}

/**
 * The forms of German "sein" (folded: "wäre", "wären"), whose subject the noun after AI is as often ("Da KI
 * Thema war").
 */
const COPULAS_DE: ReadonlySet<string> = new Set('ist sind war waren sei seien ware'.split(' '));

/**
 * Whether the clause that goes on at `from` ends in a verb that AI, singular, can govern ("weil KI Texte
 * erstellt", "übernommen hat", "schreiben kann"): not a plural's, which ends in "-en", "-ern" or "-eln"
 * ("weil KI Bilder Fälschungen zeigten", "sammeln"), nor a copula's ("da KI Texte fehlerhaft sind").
 */
function singularVerbLast(tokens: readonly Token[], from: number): boolean {
  let last = from - 1;
  while (last + 1 < tokens.length && !tokens[last + 1]!.afterMark && !tokens[last + 1]!.afterStop) last++;
  const verb = tokens[last]!.norm;
  return !/[elr]n$/.test(verb) && !COPULAS_DE.has(verb);
}

import { describe, expect, it } from 'vitest';
import { articles } from '../seeds';
import { CorpusIndex } from './corpus-index';
import { analysePage } from './analyse';
import { decide } from './decide';
import { CONCEPTS, ENTITIES, LEXICON } from './lexicon';
import { PatternMatcher, type PatternHit } from './matcher';
import { NAMESAKES } from './namesakes';
import { normalize, tokenize } from './text';
import { amazonProduct, newsArticle } from './testing';
import { TOPICS } from './types';

const index = CorpusIndex.build(articles);

describe('the lexicon', () => {
  it('has unique concept ids with known topics and both labels', () => {
    const ids = CONCEPTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const concept of CONCEPTS) {
      expect(concept.topics.length).toBeGreaterThan(0);
      for (const topic of concept.topics) expect(TOPICS).toContain(topic);
      expect(concept.label.en).not.toBe('');
      expect(concept.label.de).not.toBe('');
    }
  });

  it('writes page patterns in normalised form, so they can match at all', () => {
    for (const pattern of [...CONCEPTS.flatMap((c) => c.page), ...ENTITIES.flatMap((e) => e.names)]) {
      // A capital marks a proper name (matcher.ts); the name is otherwise written as it folds.
      const written = pattern.replace(/\*/g, '');
      expect(written.toLowerCase(), pattern).toBe(normalize(pattern).replace(/\*/g, ''));
    }
  });

  it('joins only words into a tight phrase', () => {
    // `_` holds two words tight (matcher.ts); it cannot hold a count (`#`) or a compound's head or stem.
    const tight = [...CONCEPTS, ...LEXICON.counters]
      .flatMap((family) => family.page)
      .flatMap((pattern) => pattern.split(/[\s|]+/))
      .filter((choice) => choice.includes('_'));
    expect(tight.length).toBeGreaterThan(0);
    for (const choice of tight) expect(choice).toMatch(/^[a-z]+(_[a-z]+)+$/i);
  });

  it.each(CONCEPTS.map((c) => [c.id, c] as const))('maps %s to passages of the corpus', (_id, concept) => {
    // Every corpus word must find the corpus: a stale word would silently stop matching.
    for (const term of concept.corpus) {
      const words = normalize(term)
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
      const found = index.refs.some(({ passage }) => {
        const text = normalize(`${passage.section ?? ''} ${passage.text}`).replace(/[^a-z0-9]+/g, ' ');
        return words.every((w) => text.includes(w));
      });
      expect(found, `${concept.id}: "${term}" does not occur in the corpus`).toBe(true);
    }
    expect(index.conceptPostings(concept.id)?.passages.length ?? 0).toBeGreaterThan(0);
  });

  it('counts a market position named once as one word of market power', () => {
    // A passage's share of a concept grows with the distinct corpus words it uses (corpus-index.ts);
    // "machtposition" and "marktposition" find each other by fuse.js and so counted one word twice.
    const postings = index.conceptPostings('market-power')!;
    const countOf = (id: string) =>
      postings.counts[postings.passages.findIndex((n) => index.refs[n]!.passage.id === id)];
    expect(countOf('amazon-ki-schutzschirm/ki-als-schutzschirm')).toBe(1);
    expect(countOf('carr-brown-doku-2018/kunde-am-druecker')).toBe(1);
    expect(countOf('amazon-ki-schutzschirm/plattformlogik-externe-agenten')).toBe(2);
  });

  it('counts each word of a passage for one corpus word of the retail trade', () => {
    // "handel" finds "Einzelhandel" as its compound and "Händler" by a letter (corpus-index.ts): a word
    // belongs to the corpus word nearest to it, and a phrase's words to the phrase.
    const countIn = (concepts: typeof CONCEPTS, id: string) => {
      const built = CorpusIndex.build(articles, concepts);
      const postings = built.conceptPostings(concepts[0]!.id)!;
      return postings.counts[postings.passages.findIndex((n) => built.refs[n]!.passage.id === id)];
    };
    const retail = CONCEPTS.find((concept) => concept.id === 'retail-marketplace')!;
    // The retail trade named once ("Einzelhandel", and "Einzelhändler" by a letter) is one word of it.
    const tradeAndCompound = [{ ...retail, corpus: ['einzelhandel', 'handel'] }];
    expect(countIn(tradeAndCompound, 'carr-brown-doku-2018/kunde-am-druecker')).toBe(1);
    // The trade and its traders are two: "Einzelhändler" is a "Händler" ...
    expect(countIn([retail], 'carr-brown-doku-2018/kunde-am-druecker')).toBe(2);
    // ... as "klassische Händler" beside "Handel, Prime, Werbung" are.
    expect(countIn([retail], 'amazon-ki-schutzschirm/landbevoelkerung-amazon-leo')).toBe(2);
    // "Händler-Ökosystem" is one mention, not the phrase and "Händler" in it.
    expect(countIn([retail], 'amazon-ki-schutzschirm/bausteine-staat-im-staat')).toBe(1);
    expect(countIn([retail], 'amazon-weihnachtsgeschaeft-2018/prime-kunden')).toBe(1);
  });

  it('maps English and German page words to the German corpus words', () => {
    const passagesFor = (id: string) =>
      (index.conceptPostings(id)?.passages ?? []).map((n) => index.refs[n]!.passage.text).join(' ');
    expect(passagesFor('delivery-work')).toMatch(/Auslieferer/);
    expect(passagesFor('smart-speaker')).toMatch(/Lauschsprecher|Lautsprecher/);
    expect(passagesFor('voice-assistant')).toMatch(/Sprachsteuerung|Sprachassistenten/);
    expect(passagesFor('customer-analytics')).toMatch(/Kaufhistorie|Datenauswertung/);
    expect(passagesFor('alibaba-group')).toMatch(/Alibaba/);
  });

  // Issue 11, section 3, on the shipped lexicon (matcher.test.ts tests the mechanism): a longer word is
  // not the lexicon word it begins with, while the word's own forms still match.
  const conceptsIn = (text: string) => [...analysePage(newsArticle(text, '')).concepts.keys()];
  const countersIn = (text: string) => [...analysePage(newsArticle(text, '')).counters.keys()];
  it.each([
    ['Die Siria-Krise', 'voice-assistant', 'Hey Siri, mach das Licht an'],
    ['Sie verdienen mehr', 'pay-and-strikes', 'Die Gewerkschaft ver.di und Verdi'],
    ['Die Steuerungstasten des Controllers', 'tax', 'Steuern und Steuerschlupflöcher'],
    ['Eine neue Evolutionsstufe', 'pay-and-strikes', 'The unions called a strike'],
    ['Eine Gesellschaft mit beschränkter Haftung', 'pay-and-strikes', 'Die Gewerkschaften rufen auf'],
    ['Import your bookmarks', 'books', 'Two books and a paperback'],
    ['A streamlined design', 'films-and-streaming', 'Streaming series on Prime Video'],
    [
      'Palm oil from Palm Springs, a ball in the palm of the hand',
      'face-recognition',
      'Amazon scans your palm print',
    ],
    [
      'Den Ball in der Handfläche, Fingerabdrücke am Glas',
      'face-recognition',
      'Biometrische Daten per Handflächenscanner',
    ],
    ['A replacement battery', 'job-cuts', 'Workers were replaced by robots'],
    ['RPA threatens to be replaced by AI agents', 'job-cuts', 'Roboter ersetzen Menschen'],
    ['Das alte System wird durch eine Cloud ersetzt', 'job-cuts', 'KI ersetzt Mitarbeiter im Kundendienst'],
    ['Über die Brücke', 'gig-platforms', 'Uber drivers'],
    // A ride-hailing service and its surge prices are what its customers order, not the work behind them.
    [
      'Surge pricing like rideshare services, ride-hailing apps and food delivery',
      'gig-work',
      'rideshare drivers, ride-hailing drivers, Lyft drivers and Uber-Fahrer',
    ],
    [
      'App-based banking and an app-based game',
      'gig-work',
      'app-based workers, app-based food delivery drivers',
    ],
    ['Ein Fitnessstudio mit Bandanlage', 'self-tracking', 'Das Fitnessband zählt Schritte'],
    ['Der Server übernimmt die Last', 'customer-analytics', 'Die Daten werden an Server übermittelt'],
    ['Die Gebühren sollen wegfallen, wir stellen Fragen', 'job-cuts', 'Dort sollen Arbeitsplätze wegfallen'],
    ['Der Wegfall von Gebühren', 'job-cuts', 'Der Wegfall von Arbeitsplätzen'],
    ['Fotos in der iCloud und auf SoundCloud', 'cloud-ai', 'Der Umzug in die Cloud, KI und Cloud'],
    ['Das Kaufdatum steht auf der Rechnung', 'customer-analytics', 'Kaufdaten und Einkaufsdaten'],
    // A streaming stick is a television's, not a listening device: a buyer's guide to them is no smart-home story.
    ['The best streaming stick, a Roku streaming device', 'smart-home', 'a Fire TV with Alexa'],
    ['A fire stick and a firestick for the campfire', 'smart-home', 'A Fire TV Stick, a Firestick'],
    // Exploitation of people at work, not of ore or of a software flaw.
    ['Die Ausbeutung von Rohstoffen und ein Exploit', 'exploitation', 'Lohnsklaven im Sweatshop'],
    ['A redundant power supply', 'job-cuts', '300 staff were made redundant'],
    // The people of a trade that AI is said to replace or make superfluous, in both languages; not a chief
    // executive replaced, a battery, paper forms, passwords or chips made obsolete.
    [
      'The board replaced the chief executive of the AI startup; Apple will replace the batteries',
      'job-cuts',
      'AI will replace software engineers this year',
    ],
    [
      'Engineers replace the faulty sensor; die Entwickler ersetzen die alte Bibliothek',
      'job-cuts',
      'KI wird Tausende Buchhalter ersetzen',
    ],
    [
      'Die Stadt ersetzt Papierformulare durch einen KI-Chatbot',
      'job-cuts',
      'Der Verlag ersetzt Übersetzerinnen durch KI',
    ],
    [
      'KI und Passkeys machen Passwörter überflüssig; die KI-IDE macht viele Entwicklerwerkzeuge überflüssig; the AI boom makes old chips obsolete',
      'job-cuts',
      'KI macht viele Programmierer überflüssig',
    ],
    // A trade's people in the plural of either gender, not one of them: a post filled anew.
    ['KI macht den Ingenieur überflüssig', 'job-cuts', 'KI macht Ingenieure überflüssig'],
    ['Die Redakteurin überflüssig zu nennen', 'job-cuts', 'KI macht Übersetzerinnen überflüssig'],
    [
      'The AI boom makes old chips obsolete and redundant servers idle',
      'job-cuts',
      'AI will make thousands of junior accountants redundant',
    ],
    // Jobs taken with the workers' own word between.
    [
      'The AI takes over their market; they take their time',
      'job-cuts',
      'Developers fear AI taking over their jobs',
    ],
    ['The AI takes their orders', 'job-cuts', 'Call centre staff say AI is taking their jobs'],
    // A stake in a company, not what is at stake, nor money put into a warehouse.
    [
      'What is at stake in the vote; a stake in the outcome; an investment in new warehouses',
      'market-power',
      'Amazon keeps a minority stake',
    ],
    // Staff cut in the present tense of headlines; not what the staff get that is cut.
    [
      'The startup cuts staff perks; the hospital cuts staff parking fees',
      'job-cuts',
      'IBM cuts staff in marketing',
    ],
    [
      'Stocks fall as the Fed cuts rates; jobs report due. Week ahead: Fed cuts, jobs report in focus. After the cuts, staff at the hospital say they are at breaking point',
      'job-cuts',
      'Google cuts jobs in its hardware unit',
    ],
    // A low-fat diet and a hedge trimmed are no cuts.
    ['Fat-trimmed steak, a low-fat diet; he trimmed the hedge', 'job-cuts', 'the company trimmed the fat'],
    [
      'Read employee reviews; check the team messages; the idle engine',
      'workplace-surveillance',
      'software to read employee emails',
    ],
    // Jobs cut with their number, in both languages; not prices cut by the hundred or jobs created.
    [
      'Cutting hundreds of prices, creating 500 jobs; streicht 20 Punkte, baut 500 Wohnungen',
      'job-cuts',
      'Amazon Chopping Hundreds of Jobs',
    ],
    [
      'Amazon Slashes Prices on 300 Jobs Boards; Amazon schafft 500 Stellen',
      'job-cuts',
      'SAP streicht 8.000 Stellen',
    ],
    // People's work set against machines', not a part replaced or a human-rights body's staff.
    [
      'Replacing the battery; human rights staff; a human-centred workplace',
      'job-cuts',
      'AI replacing human workers',
    ],
    // A match or a bet lost, not jobs.
    ['The team lost to Arsenal, the risk of losing', 'job-cuts', 'jobs lost to robots'],
    // Print jobs wiped from a queue and a disease eradicated, not jobs done away with.
    [
      'Wipe out old print jobs; a drive to eradicate polio creates jobs',
      'job-cuts',
      'AI could wipe out 300 million jobs, even eradicating jobs',
    ],
    // Health workers' posts to stamp out malaria, and a cluster's batch jobs, not jobs done away with.
    [
      'Kenya expands malaria eradication jobs; how to wipe out jobs on the AI cluster',
      'job-cuts',
      'automation has wiped out jobs and eradicated 2,000 jobs',
    ],
    // People's data shared with the state, and their stories shared, not passed on to other firms.
    [
      "Police shared people's data with immigration enforcement; we share people's stories",
      'customer-analytics',
      "businesses must get permission to share people's information with companies like ours",
    ],
    // An accident named by its place or its report, not the accident at work of labour law.
    [
      'An accident on the building site; work on the accident report',
      'injuries-at-work',
      'an accident at work',
    ],
    // A union's or a party's membership, not Prime's.
    ['The GMB union doubled its membership', 'prime', 'a membership with free shipping'],
    // Injuries at work, not in sport.
    ['A knee injury kept him out; safety first', 'injuries-at-work', 'the injury rate in warehouses'],
    // The work in a warehouse, not the building or a software called Warehouse.
    ['The Warehouse app and a warehouse sale', 'warehouse-work', 'I was working in a warehouse'],
    // Employees messaged and a monitor on a desk, not staff read by their employer.
    [
      "The CEO's message to employees; a staff monitor on the desk",
      'workplace-surveillance',
      'a tool to monitor staff and scan employee emails',
    ],
    // An employer watching its staff, not a screen's monitor or a parcel tracked.
    [
      'A monitor for the employee lounge, a tracked parcel',
      'workplace-surveillance',
      'Amazon tracked employees via their scanners; die Mitarbeiterüberwachung im Lager',
    ],
    ['A thermostatic mixing valve', 'smart-home', 'A smart thermostat and a programmable thermostat'],
    ['Altpapier verwerten', 'customer-analytics', 'verwertbare Daten und ihre Datenverwertung'],
    // How a society consumes, and a market's segments, are not a shop profiling its customers.
    [
      'Ein nachhaltiges Konsumverhalten und das SUV-Segment',
      'customer-analytics',
      'Kundensegmentierung nach dem Einkaufsverhalten',
    ],
    ['Animal behavior and the compact segment', 'customer-analytics', "shoppers' purchasing behaviour"],
    // People's data shared on, paid with and recorded online; not a recipe shared or a producer.
    [
      'Sharing their recipes with the data team, you are the producer',
      'customer-analytics',
      'Apps keep sharing their data: if you are not paying, you are the product',
    ],
    ['Online lernen und Aktivitäten im Freien', 'customer-analytics', 'Die App gibt Daten weiter'],
    // The browsing history as data a company collects; not the course of an illness.
    ['Der Verlauf der Krankheit', 'customer-analytics', 'Honey sammelt auch Verlaufsdaten von Nutzer_innen'],
    // A privacy policy (Datenschutz|erklärung) is no data protection official (matcher.ts ER_NOUNS).
    ['Die Datenschutzerklärung der App', 'data-protection-authority', 'Die Datenschützer warnen'],
    // Surfing on the sea, a browser's look and the course of a game are no one's browsing recorded.
    [
      'Das Surfen am Strand, das Verhalten des Browsers, der Verlauf des Spiels',
      'customer-analytics',
      'Daten zum Surfverhalten und den Browser-Verlauf',
    ],
    [
      'Das Verhalten im Straßenverkehr',
      'customer-analytics',
      'Das Nutzerverhalten und die Online-Aktivitäten',
    ],
    // Ads chosen for each person, and a company spying on its users; not a gift personalised or a spy novel.
    ['Personalised gifts and ads in the local paper', 'tracking-ads', 'Gmail served personalized ads'],
    ['Werbung in der Zeitung und ein Spion im Zug', 'tracking-ads', 'Interessenbasierte Werbung'],
    // Ads aimed at the viewer and chosen by what is on screen; not ads every subscriber sees or a tailored suit.
    [
      'The free app shows ads; a tailored suit and relevant news; Werbung im Fernsehen',
      'tracking-ads',
      'Roku serving you relevant ads by automatic content recognition; Ihnen Werbung zeigen',
    ],
    ['A spy on the train in a spy novel', 'tracking-ads', 'Stop your car from spying on you'],
    // The phones' advertising identifiers by their names, not Amsterdam's documentary festival IDFA.
    [
      'IDFA, the documentary film festival in Amsterdam, opens with a premiere',
      'tracking-ads',
      'The app collects the IDFA on iOS devices and the GAID on Android devices',
    ],
    // People's information sold and used, snooping on them online; not a house sold or a switch's snooping.
    [
      'Sell your house and use your time; DHCP snooping on the switch',
      'customer-analytics',
      'The right to tell companies not to sell your information, and how the government uses our data',
    ],
    ['DHCP snooping on the switch', 'tracking-ads', 'Protect your private life from digital snooping'],
    // Data collected, not a parcel or a rubbish collection; a private party is no private life.
    [
      'The parcel is collected; rubbish will be collected; daten zur Lage',
      'customer-analytics',
      'what data will be collected',
    ],
    ['A private party and a private school', 'privacy', 'The private lives of users'],
    // Consent to the use of one's data, not a choice of plan, a patient's consent, or opting out of
    // anything else: arbitration, a newsletter, a health plan.
    [
      'Opt for the cheaper plan; the optician; the patient gave consent; drivers who opted out of ' +
        'arbitration; opt in to receive weekly updates, you can opt out at any time; your consent matters',
      'privacy',
      'Users should opt in to data sharing, not have to opt out of it',
    ],
    // The ad trade, not a technology of another trade or a security system of a network.
    [
      'Tech ads for a tech team; network security systems',
      'tracking-ads',
      'adtech and advertising technology',
    ],
    ['A network security system', 'doorbell-camera', 'the home security system'],
    ['Informationen zur Nutzung des Geräts', 'customer-analytics', 'Firmen, die Daten weiterverkaufen'],
    ['Ein Hund, der schnüffelt', 'tracking-ads', 'Die digitale Schnüffelei der Konzerne'],
    // Devices that hear every word said near them; not music listened to in private.
    [
      'Listening to music in private',
      'microphones',
      'The speaker is listening to everything and captures private conversations',
    ],
    [
      'Ein Gespräch unter Freunden, alle hören zu',
      'microphones',
      'Der Lautsprecher hört alles mit und zeichnet Gespräche auf',
    ],
    // Eleventh round (issue 11): the data the ad trade sells, people's messages analysed, profiles of the
    // reader and data misused or passed on; not an ad campaign, a message board, an author's profile or
    // information passed to the press.
    [
      'An advertising campaign by the marketing team; Werbung und Daten',
      'tracking-ads',
      "UberMedia's advertising data; marketing data; ad data; Werbedaten und Marketingdaten",
    ],
    // What a camera reads of a customer's face, not a survey's breakdown or a face in a photo.
    [
      'The survey broke its answers down by age and gender; a demographic shift; she saved face; Gesichter der Stadt',
      'face-analysis',
      'The machine estimates the gender and age of customers and scans faces; Gesichtsanalyse der Käufer',
    ],
    // An author's pen name and the law's pseudonymised data are no platform's demand for a legal name.
    [
      'Die Autorin schreibt unter einem Pseudonym; das Pseudonym des Rappers; die Pseudonymisierung der Daten',
      'identity-data',
      'Das Recht auf pseudonyme Nutzung gegen die Klarnamenpflicht',
    ],
    // Information given in person is no personal information.
    [
      'Er informierte persönlich; weitere Informationen im Anhang',
      'customer-analytics',
      'Die Firma verkauft persönliche Informationen',
    ],
    // A program's official documentation and a passport for travel are no one's identity kept as data.
    [
      'See the official documentation; Reisende brauchen einen Personalausweis',
      'identity-data',
      'The platform demands official IDs and stores legal names',
    ],
    // A company's legal name, a bank's identity check and a YouTuber's real name in a profile are no one's
    // identity a platform keeps.
    [
      "Amazon's legal name is Amazon.com, Inc.; the firm's legal identity; identity verification at the bank",
      'identity-data',
      'Facebook stores their legal names and demands identity verification',
    ],
    [
      'Der Schwede, der mit bürgerlichem Namen Felix Kjellberg heißt; sein bürgerlicher Name; der Rapper tritt unter seinem bürgerlichen Namen auf',
      'identity-data',
      'Nutzer, die sich nicht mit ihrem bürgerlichen Namen angemeldet haben',
    ],
    // An eye's iris, a Retina display and a phone's fingerprint sensor are no one's body recorded as data.
    [
      'The iris of the lens; a Retina display; unlock it with the fingerprint sensor; keep an eye on it',
      'biometric-data',
      'It scans their eyeballs and keeps iris scans as biometric data',
    ],
    [
      'Messages from the team; the message board; analyze the logs',
      'customer-analytics',
      'Bard may analyze your message history; it scans your messages; Nachrichten mitlesen',
    ],
    [
      'A profile of the author; the abuse of power; a data center',
      'customer-analytics',
      'trackers build profiles of you; companies abuse their data; der Datenmissbrauch',
    ],
    // What people do on the web and in apps, as the record kept of it: the web's with whose it is (a
    // firewall's "suspicious web activity" and a site's own are no one's record).
    [
      'Firewall blocks suspicious web activity; our agency doubled web activity on clients sites; how to track in-app activity in your mobile game with the SDK',
      'customer-analytics',
      'Facebook could access all of their web activity and measure detailed in-app activity',
    ],
    // Data mining as a technique is no trade in people's data; the firms that live by it are.
    ['A Python data mining tutorial and its data mining techniques', 'data-trade', 'a data-mining company'],
    // The deal's noun in its -ing form and whose data by the people it is of; not other things on sale.
    [
      "The charity sale of children's books; the selling of users' old phones",
      'data-trade',
      "the harvesting and selling of children's data",
    ],
    ["A sale of people's homes", 'data-trade', "the sale of people's data to brokers"],
    // Not power abused or an informational leaflet (the forms below in 'knows the family').
    [
      'The abuse of power; read our informational leaflet; use your head',
      'customer-analytics',
      'the use and abuse of data; a company using our information',
    ],
    // People's data bought and sold, not a phone's mobile data or a trade in goods.
    [
      'Buy data for your phone; the trade in grain; Datenvolumen kaufen',
      'data-trade',
      'data brokers sell it; commercially available data; buying personal data; der Datenhandel',
    ],
    [
      'Die Weitergabe von Informationen an die Presse und die Daten der Studie',
      'customer-analytics',
      'die Weitergabe von Daten; die Weitergabe sensibler Daten; passing on personal data',
    ],
    // People fired and human jobs lost (futurism-duolingo-translators-ai); not fires, shots or Fire tablets.
    [
      'Shots were fired at the fire; the Fire tablet fires up',
      'job-cuts',
      'the firings came weeks later, at the cost of human jobs',
    ],
    ['Die Rakete wurde abgefeuert', 'job-cuts', 'Übersetzer wurden gefeuert, menschliche Jobs fallen weg'],
    // Cuts of staff, not of a film, a price or a budget; firing people, not a gun or a kiln.
    [
      'The editor had to make cuts to the film; he fires the kiln; firing squads; price cuts; a reduction in costs',
      'job-cuts',
      'The startup fires its writers and is reducing its workforce',
    ],
    // Demand for workers cut, not demand for a product; failing to find a file is no job search.
    [
      'Higher prices cut demand; users struggle to find the settings',
      'fewer-hires',
      'AI coding tools slash demand for junior engineers',
    ],
    // Stop 27 (`npm run ablation`): data sent to a maker unasked, not a cable's data transfer; encryption,
    // not a locked door; ads targeted in any order, not a targeted attack; a broker of people's data, not
    // of shares, insurance or houses.
    [
      'Datenübertragung mit 480 Mbit/s über USB; the data sheet',
      'customer-analytics',
      'Windows übermittelt automatisch den Schlüssel an Microsoft',
    ],
    ['Die Tür ist verschlossen; ein Verschluss aus Metall', 'privacy', 'Die Verschlüsselung der Festplatte'],
    // The reader's privacy tools, not a login's password, an author's pen name or a server's logs.
    [
      'Enter your password; she writes under a pseudonym; the server logs every request',
      'privacy',
      'Use a password manager and a VPN',
    ],
    [
      'A targeted attack on the network; targeted sanctions; a therapy targeted at cancer cells',
      'tracking-ads',
      'Targeted political ads; ads targeted at teens',
    ],
    [
      'A stock broker sells shares and market data; an insurance broker; a real estate broker',
      'data-trade',
      'Brokers that sell your personal data',
    ],
    // Google is an assistant only when called by its wake phrase: an "okay" or a "hey" before the company
    // is not one where a comma, a dash or a quotation mark parts them ("Es ist okay, Google zahlt").
    [
      'Es ist okay, Google zahlt. OK, Google will appeal. Okay, Google has a point. Hey, Google lost. Das ist okay – Google zahlt. Sie sagt „okay“ Google nickt.',
      'voice-assistant',
      'Hey Google, what is the weather? OK Google, tell me a secret. "Okay Google, are you spying on me?"',
    ],
    // Nor is "okay" the verb before it, inflected, in lower case or before the company's possessive; a
    // wake phrase holds in a German compound, where a hyphen joins its words.
    [
      "Regulators okayed Google's purchase of Fitbit. The EU okays Google deal. EU regulators okay Google's Fitbit deal. Amazon shares rise as regulators okay Google deal.",
      'voice-assistant',
      'Die Hey-Google-Befehle im Überblick; die OK-Google-Erkennung abschalten',
    ],
    // The fingerprints a state takes of travellers, visa applicants and suspects, and a DNA fingerprint,
    // are no browser recognised by its traits.
    [
      'The EU starts fingerprinting travellers at the border. Police began fingerprinting the suspects. DNA fingerprinting solved the case.',
      'tracking-ads',
      'Ad firms turn to fingerprinting as cookies die; canvas fingerprinting of users',
    ],
    // The dairy trade's association and a general's name are no phones' advertising identifiers.
    [
      'IDFA welcomes the dairy deal: the IDFA says milk exports will grow. The army chief, Gaid, has died.',
      'tracking-ads',
      'The app reads the IDFA of iOS devices and the GAID of Android phones',
    ],
    // A video's monetisation, a scraping tutorial, crumbs vacuumed up, researchers' data and a trademark's
    // third parties are no one's data taken or passed on; a census's children's data is no app's.
    [
      'YouTube pushes monetization of videos; your attention is being monetized. Data monetization: data is the new oil for manufacturers, who monetize their data',
      'customer-analytics',
      'The company is monetizing our data',
    ],
    [
      'Daten sind das neue Öl der Industrie 4.0: Datenmonetarisierung, das Geschäft mit Daten, Geld mit Daten',
      'customer-analytics',
      'Das Geschäft mit unseren Daten',
    ],
    [
      'Firms should know the value of their data and exploit their data',
      'customer-analytics',
      'How much is your data worth?',
    ],
    [
      'Learn web scraping with Python: data scraping for beginners, scrape data from any website',
      'customer-analytics',
      'Clearview scraped their photos',
    ],
    // Stop 31's second review: plans and data plans scrapped, a study's sample scraped, a firm's data
    // centre valued, a survey's archive mined, companies gathering their emissions, the CCC's magazine and
    // a football manager's knowledge of his squad are no one's data taken.
    [
      'Tech firms scrap their data centre plans; should you scrap your data plan?',
      'customer-analytics',
      "The company scraped people's data",
    ],
    [
      'Researchers scraping public profiles find a link to loneliness',
      'customer-analytics',
      'Bots scrape users profiles',
    ],
    [
      'Analysts said the value of our data centre pipeline had been overstated',
      'customer-analytics',
      'Your data is worth money to them',
    ],
    ['Geologists mining our data archive find lithium', 'customer-analytics', 'apps that mine your data'],
    [
      'CO2-Bilanz: Unternehmen sammeln Daten, Firmen sammeln Daten, Hersteller sammeln Daten zum Energieverbrauch',
      'customer-analytics',
      'Apps sammeln Daten',
    ],
    [
      'Chaos Computer Club: Neue Ausgabe der Datenschleuder erschienen',
      'customer-analytics',
      'Das Auto ist eine Datenschleuder; Apps gelten als Datenschleudern',
    ],
    [
      "'He knows more about us than we do', the players say of their new manager",
      'customer-analytics',
      'What Google knows about you',
    ],
    // A German word that is a compound's first part ("Kundenstrategie", "Verbraucherpreise",
    // "Nutzerkonten") is no customers or users whose data are kept, tracked or located.
    [
      'Die Daten der Verbraucherpreise; die Daten der Kundenumfrage',
      'customer-analytics',
      'Daten der Nutzer',
    ],
    ['Der Standort der Nutzerkonten', 'location-data', 'Der Standort der Nutzer wird verkauft'],
    [
      'Deutsche Bank verfolgt ihre Kundenstrategie weiter',
      'tracking-ads',
      'Werbenetzwerke verfolgen Nutzer im Netz',
    ],
    ['Die Bank trackt die Kundenzufriedenheit', 'tracking-ads', 'Die Kunden werden getrackt'],
    // A suspect's movements traced by the police and the reader's location shared with family are no one's
    // location data sold; a shop measuring its site in a how-to is no one tracked.
    [
      "Jurors were shown a movement profile of the defendant built from his phone's location pings",
      'location-data',
      'Apps sell their precise location',
    ],
    ['How to share your precise location with family on iPhone', 'location-data', "users' precise locations"],
    [
      "Google Analytics lets businesses track their users' sessions; firms can track their visitors",
      'tracking-ads',
      'Facebook tracks its users',
    ],
    ['The pet hair is easy to vacuum up', 'customer-analytics', 'Facebook hoovers up our data'],
    [
      'Forscher sammeln Daten über das Klima, die Geräte sammeln Daten über die Temperatur',
      'customer-analytics',
      'Moderne Autos sammeln Daten',
    ],
    [
      'The data exploitation platform and the wissenschaftliche Ausbeutung der Daten',
      'customer-analytics',
      'Die Datenausbeutung und die Ausbeutung unserer Daten',
    ],
    ['Researchers mine their data for insights', 'customer-analytics', 'apps that mine your data'],
    [
      'Die Wohnung an Dritte verkaufen, die Kosten mit Dritten teilen',
      'customer-analytics',
      'Die Daten werden an Dritte verkauft',
    ],
    [
      'Trademarks may not be used by third parties; assets sold to third parties, costs passed on to third parties',
      'customer-analytics',
      'Your data is shared with third parties',
    ],
    [
      "Children's data from the census shows more poverty",
      'customer-analytics',
      "The app is collecting children's data",
    ],
    ['Lesegenuss pur. Abo abschließen!', 'tracking-ads', 'Das PUR-Abo statt der Einwilligung'],
    // One's own log of films and purchases, a parcel tracked and the police pursuing suspects are no one
    // watched; a mother's knowledge of her child is no firm's.
    [
      'Track what you watch with Trakt, track what you buy with a budget app, view your viewing history. Die Polizei verfolgt die Täter.',
      'tracking-ads',
      'The TV tracks what you watch',
    ],
    ['Die Mutter weiß alles über ihr Kind', 'customer-analytics', 'Google weiß über Sie Bescheid'],
    ['Der Nachbar weiß alles über sie', 'customer-analytics', 'Google weiß über Sie Bescheid'],
    ['Der Nachbar weiß über sie Bescheid', 'customer-analytics', 'Google weiß über Sie Bescheid'],
    [
      'The witness re-identified the suspect in court',
      'customer-analytics',
      'Die Daten lassen sich re-identifizieren',
    ],
    // One's own sleep and calories tracked and a parcel are no one's tracking.
    [
      'Ich tracke meinen Schlaf und meine Kalorien. Sendung tracken: So geht es.',
      'tracking-ads',
      'Die Apps tracken ihre Nutzer',
    ],
    // A photo's metadata and a supplier's clients' sites are no one's whereabouts.
    [
      'Mind the information a photo contains, such as precise location. Die Standorte der Kunden werden beliefert.',
      'location-data',
      'Der Standort der Nutzer wird verkauft',
    ],
    // Users' data used to train AI names whose data it is: not a model trained on public web data or on
    // synthetic data, nor the works of authors and newspapers, nor staff or users trained on AI or on an
    // interface, nor a police or game model trained on its own footage or art, nor a course in AI, nor
    // artists opting out of training on their works, nor a how-to's "your data".
    [
      'A model trained on public web data; startups sell synthetic data to train AI models; synthetic data for AI training',
      'ai-training-on-users-data',
      'Meta will train its AI models on user posts',
    ],
    [
      "Authors say the company trained its models on their books; the newspaper's articles were used to train AI models",
      'ai-training-on-users-data',
      'Reddit is licensing user content to AI companies',
    ],
    [
      'The bank is training its staff on AI tools; AI training for staff; train users on the new interface',
      'ai-training-on-users-data',
      'LinkedIn used user data to train generative AI',
    ],
    [
      'The customer data platform vendor trains its sales staff with AI coaching and customer data',
      'ai-training-on-users-data',
      'Zoom can train AI on customer data',
    ],
    [
      'Police trained AI on CCTV footage; the studio trained its AI models on its own concept art',
      'ai-training-on-users-data',
      'customer conversations for training chatbots',
    ],
    [
      'Artists can opt out of AI training; train models on your data in an hour',
      'ai-training-on-users-data',
      'Users can opt out of AI training',
    ],
    [
      'Die Verwaltung bietet ein KI-Training für Mitarbeiter an; synthetische Daten für das KI-Training',
      'ai-training-on-users-data',
      'Meta will KI mit Nutzerdaten trainieren',
    ],
    // The users named as the company's own, with the photos, videos and recordings they gave it, in both
    // languages and German word orders; not a team, a staff or a test fleet trained with videos, nor
    // customers' videos for training staff.
    [
      "The coach trains his players with videos of their rivals; the retailer trains its staff with videos of its customers' questions; " +
        "the forwarder will train its models on its customers' data under contract",
      'ai-training-on-users-data',
      "Zoom can train its AI models on its customers' recordings; Wyze will train its AI on its users' videos",
    ],
    [
      'Der Trainer trainiert seine Mannschaft mit den Videos der Gegner; der Autobauer trainiert seine KI mit den Videos seiner Testfahrzeuge',
      'ai-training-on-users-data',
      'Der Hersteller trainiert seine KI mit den Videos seiner Kunden',
    ],
    [
      'Die Videos seiner Kunden zum Training seiner Mitarbeiter; die Beiträge seiner Autoren für das Training seiner KI',
      'ai-training-on-users-data',
      'LinkedIn nutzt die Beiträge seiner Nutzer zum Training seiner KI; die Bilder ihrer Kunden für das Training ihrer KI',
    ],
    [
      'Der Verlag will die Texte seiner Redaktion nutzen, um seine KI zu trainieren',
      'ai-training-on-users-data',
      'Der Hersteller will die Aufnahmen seiner Kunden nutzen, um seine KI zu trainieren',
    ],
    // Stop 38: German word order, an adverb after the verb, and the purpose in the passive or with a modal;
    // not a coach's team, an author's texts, nor customers' calls used to train staff.
    [
      'Der Trainer trainiert seine Mannschaft jetzt mit den Videos der Gegner; ' +
        'die Texte seiner Autoren sollen verwendet werden, um Sprachmodelle zu trainieren; ' +
        'die Gespräche der Kunden werden verwendet, um neue Mitarbeiter zu trainieren',
      'ai-training-on-users-data',
      'Der Dienst trainiert seine KI künftig mit den Chats seiner Nutzer; ' +
        'die Beiträge seiner Nutzer sollen verwendet werden, um Sprachmodelle zu trainieren; ' +
        'die Texte der Nutzer wurden genutzt, um Sprachmodelle zu trainieren',
    ],
    // Sold or licensed as the company's own users' or customers', the German with its buyer; not an agency's
    // photographers' archive, a club's members' tickets, nor a photographer's prints for his customers.
    [
      "The agency licensed its photographers' pictures; the club sells its members' unused tickets; " +
        'der Fotograf verkauft die Fotos seiner Kunden als Abzüge; the park sells its customers photos of the ride; ' +
        'the jazz club sells its members recordings of every concert; der Händler verkauft die Fotos seiner Kunden an Sammler',
      'ai-training-on-users-data',
      "The app licensed its users' recordings; die Plattform verkauft die Fotos ihrer Nutzer an KI-Firmen",
    ],
    // A rights holder's objection under copyright law and a guild's members opting out of training on
    // their works, not users objecting to their data being used.
    [
      'Widerspruch gegen KI-Training: Fotograf verliert gegen LAION; die GEMA erklärt den Widerspruch gegen das KI-Training für alle Mitglieder; members can opt out of AI training; insurer used member data to train AI',
      'ai-training-on-users-data',
      'Nutzer können dem KI-Training widersprechen; LinkedIn trainiert KI mit Nutzerdaten',
    ],
    // Stop 36: people's data passed on where German writes the data as a compound or with a word before
    // it; not a flat let to third parties, costs shared with them, or data analysed further.
    [
      'Die Wohnung wird an Dritte vermietet; die Kosten teilen wir mit Dritten; er wertet die Daten weiter aus',
      'customer-analytics',
      'Zyklus-Apps teilen Gesundheitsdaten mit Dritten; Zyklus-Apps geben intime Daten weiter',
    ],
    ['Die Agentur gibt die Werbefirmen an', 'tracking-ads', 'Sie geben diese Daten an Dutzende Werbefirmen'],
    // Only people's data compounds passed on: not a survey office's geodata, a university's research data or
    // a lab's measurements passed to third parties, nor the contact data the police passed on (review).
    [
      'Das Vermessungsamt gibt Geodaten an Dritte; die Universität teilt Forschungsdaten mit Dritten; ' +
        'die Hersteller teilen Messdaten mit Drittfirmen; die Beamten gaben die Kontaktdaten weiter',
      'customer-analytics',
      'Der Händler gibt Kundendaten an Drittanbieter; die App gab die Standortdaten weiter',
    ],
    // Collected by the amount from the people it is taken from, or with the app named as the collector;
    // not a telescope's data.
    [
      'The new telescope collects far more data than Hubble; the data the study collected',
      'customer-analytics',
      "The app collects far more data from users' phones than it needs; how much data the app collects",
    ],
    // From people as a census's subjects is a statistics office's collection (review); from users, an app's.
    [
      'The census will collect far more data from people than before',
      'customer-analytics',
      'The app collects far more data from consumers than it needs',
    ],
    // From viewers as a ratings panel's (review).
    [
      'The ratings panel collects far more data from viewers than the old meters did',
      'customer-analytics',
      'The loyalty app harvests far more data from shoppers than the card did',
    ],
    // Keystrokes recorded or monitored, and session replay, are a trojan's, an employer's and a developer
    // tool's as often as a site's tracking (review): the keystrokes and "session replay" alone are not read.
    [
      'Android malware records every keystroke; Sentry brings session replay to mobile apps; ' +
        'employers monitor every keystroke of remote staff',
      'tracking-ads',
      'The in-app browser can spy on users',
    ],
    // Stop 38: session replay by the scripts a site runs, and what they record of its visitors and of what
    // "you" type on it; not a keylogger's or a banking trojan's, a keyboard's that learns, a shop's form that
    // asks what customers must type, nor a parental-control app's.
    [
      'Sentry brings session replay to mobile apps; a banking trojan captures what customers type; ' +
        'new malware records everything you type; the keyboard learns from everything you type; ' +
        'wichtig ist, was Kunden eintippen müssen; Kinderschutz-Apps zeichnen alles auf, was das Kind eintippt; ' +
        "the anti-cheat software records users' mouse movements",
      'tracking-ads',
      'Shops run session replay scripts; Session-Replay-Skripte; the scripts capture what visitors type; ' +
        "websites are recording everything you type; scripts record visitors' mouse movements",
    ],
    // Stop 38: people's data shared or passed on to the platforms and advertisers whose ads it feeds, and sold
    // to insurers, with the verb of passing it on; not requests to Meta, data from Meta, what a claimant gives
    // an insurer, photos moved to Facebook, nor anyone's data whoever passes it (the FBI, an election office,
    // a weather service: review).
    [
      'Researchers get aggregated data from Meta; the claimant must pass information to insurers; ' +
        'the brand moved its ad budget to Meta; die Polizei stellte Anfragen an Meta; ' +
        'melden Sie die Unfalldaten an Ihren Versicherer; back up your photos to Facebook; ' +
        'the FBI shared data with Meta; the startup shared its data with Meta; ' +
        'der Wetterdienst hat Klimadaten an Meta übermittelt; die Angaben an TikTok weitergegeben; ' +
        'Antragsteller geben Gesundheitsdaten an Versicherer',
      'customer-analytics',
      "The therapy app shared users' data with Facebook; it passed health data to Meta; " +
        'die Zyklus-App gab Gesundheitsdaten an Werbenetzwerke weiter; die Nutzerdaten an Meta übermittelt; ' +
        'sold driving data to insurers; Fahrdaten an Versicherer verkauft',
    ],
    // A shop's recognition pointed at its shoppers; not the police's at a station.
    [
      'Police use facial recognition at the station to identify suspects',
      'face-analysis',
      'Rite Aid used facial recognition on shoppers it suspected',
    ],
    // Shoppers or customers identified say nothing of faces (review): a bank's papers, a study's returns.
    [
      'The bank checks passports to identify customers; the study helps retailers to identify shoppers who return goods',
      'face-analysis',
      'Facewatch runs facial recognition of customers; Gesichtserkennung bei Kunden',
    ],
    // Users' posts sold or licensed, and whose they are when they train AI; not a house sold or a model
    // trained on licensed books.
    [
      'He sells houses and licenses photos; the models were trained on licensed books',
      'ai-training-on-users-data',
      "Reddit sells users' posts; the posts and comments of its users to train artificial intelligence models",
    ],
    // Paid with one's data, discounts for it, and every purchase of a shop's customers, in both languages
    // and German word orders; not paid by card or phone, a discount for an old device, or a till's records
    // for the tax office.
    [
      'Shoppers pay with their phones; Kunden zahlen mit Karte; Rabatt gegen Altgerät; jede Kasse muss jeden Einkauf erfassen',
      'customer-analytics',
      'Shoppers pay with their data; wer die App nutzt, bezahlt mit seinen Daten; Rabatte gegen Daten; ' +
        'die Händler registrieren jeden Einkauf ihrer Kunden',
    ],
    // Points and rewards for data are a citizen-science scheme's too (review); given in exchange, a shop's.
    [
      'Birdwatchers earn points for their data; Vorteile für Daten aus dem Garten; rewards for their data uploads',
      'customer-analytics',
      'Die Kundenkarte gibt Punkte gegen Daten; shoppers get rewards in exchange for their data',
    ],
    // Every purchase alone is the till's, whatever the word order (review).
    [
      'Registrierkassen speichern jeden Einkauf; the tills record every purchase',
      'customer-analytics',
      'Kaufland registriert jeden Einkauf seiner Kunden',
    ],
    // What a company knows of the reader with the verb last, and data collected all the time or unseen with
    // the adverb between; not what a clause says of her ("was er über sie weiß").
    [
      'Was er über sie weiß, bleibt offen',
      'customer-analytics',
      'Was Ihr Auto über Sie weiß; moderne Autos sammeln ständig Daten; Smart-TVs erfassen heimlich Daten',
    ],
    // What a company knows of the reader, said with the verb last; not what a doctor or a landlord must or
    // may know of the reader (review).
    [
      'Was Ihr Arzt über Sie wissen muss; was der Vermieter über dich wissen darf',
      'customer-analytics',
      'Was Ihr Fernseher über Sie weiß; was die App über dich weiß',
    ],
    // Data stored in secret is the state's (review); stored all the time, a device's.
    [
      'Der Verfassungsschutz speichert heimlich Daten über Fans; die Behörden speichern unbemerkt Daten',
      'customer-analytics',
      'Der Fernseher speichert ständig Daten; die Apps speichern laufend Daten',
    ],
    // Stop 37: the work of moderation names its workers, not the firms that sell moderation software; a
    // scraping outfit is one that scrapes people's data for a living, not a service that fetches shop pages
    // for a price tracker nor one that scrapes a boat's hull.
    [
      'Checkstep, a content moderation company, sells content moderation tools; content moderation firms raise money; ' +
        'the DSA report counts content moderation staff by language; Content-Moderation-Mitarbeiter je Amtssprache',
      'gig-work',
      'content moderation workers in Nairobi',
    ],
    [
      'Build a price tracker with a scraping service; Scraping-Dienste im Vergleich; a hull scraping service at the marina',
      'customer-analytics',
      'an Internet-scraping outfit sells access to their messages',
    ],
    // Jobs and workers that AI affects, not where the text denies it, nor German "Stellen" that are places.
    [
      'The AI rollout will not affect workers, the bank said; it can grow without affecting workers; it is not expected to affect workers; rules affecting workers; 200 Arbeitsplätze sind betroffen',
      'job-cuts',
      'how AI will affect workers',
    ],
    // Gig jobs are session musicians' and actors' as often as gig work's (review, stop 38).
    [
      'Session musicians take gig jobs between tours',
      'gig-work',
      'Gig-Arbeiter demonstrieren; rules for gig apps',
    ],
  ])('does not take "%s" for %s, but its true forms ("%s")', (falseHit, concept, trueForms) => {
    expect(conceptsIn(falseHit)).not.toContain(concept);
    // Each true form on its own: a row passes only if every form it lists is read.
    for (const form of trueForms.split('; ')) expect(conceptsIn(form), form).toContain(concept);
  });

  // Issue 11: families in both languages with their usual forms, not the one word a page used.
  it.each([
    // Staff fired, reduced and cut by a share or a count, and jobs cut in the passive, so that no
    // job-cut page hangs on one of them (`npm run ablation`).
    [
      'job-cuts',
      [
        'Duolingo fires translators in favor of AI',
        'the company is firing engineers',
        'Der Konzern feuert Mitarbeiter',
        'staff reductions at the plant',
        'impacted by these role reductions',
        'die Personalreduzierung im Werk',
        'the reduction of our contract workforce',
        'a reduction in the workforce',
        'companies shrinking their employee size',
        'Meta plans to reduce its headcount',
        'Die Firma will die Belegschaft verkleinern',
        'they had to make major cuts',
        'Meta cut tens of thousands of its staff',
        'Duolingo cut 10 percent of its contracted translators',
        'roughly 115 positions may be eliminated',
        'Hunderte Stellen sollen gestrichen werden',
      ],
    ],
    [
      'fewer-hires',
      [
        'AI tools cut demand for junior developers',
        'it reduces demand for entry-level engineers',
        'the company no longer needs as many people',
        'teams now need fewer engineers',
        'Die Firma braucht weniger Mitarbeiter',
        'graduates are struggling to find entry-level jobs',
        'they struggle to find work',
        'employment has declined since 2022',
        'fewer job openings for graduates',
        'Es gibt weniger offene Stellen',
      ],
    ],
    [
      'cloud-ai',
      ['AI-driven coding tools', 'an AI-powered robot', 'AI-based screening', 'KI-gestützte Systeme'],
    ],
    [
      'job-cuts',
      [
        'Amazon to cut 14,000 jobs',
        'Meta is axing some 10,000 positions',
        'Google sheds hundreds of roles',
        'plans to eliminate up to 400 employees',
        'Der Konzern baut rund 1.500 Arbeitsplätze ab',
        'Siemens streicht Tausende Stellen',
        'der Abbau von 2000 Stellen',
        'Der Händler entlässt 300 Mitarbeiter',
        'Maybe GitLab did need to trim the fat',
        'Der Konzern will sein Personal verschlanken',
        'if a human worker replaced one',
      ],
    ],
    [
      'workplace-surveillance',
      [
        'using AI to check employee messages',
        'a tool that scans workers’ emails',
        'measured work interruptions',
        'tracking real-time employee sentiment',
        'insider risk programs',
        'Leerlaufzeiten der Beschäftigten',
      ],
    ],
    ['cloud-ai', ['Amazon verkauft Rechenkapazität', 'selling computing capacity', 'Cloud-Dienste']],
    ['retail-marketplace', ['das Online-Versandhaus', 'Versandhäuser']],
    [
      'chinese-shopping-platforms',
      [
        'Temu and Shein',
        'TikTok Shop',
        'Chinese e-commerce platforms',
        'chinesischen Onlinehändlern',
        'Billigplattformen',
        'ein chinesischer Marktplatz',
      ],
    ],
    [
      'customer-analytics',
      [
        'Your private information',
        'sensitive data',
        'Ihre privaten Daten',
        'sensibler Daten',
        'private info',
        'die Benutzerdaten',
        'every customer touchpoint',
        'the customer journey',
        'Der Schlüssel wird an Microsoft-Server übermittelt',
        'Die Aufnahmen an die Server übermitteln',
        'recordings are sent to its servers',
        'the app phones home',
      ],
    ],
    [
      'customer-analytics',
      ['combining support tickets with purchase data', 'purchasing data', 'die Einkaufsdaten der Kunden'],
    ],
    [
      'job-cuts',
      [
        'Im Werk sollen 500 Stellen wegfallen',
        'der Wegfall von Arbeitsplätzen',
        'der Wegfall von Stellen',
        'SAP plant, 8000 Stellen abzubauen',
        'um Arbeitsplätze abzubauen',
        'um Jobs abzubauen',
        'um 300 Stellen zu streichen',
        'wer seinen Arbeitsplatz verliert',
        'Tausende könnten ihren Job verlieren',
      ],
    ],
    ['cloud-ai', ['Der Umzug in die Cloud', 'a shift to the cloud']],
    // AI in the phrases that name it as a technology, not only as the two letters.
    ['cloud-ai', ['AI tools replacing workers', 'der Einsatz von KI', 'neue KI-Tools', 'the AI boom']],
    [
      'tracking-ads',
      [
        'Die Anwender werden ausspioniert',
        'Nutzer ausspionieren',
        'die Bespitzelung von Journalisten',
        'Kunden wurden bespitzelt',
      ],
    ],
    // No page may hang on "privacy" or on one form of data collected (issue 11, `npm run ablation`).
    [
      'privacy',
      [
        'privacy-invasive bills',
        'a privacy-focused browser',
        'privacy-preserving telemetry',
        'concerns about user privacy',
        'invading personal privacy',
        'protect the privacy of your users',
        'new privacy laws',
        'our private lives',
        'Eingriffe ins Privatleben',
        'die informationelle Selbstbestimmung',
      ],
    ],
    [
      'customer-analytics',
      [
        'what data will be collected',
        'the data is collected by the app',
        'the data was collected without consent',
        'data are gathered from every click',
        'data gathered through vendors',
        'our data is being harvested',
        'the data were harvested',
        'collecting more data to sell it',
        'Die Daten werden gesammelt',
        'Daten werden erhoben',
        'Stammdaten wie Name, E-Mail und Bankdaten',
        'die Kontodaten der Kunden',
        'Zahlungsdaten und Zahlungsinformationen',
        'payment data and payment information',
        'in der Kritik, zu viele Daten zu sammeln',
        'gezwungen, diese Daten zu erheben',
        'Apps, die Daten abgreifen',
        'Firmen haben Daten abgeschöpft',
      ],
    ],
    ['location-data', ['buying location information', 'Standortinformationen der Nutzer']],
    [
      'tracking-ads',
      [
        'interest tracking by cookies',
        'interest-targeted advertising',
        'the adtech industry',
        'Ad-Tech-Firmen',
      ],
    ],
    [
      'doorbell-camera',
      ['set up your home security system', 'home surveillance cameras', 'die Heimüberwachung per App'],
    ],
    [
      'tracking-ads',
      [
        'it will show you ads',
        'the TV shows you commercials',
        'tailored advertising',
        'targeting you with ads',
        'auf Sie zugeschnittene Werbung',
        'maßgeschneiderte Werbung',
        'relevante Werbung',
        'dir Werbung anzeigen',
        'die automatische Inhaltserkennung',
        'content recognition',
      ],
    ],
    [
      'self-tracking',
      [
        'Fitnessbänder und Smartwatches',
        'mit Fitnesstrackern',
        'an activity tracker',
        'wearables',
        'Selbstvermessung',
      ],
    ],
    [
      'location-data',
      ['location-based social networks', 'standortbasierte Dienste', 'it tracks your location'],
    ],
    [
      'fewer-hires',
      [
        'a hiring freeze',
        'fewer hires this year',
        'The bank slowed hiring',
        'Der Einstellungsstopp gilt ab Mai',
        'Stellen werden nicht nachbesetzt',
        'weniger Neueinstellungen',
        'Keine Neueinstellungen mehr',
      ],
    ],
    // No page may hang on one word of these (issue 11, `npm run ablation`).
    [
      'exploitation',
      [
        'I was a warehouse wage slave',
        'the new wage slavery',
        'sweatshops in the supply chain',
        'exploited workers',
        'Lohnsklaverei im Versandlager',
        'ausbeuterische Arbeitsbedingungen',
        'Lohndumping bei Subunternehmern',
      ],
    ],
    [
      'job-cuts',
      [
        'more downsizing ahead',
        'redundancies at the plant',
        'a workforce reduction of ten percent',
        'plans to eliminate jobs',
        'cutting jobs in the newsroom',
        'Personalabbau bei der Bank',
        'Stellenstreichungen und eine Massenentlassung',
      ],
    ],
    ['pay-and-strikes', ['a low-paying job', 'low-wage workers', 'underpaid staff', 'im Niedriglohnsektor']],
    [
      'job-cuts',
      [
        'many jobs will be lost to artificial intelligence',
        'a lot of jobs are going to be lost',
        'jobs at risk from automation',
        'a threat to jobs',
        'Durch die KI gehen Arbeitsplätze verloren',
        'gefährdete Arbeitsplätze',
        'Tausende Jobs in Gefahr',
      ],
    ],
    [
      'job-cuts',
      [
        'translators losing work to AI',
        'losing jobs to automation',
        'robots will take over jobs',
        'Roboter werden diese Arbeit übernehmen',
        'a writer who lost their job',
        'Sie hat ihren Job verloren',
        'mass layoffs at the studio',
        'a new wave of layoffs',
      ],
    ],
    [
      'job-cuts',
      [
        'AI is a labor-replacing tool',
        'the labour replacement has begun',
        'replacing human employees',
        'worker displacements to come',
        'a kitchen light on human staff',
        'a task for a robot, not for human workers',
        'KI statt menschlicher Arbeitskräfte',
        'Roboter verdrängen Arbeitskräfte',
        'Maschinen, die Arbeitskräfte verdrängen',
      ],
    ],
    [
      'job-cuts',
      [
        'GitLab announced layoffs today',
        'staff were let go',
        'workers put out of work',
        'the impact of AI on jobs',
        'a fight to save jobs',
        'affecting wages and even eradicating jobs',
        'AI could wipe out 300 million jobs',
        'automation has wiped out jobs',
        'die Umstrukturierung des Konzerns',
        'Arbeitsplätze retten',
        'Auswirkungen auf den Arbeitsmarkt',
      ],
    ],
    ['automation', ['the automation of newsrooms', 'Roboter und Robotik', 'automatisierte Lager']],
    [
      'injuries-at-work',
      [
        'warehouse injury rates',
        'unsafe working conditions',
        'an OSHA inspection',
        'worker safety',
        'ein Arbeitsunfall im Lager',
        'Arbeitsschutz und Arbeitssicherheit',
        'classified as an accident at work',
        'an occupational accident',
        'workplace accidents',
        'recognised as an occupational disease',
        'an occupational illness',
      ],
    ],
    [
      'warehouse-work',
      ['years of warehouse work', 'a warehouse worker', 'warehouse jobs', 'after working in warehouses'],
    ],
    [
      'workplace-surveillance',
      [
        'intrusive employee monitoring',
        'workplace surveillance software',
        'apps that track workers',
        'bossware on the laptop',
        'Überwachung am Arbeitsplatz',
        'die Überwachung der Beschäftigten',
        'eine lückenlose Leistungskontrolle',
        'Arbeitgeber, die Mitarbeiter überwachen',
        'software that monitors employee sentiment',
        'monitoring workers at home',
        'AI to check employee messages',
        "reading employees' emails",
        'spying on workers',
        'die Nachrichten der Mitarbeiter',
        'Firmen, die ihre Mitarbeiter ausspionieren',
      ],
    ],
    ['customer-analytics', ['die Datenverwertung der Konzerne', 'verwertbare Daten', 'Daten verwerten']],
    [
      'customer-analytics',
      [
        'to predict customer behavior',
        "customers' buying behaviour",
        'actionable consumer insights',
        'customer segments for campaigns',
        'E-Commerce-Analytics',
        'retail analytics platforms',
        'customer lifetime value (CLV)',
        'das Kundenverhalten vorhersagen',
        'die Kundensegmente',
        'Kundenanalysen',
      ],
    ],
    ['smart-home', ['a robot cleaner', 'Wischroboter', 'smart blinds and smart lighting']],
    ['doorbell-camera', ['a security camera', 'die Sicherheitskamera im Flur']],
    ['privacy', ['Datenschutz und Datensicherheit', 'data security']],
    ['smart-home', ['Echo Dot, Designed for Alexa', 'works with Alexa']],
    // Pages that hung on one entry in `npm run ablation`: each family in more of its real forms.
    ['delivery-work', ['die Tarife der Logistik-Branche', 'in der Paket-Branche', 'im Paket-Zentrum']],
    [
      'pay-and-strikes',
      [
        'picketing outside the club',
        'on the picket line',
        'Streikposten vor dem Tor',
        'the labor movement',
        'die Arbeiterbewegung',
        'collective bargaining',
        'die Tarifverhandlungen',
        'a petition with the NLRB',
        'the National Labor Relations Board',
      ],
    ],
    [
      'pay-and-strikes',
      [
        'die Privatangestellten-Gewerkschaft',
        'die Angestellten des Konzerns',
        'Arbeitnehmer und Arbeitgeber',
        'die Belegschaft des Werks',
        'der Sozialplan für die Betroffenen',
        'a social plan for the staff',
      ],
    ],
    [
      'injuries-at-work',
      [
        'the Central Institute for Labor Protection',
        'the Labour Inspectorate investigated',
        'a labor inspection at the plant',
        'das Arbeitsinspektorat prüft',
        'die Gewerbeaufsichtsämter',
        'a workplace death',
        'worker deaths in warehouses',
        'he died on the job',
        'Tod am Arbeitsplatz',
        'years of hard physical work',
        'physically demanding shifts',
        'die Arbeit ist körperlich anstrengend',
      ],
    ],
    [
      'microphones',
      [
        'gespeicherte Audiodateien',
        'stored audio files',
        'Sprachdaten der Nutzer',
        'voice data',
        'the voice recordings',
        'gespeicherte Sprachaufnahmen',
      ],
    ],
    [
      'tracking-ads',
      [
        'There is no EU cookie banner law',
        'die lästigen Cookie-Banner',
        'consent banners everywhere',
        'consent popups',
        'der Cookie-Hinweis',
        'ein Einwilligungsbanner',
      ],
    ],
    ['privacy', ['their anonymity online', 'die Anonymität im Netz', 'die Klarnamenpflicht']],
    [
      'customer-analytics',
      [
        "to share people's information with companies like ours",
        "apps sharing people's data with advertisers",
        'real names added to anonymous profiles',
        'anonyme Profile',
        'anonymen Nutzern',
        'users were doxxed',
        'doxing of critics',
        'deanonymised accounts',
        'die Nutzer wurden deanonymisiert',
      ],
    ],
    [
      'doorbell-camera',
      [
        'the best home security cameras',
        'an outdoor camera',
        'indoor cameras',
        'a wireless camera',
        'Wi-Fi cameras',
        'eine IP-Kamera',
        'die Außenkamera',
        'a baby monitor',
        'das Babyphone',
      ],
    ],
    ['smart-home', ['a vacuum robot', 'the robot vac', 'a robot mop', 'Saugwischroboter']],
    [
      'cloud-ai',
      [
        'machine learning',
        'maschinelles Lernen',
        'large language models',
        'an LLM',
        'ein Sprachmodell',
        'Anthropic',
        'Claude Opus output',
      ],
    ],
    [
      'job-cuts',
      ['the company lays off staff', 'laying off 500 people', 'staff cuts', 'Mitarbeiter entlassen'],
    ],
    ['automation', ['Prozesse automatisieren']],
    ['prime', ['Prime Gaming', 'subscribers', 'ein Abonnement', 'die Abonnenten']],
    ['amazon-group', ['IMDb', 'Goodreads', 'Zoox', 'Project Kuiper']],
    [
      'face-recognition',
      [
        'biometric data',
        'palm recognition',
        'a palm-scanning service',
        'palm scanners at the till',
        'your palm prints',
        'palm vein scanners',
        'palm and vein images',
        'vein patterns of the hand',
        'vein recognition',
        'die Venenerkennung',
        'das Venenmuster der Hand',
        'scanning your palm at the gate',
        'it scans your palm',
        'fingerprint scanning',
        'biometrische Daten',
        'die Biometrie',
        'Handflächenerkennung',
        'Handflächenscanner',
        'Handvenenscan',
        'ein Fingerabdruckscanner',
      ],
    ],
    // Pages that hung on one entry in `npm run ablation` (issue 11): more of each family's real forms.
    [
      'tracking-ads',
      [
        'apps tracking users across the web',
        'user tracking',
        'the app tracks you everywhere',
        'sites that track you',
        'tracking cookies',
        'cross-site tracking',
        'Apps, die Nutzer verfolgen',
        'Die App verfolgt Nutzer',
      ],
    ],
    [
      'smart-home',
      ['a Roomba j7', 'the Roborock S8', 'a Deebot X2', 'Ecovacs robots', 'a Dreame L10s', 'Neato'],
    ],
    [
      'doorbell-camera',
      ['a doorbell camera', 'doorbell cams', 'a smart doorbell', 'die Klingelkamera', 'eine Türkamera'],
    ],
    // Held-out pages moved to tune (issue 11): the collection of people's data in more English forms.
    [
      'customer-analytics',
      [
        'the data collected by your car',
        'car companies are collecting information',
        'data-hungry dating apps',
        'they may share your personal data',
        'apps that sell your data',
      ],
    ],
    [
      'customer-analytics',
      ['first-party data', 'third-party data', 'their transaction data', 'die Transaktionsdaten der Kunden'],
    ],
    [
      'job-cuts',
      [
        'illustrators losing work to AI',
        'translators have lost work',
        'a loss of income',
        'Übersetzer verlieren Aufträge',
        'sie verlieren ihre Arbeit',
        'die ihre Arbeit verloren haben',
        'Aufträge verloren',
        'robots that cut labor costs',
        'um Personalkosten zu senken',
      ],
    ],
    [
      'tracking-ads',
      ['a retail media network', 'targeted offers', 'personalised offers', 'personalisierte Angebote'],
    ],
    ['retail-marketplace', ['an e-commerce platform', 'a commerce platform', 'online merchants']],
    // modernretail-temu-ad-spend: China's shopping platforms by more names and by what they are.
    [
      'chinese-shopping-platforms',
      [
        'PDD reported higher revenue',
        'JD.com and Jingdong',
        'ordered on DHgate',
        'a Banggood coupon',
        'a Chinese retailer',
        'the Chinese online marketplace',
        'chinesische E-Commerce-Plattformen',
        'ein chinesischer Versandhändler',
        'chinesische Billighändler',
        'die Billig-Plattformen',
        'Onlinehändler aus China',
      ],
    ],
    // modernretail-temu-ad-spend: the cheap goods they sell, in both languages, beside "Billigware".
    [
      'chinese-marketplaces',
      [
        'cheap goods from abroad',
        'its low-priced items',
        'low-priced products',
        'Billigprodukte',
        'die Billigartikel',
      ],
    ],
    // theverge-ftc-amazon-signal-evidence: an antitrust case known by its authority as well as its name.
    [
      'market-power',
      [
        'the FTC sued Amazon',
        'a competition regulator',
        "Britain's competition watchdog",
        'the Competition and Markets Authority',
        "the EU's competition commissioner",
        'anticompetitive conduct',
        'die Wettbewerbsbehörde ermittelt',
        'die EU-Wettbewerbskommissarin',
        'unter Wettbewerbsaufsicht',
        'wettbewerbsrechtliche Bedenken',
        'wettbewerbswidriges Verhalten',
        'der Digital Markets Act',
      ],
    ],
    // cnbc-amazon-anthropic-investment: a company's stakes in others and the money it puts into them.
    [
      'market-power',
      [
        'Amazon will maintain a minority stake',
        'a controlling stake in the startup',
        'its largest venture investment yet',
        'the largest outside investment in its history',
        'a strategic investment in Anthropic',
        'eine Minderheitsbeteiligung an dem Start-up',
        'die Mehrheitsbeteiligung',
        'Risikokapitalgeber und Wagniskapital',
      ],
    ],
    [
      'location-data',
      [
        'tags that broadcast their whereabouts',
        'apps that know your whereabouts',
        'die App kennt ihren Aufenthaltsort',
      ],
    ],
    ['tracking-tags', ['radio frequency ID tags', 'radio-frequency ID chips']],
    [
      'gig-services',
      [
        'Uber-like surge pricing',
        'rideshare services',
        'a ride-hailing app',
        'ridesharing',
        'Fahrdienstvermittler wie Uber',
        'die Lieferdienste der Stadt',
        'Essenslieferdienste',
        'food delivery apps',
        'customers deleted their delivery apps',
        'die Liefer-Apps',
      ],
    ],
    [
      'home-mapping',
      [
        'a robot vacuum with mapping',
        'robot vacuums with mapping',
        'the best mapping robot vacuum',
        'ein Saugroboter mit Kartierung',
      ],
    ],
    // The data trade, fingerprinting and consent in more of their forms (stop 25, `npm run ablation`).
    [
      'data-trade',
      [
        'dozens of people search sites',
        'a people-search website',
        'the data brokerage industry',
        'an information broker',
        'Datenbroker und Adresshändler',
        'der Adresshandel',
        'eine Personensuchmaschine',
        'a data removal service',
        'data removal companies',
        'a personal data removal service',
      ],
    ],
    [
      'tracking-ads',
      [
        'the browser fingerprint',
        'device fingerprints',
        'audio fingerprinting',
        'canvas fingerprinting',
        'der Browser-Fingerabdruck',
        'der Fingerabdruck des Browsers',
        'ad-tracking technology',
        'the tracking industry',
        'to track a user',
        "Google's Privacy Sandbox",
        'the Topics API',
        'FLoC',
      ],
    ],
    [
      'customer-analytics',
      [
        'brokers sell information they gathered',
        'the company sold information on its users',
        'sold personal data to insurers',
        'personal data being sold',
        'selling consumer data to the police',
        'sells user data',
        'Die Daten werden verkauft',
        'datenhungrige Apps',
        'apps hungry for data',
      ],
    ],
    [
      'privacy',
      [
        'names added without their consent',
        'without your consent',
        'ohne Einwilligung der Nutzer',
        'ohne ihre Zustimmung',
        "the data subject's agreement",
        'the ePrivacy directive',
        'the cookie law',
      ],
    ],
    // Stop 26, pages that hung on one entry: data bought and sold by the deal's own words, people's
    // communications as data, privacy violated, and real names.
    [
      'data-trade',
      [
        'location data purchased from an app maker',
        'phone data bought from brokers',
        'agencies buy sensitive information about Americans',
        'they buy personal information',
        'bans on the sale of personal data',
        'the sale of personal information',
        'der Datenverkauf',
        'der Verkauf von Daten an Werbefirmen',
        'der Verkauf personenbezogener Daten',
        'der Ankauf von Daten durch Behörden',
        // Stop 29: credit bureaus and the credit data they score and sell.
        'a credit bureau sold the files',
        'the three credit reporting agencies',
        'Auskunfteien wie die Schufa',
        'eine der größten Wirtschaftsauskunfteien',
      ],
    ],
    // Stop 29: consumers scored on their data by credit bureaus and lenders (okfn-openschufa-*).
    [
      'credit-scoring',
      [
        'sammeln sog. Bonitätsdaten über Verbraucher',
        'berechnete Bonitätsscores',
        'bei Kredit und Handyvertrag spielt der Schufa-Score eine Rolle',
        'das Scoring-Verfahren der Schufa',
        'die Scores der Auskunfteien',
        'den Schufa-Bankenscore',
        'Kredit-Scoring für den Verbraucher verständlich machen',
        'ihr Score-Wert und die Scorewerte',
        'Angaben über die Kreditwürdigkeit',
        'eine Kreditwürdigkeitsprüfung',
        'die Bonität des Kunden',
        'negative Einträge und Negativmerkmale',
        'keine negativen Merkmale',
        'Dein Zahlungsverhalten',
        'a bad credit score',
        'credit scoring by lenders',
        'his creditworthiness',
        'landlords run a credit check',
        'a thin credit history and payment history',
        'lenders use the score to decide on a loan',
      ],
    ],
    [
      'credit-bureaus',
      [
        'Wir knacken die Schufa!',
        'die SCHUFA-Auskunft',
        'Experian, Equifax and TransUnion',
        'Creditreform Boniversum',
      ],
    ],
    [
      'customer-analytics',
      [
        'welche persönlichen Informationen vorliegen',
        'persönliche Informationen an Dritte verkaufen',
        'die Kommunikationsdaten der Kunden',
        'gespeicherte Verbindungsdaten',
        'communications data',
        'call detail records',
      ],
    ],
    [
      'privacy',
      [
        'a privacy violation',
        'privacy invasions',
        'a violation of privacy',
        'ein Eingriff in die Privatsphäre',
        'die Verletzung der Privatsphäre',
        'their real names',
        'consumers must opt out of the sale of their data',
        'users who opted-out of tracking',
        'opting out of data collection; those who opted in to data sharing',
        'to opt out of targeted advertising',
        "respecting users' consent",
        'without user consent',
      ],
    ],
    // Stop 28: a person's body recorded as data.
    [
      'biometric-data',
      [
        'biometric data collected by the Orb',
        'biometric information',
        'iris scans',
        'the company is iris scanning people',
        'to scan their eyeballs',
        'scan your eyeball',
        'Iris-Scans für eine digitale ID',
        'biometrische Daten',
        'biometrischer Merkmale',
        'voiceprints and faceprints',
        'fingerprint data',
      ],
    ],
    [
      'identity-data',
      [
        "users' legal names",
        'their legal identity',
        'the platform demands official IDs',
        'a government-issued ID',
        'ID documents',
        'the identity verification industry',
        'platforms require ID verification',
        'to verify your identity',
        'your full legal name',
        "a person's legal identity",
        'mit ihrem bürgerlichen Namen angemeldet',
        'Google verlangt, er müsse sich mit seinem korrekten bürgerlichen Namen anmelden',
        'eine Ausweiskopie',
        'Ausweisdokumente hochladen',
        'die Identitätsprüfung',
        // Stop 31: the real-name requirement and the pseudonymous use the law grants against it.
        'die Klarnamenpflicht bei Facebook',
        'gegen die Klarnamen-Pflicht',
        'der Klarnamenzwang',
        "the network's real-name requirement",
        'das Recht auf pseudonyme Nutzung',
        'zugunsten der pseudonymisierten Nutzung',
        'the pseudonymous use of the service',
        'den Dienst anonym oder pseudonym nutzen',
        'die Nutzung anonym oder unter Pseudonym ermöglichen',
        'anonym oder unter einem Pseudonym',
        'Profile unter Pseudonymen verwenden',
        'unter einem Pseudonym angemeldet',
      ],
    ],
    // Stop 27: the families of pages that hung on one entry, in both languages and their usual forms.
    [
      'customer-analytics',
      [
        'Das Gerät übermittelt Daten an den Hersteller',
        'Die App sendet Daten an Google',
        'Daten werden übermittelt',
        'die Datenübermittlung an Dritte',
        'die Übermittlung von Daten',
        'die Übermittlung der Daten',
        'die Übermittlung personenbezogener Daten',
        'Der Schlüssel wird automatisch übermittelt',
        'Das Auto überträgt Daten',
        'Daten an den Hersteller',
        'the TV sends data to its maker',
        'apps that send data to Facebook',
        'the app sent data to Meta',
        'sending data to servers in China',
        'the car transmits data',
        'transmitted data',
        'transmitting data',
        'Windows automatically sends the key',
        'the phone automatically uploads photos',
        'automatically uploaded',
        'devices that phone home',
        'phoning home',
        'it phoned home',
        'stored on servers',
        'stored on its servers',
        'stored on their servers',
        'auf Servern gespeichert',
        'auf den Servern gespeichert',
        'die Speicherung auf Servern',
      ],
    ],
    [
      'privacy',
      ['die Verschlüsselung', 'Verschlüsselungssoftware', 'verschlüsselt', 'verschlüsselte Nachrichten'],
    ],
    [
      'privacy',
      [
        'a trustworthy VPN service',
        'the best VPNs',
        'ein VPN-Dienst',
        'a virtual private network',
        'its no-logs policy',
        'a password manager',
        'Passwort-Manager',
        'ein Passwortmanager',
        'pseudonymity online',
        'die Pseudonymität',
        'privacy-respectful browsers',
        'privacy-enhancing tools',
        'datenschutzfreundliche Dienste',
        'for better privacy',
        'more privacy',
        'good privacy habits',
        'privacy tips',
        'a privacy tool',
        'mehr Privatsphäre',
        'bessere Privatsphäre',
        'Datenschutz-Tipps',
        'enhanced tracking protection',
        'intelligent tracking prevention',
        'anti-tracking features',
        'tracker blocking',
        'advanced fingerprinting protection',
        'anti-fingerprinting measures',
        'der Trackingschutz im Browser',
        'ein Tracking-Schutz',
        'the Do Not Track signal',
      ],
    ],
    [
      'tracking-ads',
      [
        'targeted adverts',
        'targeted advertisements',
        'targeted marketing',
        'behavioural advertising',
        'behavioral targeting',
        'behavioural targeting',
        'microtargeting',
        'micro-targeting',
        'gezielte Werbung',
        'gezielte Anzeigen',
        'verhaltensbasierte Werbung',
        'users targeted with ads',
      ],
    ],
    [
      'data-trade',
      [
        'data aggregators',
        'a data reseller',
        'data vendors',
        'Datenaufkäufer',
        'Datenhändlerinnen',
        'the company sells personal data',
        'selling personal data',
        'it sold personal information',
        'selling personal information',
        'personal data for sale',
        'der Handel mit Nutzerdaten',
        'der Handel mit persönlichen Daten',
        'die App verkauft Nutzerdaten',
        'brokers of personal information',
      ],
    ],
    [
      'face-analysis',
      [
        'demographic detection software',
        'a demographic analysis of passersby',
        'the age and gender of shoppers',
        'Alter und Geschlecht der Kunden',
        'facial analysis',
        'collecting facial information',
        'Gesichtsdaten',
        "the customers' faces",
        'the faces of buyers',
        'Die Automaten scannen Gesichter',
        'Gesichter der Passanten',
      ],
    ],
    [
      'driving-data',
      [
        'Miles überwacht Dein Fahrverhalten',
        'Sensor-Daten zum Fahrverhalten',
        'mit Telematik-Sensoren ausgestattet',
        'Fahr- und Fahrzeugdaten',
        'vernetzte Autos',
        'the use of telematics data',
        'details about driving habits',
        'connected cars report on their drivers',
        'Daten zu Fahrzeug, Fahrverhalten und Standort gesammelt',
        "automakers shared their customers' driving habits",
        'das Fahrverhalten der Fahrer',
      ],
    ],
    ['location-data', ['Wir verarbeiten Geolokalisierungsdaten']],
    [
      'customer-analytics',
      [
        'the power to predict your behavior',
        'models that predict their behaviour',
        'to predict users behavior',
        'Algorithmen, die Ihr Verhalten vorhersagen',
        'um dein Verhalten vorherzusagen',
      ],
    ],
    ['tracking-ads', ['to show you adverts', 'serving you adverts']],
    ['privacy', ['closer into our personal lives', 'his personal life']],
    // datenanfragen-honey-browser-extension-history-data: what people do as they browse, recorded.
    [
      'customer-analytics',
      [
        'Honey sammelt Daten zum Surfverhalten',
        'den Browser-Verlauf protokollieren',
        'sites that share your browsing behavior',
        'trackers that log your browsing behaviour',
      ],
    ],
    // Data a company holds on people, stored on them (datenanfragen-lieferando-rider-monitoring,
    // datenanfragen-miles-carsharing-driving-sensors).
    [
      'customer-analytics',
      [
        'Auskunft über die gespeicherten Daten',
        'Auskunft über die zu Dir gespeicherten Daten',
        'die zu Ihnen gespeicherten Daten',
        'die über Sie gespeicherten Daten, die über dich gespeicherten Daten',
        'die gespeicherten personenbezogenen Daten',
        'die Speicherung personenbezogener Daten',
      ],
    ],
    // The piece workers behind AI and the platforms, by their tasks.
    [
      'gig-work',
      [
        'data labelers',
        'data labellers',
        'data annotators',
        'content moderators formed a union',
        'die Content-Moderatoren',
      ],
    ],
    // An assistant called by its wake phrase, and toys that go online in the nursery.
    [
      'voice-assistant',
      [
        '"Hey Google, set a timer"',
        'Hey Google, are you spying on me?',
        'Okay Google, tell me a secret.',
        'Say "OK Google" to the phone',
        'Sag einfach „Ok Google“ zum Handy',
      ],
    ],
    ['smart-home', ['connected toys', 'internet connected toys', 'smart toys']],
    // People's data abused, and used in the -ing form and as their information (held-out
    // irlpodcast-grand-bargain-privacy, moved to tune); the users as the product in the saying's
    // contraction; and the firms that mine people's data.
    [
      'customer-analytics',
      [
        'the use and abuse of data',
        'the abuse of personal data',
        'a company is using our information to predict',
        'using your data',
        'how the state uses your information',
        "If you're not paying, you're the product",
        'you are the product',
      ],
    ],
    [
      'data-trade',
      ['a massive data-mining company', 'data mining companies in schools', 'the data-mining firm'],
    ],
    // The labour and home families in the ordinary words of reports on them (stop 31's audit).
    ['delivery-work', ['die Paketfahrerin', 'Zustellfahrer', 'die Auslieferungsfahrer', 'die Lieferboten']],
    [
      'warehouse-work',
      ['an order picker', 'warehouse associates', 'die Logistikarbeiter', 'die Lagerbeschäftigten'],
    ],
    [
      'warehouse-site',
      [
        'a sortation center',
        'the sort center',
        'a delivery station',
        'im Auslieferungslager',
        'das Versandlager',
      ],
    ],
    ['gig-work', ['deactivated drivers', 'driver deactivations']],
    ['job-cuts', ['plans to reduce headcount', 'trimmed headcount', 'will 500 Arbeitsplätze einsparen']],
    ['job-cuts', ['a job cull', 'culled 1,500 jobs', 'AI will automate away jobs', 'jobs automated away']],
    [
      'job-cuts',
      [
        'AI makes jobs obsolete',
        'KI macht Jobs überflüssig',
        'KI als Jobkiller',
        'a job-killer',
        'der Beschäftigungsabbau',
        'der Abbau von Arbeitsplätzen',
      ],
    ],
    [
      'pay-and-strikes',
      [
        'zero-hours contracts',
        'Arbeit auf Abruf',
        'Null-Stunden-Verträge',
        'a piece rate',
        'piecework',
        'Akkordarbeit',
      ],
    ],
    [
      'voice-assistant',
      ['a voice-controlled speaker', 'voice-activated assistants', 'sprachgesteuerte Geräte'],
    ],
    [
      'pay-and-strikes',
      [
        'der Arbeitskampf',
        'im Tarifkonflikt',
        'die Tarifrunde',
        'hoher Arbeitsdruck',
        'a punishing pace',
        'the pace of work',
      ],
    ],
    ['microphones', ['a spy in your living room', 'ein Spion im Wohnzimmer', 'eine Wanze im Wohnzimmer']],
    ['microphones', ['it woke up by mistake', 'accidental recordings', 'versehentlich aufgezeichnet']],
    [
      'workplace-surveillance',
      [
        'tattleware',
        'Videoüberwachung am Arbeitsplatz',
        'die Kameraüberwachung der Mitarbeiter',
        'die Videoüberwachung von Beschäftigten',
      ],
    ],
    ['smart-home', ['eine smarte Glühbirne', 'smarte Lampen', 'smarte Beleuchtung']],
    ['smart-home', ['der Staubsauger-Roboter', 'ein Roboterstaubsauger']],
    [
      'pay-and-strikes',
      [
        'Leiharbeiter und Zeitarbeit',
        'die Saisonkräfte',
        'befristete Verträge',
        'bei Subunternehmern',
        'subcontractors',
        'no bathroom breaks',
        'gezählte Toilettenpausen',
      ],
    ],
    [
      'smart-home',
      [
        'say the hotword',
        'das Weckwort',
        'a smart fridge',
        'smarte Haushaltsgeräte',
        'das smarte Türschloss',
      ],
    ],
    ['job-cuts', ['the firm axed jobs', 'will shed staff', 'der Konzern baut Stellen ab']],
    [
      'pay-and-strikes',
      [
        'a walkout',
        'they walked off the job',
        'Sie legten die Arbeit nieder',
        'eine Arbeitsniederlegung',
        'mandatory overtime',
        'unbezahlte Überstunden',
        'unionization',
      ],
    ],
    [
      'injuries-at-work',
      [
        'injured on the job',
        'heat exhaustion',
        'heat-related illness',
        'musculoskeletal disorders',
        'arbeitsbedingte Erkrankungen',
      ],
    ],
    ['workplace-surveillance', ['productivity quotas', 'strenge Leistungsvorgaben']],
    ['smart-home', ['das Internet der Dinge']],
    [
      'doorbell-camera',
      [
        'die Videoklingel',
        'ein Video-Babyfon',
        'Babyfone mit Kamera',
        'eine Heimkamera',
        'a nanny cam',
        'Nest Cam',
      ],
    ],
    ['camera-makers', ['Eufy cameras', 'Wyze says', 'Die Kameras von Eufy']],
    ['footage-said-again', ['the footage', 'the clips', 'die Aufnahmen', 'die Videoaufnahmen', 'the videos']],
    ['home-maps-said-again', ['the maps', 'the floor plans', 'die Karten', 'die Grundrisse']],
    ['maps-of-homes', ["maps of customers' homes", 'die Wohnungskarten']],
    ['home-occupancy', ['occupancy data', 'presence data', 'Anwesenheitsdaten']],
    [
      'home-footage',
      [
        "the maker lets police request owners' videos",
        "police used the doorbell maker's app to request customer footage",
        'die Überwachungskameras seiner Kunden',
        'die WLAN-Kameras der Nutzer',
      ],
    ],
    [
      'microphones',
      [
        'accidental activations',
        'versehentlich aktiviert',
        'voice snippets',
        'Sprachschnipsel',
        'listening to our conversations',
      ],
    ],
    // Stop 31's audit of the data families: people's data monetised, taken in bulk, passed on to third
    // parties and priced, in both languages.
    [
      'customer-analytics',
      [
        'Apps monetise our data',
        "They monetize people's data",
        'Das Geschäft mit unseren Daten boomt',
        'Sie machen Geld mit unseren Daten',
        'Sie verdienen mit deinen Daten Geld',
        "The company scraped people's data",
        'Die Firma hat Profile gescrapt',
        'They are hoovering up data',
        'Companies vacuum up your data',
        'Firms exploit our data',
        'Die Datenausbeutung und die Ausbeutung unserer Daten',
        'The data grab continues',
        'Die Datensammelwut der Apps',
        'Das Auto ist eine Datenschleuder',
        'Data is disclosed to third parties',
        'The app shares information with third parties',
        'Die App gibt Daten an Dritte weiter',
        'Die Daten werden an Dritte verkauft',
        'Die Daten werden mit Dritten geteilt',
        'What your data is worth',
        'How much is your data worth to Facebook?',
        'Users should be paid for their data',
        'Pay people for their data',
        'a data dividend',
        "The app collected kids' data",
        "the collection of children's data",
        'Kinderdaten',
      ],
    ],
    [
      'location-data',
      [
        'Die Standortverfolgung',
        "Apps share users' precise location with advertisers",
        'Apps verkaufen die Standorte ihrer Nutzer',
      ],
    ],
    [
      'driving-data',
      [
        "GM shared customers' driving behavior",
        'The insurer tracks driving behavior',
        "The driver's driving behaviour",
        'Data on driving behavior is sold',
      ],
    ],
    [
      'health-data',
      [
        'Patientendaten wurden weitergegeben',
        'the genetic data of 15 million customers',
        'DNA data could be sold',
        'die genetischen Daten der Kunden',
        'Gendaten an Pharmakonzerne verkauft',
      ],
    ],
    [
      'self-tracking',
      [
        'fitness data',
        'Fitnessdaten',
        'sleep data',
        'Schlafdaten',
        'Gesundheits-Apps geben Daten weiter',
        'Period tracking apps share data',
        'Die Zyklus-Apps',
      ],
    ],
    [
      'tracking-ads',
      ['the consent or pay model', 'Cookie walls', 'die Cookie-Wall', 'die Cookiewall', 'das PUR-Abo'],
    ],
    ['loyalty-programmes', ["the supermarket's loyalty scheme", 'the loyalty app']],
    [
      'customer-analytics',
      [
        'Algorithms predict what you will buy',
        'Die Firma speichert alle Daten ihrer Kunden',
        'Die Daten werden weiterverkauft',
        'Der Kunde wird zum Produkt',
      ],
    ],
    ['data-trade', ['Your data is for sale', 'Opt out of the sale of your data']],
    [
      'customer-analytics',
      [
        'Anonymized data can be de-anonymized easily',
        'Die Daten lassen sich leicht re-identifizieren',
        'die Reidentifizierung',
        'Die Datensammelei der Konzerne',
        'Die App hat Daten verhökert',
        'Sie verscherbeln Daten',
        'Facebook is peddling our data',
        'data peddlers',
        'The FTC is probing surveillance pricing',
      ],
    ],
    ['credit-scoring', ['Das Kreditscoring der Schufa']],
    [
      'ai-training-on-users-data',
      [
        'Meta will train its AI models on user posts',
        "X lets partners use users' posts to train AI models",
        'The company trained its chatbots with customer conversations',
        'Zoom trains AI on customer data',
        'personal data for AI training',
        'customer chats for training large language models',
        'AI training on user content',
        'Reddit is licensing user content to AI companies',
        'Automattic sold user data to AI firms',
        'Customers can opt out of AI training',
        'Meta will KI mit Nutzerdaten trainieren',
        'um ihre KI-Modelle mit Kundendaten zu füttern',
        'Nutzerdaten für das KI-Training',
        'Kundendaten fürs KI-Training',
        'die Daten ihrer Nutzerinnen für KI-Training',
        'Beiträge seiner Nutzer zum KI-Training',
        'KI-Training mit Nutzerdaten',
        'LinkedIn trainiert KI-Modelle mit Nutzerdaten',
        'Nutzerinnen und Nutzer müssen dem KI-Training widersprechen',
      ],
    ],
    ['loyalty-programmes', ['Mit der DeutschlandCard sammeln Kunden Punkte', "Tesco's Clubcard prices"]],
    [
      'tracking-ads',
      [
        'The company spied on its customers',
        'The TV snoops on viewers',
        'The TV tracks what you watch',
        'The store monitors what shoppers buy',
        'The set tracks your viewing habits',
        'Die App späht Nutzer aus',
        'Die Apps schnüffeln ihre Nutzer aus',
        'Werbenetzwerke verfolgen Nutzer im Netz',
        'Die Apps tracken ihre Nutzer',
        'Die Nutzer werden getrackt',
        'Facebook tracks its users',
        'The shop tracks its customers',
        'The app shares data with advertisers',
        'Die App teilt Daten mit Werbetreibenden',
      ],
    ],
    // What AI does to jobs as a verb, as 'impact on jobs' says it as a noun
    // (washingtonpost-ai-jobs-study-microsoft-google).
    [
      'job-cuts',
      [
        'a study to see if AI will affect jobs',
        'AI is already affecting jobs',
        'how AI affects jobs',
        'Artificial intelligence is set to affect nearly 40% of all jobs',
        'AI could affect 300 million jobs',
        // Counts rounded as reports round them (matcher.ts).
        'The bank eliminated approximately 12,000 roles as AI took over',
        'Die Bank streicht ca. 2000 Stellen wegen KI',
        // People's jobs beside the machines AI runs on.
        'Amazon cuts 14,000 jobs to fund AI data centers',
        'Meta cuts 600 jobs in its AI unit as it builds a giant GPU cluster',
      ],
    ],
    // Issue 11: job cuts in the ordinary words of any round of layoffs, each naming the jobs, the staff or
    // the workforce; they tie only to AI given as their cause (decide.test.ts).
    [
      'staff-cuts',
      [
        'hundreds lost their jobs',
        'workers losing their jobs',
        'the region lost 16,700 jobs',
        'the firm will cut 500 tech jobs',
        'it slashed 1,200 corporate roles',
        'the startup let go 200 employees',
        'it is letting go of 300 staff',
        'Mozilla downsized its workforce',
        'the publisher downsizes its staff',
        'Mozilla downsizes as it refocuses on Firefox',
        'the startup downsized amid falling sales',
        'its workforce shrank by a third',
        'a reduction in staffing',
        'headcount cuts in sales',
        'Die Beschäftigten verloren ihre Jobs',
        'Hunderte Übersetzer haben ihre Jobs verloren',
        'SAP baut Personal ab',
        'Der Versicherer will wegen KI Personal abbauen',
        'Bei der Bank wurde Personal abgebaut',
        // A "no" that belongs to those who lost them denies nothing.
        'Translators with no union lost their jobs because of AI',
        'Der Versicherer trennt sich von 400 Angestellten',
        'Die Commerzbank streicht Stellen wegen KI',
        'Der Konzern strich Arbeitsplätze in der Verwaltung',
        'Die Bank trennte sich von Mitarbeitern',
        // One job each, the service desk in two words, a workforce cut without its article, a share of posts.
        'Rund 600 Beschäftigte verlieren ihren Job',
        'Sie verliert ihre Stelle im Callcenter',
        'Salesforce has cut 4,000 customer support jobs',
        'Klarna cuts workforce, citing AI',
        'Softwarefirma baut jede dritte Stelle ab',
        'Der Händler streicht jeden fünften Arbeitsplatz',
        // Jobs cut with what they are between the count and the noun (a free slot), and the count bounded.
        'The bank will cut 1,200 back-office jobs',
        'IBM will slash 8,000 HR jobs',
        'The insurer cuts 400 claims jobs',
        'Meta cuts 600 AI jobs',
        'Amazon plans to cut as many as 30,000 corporate jobs',
        'The retailer cut up to 2,000 store jobs',
        // Those paid by the task and the trades said to be replaced, and a workforce of some kind.
        'Klarna shed 900 agents',
        'The firm has cut 40% of its copywriters',
        'Duolingo cuts 10% of contractors',
        'Amazon to cut 10% of its corporate workforce',
        'Amazon will reduce its corporate workforce by about 14,000 roles',
        // German posts where they are cut and by their kind, in compounds.
        'Bosch streicht weltweit 13.000 Stellen',
        'Siemens streicht bundesweit rund 5000 Arbeitsplätze',
        'Die Post streicht in Deutschland bis zu 8000 Vollzeitstellen',
        'Die Versicherung baut weltweit rund 1200 Stellen ab',
        // And the year they are cut in.
        'Die Versicherung streicht im nächsten Jahr 700 Stellen',
        'Die Mediengruppe strich im vergangenen Jahr 90 Stellen',
        'Die Bank kürzt in den nächsten Jahren 1200 Arbeitsplätze',
        'Der Konzern baut im laufenden Jahr 500 Stellen ab',
        'Lufthansa streicht 4000 Verwaltungsjobs',
        'Der Konzern baut 800 Vollzeitstellen ab',
        // The verb before its subject, and the staff cut by the headline's verb.
        'Nun streicht der Versicherer 300 Jobs',
        'Bis 2026 baut die Mainbank 500 Stellen ab',
        'Jetzt kürzt der Konzern 700 Stellen',
        'Telefonanbieter kürzt Personal',
      ],
    ],
    // Work lost to machines as German says it with the loser's verb.
    [
      'job-cuts',
      ['Callcenter-Beschäftigte verlieren Jobs an KI', 'Übersetzer verloren Aufträge an Maschinen'],
    ],
    // Pages that hung on one entry in `npm run ablation` (stop 37): what AI does to workers and to the
    // jobs of a trade as a verb.
    [
      'job-cuts',
      ['how it will affect workers', 'how AI might affect technology jobs', 'AI affects entry-level jobs'],
    ],
    // Pages that hung on one entry in `npm run ablation` (stop 37): content moderators by their work's
    // name, and a scraping outfit, in both languages.
    [
      'gig-work',
      [
        'the content moderation offices of the subcontractor',
        'TikTok content moderation contractors in Casablanca',
        'Content-Moderation-Beschäftigte klagen über Belastung',
        'Inhaltsmoderatorinnen und Inhaltsmoderatoren streiken',
      ],
    ],
    [
      'customer-analytics',
      [
        'Internet-scraping outfit Spy.pet',
        'scraping companies sell the profiles',
        'Eine Scraping-Firma verkauft die Profile',
        'Scraping-Unternehmen kopiert Profile',
      ],
    ],
    // Pages that hung on one entry in `npm run ablation` (stop 38): data protection by its principles and
    // its object, its fines as German penalties, ride-share drivers with a hyphen, in both languages.
    [
      'privacy',
      [
        'the principle of data minimisation',
        'data minimization is not optional',
        'Grundsatz der Datenminimierung',
        'Von Datensparsamkeit keine Spur',
        'built with privacy by design',
        'privacy by default',
        'the protection of personal data',
        'ein Verstoß gegen den Schutz personenbezogener Daten',
        'der Schutz der personenbezogenen Daten',
      ],
    ],
    [
      'gig-work',
      [
        'Ride-share drivers say their pay fell',
        'a minimum standard for ride-sharing drivers',
        'Gig-Arbeit ist kein Randphänomen',
        'Gig-Arbeiter demonstrieren',
        'rules for gig apps',
      ],
    ],
    // Speakers driven by the voice in the press's other words for them.
    ['voice-assistant', ["voice-enabled speakers in people's homes", 'a voice-powered assistant']],
  ])('knows the family of %s', (concept, texts) => {
    for (const text of texts) expect(conceptsIn(text), text).toContain(concept);
  });

  // Words of the families above that are other words: a post of a forum, a "robot" that is software.
  it.each([
    // A country's output per hour and a game hero's share of matches are no pace set for the staff; a car
    // driven by the voice and a baby monitor's radio are no assistant or camera in the home (the second
    // review's probes).
    ['AI could lift UK productivity rate, says Bank of England', 'workplace-surveillance'],
    ["AI coach tool blamed as hero's pick rate soars", 'workplace-surveillance'],
    ['Kia EV3 review: voice activated controls impress', 'voice-assistant'],
    ['Klimaanlage und Navigation lassen sich sprachgesteuert bedienen', 'voice-assistant'],
    ['Testsieger ist ein einfaches Audio-Babyfon mit großer Reichweite', 'doorbell-camera'],
    // Machines and processes automated are no work taken from people: beside job cuts they made a
    // carmaker's and a bank's cuts the labour theme.
    ['The company also said it would invest in automated assembly lines', 'automation'],
    ['The lender said many back-office processes had been automated', 'automation'],
    ['Ein Post im Forum und ein Zentrum der Stadt', 'delivery-work'],
    // A penalty that is not a data protection fine, a ride home that is no ride-share driver's.
    [
      'Kartellamt verhängt Strafe gegen Zementhersteller; die Strafe für Falschparker steigt',
      'data-protection-fine',
    ],
    ['after the ride, share the driver details with police', 'gig-work'],
    ['Musiker klagen über zu wenige Gigs; a gig at the club', 'gig-work'],
    ['The SUV has a voice-enabled dashboard', 'voice-assistant'],
    ['Wählen Sie eine datensparsame Suchmaschine', 'privacy'],
    ['Claude Monet and a copy of his painting', 'cloud-ai'],
    // Cutting what is not jobs, and letting go of what is not staff: products, prices, patience.
    ['Apple downsizes its iPhone lineup as it bets on AI features', 'staff-cuts'],
    ['The downsized engine of the new SUV', 'staff-cuts'],
    ['The engine was downsized to three cylinders; the maker downsized its range', 'staff-cuts'],
    ['The chain cut prices on 500 products', 'staff-cuts'],
    ['Fans lost their patience; she let go of the rope', 'staff-cuts'],
    ['Der Verein trennt sich von seinem Trainer', 'staff-cuts'],
    ['Jede dritte Stelle bleibt unbesetzt; the union cuts workforce training short', 'staff-cuts'],
    // A share of the posts rebuilt, not cut: "baut" cuts only with its "ab".
    ['Wegen KI: Behörde baut jede dritte Stelle um', 'staff-cuts'],
    ['The bank cut fees for 4,000 customer service accounts', 'staff-cuts'],
    // Cutting by a count what is not jobs or people, a film's roles, AI agents deployed, posts created.
    ['The studio cut 12 speaking roles from the film; the game cuts 8 playable roles', 'staff-cuts'],
    ['The new line will cut 30 minutes off the commute; he shed 10 pounds', 'staff-cuts'],
    // Time and money cut from or for staff, and a workforce's shortage reduced (review).
    [
      "The firm will cut 30 minutes from staff meetings; it cut 3 hours from workers' shifts; it cut 20 minutes for workers",
      'staff-cuts',
    ],
    ['The plan will reduce the nursing workforce shortage', 'staff-cuts'],
    ['The carmaker will cut 5% of its emissions and slash 20% of its prices', 'staff-cuts'],
    ['Netflix axes 3 shows; the city will cut 200 bus routes; the update trims 2 seconds', 'staff-cuts'],
    ['The bank deploys 900 AI agents; Meta cuts 600 AI models from its catalogue', 'staff-cuts'],
    ['The firm will cut 1,200 back-office costs and add 1,200 back-office jobs', 'staff-cuts'],
    [
      'Amazon will reduce its prices by about 14 percent; the utility will reduce emissions by 40%',
      'staff-cuts',
    ],
    ['Die Kasse streicht 500 Euro Zuschuss; die Bahn streicht 3 Züge', 'staff-cuts'],
    [
      'Die Bahn streicht bundesweit 300 Verbindungen; die Airline streicht weltweit rund 2000 Flüge',
      'staff-cuts',
    ],
    ['Die Bank schafft 500 neue Stellen; der Konzern baut weltweit 500 Stellen auf', 'staff-cuts'],
    [
      'Die Stadt streicht im nächsten Jahr 300 Parkplätze; die Bahn streicht im kommenden Jahr 200 Verbindungen; das Land baut im nächsten Jahr 500 Stellen auf',
      'staff-cuts',
    ],
    ['Die Firma schreibt 500 Stellen aus; die Kommune streicht 50 Parkplätze', 'staff-cuts'],
    [
      'Zum Fahrplanwechsel streicht die Bahn 300 Verbindungen; dort baut der Konzern 400 Stellen auf; nun streicht die Stadt 500 Parkplätze',
      'staff-cuts',
    ],
    // Places that end in "-stellen" are no posts.
    [
      'Der Verkehrsverbund streicht 200 Haltestellen; die Stadt baut 30 Baustellen ab; die Bank streicht 40 Verkaufsstellen',
      'staff-cuts',
    ],
    ['Die Firma vergibt Jobs an KI-Experten', 'job-cuts'],
    // "Arbeit an KI" is work on AI, not work lost to it.
    ['Forschende verlieren Arbeit an KI-Modell nach Serverabsturz', 'job-cuts'],
    // Jobs the page says no one lost.
    ['The company says no one lost their jobs', 'staff-cuts'],
    ['Nobody is losing their jobs, the firm says', 'staff-cuts'],
    // German cuts denied: before the staff, or after the loss.
    ['Der Versicherer will wegen KI kein Personal abbauen', 'staff-cuts'],
    ['Die Bank plant, trotz KI kein Personal abzubauen', 'staff-cuts'],
    ['Keine Beschäftigten verlieren ihre Jobs', 'staff-cuts'],
    ['Die Beschäftigten verlieren ihre Jobs nicht', 'staff-cuts'],
    ['The Department of Homeland Security and my IP address', 'doorbell-camera'],
    ['A white picket fence', 'pay-and-strikes'],
    ['Man hat Vergleiche angestellt und einen sozialen Plan gemacht', 'pay-and-strikes'],
    ['The death of a poet; a demanding physics course; a social planner', 'injuries-at-work'],
    ['Die Audioqualität der Lautsprecher', 'microphones'],
    // Audio a browser renders is no recording of what a device heard.
    ['Browsers can produce audio files you cannot hear', 'microphones'],
    // A banner ad and an anonymous donor are no consent banner and no user unmasked.
    ['A banner ad for chocolate chip biscuits', 'tracking-ads'],
    // Searching for people, a phone's fingerprint sensor and removing data from a disk are no data trade;
    // a patient's consent is no one's data.
    ['People search for jobs online', 'data-trade'],
    ['Unlock the phone with the fingerprint sensor', 'tracking-ads'],
    ['Secure data removal from an old hard drive', 'data-trade'],
    // A scam's victim's credit score and a request for information are no credit bureau's trade.
    ['The scam ruined her credit score', 'data-trade'],
    ['eine Auskunftsanfrage und die Auskunft nach Art. 15', 'data-trade'],
    ['The store sold data cables', 'customer-analytics'],
    // Overtime in a match, a verb of cutting without jobs, a stock's rate: not the audit's words (stop 31).
    ['The game went to overtime', 'pay-and-strikes'],
    ['A snake sheds its skin; the team axed its coach', 'job-cuts'],
    ['The interest rate and the productivity of the economy', 'workplace-surveillance'],
    ['A smart TV and a smart watch', 'doorbell-camera'],
    ['The headcount at the rally; the count was cut short', 'job-cuts'],
    ['A smart cooler bag and a smart watch', 'smart-home'],
    ['The ministry will cull badgers', 'job-cuts'],
    ['Wir können an vielen Stellen einsparen; die Kommas sind an diesen Stellen überflüssig', 'job-cuts'],
    // A game's or a match's score, a student's test score, a film's score and a web page's are no
    // consumer's credit score; nor scores of people, nor a rating word alone.
    ['The team scored twice and the final score was 3-1 in the game', 'credit-scoring'],
    ['Der Spielstand: Score 2:1, Scoring-Chancen für beide Spieler', 'credit-scoring'],
    ['Students improved their test scores on the exam', 'credit-scoring'],
    ['The film score by the composer', 'credit-scoring'],
    ['Lighthouse scores rose; scores of Americans were killed', 'credit-scoring'],
    // A company's or a state's creditworthiness, rated by an agency for its bonds, is no consumer scored.
    ['Die Ratingagentur senkte die Bonität Griechenlands', 'credit-scoring'],
    ["Moody's downgraded the creditworthiness of the company's bonds", 'credit-scoring'],
    ['Die Kreditwürdigkeit des Konzerns ist hoch, sagen Anleger', 'credit-scoring'],
    // The verb, a word that ends in "score", and scores given near a bank, a payment or an algorithm.
    ['In the survey consumers scored Amazon highest; the bank scored a win', 'credit-scoring'],
    ['The fine underscores the risk for consumers who pay by credit card', 'credit-scoring'],
    ['A scoring algorithm ranks products by the scores consumers give after each payment', 'credit-scoring'],
    // A company's own figures are no one's personal data.
    ['Amazon released its financial data; die Finanzdaten des Konzerns', 'customer-analytics'],
    // Data cables on sale and a phone's data bought are no trade in people's data; a real estate agent is no
    // real name.
    ['A sale of data cables; buy data from your carrier; der Verkauf von Datenkabeln', 'data-trade'],
    ['The real estate agent named the price', 'privacy'],
    ['An anonymous donor gave the money', 'customer-analytics'],
    ['An anonymous donor gave the money', 'privacy'],
    // A parcel followed, a suspect pursued: no person's data.
    ['Track your order and follow your parcel', 'tracking-ads'],
    ['Die Polizei verfolgt den Täter', 'tracking-ads'],
    // Makers' names are names: "neato" and a dream are other words.
    ['That is neato, like a dream', 'smart-home'],
    ['Die Kamera in der Kammer an der Tür', 'doorbell-camera'],
    ['The Chamber of Commerce and The Merchant of Venice', 'retail-marketplace'],
    // Hungry people and shared information that is no one's data.
    ['A hungry data scientist shares information on the weather', 'customer-analytics'],
    // A suspect's whereabouts are police news, not a person's data given away; a map of the city is no
    // robot mapping a home.
    ['The whereabouts of the suspect are unknown', 'location-data'],
    ['Der Aufenthaltsort des Verdächtigen ist unbekannt', 'location-data'],
    ['Mapping the vacuum of space with a radio telescope', 'home-mapping'],
    ['The radio frequency band is crowded', 'tracking-tags'],
    // China itself, its cuisine and its firms are not its shopping platforms.
    ['Chinese food at a market in China, and Huawei', 'chinese-shopping-platforms'],
    // A fair competition and a lowercase "ftc" in a file name are no antitrust case.
    ['The winner of the competition; see ftc_notes.txt', 'market-power'],
    // A Chinese restaurant, a pdd file and a retailer from elsewhere are not China's shopping platforms.
    ['A Chinese restaurant sent a pdd file to a retailer in Japan', 'chinese-shopping-platforms'],
    // Cheap talk and a low-priced ticket are no cheap goods.
    ['Cheap talk, a cheap trick and a low-priced ticket', 'chinese-marketplaces'],
    // How a car handles, in a car review, is not what it records of its driver.
    ['Das Fahrverhalten des Wagens ist neutral, sein Fahrverhalten im Grenzbereich sicher', 'driving-data'],
    ['Das Getriebe passt die Schaltpunkte an dein Fahrverhalten an', 'driving-data'],
    ['The driving habits of Americans shifted; vehicle data shows strong sales', 'driving-data'],
    ['Verizon Telematics reported higher revenue', 'driving-data'],
    // Streaming as a channel the ad trade buys, by its trade name, is no tracking.
    ['Advertisers will spend $30 billion on connected TV this year', 'tracking-ads'],
    ['Die Telematikinfrastruktur für Patienten und Ärzte', 'driving-data'],
    // A market's or a material's behaviour predicted is no person profiled.
    ['Models predict the behavior of markets and materials', 'customer-analytics'],
    // Energy and files stored are no one's data kept, nor are a disk's, a backup's or a device's data.
    [
      'Der Akku hat Strom gespeichert; die Speicherung von Energie; gespeicherte Dateien',
      'customer-analytics',
    ],
    ['Handy-Backup: So retten Sie Ihre gespeicherten Daten', 'customer-analytics'],
    ['Festplatte defekt: die auf der Festplatte gespeicherten Daten', 'customer-analytics'],
    ['Die Speicherung der Daten auf einer SSD, die Speicherung von Daten im RAM', 'customer-analytics'],
    ['Die Wechselrichter-App zeigt die gespeicherten Daten zur Solarleistung', 'customer-analytics'],
    ['Der Spielstand wird gespeichert. Daten zum Patch folgen', 'customer-analytics'],
    // Those who work with data in an office are no platform's piece workers.
    ['Data workers spend 40 percent of their time preparing data', 'gig-work'],
    // A toy that names a store or a train set is no toy that goes online.
    ['A smart toy store sells a connected toy train set', 'smart-home'],
    ['vernetzte Spielzeughändler und vernetzte Spielzeugläden', 'smart-home'],
    // An "okay" before Google is no wake phrase, across a sentence's end least of all (voice-assistant).
    [
      'The deal is ok. Google will pay the fine. Is that okay? Google says so; the ruling is okay; Google will appeal.',
      'voice-assistant',
    ],
    ['Das war OK - Google hat reagiert.', 'voice-assistant'],
    // What an outage or a breach affects is no job (job-cuts reads jobs affected, not people).
    ['The outage affected thousands of customers and impacted sales', 'job-cuts'],
    ['The breach affected 3,000 employees; affected workers were notified', 'job-cuts'],
    // Nor where the page denies it, in the headline or the text (matcher.ts, namesakes.ts).
    ['Bank says its AI rollout will not impact jobs', 'job-cuts'],
    ["Police AI cameras won't affect jobs of officers", 'job-cuts'],
    ['Amazon says AI can boost output without affecting jobs', 'job-cuts'],
    ["The bank's AI rollout will not affect 2,000 jobs", 'job-cuts'],
    ['The outage affected 40% of all users and hundreds of print jobs', 'job-cuts'],
    // A computer's jobs are no one's: where the words near them name what runs them (namesakes.ts).
    ['Slurm bug affects jobs on AI supercomputer', 'job-cuts'],
    ['Scheduler bug cut 400 jobs on AI supercomputer', 'job-cuts'],
    ['Slurm bug affects thousands of jobs on AI supercomputer', 'job-cuts'],
    ['A misconfigured crontab wiped out 300 jobs at an AI startup', 'job-cuts'],
    ['Batch jobs lost after AI cloud outage; GPU jobs at risk', 'job-cuts'],
    ['Slurm-Fehler: Supercomputer streicht 400 Jobs aus der Warteschlange', 'job-cuts'],
    // Footage whose owner the words do not tie to a home's camera or its maker: police who ask banks and
    // shops, a jeweller's CCTV handed over, a dashcam's and a phone's cameras (the review of stop 40's
    // footage-3); and the occupancy of an office or a school, which is no home mapped.
    ['Police may request customer footage from bank branches', 'home-footage'],
    ['Police increasingly request owner footage from parked cars', 'home-footage'],
    ['The jeweller handed the footage to police without delay', 'home-footage'],
    ['Die Autokameras der Kunden filmen den Unfall', 'home-footage'],
    ['Die Handykameras der Nutzer im Test', 'home-footage'],
    ['Arbeitgeber speichern die Anwesenheitsdaten der Beschäftigten', 'home-mapping'],
    ['Office occupancy data from 2,600 buildings', 'home-mapping'],
    ["Insurers use aerial maps of customers' homes", 'home-mapping'],
    // Alarms set off by a faulty update are activated by mistake too; only a device woken is listening.
    ['Smoke alarms activated by mistake after a firmware update', 'microphones'],
    ['Zwei Modelle seien in die Rückrufliste versehentlich aufgenommen worden', 'microphones'],
  ])('does not take "%s" for %s', (text, concept) => {
    expect(conceptsIn(text)).not.toContain(concept);
  });

  // A storehouse that is a database or the Raiffeisen cooperative's store chain is no site of work; the
  // warehouse, the Lagerhaus and their plurals still are.
  it('reads a data warehouse and the Lagerhaus stores as no warehouse, a warehouse still as one', () => {
    for (const text of [
      'The shop loads its sales into a data warehouse',
      'Ein Data-Warehouse für die Verkaufsdaten',
      'Der Baumarkt geht ans Lagerhaus, sagt die Genossenschaft; man redet mit Raiffeisen',
    ])
      expect(conceptsIn(text), text).not.toContain('warehouse-site');
    for (const text of [
      'Workers at the warehouse went on strike',
      'Three new warehouses open near the port',
      'Im Lagerhaus am Hafen wird gestreikt',
      'Die Lagerhäuser der Spedition sind voll',
    ])
      expect(conceptsIn(text), text).toContain('warehouse-site');
  });

  // A patient discharged and a prisoner released beside AI that plans or scores it are no staff let go; a
  // call centre's, a clinic's or an insurer's staff dismissed still are. A clinic cutting its staff names its
  // patients and wards too: one word of care near the dismissal is no discharge, nor are two on the page; an
  // insurer's liability ("Haftung", "haftet") is no custody.
  it('reads a patient discharged or a prisoner released as no job cut, staff dismissed as one', () => {
    for (const text of [
      'Die KI beschleunigt die Entlassung von Patienten aus der Klinik',
      'Die Software sagt voraus, wann Patienten aus dem Krankenhaus entlassen werden',
      'ob ein Häftling vorzeitig auf Bewährung entlassen wird',
      'ob ein Strafgefangener vorzeitig entlassen wird',
    ])
      expect(conceptsIn(text), text).not.toContain('job-cuts');
    for (const text of [
      'Der Callcenter-Betreiber will 400 Beschäftigte entlassen',
      'Die Klinik kündigt die Entlassung von 120 Mitarbeitern an, Patienten merken nichts',
      'Entlassungen wegen KI',
      'Der Klinikkonzern will 300 Pflegekräfte entlassen, weil eine KI die Dokumentation übernimmt. Für die Patienten ändere sich nichts.',
      'Asklepios: Entlassungen wegen KI, Patienten sollen nichts merken',
      'Die Reha-Kette will 120 Physiotherapeuten entlassen, ein KI-Coach soll die Übungen anleiten.',
      'Uniklinik: Entlassungen in der Verwaltung, KI rechnet mit Krankenkassen ab. Die Entlassung von Patienten verzögert sich.',
      'Entlassungen wegen KI beim Versicherer. Offen ist die Haftung: Wer haftet, wenn die KI falsch bewertet?',
    ])
      expect(conceptsIn(text), text).toContain('job-cuts');
  });

  // A cancer vaccine made for one patient, a child's lessons at her own pace and a mug with a name are
  // personalised for a person, by no company's data of its customers; a shop's offers and a feed still are
  // (a weak word of its own since stop 41: a theme beside the collection of people's data only).
  it('reads personalisation for a patient, a pupil or a gift as none, for customers as personalisation', () => {
    for (const text of [
      'A personalised cancer vaccine made for the patient, personalized to the tumour',
      'Personalisierte Medizin: Die Therapie wird personalisiert',
      'Personalisierte Geschenke mit Gravur, eine personalisierte Tasse',
      'Personalisierung des Unterrichts in der Schule',
      'Personalized nutrition: a diet personalized to your gut',
    ])
      expect(conceptsIn(text), text).not.toContain('personalisation');
    for (const text of [
      'The shop personalises nothing; its app is personalized',
      'Der Händler zeigt personalisierte Preise, je nach Kundendaten',
      'Personalization of the feed from what users watched',
      'Personalisierte Angebote in der App, dank Personalisierung',
    ])
      expect(conceptsIn(text), text).toContain('personalisation');
  });

  // People's data and posts sold as reports say it of the people whose they are: in the passive, with the
  // buyer, and the German perfect; not a carrier's data plans, a photographer's prints or authors' works.
  it("reads people's data sold or licensed in the passive and with its buyer as the trade, works and plans not", () => {
    for (const text of [
      'The carrier sells its customers data plans with roaming',
      'Der Fotograf verkauft die Fotos seiner Kunden als Abzüge',
      "The label said its artists' recordings were licensed to an AI startup",
      'Die Texte der Autoren wurden an KI-Firmen verkauft',
      'Die Markenrechte wurden an einen Konkurrenten verkauft',
      'Die Liga verkauft ihre Spieldaten an Wettanbieter',
      'The satellite firm said their data was sold to defence ministries',
      'The artists learned their posts were sold as NFTs',
      'Our data is licensed to broadcasters every match day',
      'Der Verkäufer darf die Daten der Kunden nur für die Lieferung nutzen',
      'In den Verkaufsstellen der Kunden liegen Prospekte aus',
    ])
      expect(conceptsIn(text), text).not.toContain('data-trade');
    for (const text of [
      "Drivers' data was sold to brokers",
      "Nobody told us the members' posts were being sold",
      'They never learned their data would be sold to advertisers',
      "The viewers' data is being sold, the complaint says",
      'Users learned that their data was sold to data brokers',
      'Users say their information was being sold to advertisers',
      'Bloggers fear their posts would be sold to AI firms',
      "The dating app sold its members' photos to a face recognition firm",
      'Die App verkaufte die Standortdaten ihrer Nutzer',
      'Lieferdienst verkaufte Bestelldaten seiner Kunden',
      'Die App hat die Aufnahmen ihrer Kunden an Firmen verkauft',
      'Die Plattform hat Profilfotos ihrer Mitglieder an KI-Firmen lizenziert',
      'Bewegungsdaten der Kunden wurden weiterverkauft',
      'Dass meine Daten verkauft werden, stand nirgends',
    ])
      expect(conceptsIn(text), text).toContain('data-trade');
  });

  // Said alone, the choice to pay or consent is a tenant's, a saver's or a debtor's as often as a news site's:
  // it is read as a weak concept, the tracking story only beside tracking (stop 40 review of data-recall-3).
  it('reads the German pay-or-consent choice as a weak word of its own, not as tracking', () => {
    const choice = CONCEPTS.find((concept) => concept.id === 'pay-or-consent-choice');
    expect(choice?.strength).toBe('weak');
    for (const text of [
      'Bezahlen oder zustimmen: Kritik an Metas Abo-Modell',
      'Mieterhöhung: Bezahlen oder zustimmen?',
      'Zahlen oder einwilligen: Portale stellen Leser vor die Wahl',
      'Einwilligen oder zahlen: Bausparkasse drängt Altkunden',
      'Wer nicht einwilligen oder bezahlen will, muss gehen',
    ]) {
      expect(conceptsIn(text), text).toContain('pay-or-consent-choice');
      expect(conceptsIn(text), text).not.toContain('tracking-ads');
    }
    // "Tracked" alone is a tracking word already, as it was before.
    expect(conceptsIn('Pay or be tracked: news sites adopt the model')).toContain('pay-or-consent-choice');
    for (const text of [
      'Mieterhöhung: Zahlen oder zustimmen?',
      'Kunden müssen der Preiserhöhung zustimmen oder kündigen',
      'Tenants were told to pay or be evicted',
    ])
      expect(conceptsIn(text), text).not.toContain('pay-or-consent-choice');
  });

  it("reads people's data passed to the ad trade or for its ads", () => {
    for (const text of [
      'Die Werbenetzwerke vermarkten Anzeigenplätze auf Nachrichtenseiten',
      'Das Portal liefert Reichweitendaten für die Werbung',
      'The agency used weather data for advertising on bus stops',
      'Die Daten der Kunden werden für die Lieferung genutzt',
      // The ad networks are sent a firm's own data too: only people's data passed to them is the ad trade's.
      'Der Wetterdienst liefert seine Wetterdaten an Werbenetzwerke',
      'Shops spielen Kampagnendaten an Werbenetzwerke zurück',
      'The forecast firm sends weather data to ad networks',
      // People's data for advertising as the law's explainers ask after it, not what an app did with it.
      'Dürfen Händler Kundendaten für Werbezwecke nutzen?',
      'Wer Kundendaten für Werbung nutzt, muss darauf hinweisen',
      'When personal data for advertising needs consent',
    ])
      expect(conceptsIn(text), text).not.toContain('tracking-ads');
    for (const text of [
      'Die App gab die Daten an Werbenetzwerke weiter',
      'Die App übermittelte die Daten an mehrere Werbenetzwerke',
      'Die App teilt die Gesundheitsdaten ihrer Nutzer mit Werbepartnern',
      'The app sent location data to ad networks',
      'Die App übermittelte Gesundheitsdaten an Werbenetzwerke',
      'Die Schwachstelle der Smartwatch: Gesundheitsdaten für die Werbung',
      'The health data was used for advertising',
      "The app's location data was used for ads",
    ])
      expect(conceptsIn(text), text).toContain('tracking-ads');
  });

  // What a company does with what it knows of people, said without whose data: ads tailored, shoppers
  // targeted, purchases recorded, profiles enriched. Each is as much a marketer's, a party's, a recall's or a
  // co-op's, and read as tracking or analytics they showed those pages (stop 40 review of data-recall-3).
  it('does not read ads tailored, shoppers targeted, every purchase or profiles enriched without whose data', () => {
    const read = (text: string) =>
      conceptsIn(text).filter((id) => id === 'tracking-ads' || id === 'customer-analytics');
    for (const text of [
      'Die Agentur will die Werbung auf Pendler und Ausflügler zuschneiden',
      'Die Inhaberin hat Stoffe zugeschnitten; ihre Werbung war ein Schild',
      'Vor der Wahl lernen die Parteien, ihre Werbung zuzuschneiden',
      'So verhindern Sie, dass Apps Werbung auf Sie zuschneiden',
      'How B2B marketers tailor ads to decision makers',
      'The chain opens stores to target shoppers who want low prices',
      'Stores target shoppers who bought recalled heaters',
      'The settlement targets consumers who purchased the honey',
      'Every till must record every purchase for the tax office',
      'The budgeting card records every purchase you make',
      'Our co-op pays a dividend on every purchase its members make',
      'Das Stahlwerk walzt Profile und Träger',
      'Vertriebsteams wollen die Profile anreichern, mit Angaben aus dem Handelsregister',
      'So lassen sich LinkedIn-Profile anreichern',
    ])
      expect(read(text), text).toEqual([]);
  });

  // A word for people named in both forms ("Kundinnen und Kunden") is one word of a phrase (matcher.ts), and
  // the phrase read from either form of the pair one mention (oncePerPhrase), wherever the pair stands in it.
  it('counts a phrase around a word for people named in both forms once', () => {
    const body = (text: string, id: string) =>
      analysePage(newsArticle('Ein Bericht', text)).concepts.get(id)?.body;
    expect(body('Wie Händler Kundinnen und Kunden ausspähen, zeigt die Studie.', 'tracking-ads')).toBe(1);
    expect(
      body('Die Daten ihrer Kundinnen und Kunden an Dritte verkauft, sagt die Studie.', 'data-trade'),
    ).toBe(1);
  });

  // labornotes-ford-battery-plant-mold: the contractor firms a builder hires are no gig work; people hired
  // as contractors still are, and the firms only where the page speaks of their trade. Military spouses
  // rating AI and veterans driving for Flex are gig contractors, and a trial's defense no army.
  it('reads the contractors of a construction site as firms, gig contractors still as gig work', () => {
    for (const text of [
      'The contractors hired to oversee construction ignored the mould',
      'Construction began in 2022. Construction crews arrived. The contractors rolled in new portajohns.',
      'The Pentagon awards $2bn to its contractors, who will build missiles for the army',
      'Two contractors who worked on the renovation of the house lied, the defense said',
    ])
      expect(conceptsIn(text), text).not.toContain('gig-work');
    for (const text of [
      'The military spouses who train the AI were let go. Leaving the military, they work as contractors.',
      'Amazon treats its drivers as contractors. Amazon defense lawyers spoke. The defense rested.',
      'Amazon treats its Flex drivers as contractors',
      'Google cut the contractors who rate its search results',
      'Construction began in 2022. The app treats its riders as independent contractors, not employees.',
      'construction workers and independent contractors alike',
    ])
      expect(conceptsIn(text), text).toContain('gig-work');
  });

  // The police's cameras on a square are the state watching a street, not a camera in the home.
  it('does not take public video surveillance for a home camera', () => {
    expect(conceptsIn('police and video surveillance cameras on the square')).not.toContain(
      'doorbell-camera',
    );
  });

  // The cloud as what its providers sell, each form read as itself, so that a page that names it so does
  // not rest on the bare word (tass-microsoft-amazon-cloud-russia); iCloud and SoundCloud are other words.
  it('knows the cloud by what its providers sell, in both languages', () => {
    const surfacesIn = (text: string) => [
      ...(analysePage(newsArticle(text, '')).concepts.get('cloud-ai')?.surfaces ?? []),
    ];
    expect(surfacesIn('Microsoft suspends its cloud products; a cloud provider')).toEqual([
      'cloud products',
      'cloud provider',
    ]);
    expect(surfacesIn('Ein Cloud-Anbieter sperrt Cloud-Produkte und Cloud-Angebote')).toEqual([
      'cloud anbieter',
      'cloud produkte',
      'cloud angebote',
    ]);
    expect(surfacesIn('Ein iCloud-Anbieter und SoundCloud-Produkte')).toEqual([]);
  });

  // A connected device bought to save energy is a household's budget, not a device that listens.
  it('knows energy savings as a counter-signal, in both languages', () => {
    for (const text of [
      'rising energy costs',
      'lower energy bills',
      'energy-efficient homes',
      'Heizkosten sparen',
      'energieeffiziente Geräte',
      'die Stromrechnung',
    ])
      expect(countersIn(text), text).toContain('energy-savings');
    expect(countersIn('Energy drinks and an energetic speech')).not.toContain('energy-savings');
  });

  it('knows a film or a series by its genre and its cast, in both languages', () => {
    for (const text of [
      'two new thrillers to watch',
      'a coming-of-age comedy',
      'eine romantische Komödie',
      'starring Leonardo DiCaprio',
    ])
      expect(countersIn(text), text).toContain('entertainment');
    expect(countersIn('the stars of the show and a dramatic thrill')).not.toContain('entertainment');
  });

  it('knows a software release by what it brings its users', () => {
    for (const text of ['a software upgrade', 'upgrade to version 2.1', 'a tool for the command line'])
      expect(countersIn(text), text).toContain('software-release');
    expect(countersIn('a featured story about new feats of engineering')).not.toContain('software-release');
    // The shop's upgrade to a newer gadget is no software's.
    expect(countersIn('Upgrade to the Echo Show 8 with new features')).not.toContain('software-release');
  });

  // A hack is known by the flaws it uses and the people who find them, not by the word "hack" alone.
  it('knows a security flaw as a data breach, in both languages', () => {
    for (const text of [
      'a security vulnerability in the bootloader',
      'the exploit is on GitHub',
      'a zero-day in the browser',
      'eine Sicherheitslücke im Router',
      'Sicherheitsschwachstellen im Browser',
      // theverge-wyze-camera-breach-13000: the incident by the names a company's apology gives it.
      'we had a security incident',
      'the security event',
      'a security lapse exposed the feeds',
      'ein Sicherheitsvorfall bei der Bank',
    ])
      expect(countersIn(text), text).toContain('data-breach');
    for (const text of [
      // Critics' "privacy and security issues" of a doorbell, and a warehouse's safety problems.
      'Ring camera privacy and security issues: what owners should know',
      'Sicherheitsprobleme im Lager: Notausgänge zugestellt',
      'Vulnerable groups and a flawless security guard',
      'the security team and the security guard',
      'an event with security staff',
      'a bug in the app lets you skip ads',
      // A weak point as a figure of speech: a headline's over a true report on what a speaker hears.
      'Die Schwachstelle im Wohnzimmer: Was Alexa alles mithört',
    ])
      expect(countersIn(text), text).not.toContain('data-breach');
  });

  // An exploit is the hack's tool, a noun; people exploited are labour's or the data trade's story, and a
  // counter-signal that read them as a hack pushed a labour page towards silence
  // (irlpodcast-humans-in-the-machine: "the essential workers of AI, yet mostly invisible and exploited").
  it("knows an exploit as the hack's, and people or their data exploited as no hack", () => {
    for (const text of [
      'An iPhone exploit lets attackers steal money',
      'The exploit was shown on YouTube',
      'zero-day exploits for sale',
      'an exploit kit',
      'Der Exploit nutzt eine Lücke im Router',
      'Attackers exploited a flaw in the firmware',
      'hackers could exploit the bug',
    ])
      expect(countersIn(text), text).toContain('data-breach');
    for (const text of [
      'The essential workers of AI, yet mostly invisible and exploited',
      'Prosecutors alleged he sexually exploited minors',
      'Firms are exploiting our personal data',
      'Amazon exploits its warehouse workers',
      'allegations of exploitative labour practices and worker exploitation',
      // The verb in the noun's own forms, known by whose it takes.
      'Meta exploits personal data for ads',
      'Apps exploit their users',
    ])
      expect(countersIn(text), text).not.toContain('data-breach');
  });

  // What a hack takes is people's data: "personal" beside the exploit, or all over the page, is no sign of
  // people exploited.
  it('reads an exploit beside the personal data it takes', () => {
    const exploitsIn = (headline: string, lead = '') =>
      [...(analysePage(newsArticle(headline, lead)).counters.get('data-breach')?.surfaces ?? [])].filter(
        (surface) => /exploit/i.test(surface),
      );
    expect(exploitsIn('A new exploit lets anyone read personal messages on Echo devices')).toEqual([
      'exploit',
    ]);
    expect(exploitsIn('Hackers used an exploit to access personal information')).toEqual(['exploit']);
    expect(
      exploitsIn(
        'What the app stores about you',
        'Personal data, personal accounts and personal messages sit on its servers. The exploit was sold online.',
      ),
    ).toEqual(['exploit']);
  });

  // privacyguides-privacy-means-safety: attacks on people through their data are known by their names.
  it('knows doxxing, swatting and exposed data as an attack, in both languages', () => {
    for (const text of [
      'a doxxing campaign',
      'she was doxxed',
      'a swatting attack',
      'maliciously exposed data',
      'a data exposure',
      'disclosed to unauthorized parties',
      'unbefugter Zugriff auf die Akten',
      'eine Datenpanne beim Amt',
    ])
      expect(countersIn(text), text).toContain('data-breach');
    expect(countersIn('The photo was exposed to light; data about the dock')).not.toContain('data-breach');
  });

  // privacyguides-clearing-browsing-data: the steps of a how-to, in both languages.
  it('knows the steps of a how-to, in both languages', () => {
    for (const text of [
      'click on Settings',
      'tap on the menu',
      'scroll down to Cookies',
      'navigate to Privacy',
      'select Clear History',
      'open the menu',
      'Klicken Sie auf Einstellungen',
      'Wählen Sie Verlauf',
      'tippe auf das Menü',
    ])
      expect(countersIn(text), text).toContain('how-to-steps');
    expect(countersIn('Beer on tap, a scroll of the old law, and the navigation of ships')).not.toContain(
      'how-to-steps',
    );
  });

  // A buying guide's verdict and a deal's small print, in both languages: a VPN deal page and a password
  // manager test are no story of a company profiling its customers.
  it('knows the words of a buying guide, in both languages', () => {
    for (const text of [
      'Our top pick this week costs $2.49 a month',
      'The runner-up is cheaper but slower',
      'All three offer a 30-day money-back guarantee',
      'We tested twelve products over three months',
      'Unser Testsieger kostet 2,99 Euro im Monat',
      'Alle Dienste bieten eine Geld-zurück-Garantie',
      'Both deals end on Sunday',
    ])
      expect(countersIn(text), text).toContain('buying-guide');
    expect(
      countersIn('The tests were run up to the top of the hill; a guarantee of money for picks'),
    ).not.toContain('buying-guide');
  });

  // "Datenschutz-Aufsichtsbehörde" is the law's compound written with a hyphen: read as one, as the closed
  // spelling is, where the hyphen or a space joins its words; not where a comma or a list parts them.
  it('reads the authority written with a hyphen as one compound of the law', () => {
    const lawIn = (headline: string, extra?: Parameters<typeof newsArticle>[2]) => [
      ...(analysePage(newsArticle(headline, '', extra)).counters.get('data-protection-law')?.surfaces ?? []),
    ];
    expect(lawIn('die Datenschutz-Aufsichtsbehörden')).toEqual(['datenschutz aufsichtsbehörden']);
    expect(lawIn('die Datenschutz Aufsichtsbehörde')).toEqual(['datenschutz aufsichtsbehörde']);
    expect(lawIn('Beim Datenschutz, Aufsichtsbehörde und Verbraucherschützer')).toEqual(['aufsichtsbehörde']);
    expect(lawIn('Amazon', { keywords: ['Amazon', 'Datenschutz', 'Aufsichtsbehörde'] })).toEqual([
      'aufsichtsbehörde',
    ]);
  });

  // The thirteenth round's Datenanfragen.de explainers: data protection law and people's rights under it.
  it('knows data protection law, its rights, terms and the means of using them, in both languages', () => {
    for (const text of [
      'what the GDPR says about consent',
      'die Datenschutz-Grundverordnung gilt seit 2018',
      'das Datenschutzrecht der Kirchen',
      'Betroffenenrechte nach der DSGVO',
      'the right of access and the right to erasure',
      'das Recht auf Löschung und das Auskunftsrecht',
      'ein Musterbrief für den Werbewiderspruch',
      'send a subject access request to the data controller',
      'die Rechtsgrundlage ist das berechtigte Interesse',
      'eine Beschwerde bei der Aufsichtsbehörde',
      'das Grundrecht auf Datenschutz',
      'der Auftragsverarbeiter handelt im Auftrag',
    ])
      expect(countersIn(text), text).toContain('data-protection-law');
    for (const text of [
      'the UK GDPR',
      'the General Data Protection Regulation',
      'die DS-GVO',
      'das Bundesdatenschutzgesetz',
      'the data protection law',
      'the data subjects',
      'the supervisory authorities',
      'der Landesdatenschutzbeauftragte',
      'das Kirchendatenschutzgesetz',
      'das Bundesgesetz über den Datenschutz (DSG)',
      'nach dem Kirchengesetz über den Datenschutz der EKD',
      'eine Revision des Bundesgesetzes über den Datenschutz',
      'nach datenschutzrechtlichen Vorgaben',
      'die Datenschutzaufsichtsbehörde',
      'data subject rights',
      'the rights of the data subject',
      'the right to access',
      'der Auskunftsanspruch',
      'das Recht auf Auskunft',
      'the right to be forgotten',
      'der Löschanspruch',
      'the right to rectification',
      'der Berichtigungsanspruch',
      'the right to object',
      'das Recht auf Widerspruch',
      'das Widerspruchsrecht',
      'the right to data protection',
      'data portability',
      'die Datenübertragbarkeit',
      'die verantwortliche Stelle',
      'the data processor',
      'a lawful basis',
      'legitimate interests',
      'an erasure request',
      'ein Auskunftsersuchen',
      'eine Auskunftsanfrage',
      'ein Auskunftsantrag',
      'ein Löschantrag',
      'ein Löschersuchen',
      'eine Löschanfrage',
      'a template letter',
      'ein Musterschreiben',
      'das Recht auf Selbstauskunft',
      'ein Unterschied zum Löschungsanspruch',
      'the right to restriction of processing',
      'ein Recht auf Einschränkung der Verarbeitung',
      'the right to be informed',
      'das Recht auf Information',
      'die Informationspflichten nach Art. 13',
      'die datenschutzrechtlichen Informationspflichten',
      'the lawfulness of processing',
      'die Rechtmäßigkeit der Verarbeitung',
      'the purposes of the processing',
      'die Zwecke der Verarbeitung',
      'die Verarbeitungszwecke',
      'die Grundsätze der Datenverarbeitung wurden übernommen',
      'Grundsätze für die Verarbeitung personenbezogener Daten (Art. 5)',
      'the principles relating to processing of personal data',
      'the right to lodge a complaint with a supervisory authority',
      'Beschwerde einreichen',
      'Beschwerde einlegen',
    ])
      expect(countersIn(text), text).toContain('data-protection-law');
    // Personal data and their processing alone are what the companies collect and do, not the law's term:
    // the German press says "die Verarbeitung personenbezogener Daten" of a company too (stop 30 review).
    for (const text of [
      'Amazon sammelt personenbezogene Daten seiner Kunden',
      'Die Verarbeitung personenbezogener Daten geschieht bei Amazon bei jedem Klick',
      'the processing of orders and of personal data',
      'the processing of personal data for targeted advertising',
      'Datenverarbeitung in der Cloud',
    ])
      expect(countersIn(text), text).not.toContain('data-protection-law');
    expect(countersIn('the right answer and an access road to the data centre')).not.toContain(
      'data-protection-law',
    );
    // The principles of processing a butcher, a metal shop or a signal course teaches are not the law's.
    for (const text of [
      'die Grundsätze der Verarbeitung von Fleisch und Geflügel',
      'Grundsätze der Verarbeitung von Aluminium',
      'the principles of processing analog signals',
    ])
      expect(countersIn(text), text).not.toContain('data-protection-law');
    // Consumers', tenants' and workers' rights are no data protection law.
    expect(countersIn('Know your rights as a tenant: Ihre Rechte als Mieter')).not.toContain(
      'data-protection-law',
    );
    // A shop's duties to inform in distance selling are no data protection law's.
    expect(countersIn('Die Informationspflichten im Fernabsatz und im Impressum')).not.toContain(
      'data-protection-law',
    );
    // Any complaint, any person affected and any supervisory authority are not the law's (review, stop 29):
    // a consumer centre's complaints, a labour board's, a flood's victims, a financial regulator.
    for (const text of [
      'zahlreiche Beschwerden bei den Verbraucherzentralen',
      'the NLRB filed a complaint against SpaceX',
      'die betroffenen Personen wurden evakuiert',
      'die betroffenen personenbezogenen Daten',
      'die Finanzaufsichtsbehörde BaFin',
    ]) {
      expect(countersIn(text), text).not.toContain('data-protection-law');
      expect(conceptsIn(text), text).not.toContain('privacy');
    }
  });

  // Stop 39: the laws that guard people's data by their names, the right as the law words it, the officer.
  it("knows the Charter, Convention 108, the right to the protection of personal data and the DPO as the law's", () => {
    for (const text of [
      "the EU's Charter of Fundamental Rights",
      'Artikel 8 der Charta der Grundrechte',
      'die Grundrechtecharta schützt',
      'the modernised Convention 108',
      'die Konvention 108 des Europarats',
      'die Datenschutzkonvention 108',
      'die Grundrechte-Charta der EU',
      "the users' right to the protection of personal data",
      'ein Grundrecht auf Schutz personenbezogener Daten',
      'das Recht auf den Schutz personenbezogener Daten',
      'a convention on the protection of personal data',
      'the law on the protection of personal data',
      'appoint a data protection officer',
    ])
      expect(countersIn(text), text).toContain('data-protection-law');
    // The protection of personal data bare is what a company breaches, not the law's title.
    for (const text of [
      "the retailer's face scanning breached the protection of personal data",
      'Maßnahmen zum Schutz personenbezogener Daten im Onlineshop',
      'a charter flight; the convention centre; a police officer',
    ])
      expect(countersIn(text), text).not.toContain('data-protection-law');
  });

  // datenanfragen-deutsche-wohnen-tenant-data-fine: a fine for breaking the law is its enforcement.
  it('knows fines for breaking data protection law', () => {
    for (const text of [
      'ein Bußgeld in Millionenhöhe',
      'der Bußgeldbescheid',
      'Rekordbußgeld gegen Deutsche Wohnen',
      'eine Geldbuße der Behörde',
      'a record GDPR fine',
      'GDPR penalties keep growing',
      'the largest data protection fine yet',
      'Meta hit with record privacy fine',
      'Meta was fined under the GDPR',
      'companies fined for violating the GDPR',
      'fined for breaching data protection rules',
      'Google was fined by the CNIL',
      'fined by the data protection authority',
      'the privacy watchdog fined TikTok',
      'France’s privacy watchdog, the CNIL, has fined Amazon',
      'the Irish Data Protection Commissioner fined Meta',
    ])
      expect(conceptsIn(text), text).toContain('data-protection-fine');
    // A fine of any other kind: a consumer watchdog's, a parking ticket, a fine print.
    expect(
      conceptsIn(
        'the consumer watchdog fined Amazon for dark patterns; a parking fine; the fine print of the privacy policy',
      ),
    ).not.toContain('data-protection-fine');
  });

  // csail-ambient-light-sensor-imaging: an attack on a device is known by more than "hackers".
  it('knows attackers, security threats, side channels and flaws as an attack, in both languages', () => {
    for (const text of [
      'the sensors are vulnerable to imaging',
      'Der Router ist verwundbar',
      'Das Telefon ist angreifbar',
      'the attackers read the screen',
      'light sensors are security threats',
      'a side-channel attack on the phone',
      'side channels leak the key',
      'Angreifer lesen den Bildschirm',
      'eine Sicherheitsbedrohung für Smartphones',
      'ein Seitenkanalangriff auf den Prozessor',
    ])
      expect(countersIn(text), text).toContain('data-breach');
    expect(countersIn('the attacking midfielder and a security guard under threat')).not.toContain(
      'data-breach',
    );
  });

  // Jamming blinds a wireless camera as a hack does (tomshardware-wifi-jamming-burglaries): an attack on
  // the device's owners, not the device watching them.
  // thecut-amazon-scam-call: a scam is known by more than the word "scam", so no page hangs on it.
  it('knows fraud in its forms, in both languages, not words that only begin alike', () => {
    for (const text of [
      'the scam call came at night',
      'a fraudulent caller posed as customer service',
      'ein Betrugsanruf bei einer Rentnerin',
      'betrügerische Anrufe häufen sich',
    ])
      expect(countersIn(text), text).toContain('fraud');
    expect(countersIn('a call for papers on scampi, scalable scans and betting odds')).not.toContain('fraud');
  });

  it('knows the jamming of wireless devices as an attack, in both languages, not music jamming', () => {
    for (const text of [
      'burglars used a Wi-Fi jammer',
      'two jammers were found',
      'Wi-Fi jamming knocks out cameras',
      'wireless signal jamming',
      'a deauthentication attack on the doorbell',
      'Einbrecher mit einem WLAN-Störsender',
      'Störsender legen Kameras lahm',
    ])
      expect(countersIn(text), text).toContain('data-breach');
    expect(countersIn('jamming out to music on a speaker')).not.toContain('data-breach');
    expect(countersIn('a traffic jam and a jar of jam')).not.toContain('data-breach');
  });

  // theregister-australia-right-to-disconnect: the law of working time is every trade's.
  it('knows the law of working time as a counter-signal to labour, in both languages', () => {
    for (const text of [
      'Australia passes Right To Disconnect law',
      'employers may not contact workers after hours',
      'unreasonable out of hours contact',
      'a four-day week trial',
      'das Recht auf Nichterreichbarkeit',
      'die Reform des Arbeitszeitgesetzes',
      'die Vier-Tage-Woche bei vollem Lohn',
      'keine Mails nach Feierabend',
    ])
      expect(countersIn(text), text).toContain('working-time');
    // Overtime and the hours and Arbeitszeit of a couriers' shift are every warehouse and gig story's words.
    expect(
      countersIn(
        "drivers worked overtime; Überstunden im Lager; a disconnected router; the riders' working hours and " +
          'working time; die Arbeitszeit der Fahrer',
      ),
    ).not.toContain('working-time');
  });

  // npr-california-fast-food-minimum-wage: the sectors whose pay and strikes are not the corpus's labour.
  it('knows other sectors of work by their workplaces, trades and restaurant chains, in both languages', () => {
    for (const text of [
      'fast-food workers get a raise',
      'the restaurants cut hours',
      'a strike in hospitality',
      'hotel workers walk out',
      'nurses at the hospital strike',
      'Streik im Krankenhaus',
      'Pflegekräfte und Lehrer fordern mehr Geld',
      'teachers and their union',
      'the airline and its flight attendants',
      'Piloten der Fluggesellschaft streiken',
      'autoworkers at the car plant',
      'screenwriters and screen actors',
      'rail workers and train drivers',
      'Lokführer streiken',
      'Streik in der Gastronomie',
      'workers at McDonald’s and Starbucks',
      'Burger King, KFC, Pizza Hut, Chipotle and Taco Bell',
    ])
      expect(countersIn(text), text).toContain('work-in-other-sectors');
    expect(countersIn('Amazon pilots a new app; threat actors attack it; a jack in the box')).not.toContain(
      'work-in-other-sectors',
    );
    // theverge-mercedes-humanoid-robots-trial: car manufacturing by its trade's words and its makers.
    for (const text of [
      'the latest automotive company to trial robots',
      'automakers and carmakers alike',
      'vehicle manufacturers and a car manufacturer',
      'Autobauer und Autohersteller, Fahrzeughersteller der Autoindustrie',
      'Jobs in der Automobilindustrie',
      'production line workers on the assembly line',
      'am Fließband',
      'Mercedes, BMW, Audi, Volkswagen, Daimler, Porsche and Toyota',
    ])
      expect(countersIn(text), text).toContain('work-in-other-sectors');
    // Audio and an audience are no Audi, and an automatic reply no car trade.
    expect(countersIn('the audio of the audience; an automatic reply')).not.toContain(
      'work-in-other-sectors',
    );
    // A teacher's compounds, not the success of teaching (Lehr|erfolg).
    expect(countersIn('Der Lehrerverband und die Lehrerinnen')).toContain('work-in-other-sectors');
    expect(countersIn('Der Lehrerfolg der Schulung')).not.toContain('work-in-other-sectors');
  });

  // wikinews-twitter-wikileaks-daten-gericht: investigators and courts demanding users' data are the state.
  it("knows investigators' and courts' demands for data as state surveillance, in both languages", () => {
    for (const text of [
      'US-Gericht fordert Twitter zur Herausgabe auf',
      'die Strafverfolgungsbehörden verlangen die Daten',
      'das US-Justizministerium ermittelt',
      'a subpoena for the account data',
      'law enforcement asked for the records',
      'a court ordered the company to hand over the data',
      'die Staatsanwaltschaft verlangt Auskunft',
      'Ermittler fordern die Daten an',
      'a court order for the records',
      'per Gerichtsbeschluss',
      'ohne richterlichen Beschluss',
      'eine gerichtliche Anordnung',
      'zur Herausgabe von personenbezogenen Daten',
      'die Herausgabe der Daten',
      'die Daten herauszugeben',
      'the platform handed over user data',
      'turned over data to investigators',
    ])
      expect(countersIn(text), text).toContain('state-surveillance');
    // okfn-digital-firewall-demands: the state's surveillance by its own name and its contested measures.
    for (const text of [
      'ein Bekenntnis gegen staatliche Überwachung',
      'der Umfang staatlicher Überwachungsbefugnisse',
      'state surveillance of dissidents',
      'a rise in government surveillance',
      'die Chatkontrolle auf europäischer Ebene verhindern',
      'the EU chat control proposal',
      'jede Form von Predictive Policing',
    ])
      expect(countersIn(text), text).toContain('state-surveillance');
    expect(countersIn('the court heard the antitrust case; a tennis court')).not.toContain(
      'state-surveillance',
    );
    expect(
      countersIn('die Herausgabe des Buches; eine Behörde fordert Transparenz; a hand over the door'),
    ).not.toContain('state-surveillance');
  });

  // datenanfragen-posteo-data-minimisation-court: the interception of telecommunications.
  it('knows the interception of telecommunications as state surveillance', () => {
    for (const text of [
      'die Telekommunikationsüberwachung wird ausgeweitet',
      'die Überwachung der Telekommunikation',
      'die Telekommunikations-Überwachungsverordnung schreibt fest',
      'die Telekommunikationsüberwachungsverordnung schreibt fest',
      'eine Quellen-TKÜ auf dem Handy',
      'nach § 7 TKÜV',
      'eine TKÜ anordnen',
      'lawful interception interfaces',
      'auf richterliche Anweisung',
      // The code of criminal procedure where it authorises the interception named beside it.
      'Die Strafprozessordnung (StPO) spricht davon, dass die Überwachung der Telekommunikation',
      'eine Funkzellenabfrage nach § 100g StPO',
      'die Verbindungsdaten, die die StPO den Ermittlern erlaubt',
    ])
      expect(countersIn(text), text).toContain('state-surveillance');
    expect(
      countersIn(
        'Überwachung am Arbeitsplatz; eine Überwachungskamera; wiretapping claims against the pixel',
      ),
    ).not.toContain('state-surveillance');
    // Prosecutors and the code of criminal procedure are in every criminal case; other ordinances
    // oversee products and plants (stop 30 review).
    for (const text of [
      'Die Staatsanwaltschaft ermittelt nach dem Derby gegen Hooligans',
      'Prosecutors said the quarterback was charged',
      'Das Verfahren wurde nach § 153a StPO gegen eine Geldauflage eingestellt',
      'die Strafprozessordnung regelt das Strafverfahren',
      'Die Staatsanwaltschaft wertet nach der StPO die Bilder der Überwachungskamera aus',
      'Ermittlungen nach der StPO wegen heimlicher Sammlung von Kundendaten und Fahrprofilen',
      'Die Marktüberwachungsverordnung gilt auch für Amazon',
      'nach der Eigenüberwachungsverordnung und der Anlagenüberwachungsverordnung',
    ])
      expect(countersIn(text), text).not.toContain('state-surveillance');
  });

  // datenanfragen-arbeitsagentur-video-appointments: a public body's handling of the data it holds.
  it('knows public bodies by their kinds and their common names, in both languages', () => {
    for (const text of [
      'a public body holds the records',
      'public authorities process the data',
      'öffentliche Stellen des Bundes',
      'die öffentliche Verwaltung',
      'Videotermine bei der Agentur für Arbeit',
      'die Bundesagentur für Arbeit lädt ein',
      'vk.arbeitsagentur.de',
      'das Arbeitsamt von früher',
      'das Jobcenter verlangt Kontoauszüge',
      'das Finanzamt prüft',
      'Termin im Bürgeramt',
      'beim Einwohnermeldeamt',
      'die Meldebehörde gibt Daten weiter',
      'die Ausländerbehörde',
      'beim Standesamt',
    ])
      expect(countersIn(text), text).toContain('public-body');
    expect(countersIn('a public statement by the agency; die Agentur für Werbung')).not.toContain(
      'public-body',
    );
  });

  // edps-commission-microsoft-365-infringement: the EU's own institutions are public bodies too.
  it("knows the European Union's institutions and bodies as public bodies", () => {
    for (const text of [
      'the rules for EU institutions',
      'Union institutions must comply',
      'data protection law for EU institutions and bodies',
      'the Community institutions and bodies',
      'the EU institutions, bodies, offices and agencies (EUIs)',
    ])
      expect(countersIn(text), text).toContain('public-body');
    expect(
      countersIn('financial institutions and regulatory bodies; the institutions of democracy'),
    ).not.toContain('public-body');
  });

  // okfn-public-data-ai-enquete, okfn-municipal-data-sale: the data public bodies publish is the state's.
  it("knows open data and public-sector information as a public body's, in both languages", () => {
    for (const text of [
      'the city publishes open data',
      'open government data portals',
      'the directive on public sector information',
      'offene Daten für alle',
      'die offenen Daten der Stadt',
      'Öffentliche Daten nicht verhökern',
      'den öffentlichen Daten fehlt ein Standard',
      'Verwaltungsdaten maschinenlesbar bereitstellen',
      'Regierungsdaten nutzen',
      'Datenverkauf bei Kommunen',
      'die Kommune veröffentlicht',
      'Daten aus öffentlicher Hand',
    ])
      expect(countersIn(text), text).toContain('public-body');
    // What anyone can see of a person online is no public body's data, and communication no town.
    expect(
      countersIn('scrapers collect public data from profiles; open the data file; die Kommunikation'),
    ).not.toContain('public-body');
  });

  // Stop 39: the public bodies that keep records on everyone, named as the holders of those records.
  it('knows the police as a records holder, and the registries and offices that keep records, as public bodies', () => {
    for (const text of [
      'the ICO reprimanded the police force',
      'police forces across England must delete the profiles',
      'the police service said it had changed its procedures',
      'Eastvale Constabulary apologised',
      'das Polizeipräsidium sagte zu, die Daten zu löschen',
      'ein Landespolizeipräsidium verpflichtet alle Beamten',
      'mehrere Polizeipräsidien',
      'searches of the police database',
      'records on police databases',
      'misuse of police systems',
      'the police national computer',
      'Einträge in der Polizeidatenbank',
      'Abfragen in polizeilichen Datenbanken',
      'im Polizeisystem nachgeschlagen',
      'Europol must delete the data',
      'the national statistics office',
      'the Office for National Statistics',
      'das Statistische Bundesamt meldet',
      'das Statistische Landesamt befragt',
      'das Statistikamt beginnt',
      'das Kraftfahrt-Bundesamt in Flensburg',
      'das KBA verwaltet die Halterdaten',
      'the DVLA shares keepers’ details',
      'the Driver and Vehicle Licensing Agency',
      'ein Gesundheitsamt faxte Listen',
      'mehrere Gesundheitsämter',
      'die Gemeinde veröffentlichte Namen',
      'die Gemeindeverwaltung',
      'die Stadtverwaltung',
    ])
      expect(countersIn(text), text).toContain('public-body');
    // The bare police are where a company hands its customers' data (stops 35 and 36); a force of nature
    // and a service desk are not the police.
    for (const text of [
      'the retailer handed customer data to police',
      'Payback gab Kundendaten an die Polizei weiter',
      'Polizeibeamte nutzten die Gesichtersuche',
      'the workforce; a task force; customer service; the police said',
      'kba-style layouts; the kba of a file',
    ])
      expect(countersIn(text), text).not.toContain('public-body');
  });

  // Stop 39: data retention by its short name and its forms, and the radio-cell query.
  it('knows data retention in its forms and the radio-cell query as state surveillance', () => {
    for (const text of [
      'Vorratsdaten: Provider sollen speichern',
      'die Vorratsdatenspeicherung kehrt zurück',
      'per Funkzellenabfrage erfasst',
      'bei Funkzellenabfragen',
    ])
      expect(countersIn(text), text).toContain('state-surveillance');
    for (const text of [
      'die Speicherung der Fotos in der Cloud',
      // A company's storage without cause and of IP addresses is the company's (stop 39's review).
      'Verbraucherschützer kritisieren die anlasslose Speicherung der Sehgewohnheiten',
      'Werbenetzwerk: IP-Adressen-Speicherung über Jahre',
      'die Speicherung von IP-Adressen durch das Werbenetzwerk',
      'eine Funkzelle fiel aus',
      'Vorräte an Daten-Kabeln',
    ])
      expect(countersIn(text), text).not.toContain('state-surveillance');
  });

  // wikinews-panne-bei-amazon-de: a shop's pricing error or an outage is a mishap, not the company's story.
  it('knows glitches, outages and pricing errors as a mishap, in both languages', () => {
    for (const text of [
      'Panne bei Amazon.de',
      'eine technische Störung im Rechenzentrum',
      'der Preisfehler wurde korrigiert',
      'a pricing error listed laptops for $20',
      'the app outage lasted hours',
      'a glitch in the checkout',
      'nach der Softwarepanne',
      'Amazon weist auf den Irrtum hin',
      'irrtümlich zu niedrige Preise',
      'versehentlich storniert',
      'the price was listed by mistake',
      'mistakenly charged twice',
      'an erroneous listing',
    ])
      expect(countersIn(text), text).toContain('malfunction');
    expect(countersIn('Pannenhilfe, ein Fehler im Text und ein Stören der Ruhe')).not.toContain(
      'malfunction',
    );
  });

  // johnthenerd-local-llm-voice-assistant: an assistant on the owner's own hardware listens for no one.
  it("knows software that runs on its owner's hardware, in both languages", () => {
    for (const text of [
      'a fully local voice assistant',
      'the model runs locally on two GPUs',
      'a self-hosted smart home hub',
      'Der Sprachassistent läuft lokal, ohne Cloud',
      'lokale Verarbeitung der Sprachbefehle',
      'a local model on my own GPU',
      'I had to run a model that fits in VRAM',
      'on-device processing of voice commands',
      'ein lokales Modell, lokale KI',
      'HomeAssistant controls the lights',
      'a Home Assistant server',
      'openHAB und ioBroker',
    ])
      expect(countersIn(text), text).toContain('runs-locally');
    expect(countersIn('a local shop delivers locally; I went offline')).not.toContain('runs-locally');
    expect(
      countersIn('a smart home assistant; on-device storage; a model of the local economy'),
    ).not.toContain('runs-locally');
  });

  // A counter-signal's own names are what `npm run ablation` counts apart: each must be one of its entries.
  it("writes a counter-signal's own names among its page words", () => {
    for (const signal of LEXICON.counters)
      for (const name of signal.ownNames ?? []) expect(signal.page, signal.id).toContain(name);
  });

  it('has a namesake rule only for words the lexicon uses, alone or at the head of a phrase', () => {
    // A name is written with a capital ("GLS") and read by the matcher as the word folds ("gls"). A word
    // that heads a phrase gives the phrase its negation (matcher.ts).
    const patterns = [
      ...CONCEPTS.flatMap((c) => c.page),
      ...LEXICON.counters.flatMap((c) => c.page),
      ...ENTITIES.flatMap((e) => e.names),
    ].map((p) => p.replace(/\*/g, '').toLowerCase());
    const heads = patterns.flatMap((p) => (p.includes(' ') ? (p.split(' ')[0] ?? '').split('|') : []));
    const words = new Set([...patterns, ...heads]);
    for (const word of Object.keys(NAMESAKES)) expect(words, word).toContain(word);
  });
});

describe('German adjectives in the lexicon', () => {
  const concepts = (text: string) => [...analysePage(newsArticle(text, '')).concepts.keys()];

  it('match in every case ending', () => {
    for (const text of [
      'Smarte Lautsprecher hören mit',
      'Mit smarten Lautsprechern',
      'Ein smarter Lautsprecher',
    ])
      expect(concepts(text), text).toContain('smart-speaker');
    for (const text of ['Die Verarbeitung personenbezogener Daten', 'Ihre persönlichen Daten'])
      expect(concepts(text), text).toContain('customer-analytics');
  });
});

describe('German words for people written for all of them', () => {
  const evidence = (text: string) => analysePage(newsArticle(text, ''));

  it('reads the feminine and the marked forms as the word in a concept, and its compounds', () => {
    for (const text of [
      'Der Shop wertet Kund*innendaten aus',
      'Der Shop wertet Kundinnendaten aus',
      'Der Shop wertet KundInnendaten aus',
      'Die App sammelt Nutzer_innendaten',
    ])
      expect([...evidence(text).concepts.keys()], text).toContain('customer-analytics');
    for (const text of [
      'Die Mitarbeiter*innenüberwachung im Lager',
      'Die Mitarbeiterinnenüberwachung im Lager',
    ])
      expect([...evidence(text).concepts.keys()], text).toContain('workplace-surveillance');
  });

  it('counts one group named in both forms once', () => {
    const bodyOf = (text: string) =>
      analysePage(newsArticle('Ein Bericht', text)).concepts.get('pay-and-strikes')?.body;
    expect(bodyOf('Die Mitarbeiterinnen und Mitarbeiter des Hauses')).toBe(1);
    expect(bodyOf('Die Mitarbeiter und Mitarbeiterinnen des Hauses')).toBe(1);
    expect(bodyOf('Die Mitarbeiter*innen und Mitarbeiter des Hauses')).toBe(1);
    expect(bodyOf('Die Mitarbeiter des Hauses und Mitarbeiter der Filiale')).toBe(2);
    expect(bodyOf('Die Mitarbeiter. Und Mitarbeiterinnen')).toBe(2);
  });
});

// The matcher reads every page with the endings of both languages (matcher.ts); some English forms the lexicon
// reaches only through them. b94a78d gave an English page English endings only and lost each of these (reverted
// in 91c7bc4): whatever chooses endings by language must keep them.
describe('English words on an English page', () => {
  const read = (text: string) => analysePage(newsArticle(text, '', { language: 'en' }));
  const concepts = (text: string) => [...read(text).concepts.keys()];

  it.each([
    ["A warehouse worker at Amazon's fulfilment centre", 'warehouse-work'],
    ['Amazon cuts 300 staffers', 'job-cuts'],
    ['AI has taken their jobs', 'job-cuts'],
    ['Robots have taken over jobs', 'job-cuts'],
    ['What is known about you', 'customer-analytics'],
    ['Federal Trade Commissioner Lina Khan', 'market-power'],
    ['canvas fingerprinters', 'tracking-ads'],
  ])('read "%s" as %s', (text, concept) => {
    expect(concepts(text)).toContain(concept);
  });

  // The same in sentences the matcher tells as English, which take English endings only (Endings in matcher.ts).
  it.each([
    [
      "The company said that a warehouse worker at Amazon's fulfilment centre was fired for it.",
      'warehouse-work',
    ],
    ['The company said that it has cut 300 staffers from the team.', 'job-cuts'],
    ['They say that AI has taken their jobs and that it will not stop there.', 'job-cuts'],
    ['It is said that robots have taken over jobs in the factories of the region.', 'job-cuts'],
    ['This is what is known about you by the companies that sell it.', 'customer-analytics'],
    ['The statement of the Federal Trade Commissioner Lina Khan was read by the board.', 'market-power'],
    ['This is how the canvas fingerprinters track you on the web.', 'tracking-ads'],
    ['The retailer said that it has cut its prices for the holidays.', 'retail-marketplace'],
  ])('read the English sentence "%s" as %s', (text, concept) => {
    expect(concepts(text)).toContain(concept);
  });

  it('are no comparative or verb of an adjective in an English sentence', () => {
    for (const text of [
      'Read the Smarter Living newsletter of the Times for tips on your life.',
      'Will AI get smarter than the humans who built it?',
      'Smarten up your living room with the tips of our editors.',
    ])
      expect(concepts(text), text).not.toContain('connected-device');
    expect(concepts('The shop sells a smart plug and two smart bulbs to you.')).toContain('connected-device');
  });

  it('leave a German title on an English page its German endings', () => {
    const page = amazonProduct('Smarter Rauchmelder mit App', {
      language: 'en',
      description: 'The device is sold by the shop and is shipped to you within two days.',
    });
    expect([...analysePage(page).concepts.keys()]).toContain('connected-device');
  });
});

/**
 * Issue 11: no page may hang on one entry, and `npm run ablation` leaves each entry out in turn to find
 * those that do. An entry that another entry of its concept or counter-signal reads in full ('lagerarbeiter'
 * beside 'lagerarbeit', '*paketzusteller' beside '*zusteller', 'delivery riders' beside 'delivery rider')
 * changes nothing the engine finds, yet leaving either out leaves the other to read the page: the ablation
 * then passes vacuously.
 *
 * Here each entry is read by the real matcher in the forms it reads: as written and with every ending; as
 * the first part of a compound, with each linking letter, before a second part of each initial and before
 * the nouns that take an "er" from the first part (matcher.ts); written `*word`, as a compound's head;
 * written `word*`, continued; as a name only capitalised; a count (`#`) as a figure and in words. Another
 * entry reads it in full where it finds each of those forms as the same words, with the same start and
 * length, and with the same namesake rule. So a one-word entry that finds a phrase's first word ('amazon'
 * in 'amazon web services') does not make the phrase's entry dead: the phrase is one mention of its words
 * (oncePerPhrase in analyse.ts), where it stands (its span) is all of it, and only a word alone is read by
 * its neighbours (a namesake). Not asked: a typo of the entry (the matcher forgives one in a long word; a
 * typo is no meaning of its own), and an ending on an ending that together make none of the matcher's
 * endings ('lagerarbeiterd', 'riderss': no words), nor compounds on an English "s" or "ed" (englishEnding).
 */
describe('the entries of a concept or counter-signal', () => {
  const ENDINGS = 's es e en n er ern ers em ens d ed ing t te ten et st in innen'.split(' ');
  const LINKING = ['', 's', 'es', 'n', 'en', 'e'];
  const SECOND_PARTS = [
    'abbau bericht chef dienst ende firma gesetz haus inhaber jahr kette lager markt netz ordnung plan',
    'quelle recht stelle tarif umbau verbot werk xylophon yacht zentrum erfolg erklarung',
  ]
    .join(' ')
    .split(' ');
  const endingOnEnding = (word: string, ending: string) =>
    ENDINGS.some((last) => word.endsWith(last) && !ENDINGS.includes(last + ending));
  // The matcher reads no compound on a word shorter than six letters (MIN_COMPOUND_PART in matcher.ts); one
  // written with the "s" of an English plural or verb or the "ed" of its past ('delivery riders', 'tracks
  // users', 'hacked') reaches six by it and reads compounds on the ending ('Ridersunion', 'Hackedverbot'),
  // which are no form of what it means. Not "ing": German compounds on it ("Trackingschutz").
  const ENGLISH_ENDINGS = ['s', 'ed'];
  const englishEnding = (word: string) =>
    ENGLISH_ENDINGS.some((ending) => word.endsWith(ending) && word.length - ending.length < 6);

  /**
   * The page words one written word of an entry ("*zusteller", "Uber", "#", "~", "okay_google") reads, in some of
   * their forms; a tight phrase's words with a space between them.
   */
  const wordForms = (written: string): string[] => {
    if (written === '#') return ['500', 'hundreds of', 'Tausende'];
    if (written === '~') return ['sales', 'back-office'];
    const word = written.replace(/\*/g, '').replace(/_/g, ' ');
    const lower = word.toLowerCase();
    const forms = [
      word,
      ...ENDINGS.filter((ending) => !endingOnEnding(lower, ending)).map((ending) => word + ending),
      ...(englishEnding(lower)
        ? []
        : LINKING.flatMap((link) => SECOND_PARTS.map((part) => word + link + part))),
      ...['x', 'ung', 'lich'].map((continuation) => word + continuation),
    ];
    // As a compound's head the word is in lower case, in a word that is capitalised or not.
    const heads = forms.flatMap((form) => ['xy', 'Paket'].map((first) => first + form.toLowerCase()));
    return [...forms, ...heads];
  };

  /** Texts of an entry's forms: one written word at a time in its forms, the others as written. */
  const textsOf = (pattern: string): string[] => {
    const words = pattern.split(/\s+/).filter(Boolean);
    const asWritten = words.map((word) => {
      const first = word.split('|')[0]!;
      if (first === '#') return '500';
      return first === '~' ? 'sales' : first.replace(/\*/g, '').replace(/_/g, ' ');
    });
    return words.flatMap((word, at) =>
      word
        .split('|')
        .flatMap(wordForms)
        .map((form) => asWritten.map((other, i) => (i === at ? form : other)).join(' ')),
    );
  };

  // An ambiguous word standing alone is read in its sense, as a page that confirms it would.
  const inSense = new Set(Object.keys(NAMESAKES));
  const hitAt = (hit: PatternHit<number>) => `${hit.index}+${hit.length}:${hit.namesake ?? ''}`;

  // A word takes other endings in an English sentence than elsewhere (Endings in matcher.ts): an entry another
  // reads in full in a text of no language told ('retail' reads "retailer" there) may read what no other does
  // in an English one. Each form is read alone and before an English sentence, whose language its own then
  // takes (sentenceLanguages in language.ts); after a stop, so that no phrase reads into it.
  const inEnglish = (text: string) => [text, `${text}. The rest of the text is in English.`];

  it('has no entry that another entry of the same family reads in full', () => {
    const dead: string[] = [];
    for (const family of [...CONCEPTS, ...LEXICON.counters]) {
      const matcher = new PatternMatcher(family.page.map((pattern, key) => ({ key, pattern })));
      family.page.forEach((pattern, entry) => {
        let readers: number[] | undefined;
        for (const text of textsOf(pattern).flatMap(inEnglish)) {
          const hits = matcher.findAll(tokenize(text), new Set(), undefined, inSense);
          const own = hits.filter((hit) => hit.key === entry).map(hitAt);
          if (own.length === 0) continue;
          readers = (readers ?? family.page.map((_, other) => other)).filter(
            (other) =>
              other !== entry &&
              own.every((at) => hits.some((hit) => hit.key === other && hitAt(hit) === at)),
          );
          if (readers.length === 0) break;
        }
        if (readers?.length) dead.push(`${family.id}: '${pattern}' is read by '${family.page[readers[0]!]}'`);
      });
    }
    expect(dead).toEqual([]);
    // Every entry's forms through the matcher: about 4 s alone, past vitest's 5 s default on a busy machine.
  }, 60_000);
});

describe('words of data that do not say whose data (stop 41)', () => {
  const themes = (headline: string, text: string) => {
    const context = newsArticle(headline, text);
    const decision = decide(context, analysePage(context));
    return decision.reason.kind === 'article' ? decision.reason.themes : [];
  };

  it("reads something made to fit one person as data only beside the collection of people's data", () => {
    expect(
      themes(
        'This running app builds a personalized training plan',
        'The plan is personalized from your race date and pace, and personalized again after each week.',
      ),
    ).not.toContain('data');
    expect(
      themes(
        'Personalisierte Geschenke: Tassen mit Namen',
        'Die Personalisierung dauert zwei Tage. Personalisierte Fotobücher kosten 15 Euro.',
      ),
    ).not.toContain('data');
    expect(
      themes(
        'Shopping app shows personalized prices built from browsing history',
        "The app personalized prices from each shopper's browsing history and location. Critics call the data collection opaque.",
      ),
    ).toContain('data');
    // A shop's personalisation is tailored from what it knows of its customers.
    expect(
      themes(
        'Onlinehändler personalisiert seine Startseite für jeden Kunden',
        'Der Onlinehändler zeigt jedem Kunden eine personalisierte Startseite. Die Personalisierung soll den Umsatz im Onlineshop steigern.',
      ),
    ).toContain('data');
  });

  it("reads a machine's telemetry as data only beside the collection of people's data", () => {
    expect(
      themes(
        'Formula One limits telemetry teams receive during races',
        'Teams will get less telemetry from their cars. Engineers say the telemetry channels cost too much.',
      ),
    ).not.toContain('data');
    expect(
      themes(
        'Satellit sendet wieder Telemetrie',
        'Die Telemetrie zeigt, dass die Instrumente heil sind. Die Bodenstation empfängt die Telemetrie täglich.',
      ),
    ).not.toContain('data');
    expect(
      themes(
        'Software maker collected telemetry and sold user data to advertisers',
        'The telemetry included browsing history, and the company sold user data to advertisers and data brokers.',
      ),
    ).toContain('data');
  });

  it('reads prices fitted to one person and telemetry said of people as their data', () => {
    expect(
      themes(
        'Airline tests personalised fares',
        'Passengers may soon see personalised fares. The airline says personalised pricing will start on European routes.',
      ),
    ).toContain('data');
    expect(
      themes(
        'Konsolenhersteller nutzt Telemetrie der Spieler für Werbung',
        'Die Konsole sendet die Telemetrie der Spieler an den Hersteller. Aus der Telemetrie entstehen Werbeplätze.',
      ),
    ).toContain('data');
    // A firm's customers are firms to an IT vendor: their servers' telemetry is no one's.
    expect(
      themes(
        'Monitoring firm collects telemetry from customers',
        'The vendor gathers telemetry from customers and their servers. The telemetry shows load and disk errors.',
      ),
    ).not.toContain('data');
    expect(
      themes(
        'Personalisierte Trikots: Preise für die Beflockung steigen',
        'Die personalisierten Trikots kosten mehr. Die Personalisierung mit Namen und Nummer dauert drei Tage.',
      ),
    ).not.toContain('data');
  });

  it('reads movement data as data only where it says whose or beside its collection', () => {
    expect(
      themes(
        'Forscher geben Bewegungsdaten von Wölfen an Jäger weiter',
        'Die Bewegungsdaten der besenderten Wölfe zeigen neue Reviere. Die Bewegungsdaten werden täglich übertragen.',
      ),
    ).not.toContain('data');
    expect(
      themes(
        'Mobilfunker verkauft Bewegungsdaten seiner Kunden',
        'Die Bewegungsdaten der Kunden gehen an Werbefirmen. Die Standortdaten verraten, wo Menschen wohnen.',
      ),
    ).toContain('data');
    expect(
      themes(
        'Navi-App sammelt Bewegungsdaten',
        'Die App verkauft die Bewegungsdaten an Datenhändler. Die Standortdaten verraten, wo Menschen wohnen.',
      ),
    ).toContain('data');
  });

  it("reads a data protection fine as data only beside the handling of people's data", () => {
    // A fine for a surgery's files in a paper bin, or a police officer's private search, names only the law's words.
    expect(
      themes(
        'Bußgeld für Arztpraxis: Patientenakten im Altpapier',
        'Die Datenschutzaufsicht verhängte ein Bußgeld, weil Befunde im offenen Container lagen. Die Praxis hat das Bußgeld akzeptiert.',
      ),
    ).not.toContain('data');
    expect(
      themes(
        'Polizist muss Bußgeld zahlen: Halterdaten privat abgefragt',
        'Die Landesdatenschutzbeauftragte verhängte das Bußgeld gegen den Beamten. Das Bußgeld beträgt 1.500 Euro.',
      ),
    ).not.toContain('data');
    // The same fine on a company for profiling its customers or selling their location data.
    expect(
      themes(
        'Bußgeld gegen Supermarktkette wegen Kundenprofilen',
        'Die Kette hatte aus den Einkäufen ihrer Kundenkarten-Nutzer Kundenprofile erstellt. Das Bußgeld der Datenschutzbehörde beträgt vier Millionen Euro.',
      ),
    ).toContain('data');
    expect(
      themes(
        'Weather app maker hit with GDPR fine for selling location data',
        "The app sold users' location data to data brokers, the data protection authority found. The location data showed where people live.",
      ),
    ).toContain('data');
  });
});

import { describe, expect, it } from 'vitest';
import { analysePage } from './analyse';
import { WEAK_SHARE, decide, quickReadSettles } from './decide';
import { LEXICON, type Lexicon } from './lexicon';
import { pageContext } from './page-context';
import { amazonProduct as product, newsArticle as news } from './testing';
import type { PageContext } from './types';

const decideFor = (context: PageContext) => decide(context, analysePage(context));
/** The themes a news page with this headline and text is shown for, none where it is not an article's. */
const themes = (headline: string, text: string, extra: Partial<PageContext> = {}) => {
  const decision = decideFor(news(headline, text, extra));
  return decision.reason.kind === 'article' ? decision.reason.themes : [];
};

const leading = (topics: Record<string, number>) =>
  Object.entries(topics).sort((a, b) => b[1] - a[1])[0]?.[0];

/**
 * A test text as long as the page it stands for (over the 250 words of a short text, decide.ts
 * SHORT_TEXT_WORDS, in which fewer mentions make a theme): words of no theme after it.
 */
const asLongPage = (text: string) =>
  `${text} ${'The rest of the text goes on about the weather, the town and its old bridge. '.repeat(18)}`;

describe('shop pages', () => {
  it('are never silent: an ordinary product leads with labour, data and power', () => {
    const decision = decideFor(product('Romberg Herren Boxershorts Bio-Baumwolle 6er Pack'));
    expect(decision.silent).toBe(false);
    expect(['labour', 'data', 'power']).toContain(leading(decision.topics));
    expect(decision.topics.alexa).toBeLessThan(0.3);
    expect(decision.topics.alibaba).toBeLessThan(0.3);
  });

  it('lead with Alexa for an Echo', () => {
    const decision = decideFor(product('Echo Dot (5. Generation) | Smarter Lautsprecher mit Alexa'));
    expect(leading(decision.topics)).toBe('alexa');
  });

  it('pool the kinds of a topic on a list: Fire TV, Echo and doorbells are one smart-home story', () => {
    const listingTitles = [
      'Fire TV Stick 4K',
      'Echo Dot Smart Speaker',
      'Ring Video Doorbell',
      'Alexa Voice Remote',
      ...Array.from({ length: 16 }, (_, i) => `USB-C Kabel ${i}`),
    ];
    const decision = decideFor(
      pageContext({
        url: 'https://www.amazon.com/bestsellers',
        site: 'amazon',
        pageType: 'bestseller',
        listingTitles,
      }),
    );
    const alone = Math.max(
      ...decision.concepts.filter((c) => c.concept.topics[0] === 'alexa').map((c) => c.weight),
    );
    expect(decision.topics.alexa).toBeGreaterThan(alone);
  });

  it('lead with data on the order history', () => {
    const decision = decideFor(
      pageContext({ url: 'https://www.amazon.com/gp/css/order-history', site: 'amazon', pageType: 'orders' }),
    );
    expect(leading(decision.topics)).toBe('data');
  });

  it('lead with Alibaba on Alibaba and AliExpress', () => {
    const decision = decideFor(
      pageContext({
        url: 'https://de.aliexpress.com/item/1.html',
        site: 'alibaba',
        pageType: 'product',
        productTitle: 'Skibrille',
      }),
    );
    expect(leading(decision.topics)).toBe('alibaba');
  });

  it('explain the page kind as a cue, and name the kind and the leading topics in the reason', () => {
    const decision = decideFor(product('Echo Dot (5. Generation) | Smarter Lautsprecher mit Alexa'));
    const cues = decision.concepts.flatMap((c) => c.cues);
    expect(cues).toContainEqual({
      kind: 'pageKind',
      site: 'amazon',
      pageType: 'product',
      concept: 'delivery-work',
    });
    expect(cues).toContainEqual({
      kind: 'concept',
      source: 'productTitle',
      words: 'Smarter Lautsprecher',
      concept: 'smart-speaker',
    });
    // "Echo" is also a sound: "Dot" and "Alexa" next to it settle that it is the speaker.
    expect(cues).toContainEqual({
      kind: 'namesake',
      source: 'productTitle',
      words: 'Echo',
      namesake: 'echo',
      concept: 'smart-speaker',
    });
    expect(decision.reason).toMatchObject({ kind: 'shop', site: 'amazon', pageType: 'product' });
    expect(decision.reason.kind === 'shop' && decision.reason.leadingTopics[0]).toBe('alexa');
  });
});

describe('what a shop sells (issue 11, section 5)', () => {
  const baseline = (title: string, extra: Partial<PageContext> = {}) =>
    new Map(decideFor(product(title, extra)).concepts.map((c) => [c.concept.id, c]));

  it('does not deliver an e-book by courier: its order is about what one reads', () => {
    for (const title of ['Die Verwandlung Kindle Ausgabe', 'The Whole Truth: A Novel Kindle Edition']) {
      const concepts = baseline(title);
      expect(concepts.has('delivery-work'), title).toBe(false);
      expect(concepts.has('warehouse-work'), title).toBe(false);
      expect(leading(decideFor(product(title)).topics), title).toBe('data');
    }
    expect(baseline('Die Verwandlung, Taschenbuch').has('delivery-work')).toBe(true);
  });

  it('takes a grocery or household order for data, from the title or the categories', () => {
    expect(leading(decideFor(product('Persil Universal Gel Waschmittel, 100 Waschladungen')).topics)).toBe(
      'data',
    );
    expect(
      leading(
        decideFor(product('Barilla Spaghetti n.5, 500g', { categories: ['Lebensmittel & Getränke'] })).topics,
      ),
    ).toBe('data');
  });

  it('takes a smart speaker, doorbell, camera or robot vacuum for surveillance in the home', () => {
    for (const title of [
      'Echo Pop | Kompakter, smarter Bluetooth-Lautsprecher mit Alexa',
      'Ring Video Doorbell (2. Gen.) | HD-Video, Bewegungserfassung',
      'TP-Link Tapo C200 WLAN Überwachungskamera Innen',
      'iRobot Roomba Combo Saugroboter mit Wischfunktion',
    ])
      expect(leading(decideFor(product(title)).topics), title).toBe('alexa');
  });

  it('names the product in the cue, not only the page kind', () => {
    const cues = decideFor(product('The Whole Truth: A Novel Kindle Edition')).concepts.flatMap(
      (c) => c.cues,
    );
    expect(cues).toContainEqual({
      kind: 'concept',
      source: 'productTitle',
      words: 'Kindle Edition',
      concept: 'digital-goods',
    });
    const doorbell = decideFor(product('Ring Video Doorbell (2. Gen.)')).concepts.flatMap((c) => c.cues);
    expect(doorbell).toContainEqual(expect.objectContaining({ kind: 'concept', words: 'Video Doorbell' }));
  });
});

describe('news pages', () => {
  it('stay silent on the Amazon rainforest', () => {
    const decision = decideFor(
      news(
        'The Amazon Rainforest Is on Fire',
        'Fires in the Amazon rainforest in Brazil can be seen from space. The Amazon basin burns; deforestation under Bolsonaro. Smoke over the Amazon.',
      ),
    );
    expect(decision.silent).toBe(true);
    expect(decision.reason).toEqual({
      kind: 'offTopic',
      namesake: { namesake: 'amazon', readAs: 'rainforest' },
    });
  });

  it('stay silent on a strike in an unrelated sector', () => {
    const decision = decideFor(
      news(
        'Verdi ruft zu Streiks im Nahverkehr auf',
        'Die Gewerkschaft Verdi ruft die Beschäftigten der Verkehrsbetriebe zum Streik auf. Busse und Bahnen stehen still; die Mitarbeiter fordern mehr Lohn.',
      ),
    );
    expect(decision.silent).toBe(true);
  });

  it('stay silent on a football report', () => {
    const decision = decideFor(
      news('Bayern gewinnt 3:1 in Dortmund', 'Ein Tor in der letzten Minute. Ring frei für das Rückspiel.'),
    );
    expect(decision.silent).toBe(true);
    expect(decision.reason).toEqual({ kind: 'offTopic', namesake: { namesake: 'ring', readAs: 'ring' } });
  });

  it('show an article about Amazon warehouse work', () => {
    const decision = decideFor(
      news(
        'Amazon workers strike at German warehouses',
        'Workers at Amazon fulfillment centers went on strike. Amazon said its warehouses run normally. The union says Amazon pays too little at the warehouse.',
      ),
    );
    expect(decision.silent).toBe(false);
    expect(leading(decision.topics)).toBe('labour');
    expect(decision.reason).toMatchObject({
      kind: 'article',
      companies: ['amazon'],
      themes: ['labour'],
    });
    expect(decision.reason.kind === 'article' && decision.reason.leadingTopics[0]).toBe('labour');
  });

  it('weigh a weak word that names its companions as weak on an Amazon page until they come', () => {
    // A carrier's name is a company in business news; it speaks of delivery work beside couriers or strikes.
    const weightOf = (decision: ReturnType<typeof decideFor>) =>
      decision.concepts.find((c) => c.concept.id === 'parcel-carriers')?.weight ?? 0;
    const business = decideFor(
      news(
        'FedEx launches an e-commerce platform to compete with Amazon',
        'FedEx wants merchants who sell online. Amazon runs its own marketplace and its own delivery network. FedEx and UPS compete with Amazon for sellers.',
      ),
    );
    const work = decideFor(
      news(
        'FedEx drivers strike as Amazon grows its own delivery network',
        'FedEx couriers and delivery drivers went on strike over pay. Amazon delivery drivers face the same pace. FedEx and UPS drivers say the union will fight on.',
      ),
    );
    expect(weightOf(business)).toBeGreaterThan(0);
    expect(weightOf(work)).toBeGreaterThan(weightOf(business));
  });

  it("takes a carrier's name beside its hubs for its business, beside its warehouse workers for labour", () => {
    // The carrier's name and its sites, neither of them the work, do not lift each other.
    const sites = decideFor(
      news(
        'FedEx opens a distribution center in Memphis',
        'The new FedEx distribution center and a fulfillment center beside it will handle parcels for the ' +
          'holidays. FedEx said the distribution center is its largest. UPS is building one too.',
      ),
    );
    expect(sites.silent).toBe(true);
    const work = decideFor(
      news(
        'FedEx warehouse workers strike at its distribution center in Memphis',
        'Warehouse workers at the FedEx distribution center walked out over pay. The union said FedEx ' +
          'warehouse workers lift heavy parcels for low pay. UPS warehouse workers back them.',
      ),
    );
    expect(work.silent).toBe(false);
    expect(leading(work.topics)).toBe('labour');
  });

  it('show an article about tracking by other companies (a theme the corpus treats in general)', () => {
    const decision = decideFor(
      news(
        'Facebook keeps tracking users after they log out',
        'The tracking of browsing history continues. Cookies and tracking pixels collect data about users; targeted advertising profits from the personal data.',
      ),
    );
    expect(decision.silent).toBe(false);
    expect(leading(decision.topics)).toBe('data');
    expect(decision.reason).toMatchObject({ kind: 'article', companies: [], themes: ['data'] });
  });

  it('show an article about smart speakers', () => {
    const decision = decideFor(
      news(
        'Apple builds a Siri speaker to rival the Amazon Echo',
        'The smart speaker market is led by the Amazon Echo with Alexa. Google Home follows. Apple wants Siri in a speaker.',
      ),
    );
    expect(leading(decision.topics)).toBe('alexa');
  });

  it('stay silent on a hack or data leak, even with customer data in it', () => {
    const decision = decideFor(
      news(
        'Hackers steal customer data from telecom provider',
        'Hackers stole customer data of millions of customers. The data leak includes personal data, names and addresses; the company informed the data protection authority.',
      ),
    );
    expect(decision.silent).toBe(true);
  });

  it('show job cuts justified by AI at another company', () => {
    const decision = decideFor(
      news(
        'Klarna replaces 700 customer service staff with AI',
        'The company cut jobs and froze hiring, citing artificial intelligence. Critics call AI a cover for layoffs and restructuring; automation replaces workers.',
      ),
    );
    expect(decision.silent).toBe(false);
    expect(leading(decision.topics)).toBe('labour');
  });

  it('show Chinese marketplaces when the text names the Alibaba group', () => {
    const decision = decideFor(
      news(
        'Temu und Shein: Chinas Billigplattformen erobern Europa',
        'Die chinesischen Plattformen wachsen rasant. Auch AliExpress von Alibaba lockt mit Billigware aus China. Alibaba setzt auf Europa.',
      ),
    );
    expect(leading(decision.topics)).toBe('alibaba');
  });

  it('read a German Amazon strike report as Amazon labour, without the word in a rainforest sense', () => {
    const decision = decideFor(
      news(
        'Amazon-Beschäftigte streiken an mehreren Standorten',
        'Verdi hat die Beschäftigten an Amazon-Standorten zum Streik aufgerufen. Amazon erklärte, die Auslieferung an die Kunden sei nicht beeinträchtigt. Verdi fordert einen Tarifvertrag für die Versandzentren.',
      ),
    );
    expect(decision.silent).toBe(false);
    expect(leading(decision.topics)).toBe('labour');
  });

  it('stay silent on the Prime Minister and on a boxing ring', () => {
    expect(
      decideFor(news('Prime Minister announces new budget', 'The Prime Minister announced tax cuts.')).silent,
    ).toBe(true);
    expect(
      decideFor(
        news('Ring frei: Boxer verteidigt WM-Titel', 'Im Ring zeigte der Weltmeister eine starke Leistung.'),
      ).silent,
    ).toBe(true);
  });
});

describe('quickReadSettles', () => {
  it('settles an article that names neither company nor a strong concept', () => {
    expect(
      quickReadSettles(news('Bayern gewinnt das Derby', 'Ein Tor in der Nachspielzeit entschied das Spiel.')),
    ).toBe(true);
    // Weak words alone ("Datenschutz", "Streik") never make an article show.
    expect(
      quickReadSettles(
        news('Streik bei der Bahn', 'Der Datenschutz der Fahrgäste bleibt gewahrt, sagt die Bahn.'),
      ),
    ).toBe(true);
  });

  it('settles an article whose text names a strong concept in passing, never in its headline', () => {
    // vice-amazon-rainforest-fire: one tracking word in the text; Readability read it to stay silent.
    expect(
      quickReadSettles(
        news('Der Regenwald brennt', 'Die Brände sind größer als im Vorjahr. Die Lagerarbeiter fliehen.'),
      ),
    ).toBe(true);
  });

  it('leaves an article that names a company or a strong concept to the full read', () => {
    expect(quickReadSettles(news('Neue Regeln für den Handel', 'Auch Amazon ist betroffen.'))).toBe(false);
    expect(quickReadSettles(news('Lagerarbeiter im Streik', 'Ein Tag im Versandlager.'))).toBe(false);
    // Three strong words in the text, none in the headline: the rest of the article may hold more.
    expect(
      quickReadSettles(
        news(
          'Ein Tag im Versand',
          'Die Lagerarbeiter scannen. Die Lagerarbeiter packen. Die Lagerarbeiter warten.',
        ),
      ),
    ).toBe(false);
  });
});

describe('themes whoever the company is (issue 11)', () => {
  // A warehouse is labour's story through its work; exploitation through the work the corpus treats.
  it('takes a warehouse for the labour theme by the work in it, not by the site or a name', () => {
    expect(
      themes(
        'Warehouse 2.0 makes Flatpak easier',
        'Warehouse lists your apps. Warehouse removes leftover data. Warehouse is on Flathub.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Warehouse workers strike over pay',
        'The warehouse workers walked out. The union says pay at the warehouse is too low.',
      ),
    ).toContain('labour');
    expect(
      themes(
        'Fashion houses probed over worker exploitation',
        'Workshops paid workers below the minimum wage. The workers sewed bags for the brands.',
      ),
    ).toEqual([]);
  });

  // theguardian-tyler-perry-ai-studio and theguardian-caliexpress-ai-burger-robots hung on one entry each in
  // `npm run ablation`: strikes and wages over jobs that AI or automation takes are labour's story beside
  // those jobs where the headline names the AI (Concept.strongWithCauseHeadlined); beside job cuts that
  // nothing of the kind causes, they are not.
  it('takes strikes and pay beside jobs lost to AI for the labour theme, not beside any layoffs', () => {
    expect(
      themes(
        'Studio halts its expansion after being shocked by AI',
        'Jobs will be lost to artificial intelligence, the mogul warned: jobs are going to be lost. ' +
          'Writers went on strike over it, their union fights every contract, and the workers want wage guarantees.',
      ),
    ).toContain('labour');
    expect(
      themes(
        'Bank to close branches',
        'The bank will cut jobs in a restructuring and lay off staff; layoffs follow. The union called a strike, ' +
          'and the workers want wage guarantees. The employees walked out.',
      ),
    ).toEqual([]);
  });

  // cnbc-aware-ai-employee-message-monitoring (held-out lesson): software that reads the staff for their
  // employer is surveillance at work wherever the work is; a spy app for one phone is not.
  it('takes AI that reads employees for their employer for the labour theme, not a spy app', () => {
    expect(
      themes(
        'How retailers are using AI to check employee messages',
        'The startup monitors employee sentiment in Slack and Teams chats. Its AI models flag toxicity; ' +
          'critics call employee surveillance AI thought crime.',
      ),
    ).toContain('labour');
    expect(
      themes(
        'Wie Konzerne mit KI die Nachrichten der Mitarbeiter mitlesen',
        'Die KI liest Chats der Mitarbeiter und meldet Stimmungen; Kritiker nennen die ' +
          'Mitarbeiterüberwachung per künstlicher Intelligenz gefährlich.',
      ),
    ).toContain('labour');
    expect(
      themes(
        'The best spy apps for iPhone',
        'Spy on employees or children: the app reads their messages and tracks their location. Install ' +
          'it on the phone; monitor staff phones from a dashboard.',
      ),
    ).toEqual([]);
  });

  // theguardian-waterloo-vending-facial-recognition (held-out lesson): faces recognised to read the
  // customers in front of the camera are a shop profiling them; facial recognition beside privacy alone
  // (a police camera) is not.
  it('takes facial recognition of customers for the data theme, not police cameras beside privacy', () => {
    expect(
      themes(
        'Vending machines use facial recognition in secret',
        'The machines run demographic detection software that estimates the gender and age of customers. ' +
          'Students worry about their privacy; the facial recognition app was found by chance, and the ' +
          'university wants the face recognition switched off.',
      ),
    ).toContain('data');
    expect(
      themes(
        'Kaufhaus testet Gesichtserkennung an der Kasse',
        'Die Gesichtserkennung erfasst Alter und Geschlecht der Kunden; die Gesichtsdaten werden gespeichert. ' +
          'Datenschützer sehen durch die Gesichtserkennungssoftware die Privatsphäre verletzt.',
      ),
    ).toContain('data');
    expect(
      themes(
        'Police expand facial recognition cameras',
        'Officers will scan crowds at the station. Civil liberties groups warn about privacy and privacy ' +
          'law.',
      ),
    ).toEqual([]);
  });

  // Facial recognition is the data theme where a shop reads its customers' faces (face-analysis), not
  // wherever the biometric data it runs on are named: the police's, a border's, a stadium's, a bank app's.
  it('does not take facial recognition for the data theme by the biometric data it runs on', () => {
    expect(
      themes(
        'South Wales Police defend facial recognition at concert',
        'South Wales Police have defended using live facial recognition cameras outside a concert in ' +
          'Cardiff, after campaigners called it intrusive. The force said it scanned the faces of 60,000 fans ' +
          'against a watchlist and arrested two people. Campaigners said the surveillance was ' +
          'disproportionate and that the biometric data of fans was processed without their knowledge.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Football club uses facial recognition to ban troublemakers',
        'A club has installed facial recognition cameras at its turnstiles to keep out fans with banning ' +
          'orders. The club says no biometric template is kept of anyone not on the list. Fan groups called ' +
          'it surveillance; the club says the facial recognition system is legal.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Bank adds face recognition login to its mobile app',
        "The bank said the app stores a biometric template on the customer's phone and never sends " +
          'images of faces to its servers. Fingerprint login remains available.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Fingerabdrücke im Personalausweis: EuGH billigt Pflicht',
        'Die biometrischen Daten dienten der Sicherheit, urteilten die Richter. Die Gesichtserkennung an ' +
          'Grenzen werde durch die biometrischen Merkmale zuverlässiger, argumentierte die Bundesregierung.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Checkpoints watch every resident',
        'Facial recognition at checkpoints, surveillance cameras on every street, surveillance drones ' +
          'and surveillance towers; the army runs facial recognition on every face, and the surveillance ' +
          'grows. Residents fear the surveillance; soldiers add biometric data to the database.',
      ),
    ).toEqual([]);
  });

  it('takes fitness trackers for the data theme where the page speaks of privacy, not in a review', () => {
    expect(
      themes(
        'Die Vermessung des Ichs mit Fitnessbändern und Smartwatches',
        'Activity-Tracker zählen jeden Schritt, die Fitnesstracker teilen die Läufe auf Facebook. Was das ' +
          'für Datenschutz und Privatsphäre bedeutet, ist umstritten.',
      ),
    ).toContain('data');
    // A review says its device's name all along: one word on privacy does not make it about data.
    expect(
      themes(
        'Die neue Smartwatch im Test',
        'Die Smartwatch misst Puls und Schlaf. Der Akku der Smartwatch hält zwei Tage, die Smartwatch lädt ' +
          'schnell. Als Fitnesstracker taugt sie, das Armband der Smartwatch drückt. Die Smartwatch ist ' +
          'wasserdicht, und die App der Smartwatch respektiert die Privatsphäre.',
      ),
    ).toEqual([]);
  });

  it('takes a device with a microphone that sends speech to a server for the listening theme, not a headset', () => {
    // derstandard-10kgnad-163 (held-out lesson): a talking doll, no speaker or assistant by name.
    expect(
      themes(
        'Sprechende Puppe zeichnet Kinder auf',
        'Die Puppe hat ein Mikrofon und WLAN. Datenschützer warnen vor einer Abhörfalle: Das Spielzeug ' +
          'schickt das Gesagte an Server, wo die Spracherkennung läuft. Eltern können die Tonaufnahmen ' +
          'abhören; das Mikrofon der Puppe ist immer an.',
      ),
    ).toContain('alexa');
    expect(
      themes(
        'The talking doll that records children',
        'The doll has a microphone and Wi-Fi; privacy advocates call it a listening device that eavesdrops on children. It sends ' +
          "children's speech to the cloud for speech recognition, and parents can play the audio " +
          'recordings back. Its microphone is always on.',
      ),
    ).toContain('alexa');
    expect(
      themes(
        'The best wireless headset for calls',
        'The headset has a boom microphone and a second microphone for noise cancelling. It connects ' +
          'over Wi-Fi or Bluetooth, and the microphone sounds clear; voice recognition in the app works.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Im Tonstudio',
        'Das Mikrofon hängt über dem Flügel, ein zweites Mikrofon vor dem Sänger. Die Tonaufnahmen ' +
          'dauern drei Tage; danach werden die Tonaufnahmen gemischt.',
      ),
    ).toEqual([]);
  });

  // businessinsider-openai-voice-assistant-trademark (held-out lesson): voice assistants as software an
  // AI company builds, with no device of the home and no word of data, are AI product news.
  it('takes voice assistants for the listening theme in a device of the home or with data, not as AI software', () => {
    expect(
      themes(
        'OpenAI files a trademark for digital voice assistants to rival Siri and Alexa',
        'OpenAI wants to build digital voice assistants and a voice engine for speech recognition. ' +
          'Voice assistants such as Siri and Alexa process voice commands; the new model may follow.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'KI-Firma plant einen Sprachassistenten gegen Siri und Alexa',
        'Der Sprachassistent soll Sprachbefehle verstehen; die Spracherkennung läuft im neuen Modell. ' +
          'Ein Sprachassistent wie Siri oder Alexa ist das Ziel.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Voice assistants like Siri and Alexa keep your voice recordings',
        'Voice assistants store voice recordings of your voice commands; Alexa and Siri send them to ' +
          "servers, and privacy advocates warn about the data and their users' privacy.",
      ),
    ).toContain('alexa');
    // residualthoughts-alexa-change-your-okrs: the assistant its maker sells for the home, called by
    // the maker's brand in the headline and again in the text, is the listening theme.
    expect(
      themes(
        'Alexa, stop selling me things',
        'I still have an Amazon Alexa speaker that plays music with my voice. Alexa sets an alarm, but ' +
          'Alexa keeps trying to upsell me: ask Alexa about the weather and the speaker offers routines. ' +
          'The team working on Alexa at Amazon wants me to use more of it.',
      ),
    ).toContain('alexa');
    expect(
      themes(
        'Der Sprachassistent im smarten Lautsprecher',
        'Der Sprachassistent Alexa steckt im smarten Lautsprecher im Wohnzimmer; Sprachbefehle ' +
          'steuern das Smart Home.',
      ),
    ).toContain('alexa');
  });

  it('takes a camera in the home that an app reaches over WLAN for the smart-home theme', () => {
    expect(
      themes(
        'Der Ball verfügt über eine Überwachungskamera',
        'Die Kugel filmt die Wohnung mit einer Überwachungskamera; gesteuert wird sie per WLAN von einer ' +
          'Smartphone-App aus.',
      ),
    ).toContain('alexa');
    expect(
      themes(
        'Überwachungskamera filmt Einbrecher',
        'Die Polizei wertet die Bilder der Überwachungskamera aus. Der Täter floh mit dem Auto.',
      ),
    ).toEqual([]);
  });

  it('takes surveillance by a device that listens in the home for the data theme, not by smart sensors', () => {
    expect(
      themes(
        'Überwachung im Kinderzimmer',
        'Die Puppe hat ein Mikrofon und schickt, was sie hört, an einen Server. Die Überwachung läuft ' +
          'rund um die Uhr, und wer im Zimmer spricht, wird überwacht.',
      ),
    ).toContain('data');
    expect(
      themes(
        'Surveillance in the station',
        'The police extend the surveillance of the station with smart sensors and more officers.',
      ),
    ).not.toContain('data');
  });

  it("takes China's cheap goods beside its shopping platforms for the alibaba theme, not on their own", () => {
    expect(
      themes(
        'An ad blitz without precedent',
        'Like Shein, the newcomer floods social media with ads. Its parent company, the Chinese PDD ' +
          'Holdings, reported record revenue; PDD sells low-priced items. Shein answers with cheap goods.',
      ),
    ).toContain('alibaba');
    expect(
      themes(
        'Exports rise again',
        'Chinese factories ship cheap goods to Europe. China sells low-priced products; Chinese ' +
          'exporters expect growth, and China lowers its tariffs on cheap items.',
      ),
    ).not.toContain('alibaba');
  });

  it('takes a strike in parcel delivery for the labour theme, not one at schools or of tenants', () => {
    expect(
      themes(
        'Gewerkschaft weitet Streik bei der Post aus',
        'Verdi ruft die Postboten zum Streik auf. Die Paketzentren stehen still, die Löhne sind niedrig.',
      ),
    ).toContain('labour');
    expect(
      themes(
        'Gewerkschaft ruft Lehrer zum Streik auf',
        'Die Lehrkräfte streiken für höhere Löhne. Verdi und GEW fordern bessere Arbeitsbedingungen.',
      ),
    ).not.toContain('labour');
    expect(
      themes(
        'Mietstreik in New York',
        'Mieter kündigen einen Mietstreik an. Der Mietstreik soll im Mai beginnen, sagt die Union.',
      ),
    ).not.toContain('labour');
  });

  it('takes the units a headline or its lede names for where its job cuts fall, not for what the page is about', () => {
    const weightOf = (decision: ReturnType<typeof decideFor>, id: string) =>
      decision.concepts.find((c) => c.concept.id === id)?.weight ?? 0;
    const text =
      'Amazon will cut about 400 jobs at One Medical. One Medical runs clinics; the healthcare unit lost money. ' +
      'Amazon bought One Medical in 2023, and the layoffs follow cuts at Prime Video and Audible.';
    const cuts = decideFor(news('Amazon Chopping Hundreds of Jobs at Its One Medical Unit', text));
    // Said further on than the lede, cuts are not what a headline that does not name them reports.
    const later =
      'One Medical runs clinics across the country, and the healthcare unit has grown its membership and its ' +
      'offices since the pandemic; its doctors see patients in person and online. Amazon bought One Medical ' +
      'in 2023. Amazon will cut about 400 jobs at One Medical, after layoffs at Prime Video and Audible.';
    const unit = decideFor(news('Amazon expands One Medical', later));
    expect(leading(cuts.topics)).toBe('labour');
    expect(weightOf(cuts, 'health-data')).toBeLessThan(weightOf(unit, 'health-data'));
    // The unit's words, shared with a passage, weigh as its concepts do (engine.ts); the cuts' do not.
    expect([...(cuts.placeWords ?? [])]).toEqual(
      expect.arrayContaining(['one', 'medical', 'prime', 'video']),
    );
    expect(cuts.placeWords).not.toContain('jobs');
    expect(unit.placeWords?.size).toBe(0);
    // The cuts in the lede are reported as those in the headline are.
    const lede = decideFor(news('What changes at One Medical', text));
    expect(weightOf(lede, 'health-data')).toBeLessThan(weightOf(unit, 'health-data'));
    expect(lede.placeWords).toContain('medical');
    // A strong word of another topic is a subject of its own, whatever unit it is said at.
    const alexa =
      'The Alexa voice assistant team lost 400 jobs; Amazon said Alexa and its voice assistant stay.';
    expect(weightOf(decideFor(news('Amazon cuts 400 jobs at Alexa', alexa)), 'voice-assistant')).toBe(
      weightOf(decideFor(news('Amazon expands Alexa', alexa)), 'voice-assistant'),
    );
  });

  // semafor-google-assistant-layoffs-ai (held-out lesson): a voice assistant that listens in no home is
  // a product any company builds, so on a page about the jobs cut on it, it weighs as a weak word; on
  // the smart speakers of the living room it is the listening theme's, at its full weight.
  it('weighs a voice assistant as a weak word where the page speaks of no listening in the home', () => {
    const weightOf = (decision: ReturnType<typeof decideFor>) =>
      decision.concepts.find((c) => c.concept.id === 'voice-assistant')?.weight ?? 0;
    const headline = 'Google lays off hundreds working on its voice assistant';
    const text =
      'Google is laying off hundreds of people working on its Google Assistant software. The restructuring ' +
      'will help improve the Google Assistant as it integrates newer artificial intelligence into its products.';
    const software = decideFor(news(headline, text));
    const home = decideFor(
      news(headline, `${text} The assistant runs on smart speakers in the living room.`),
    );
    expect(leading(software.topics)).toBe('labour');
    expect(weightOf(software)).toBeCloseTo(weightOf(home) * WEAK_SHARE);
    expect(software.topics.alexa).toBeLessThan(software.topics.labour * 0.7);
    // Not demoted beside the cuts there; the cuts, the theme the page is about, weigh as their strong
    // concepts do together (decideNews pools a central theme), so they may lead by a little.
    expect(home.topics.alexa).toBeGreaterThan(home.topics.labour * 0.9);
  });

  // A privacy word that nothing lifts (a footer's privacy policy) is no word of the data of those a voice
  // assistant hears: the assistant still listens in no home.
  it('does not let an unlifted privacy word put a voice assistant in the home', () => {
    const weightOf = (decision: ReturnType<typeof decideFor>) =>
      decision.concepts.find((c) => c.concept.id === 'voice-assistant')?.weight ?? 0;
    const headline = 'Google lays off hundreds working on its voice assistant';
    const text =
      'Google is laying off hundreds of people working on its Google Assistant software. The restructuring ' +
      'will help improve the Google Assistant as it integrates newer artificial intelligence into its products.';
    const footer = decideFor(news(headline, `${text} Read our privacy policy.`));
    expect(weightOf(footer)).toBeCloseTo(weightOf(decideFor(news(headline, text))));
    expect(footer.reason.kind === 'article' && footer.reason.themes).not.toContain('alexa');
    const trademark = decideFor(
      news(
        'OpenAI files trademark for a voice assistant that could rival Siri and Alexa',
        'OpenAI has filed a trademark application for digital voice assistants, suggesting it may build a ' +
          'product to compete with Siri and Alexa. The filing covers software for speech recognition and ' +
          'voice command, and AI models that understand spoken language. Analysts say a voice assistant ' +
          "would give OpenAI a way into consumers' homes and cars. Read our privacy policy.",
      ),
    );
    expect(trademark.silent).toBe(true);
  });

  // Opting out or in is the choice over one's data where the text says of what: not a newsletter's footer,
  // nor drivers who opted out of arbitration.
  it('does not take opting out of anything for privacy', () => {
    expect(
      themes(
        'United win cup final on penalties',
        'United won the county cup for the first time in twenty years after beating City 4-3 on penalties. ' +
          'The match finished 1-1 after extra time. Goalkeeper Jones saved two penalties in the shootout. ' +
          'The manager said it was the proudest day of his career. Sign up for our newsletter: opt in to ' +
          'receive weekly updates. You can opt out at any time. Read our privacy policy to see how we handle ' +
          'personal data.',
      ),
    ).toEqual([]);
    const flex = decideFor(
      news(
        'Amazon Flex drivers who opted out of arbitration can sue, court rules',
        "A federal appeals court ruled that Amazon Flex delivery drivers who opted out of the company's " +
          'arbitration agreement can bring their wage claims in court. The drivers say Amazon owed them tips ' +
          'and overtime. Drivers had 14 days after signing up to opt out of arbitration; most did not. Those ' +
          'who opted out can now join a class action. Flex drivers are independent contractors who deliver ' +
          'packages with their own cars.',
      ),
    );
    expect(leading(flex.topics)).toBe('labour');
    expect(flex.topics.data).toBeLessThan(flex.topics.labour);
  });

  it("takes a concept read from within a unit's name for a place of the cuts, whatever its entry for the name", () => {
    // Without its entry for the whole name, "prime" is read from "Prime Video": the words stand where the
    // unit's name stands, so Prime is still where the cuts fall (cnbc-amazon-prime-video-mgm-layoffs).
    const lexicon: Lexicon = {
      ...LEXICON,
      concepts: LEXICON.concepts.map((c) =>
        c.id === 'prime' ? { ...c, page: c.page.filter((p) => p !== 'prime video') } : c,
      ),
    };
    const weighOf = (
      headline: string,
      text = 'Amazon is eliminating several hundred roles at Prime Video. Prime Video and MGM Studios will ' +
        'cut staff; Amazon said the layoffs at Prime Video follow a review of its streaming business.',
    ) => {
      const context = news(headline, text);
      const decision = decide(context, analysePage(context, lexicon), lexicon);
      return { prime: decision.concepts.find((c) => c.concept.id === 'prime')?.weight ?? 0, decision };
    };
    const cuts = weighOf('Amazon layoffs: hundreds of jobs cut in Prime Video');
    expect(cuts.decision.topics.power).toBeLessThan(cuts.decision.topics.labour);
    const expands = weighOf(
      'Amazon expands Prime Video',
      'Amazon is reviewing its streaming business at Prime Video and MGM Studios; Amazon said Prime Video will add films.',
    );
    expect(cuts.prime).toBeLessThan(expands.prime);
  });

  it('takes job losses for the labour theme when automation is the reason', () => {
    expect(
      themes(
        'Roboter werden Millionen Arbeitsplätze kosten',
        'Die Automatisierung wird Arbeitsplätze kosten, sagen Forscher. Roboter ersetzen Menschen.',
      ),
    ).toContain('labour');
    expect(
      themes(
        'Autozulieferer will Stellen abbauen',
        'Wegen der schwachen Nachfrage will der Zulieferer Stellen abbauen. Der Stellenabbau trifft 500.',
      ),
    ).not.toContain('labour');
  });

  it('takes smart TVs that watch their viewers and companies that sell data for the data theme', () => {
    expect(
      themes(
        'Wie Smart-TVs ihre Zuschauer beobachten',
        'Der Fernseher erkennt per Automatic Content Recognition, was läuft. Die Verbraucherdaten ' +
          'landen beim Hersteller, der die Daten verkauft.',
      ),
    ).toEqual(expect.arrayContaining(['data']));
    expect(
      themes(
        'The data harvesting business',
        'Apps sell data about their users. Consumer data is the product; the datenkrake of advertising.',
      ),
    ).toContain('data');
  });

  it('takes a tag for the subject only when the text comes back to it', () => {
    const text =
      'Universities rely on casual staff. The union says workers are low-paid; precarious work is ' +
      'not only an issue for gig economy workers, and the union calls strikes. Union members strike ' +
      'over pay; the workers want a wage rise, the employees better working conditions.';
    const tagged = (keywords: string[]) =>
      decideFor(news('Academics treated as second-class', text, { keywords }));
    expect(tagged(['Higher education', 'Gig economy', 'Trade unions']).silent).toBe(true);
    expect(
      decideFor(
        news('Academics treated as second-class', `${text} Gig economy contracts spread: the gig economy.`, {
          keywords: ['Higher education', 'Gig economy'],
        }),
      ).silent,
    ).toBe(false);
  });

  it('does not take a strike report for warehouse work by one passing mention among many labour words', () => {
    expect(
      themes(
        'President visits the car plant after the union deal',
        'The union deal ended the strike at the plant. The strike lasted seven weeks; the union won a ' +
          'wage rise and the wages of new hires go up. A parts distribution hub will open. The strike ' +
          'against the carmakers is over, the union says, and wages rise.',
      ),
    ).not.toContain('labour');
  });

  it("takes users' data used to train AI for the data theme, not a newspaper's suit over its articles", () => {
    expect(
      themes(
        "Meta will train its AI on users' posts",
        'Meta will start to train its AI models on user posts and photos from June. Privacy groups say ' +
          'the company needs consent, not an objection form, to use personal data to train AI.',
      ),
    ).toContain('data');
    expect(
      themes(
        'New York Times sues OpenAI over copyright',
        'The New York Times sued OpenAI and Microsoft, saying millions of its articles were used to train ' +
          'AI models without permission. OpenAI says training on publicly available content is fair use.',
      ),
    ).toEqual([]);
  });

  it('takes location data and telemetry for the data theme', () => {
    expect(
      themes(
        'Apps verkaufen Standortdaten an Datenhändler',
        'Die Standortdaten von Millionen Nutzern landen bei Datenhändlern. Auch Telemetrie fließt ab.',
      ),
    ).toContain('data');
  });
});

describe('data protection and gig platforms as themes (issue 11)', () => {
  it("takes a data protection authority acting on any company's collection for the data theme", () => {
    expect(
      themes(
        'Datenschutzbehörde untersagt Office 365 an Schulen',
        'Der Landesdatenschutzbeauftragte prüft, welche Daten der Schüler an Microsoft fließen. Datenschutz geht vor.',
      ),
    ).toContain('data');
    expect(
      themes(
        'Privacy watchdog fines app maker',
        'The data protection authority said the app shared personal data with advertisers. Privacy matters.',
      ),
    ).toContain('data');
  });

  it("takes privacy in the headline for the theme when the text dwells on it and on people's data", () => {
    expect(
      themes(
        'Privacy Shield sei widersprüchlich',
        'Die Datenerhebung müsse verhältnismäßig sein. Der Datenschutz der Bürger sei nicht geschützt. ' +
          'Datenschutzgrundsätze fehlen.',
      ),
    ).toContain('data');
  });

  it('does not take privacy in passing for the theme', () => {
    expect(
      themes(
        'Einen Twitterfeed in das Blog einbinden',
        'So geht es. Die persönlichen Daten bleiben im Blog.',
        {
          description: 'Wie man den Feed datenschutzkonform einbettet.',
        },
      ),
    ).not.toContain('data');
  });

  it('takes two weak words that lift each other in the headline for the theme', () => {
    expect(
      themes(
        'Die Zukunft der Arbeit',
        'Ein Verlust von Jobs durch Roboter wird vorausgesagt. Die Menschen arbeiten weiter.',
        { description: 'Die Digitalisierung der Arbeitswelt werde Millionen Arbeitsplätze kosten.' },
      ),
    ).toContain('labour');
  });

  it('stays silent on state surveillance, as on hacks', () => {
    expect(
      themes(
        'NSA sammelt Daten von Millionen Nutzern',
        'Der Geheimdienst sammelt Nutzerdaten und personenbezogene Daten. Datenschützer sind entsetzt.',
      ),
    ).not.toContain('data');
  });

  it('takes a gig platform for the labour theme when the page speaks of gig work, and "über" never', () => {
    expect(
      themes(
        'Uber raises prices during the crisis',
        'Uber drivers are not employees. The gig economy leaves the drivers without pay when Uber cuts fares.',
      ),
    ).toContain('labour');
    expect(themes('Uber shares rise after earnings', 'Uber reported revenue above forecasts.')).toEqual([]);
    expect(
      themes(
        'Über die Plattformarbeit',
        'Über die Gig Economy wird viel gestritten. Über Crowdworker weiß man wenig, über Lohn auch.',
      ),
    ).not.toContain('power');
  });
});

describe('how centrally a theme is present (issue 11)', () => {
  it('weighs the theme an article is about by its strong concepts together, and no other theme so', () => {
    // Tracking, the data trade and a data protection authority once each: one of them alone weighed 0.22,
    // below every passage's topic fit (engine.ts MIN_TOPIC_FIT), and the page about data offered nothing.
    const dating = decideFor(
      news(
        'Dating-Apps verkaufen Ihr Liebesleben',
        'Tinder und Grindr wissen viel über ihre Nutzer. Die Apps geben diese Daten an Dutzende ' +
          'Werbefirmen weiter. Die Informationen fließen an Datenhändler. Die norwegische ' +
          'Datenschutzbehörde hat Grindr deshalb bestraft.',
      ),
    );
    expect(dating.reason.kind === 'article' && dating.reason.themes).toEqual(['data']);
    expect(dating.topics.data).toBeGreaterThan(0.5);
    // The same words beside a strike the article is about stay asides.
    const strike = decideFor(
      news(
        'Couriers strike at the delivery app',
        'The couriers strike for a higher wage. The gig economy pays little and the delivery riders want ' +
          'a contract. The app shares data with advertisers, and a data broker buys it. The riders walk ' +
          'out again.',
      ),
    );
    expect(strike.reason.kind === 'article' && strike.reason.themes).toEqual(['labour']);
    expect(strike.topics.data).toBeLessThan(0.3);
  });

  it('pools no theme on a page that speaks against it, as a review does', () => {
    // A ring review names a privacy promise, a setting and a regulator once each; "we tested" makes it a
    // review (the buying-guide counter-signal), whose asides pooled would make the data theme.
    const review = decideFor(
      news(
        'Oura Ring 5 review: the sleep tracker gets smarter',
        'The Oura Ring 5 is thinner and lasts nine days. Sleep staging was the most accurate of any ' +
          'wearable we tested. Oura says it never sells data to a data broker and lets you export ' +
          'everything. Location tracking is off by default. The regulator in Finland approved its new ' +
          'privacy terms. It is the best sleep tracker you can buy.',
      ),
    );
    expect(review.topics.data).toBeLessThan(0.3);
  });

  it('does not let one passing mention of gig work make a strike in another sector the theme', () => {
    expect(
      themes(
        'Hundreds of airport workers go on strike',
        'Janitors and baggage handlers strike for a higher wage. Uber drivers and fast food workers ' +
          'will also walk out. The union backs the workers; the strike continues. ' +
          // Strikes, wages and workers all over the page, gig work once: a passing mention.
          'The workers want a higher wage; the union says the strike goes on. '.repeat(3),
      ),
    ).toEqual([]);
    expect(
      themes(
        'Hundreds of delivery riders go on strike',
        'The couriers strike for a higher wage. Uber drivers join them; the gig economy pays little. ' +
          'The gig economy leaves the workers without a contract.',
      ),
    ).toContain('labour');
  });

  it('takes a strike at a parcel carrier for the labour theme, and not the carrier alone', () => {
    expect(
      themes(
        'Union prepares the largest strike in its history',
        'UPS workers rallied before the strike. The union says UPS drivers work six days a week.',
      ),
    ).toContain('labour');
    expect(themes('UPS raises its prices', 'UPS reported higher revenue. UPS shares rose.')).toEqual([]);
  });

  it('takes a hack for the story only when the text comes back to it, not a headline figure of speech', () => {
    expect(
      themes(
        'Web analytics are leaking into meatspace',
        'Cameras recognise shoppers, and their purchase history is sold to data brokers. ' +
          'The data brokers know every customer.',
        { description: 'A short story about the future of offline tracking.' },
      ),
    ).toContain('data');
    expect(
      themes(
        'Customer data leaked in a hack',
        'Hackers stole the customer data of millions. The hack exposed personal data.',
      ),
    ).toEqual([]);
  });

  it('does not take a film list or a games test that names Amazon among other services for Amazon', () => {
    const decision = (headline: string, text: string) => decideFor(news(headline, text)).reason;
    expect(
      decision(
        'Ten movies to stream now, from Amazon to Netflix',
        'Stream these movies on Netflix, Hulu and Amazon Prime Video. The movies include thrillers; ' +
          'Amazon has two of them.',
      ).kind,
    ).toBe('offTopic');
    expect(
      decision(
        'Cloud-Gaming im Test: Amazon ist drin',
        'Welcher Cloud-Gaming-Dienst ist der beste? Amazon Luna, Xbox und Sony im Vergleich. Amazon ' +
          'gewinnt den Test; Gamer zocken ohne Konsole.',
      ).kind,
    ).toBe('offTopic');
    // A page on one of the themes that names the films is still about the company.
    expect(
      decision(
        'Amazon tracks what you watch: movies and personal data',
        'Amazon collects personal data on the movies you stream; the personal data feeds its ads. ' +
          'Amazon builds profiles from viewing.',
      ),
    ).toMatchObject({ kind: 'article', companies: ['amazon'] });
  });

  it('takes a theme said in several phrases of one family, not one phrase repeated', () => {
    expect(
      themes(
        'A new feature for friends',
        'Users share their location; the location check-in shows your location to friends. Location ' +
          'services record it and keep a location history; a second location check-in follows.',
      ),
    ).toContain('data');
    expect(
      themes(
        'A new feature for friends',
        'Location services, location services, location services, location services, location ' +
          'services and location services.',
      ),
    ).toEqual([]);
  });

  it('takes location sharing for the data theme when the text dwells on it', () => {
    expect(
      themes(
        'A social network reveals the details behind its new feature',
        'Users can share their location with friends. The location check-in feature is like other ' +
          'location check-in apps; location services raise privacy worries, and privacy controls ' +
          'decide who sees your location history. Location sharing is on by default.',
      ),
    ).toContain('data');
  });
});

describe('epithets of a company', () => {
  it('take "der Online-Versandriese" in a headline for Amazon when the text names Amazon', () => {
    const about = (headline: string, text: string) => {
      const decision = decideFor(news(headline, text));
      return decision.reason.kind === 'article' ? decision.reason.companies : [];
    };
    expect(
      about(
        'Online-Versandriese verkauft umstrittenes Kostüm',
        'Das Kostüm wird bei Amazon verkauft. Amazon schweigt.',
      ),
    ).toEqual(['amazon']);
    expect(
      about('Online-Versandriese Zalando wächst', 'Zalando wächst. Die Kunden bestellen mehr Schuhe.'),
    ).toEqual([]);
  });

  it('take "Big Tech" in a headline for Amazon among the group when the text names Amazon', () => {
    const about = (headline: string, text: string) => {
      const decision = decideFor(news(headline, text));
      return decision.reason.kind === 'article' ? decision.reason.companies : [];
    };
    expect(
      about(
        'Big Tech pays its fines in a week',
        'Alphabet, Amazon, Apple, Meta and Microsoft were fined. Amazon earns its fine back in two hours.',
      ),
    ).toEqual(['amazon']);
    expect(about('GAFAM unter Druck', 'Die EU-Kommission prüft Apple und Google.')).toEqual([]);
    // One tech giant is one company, not the group Amazon belongs to.
    expect(
      about('Tech giant Apple cuts prices', 'Apple competes with Amazon. Amazon sells the phones too.'),
    ).toEqual([]);
  });

  // The group's name in the text counts with the company's own as its mentions, as it does beside a
  // headline: a text on Big Tech's fines whose headline says only "Big Tech" does not rest on that one
  // entry (proton-big-tech-fines-2023 in `npm run ablation`).
  it('count the group named in the text with the company named there, as often as a subject is', () => {
    const about = (headline: string, text: string) => {
      const decision = decideFor(news(headline, text));
      return decision.reason.kind === 'article' ? decision.reason.companies : [];
    };
    const filler = ' The figures come from the quarterly reports, divided by the hours of the year.'.repeat(
      20,
    );
    const text = (group: string) =>
      `${group} (Alphabet, Amazon, Apple, Meta and Microsoft) were fined. Amazon paid in two hours.${filler}` +
      ` ${group} delay their payments; Amazon appealed. ${group} earn more than countries; Amazon most.`;
    expect(about('Fines are paid off in a week', text('Big Tech companies'))).toEqual(['amazon']);
    expect(about('Fines are paid off in a week', text('Big-Tech-Konzerne'))).toEqual(['amazon']);
    expect(about('Fines are paid off in a week', text('The companies'))).toEqual([]);
  });
});

describe('a company as the subject of a text without a headline that names it', () => {
  const about = (headline: string, text: string) => {
    const decision = decideFor(news(headline, text));
    return decision.reason.kind === 'article' ? decision.reason.companies : [];
  };
  const item =
    'Der US-Konzern Amazon will beim Kartendienst der Autobauer einsteigen. Amazon sei in Verhandlungen, ' +
    'hieß es. Eine Amazon-Sprecherin wollte sich nicht äußern.';
  const filler = ' Die Autobauer hatten betont, offen für weitere Partner zu sein, und es gebe Interesse.';

  it('takes a company named three times in a short item for its subject', () => {
    expect(about('In Verhandlungen mit den Eigentümern', item)).toEqual(['amazon']);
  });

  it('wants more mentions in a full-length article', () => {
    expect(about('In Verhandlungen mit den Eigentümern', item + filler.repeat(20))).toEqual([]);
  });

  it('does not take a company in the tags for the subject when the text names it only in passing', () => {
    const ruling =
      'A federal judge let Microsoft buy the game maker. The regulator had called tech giants such as ' +
      'Amazon, Google and Meta monopolistic; Amazon disputes its status as a platform in Europe.' +
      ' The deal is the largest in the history of gaming, and the console makers compete.'.repeat(8);
    const tagged = (extra: Partial<PageContext>) => {
      const decision = decideFor(news('Microsoft can buy Activision, judge rules', ruling, extra));
      return decision.reason.kind === 'article' ? decision.reason.companies : [];
    };
    expect(tagged({ keywords: ['Microsoft Corp', 'Gaming', 'Amazon.com Inc'] })).toEqual([]);
    expect(tagged({ description: 'The ruling matters to Amazon too.' })).toEqual(['amazon']);
  });
});

describe('a company known two ways (issue 11: no page may hang on one lexicon entry)', () => {
  const about = (headline: string, text: string, lexicon: Lexicon = LEXICON) => {
    const context = news(headline, text);
    const decision = decide(context, analysePage(context, lexicon), lexicon);
    return decision.reason.kind === 'article' ? decision.reason.companies : [];
  };
  const withoutName = (name: string): Lexicon => ({
    ...LEXICON,
    entities: LEXICON.entities.map((e) => ({ ...e, names: e.names.filter((n) => n !== name) })),
  });
  const headline = 'Wie gefährlich Billigware von Aliexpress wirklich ist';
  const text = 'Auf Aliexpress bestellte Föhne fielen im Test durch. Aliexpress hat nicht reagiert.';

  it('takes Alibaba as the subject by its brands when its names are not in the lexicon', () => {
    expect(about(headline, text)).toEqual(['alibaba']);
    expect(about(headline, text, withoutName('aliexpress'))).toEqual(['alibaba']);
  });

  it('takes Amazon as the subject by its family when its name is not in the lexicon', () => {
    const tablet = 'Amazon bringt ein Billig-Tablet';
    const tabletText =
      'Amazon will ein Tablet für 50 Dollar verkaufen, günstiger als das Fire-Tablet. Das Fire Phone ' +
      'war ein Flop; Amazon baut um.';
    expect(about(tablet, tabletText)).toEqual(['amazon']);
    // Two of its products in the text name the maker.
    expect(about(tablet, tabletText, withoutName('amazon'))).toEqual(['amazon']);
    // An epithet in the headline and the text with a service of the company in the text.
    expect(
      about(
        'Online-Versandriese hat Verkleidung im Sortiment',
        'Verkauft wird sie über den Marketplace. Der Online-Versandriese schweigt.',
        withoutName('amazon'),
      ),
    ).toEqual(['amazon']);
    // One product in passing is not the company.
    expect(about('Die besten Tablets', 'Ein Tablet von Apple, eines von Samsung, ein Kindle.')).toEqual([]);
  });

  // psypost-twitch-pornification-study: a platform of the company's, the page's venue, is not the company.
  it('does not take a company for the subject by one brand alone where the page speaks of no theme', () => {
    const streams =
      'Researchers studied 2,000 livestreams on Twitch. Female streamers on Twitch show more skin than male ' +
      'ones. Twitch viewers reward it, the study says. Clips from Twitch were rated by two coders; Twitch ' +
      'categories such as Just Chatting were sampled.';
    expect(about('Researchers uncover a trend among streamers on Twitch', streams)).toEqual([]);
    // The company named beside its brand is the company's story.
    expect(
      about('Amazon’s Twitch cuts 500 jobs', `${streams} Amazon bought Twitch in 2014; Amazon cuts costs.`),
    ).toContain('amazon');
    // One brand beside a theme the page speaks of is still the corpus's: streamers' pay and union drive.
    const pay =
      'Twitch cuts the revenue share of its streamers. Streamers are independent contractors without ' +
      'benefits, gig workers of the platform economy. They talk of a strike and a union over the pay cut. ' +
      'Twitch says the cut keeps the platform going.';
    expect(about('Twitch streamers organise against a pay cut', pay)).toContain('amazon');
  });

  // A Linux for its servers, a computing service it rents out: the company only as a cloud provider.
  it('does not take a page that knows the company only as a cloud provider for the company', () => {
    expect(
      about(
        'Amazon Linux moves to Fedora',
        'Amazon Linux runs on AWS servers. Amazon said AWS customers get updates from Amazon.',
      ),
    ).toEqual([]);
    // Named only by the company's names for it, the cloud is one product: a weak word that nothing lifts
    // ("IP address") is no second subject.
    const charge =
      'Amazon Web Services charges customers for every public IP address. AWS says addresses are scarce; ' +
      'Amazon expects AWS to earn a billion a year from the fee. Amazon urges customers to switch.';
    expect(about('Amazon’s new AWS charge for IPv4 addresses', charge)).toEqual([]);
    // Its own names for the cloud are known each in more than one way: "AWS" as the initials of "Amazon
    // Web Services", and that as its name at the head of a product's (tomshardware-aws-ipv4-charge hung on
    // each in `npm run ablation`).
    const withoutBrand = (brand: string): Lexicon => ({
      ...LEXICON,
      concepts: LEXICON.concepts.map((c) =>
        c.id === 'amazon-group' ? { ...c, page: c.page.filter((p) => p !== brand) } : c,
      ),
    });
    expect(about('Amazon’s new AWS charge for IPv4 addresses', charge, withoutBrand('AWS'))).toEqual([]);
    expect(
      about('Amazon’s new AWS charge for IPv4 addresses', charge, withoutName('amazon web services')),
    ).toEqual([]);
    // "AWS" among the brands is the cloud as the initials of "Amazon Web Services", whether or not the
    // cloud's own words list it (networkworld-amazon-braket-quantum hung on "aws" there).
    const withoutCloudWord = (word: string): Lexicon => ({
      ...LEXICON,
      concepts: LEXICON.concepts.map((c) =>
        c.id === 'cloud-ai' ? { ...c, page: c.page.filter((p) => p !== word) } : c,
      ),
    });
    const braket =
      'Amazon opens Braket, its quantum service, to AWS customers in the cloud. AWS runs the machines; ' +
      'Amazon bills the hours. Amazon says AWS will add more cloud regions.';
    expect(about('Amazon launches a quantum computing service', braket)).toEqual([]);
    expect(about('Amazon launches a quantum computing service', braket, withoutCloudWord('aws'))).toEqual([]);
    // Initials of none of its names are not the cloud: another brand beside it is the company's.
    expect(
      about(
        'Amazon launches a quantum computing service',
        `${braket} Twitch streams the launch.`,
        withoutCloudWord('aws'),
      ),
    ).toEqual(['amazon']);
    // Initials that only look alike are no name of the company: "AI" is not "Amazon Web Services", and a
    // cloud called AI as well is more than its product, where a weak word ("IP address") stands beside it.
    expect(
      about(
        'Amazon bets on AI',
        'Amazon Web Services sells AI and logs the IP address of its customers; AWS says AI demand doubles. ' +
          'Amazon expects more.',
      ),
    ).toEqual(['amazon']);
    expect(
      about(
        'Neue AWS-Gebühr für IPv4-Adressen',
        'Amazon Web Services berechnet jede öffentliche IP-Adresse. AWS nennt Adressen knapp; Amazon erwartet ' +
          'von AWS eine Milliarde im Jahr. Amazon rät Kunden zu IPv6.',
      ),
    ).toEqual([]);
    // A page that speaks of the cloud in its own words (AI, data centres) is about more than a product,
    // and so is one where the weak word's companions lift it.
    expect(
      about(
        'Amazon invests billions more in an AI start-up',
        'Amazon puts billions into generative AI; the AI models run on AWS. Amazon employees use the ' +
          'chatbot. Amazon races for artificial intelligence.',
      ),
    ).toEqual(['amazon']);
    // A weak word the text says as often as a theme is said without a headline is a subject: an
    // antitrust case that calls the cloud by the company's names (theatlantic-amazon-big-secret).
    expect(
      about(
        'What Amazon keeps from the courts',
        'The antitrust case says Amazon is a monopoly. AWS funds the dominance; the Federal Trade ' +
          'Commission calls its conduct anticompetitive. Antitrust experts see a monopoly, and Amazon ' +
          'Web Services a second antitrust front.',
      ),
    ).toEqual(['amazon']);
    expect(
      about(
        'AWS logs every IP address of its customers',
        'Amazon Web Services stores the IP address and the personal data of every visitor; AWS tracks users ' +
          'across sites. Amazon keeps the data; Amazon shares the personal data.',
      ),
    ).toEqual(['amazon']);
  });

  // Its other businesses beside its cloud: the company, not one of its products.
  it('takes a page that names the company beside its cloud and its other businesses for the company', () => {
    const cuts =
      'Audible, the Amazon-owned audiobook company, is laying off staff after layoffs across the sector. ' +
      'Amazon laid off 27,000 in 2023, at AWS and Twitch. This week Twitch laid off 500, and Prime Video ' +
      'laid off hundreds. Twitch is laying off more.';
    expect(about('Amazon-owned Audible lays off 5% of staff', cuts)).toEqual(['amazon']);
    // Named only as the cloud, it stays a product however many times the page names it.
    expect(
      about(
        'Amazon Linux moves to Fedora',
        'Amazon Linux runs on AWS. Amazon said AWS customers get updates.',
      ),
    ).toEqual([]);
  });

  it('takes a brand that is also a kind of product, said alone, for the product', () => {
    const guide =
      'Use the Terraform AWS provider to manage AWS resources. AWS credentials come first. '.repeat(4);
    expect(about('Complete Guide to the Terraform AWS Provider', guide)).toEqual([]);
    // Named beside it, with something the corpus speaks of, the company is the subject as before.
    expect(
      about('Amazon cuts jobs at AWS', 'Amazon said AWS will lay off staff. Amazon cited demand for AWS.'),
    ).toEqual(['amazon']);
  });

  // Issue 11: China's shopping platforms as the subject are the alibaba theme, not Alibaba the company.
  it("makes the alibaba theme of China's shopping platforms as the subject, not of one named in passing", () => {
    expect(
      themes(
        'Shein and Temu flood air cargo',
        'Shein and Temu ship parcels from factories in China. Temu doubled its ads.',
      ),
    ).toEqual(['alibaba']);
    expect(
      themes(
        'Chinesische Onlinehändler erobern Europa',
        'Billigplattformen wie Temu und Shein wachsen rasant, die chinesischen Onlineplattformen werben überall.',
      ),
    ).toEqual(['alibaba']);
    expect(
      decideFor(
        news(
          'Dollar store chain closes 1,000 stores',
          'The chain cited theft and costs. Shoppers turned to rivals such as Walmart and Temu.',
        ),
      ).silent,
    ).toBe(true);
  });

  it("weighs China's shopping platforms as whose conduct where the page makes another theme its subject", () => {
    // The app's data collection is the story; the platform's name says whose.
    const collects = decideFor(
      news(
        'Arkansas sues Temu, alleging the shopping app spies on users',
        'The lawsuit says Temu collects far more data from users than it needs to sell cheap goods, and that ' +
          'the app sends it to the company for profiling. Temu says it collects data as its industry does.',
      ),
    );
    expect(leading(collects.topics)).toBe('data');
    // Where the platforms' rise is the only theme, it stays theirs.
    const rise = decideFor(
      news(
        'Temu doubles its ad spending in Europe',
        'The Chinese shopping platform Temu doubled its advertising to win shoppers from Amazon. Temu now ' +
          'has 90 million users in Europe and ships cheap goods from China.',
      ),
    );
    expect(leading(rise.topics)).toBe('alibaba');
    // Alibaba's own group as the subject keeps its theme beside its couriers' shifts (review).
    const singlesDay = decideFor(
      news(
        "Alibaba's Singles Day breaks records as couriers work round the clock",
        "Alibaba's Singles Day shopping festival set a new sales record, as Taobao and Tmall sold goods worth " +
          'billions in the first hour. The group now challenges Amazon abroad with AliExpress. Couriers of ' +
          "Alibaba's logistics arm Cainiao worked 14-hour shifts to deliver more than a billion parcels, and " +
          'delivery workers complained of low piece rates.',
      ),
    );
    expect(leading(singlesDay.topics)).toBe('alibaba');
  });

  it('does not take Chinese marketplaces of other groups for Alibaba', () => {
    expect(about('Wie gefährlich Billigware von Temu ist', 'Bei Temu bestellte Föhne fielen durch.')).toEqual(
      [],
    );
  });
});

describe('automation that costs jobs', () => {
  it('makes the labour theme when the headline names automation and the text the jobs lost', () => {
    expect(
      themes(
        'Die Digitalisierung der Arbeitswelt',
        'Eine Studie sagt einen Verlust von Jobs durch Roboter voraus. Roboter übernehmen die Arbeit.',
      ),
    ).toContain('labour');
  });

  it('makes it from AI and the jobs it leaves unfilled, in English and German', () => {
    expect(
      themes(
        'AI coding tools: tech firms freeze hiring',
        'Companies stopped hiring developers because generative AI writes the code. Hiring ' +
          'managers say the decline in hiring is here to stay.',
      ),
    ).toContain('labour');
    expect(
      themes(
        'Wegen KI: Bank verhängt Einstellungsstopp',
        'Frei werdende Stellen werden nicht nachbesetzt, sagt die Bank. Künstliche Intelligenz soll ' +
          'die Arbeit übernehmen; es gibt weniger Neueinstellungen.',
      ),
    ).toContain('labour');
  });

  it('does not make it from a hiring freeze without AI, from AI without jobs, nor from AI firms hiring', () => {
    expect(
      themes(
        'AI startup plans to hire hundreds of entry-level engineers',
        'The AI company will open 300 entry-level engineer positions, doubling its intake of graduates. ' +
          'Entry-level jobs at the generative AI firm pay well; junior developers will work on AI safety.',
      ),
    ).not.toContain('labour');
    expect(
      themes(
        'City council announces hiring freeze',
        'The council froze hiring after the budget shortfall. Entry-level positions stay open until ' +
          'spring; the hiring freeze affects junior roles in parks.',
      ),
    ).not.toContain('labour');
    expect(
      themes(
        'Land verhängt Einstellungsstopp',
        'Wegen der Haushaltslage werden Stellen nicht nachbesetzt. Der Einstellungsstopp gilt bis 2026.',
      ),
    ).not.toContain('labour');
    expect(
      themes(
        'A new AI model writes better code',
        'The generative AI model from OpenAI beats earlier models on coding benchmarks. Developers ' +
          'can try the AI for free.',
      ),
    ).not.toContain('labour');
  });

  it('makes it from AI and the jobs that vanish or the demand for workers it slashes', () => {
    // slashdot-stanford-grads-ai-jobs (held-out lesson): jobs said to vanish, employment said to fall.
    expect(
      themes(
        'AI coding tools slash demand for entry-level engineers',
        'Degrees no longer guarantee jobs. Old-school programming jobs are disappearing, and the ' +
          'decline in employment of young developers is steep.',
      ),
    ).toContain('labour');
    expect(
      themes(
        'KI: Weniger Jobs für Berufseinsteiger',
        'Künstliche Intelligenz schreibt den Code. Einfache Jobs verschwinden, der Rückgang der ' +
          'Beschäftigung junger Entwickler ist deutlich.',
      ),
    ).toContain('labour');
  });

  it('does not make it from vanishing jobs or falling employment without AI, nor AI slashing other demand', () => {
    expect(
      themes(
        'Coal towns: jobs are disappearing',
        'Mines close and jobs disappear; the decline in employment hits the valley. Fewer jobs remain.',
      ),
    ).not.toContain('labour');
    expect(
      themes(
        'A new AI model writes better code',
        'The generative AI model from OpenAI beats earlier models, and cheaper AI could slash demand ' +
          'for older chips. Developers can try the AI for free.',
      ),
    ).not.toContain('labour');
  });

  it('does not make it from robots alone', () => {
    expect(
      themes('Roboter im Kinderzimmer', 'Der Roboter spielt mit den Kindern. Roboter sind beliebt.'),
    ).not.toContain('labour');
  });
});

describe('false alarms on fresh pages (issue 11, the fourth round of judged pages)', () => {
  const reasonOf = (context: PageContext) => {
    const decision = decideFor(context);
    return decision.reason.kind === 'article' ? decision.reason : undefined;
  };
  const themes = (headline: string, text: string, extra: Partial<PageContext> = {}) =>
    reasonOf(news(headline, text, extra))?.themes ?? [];
  const companies = (headline: string, text: string, extra: Partial<PageContext> = {}) =>
    reasonOf(news(headline, text, extra))?.companies ?? [];

  it('counts a phrase once where two patterns of one concept or company cover it', () => {
    const evidence = analysePage(
      news(
        'Dancers strike',
        'Amazon Web Services hosts the site. The dancers are independent contractors, the club says.',
      ),
    );
    expect(evidence.entities.get('amazon')?.body).toBe(1);
    expect(evidence.concepts.get('gig-work')?.body).toBe(1);
  });

  it('does not take a company for the subject by its brand where the page names it once', () => {
    const tools =
      'AWS SageMaker trains models; AWS Bedrock hosts them. AWS Glue, AWS Lambda and AWS Comprehend ' +
      'complete the list. Prices on AWS vary.';
    expect(companies('Top 15 AWS machine learning tools', `${tools} AWS is an Amazon company.`)).toEqual([]);
    // Named by that brand alone, which is also the cloud itself, it is the product the page lists
    // ('a brand that is also a kind of product' above).
    expect(companies('Top 15 AWS machine learning tools', tools)).toEqual([]);
  });

  it('does not take a company for the subject where it heads the names of the products a page lists', () => {
    const services =
      'The platforms: Amazon Polly turns text into speech, Amazon Lex builds chat bots, Amazon Comprehend ' +
      'reads documents and Amazon Transcribe writes audio down. Amazon Polly has voices; Amazon Lex has intents.';
    expect(companies('Machine learning platforms compared', services)).toEqual([]);
    // Its brand beside those names is one more of its products, even where the lexicon does not know the
    // brand as a kind of product too (as it knows "AWS" for the cloud).
    const context = news(
      'Machine learning platforms compared',
      `${services} AWS hosts them. AWS bills hourly.`,
      {
        description: 'Platforms like AWS, Google Cloud ML and Azure ML Studio compared.',
      },
    );
    const cloudWithoutAws: Lexicon = {
      ...LEXICON,
      concepts: LEXICON.concepts.map((concept) =>
        concept.id === 'cloud-ai' ? { ...concept, page: concept.page.filter((p) => p !== 'aws') } : concept,
      ),
    };
    const decision = decide(context, analysePage(context, cloudWithoutAws), cloudWithoutAws);
    expect(decision.silent).toBe(true);
    // One or two capitals after the name are a title or a legal form, not a line of products.
    const boss =
      'Amazon CEO Andy Jassy spoke. Amazon Inc. said sales rose. Amazon plans stores; Amazon hires. ' +
      'Amazon CEO Jassy said Amazon grows.';
    expect(companies('A retailer grows', boss)).toEqual(['amazon']);
    // Products the lexicon knows name what the corpus speaks of, and their maker.
    const devices =
      'Amazon Echo speakers, Amazon Alexa apps and Amazon Prime deals. Amazon Echo sold best; Amazon Alexa ' +
      'answers; Amazon Prime ships.';
    expect(companies('Holiday sales', devices)).toEqual(['amazon']);
    // German writes every noun with a capital: "Amazon Kunden" is no product's name.
    const german =
      'Laut Amazon Kunden würden bei Amazon Mitarbeiter gesucht, für Amazon Pakete und Amazon Lager. ' +
      'Amazon bestätigt, Amazon wächst.';
    expect(companies('Ein Händler wächst', german, { language: 'de' })).toEqual(['amazon']);
  });

  it('does not take companies named as employers in a crime story for its subject', () => {
    const sting =
      'Directors of Amazon and Microsoft were among 18 people arrested in a sting operation. Amazon said ' +
      "its policy forbids such conduct; Amazon is investigating. Amazon's employees were named in court.";
    expect(companies('Amazon and Microsoft employees caught up in sex trafficking sting', sting)).toEqual([]);
    expect(
      companies('Amazon-Manager bei Razzia gegen Menschenhandel festgenommen', sting, { language: 'de' }),
    ).toEqual([]);
    // Where the page speaks of one of the themes, the arrest is part of that story.
    const organiser =
      'The union organiser was arrested outside the Amazon warehouse. Amazon warehouse workers walked out; ' +
      'the warehouse staff demand a union. Amazon called the police.';
    expect(companies('Amazon union organiser arrested at warehouse', organiser)).toEqual(['amazon']);
  });

  it('does not take a company whose name fraudsters borrow for the subject of a scam story', () => {
    const call =
      'A caller posing as Amazon customer service said my Amazon account was used for fraud. The scammers ' +
      'passed me to a fake agent; the fraud cost me my savings. Amazon says it never calls customers.';
    expect(companies('I was the victim of an Amazon scam call', call)).toEqual([]);
    const betrug =
      'Die Betrüger gaben sich als Amazon-Kundendienst aus. Amazon warnt vor der Betrugsmasche; Amazon ruft ' +
      'nie an. Die Betrüger erbeuteten 5000 Euro.';
    expect(companies('Betrug mit falschen Amazon-Anrufen', betrug, { language: 'de' })).toEqual([]);
    // Where the page speaks of one of the themes, the fraud is part of that story.
    const drivers =
      'Amazon delivery drivers say a scam on the delivery app cut their pay. The drivers work for Amazon ' +
      'delivery contractors; the scammers took the routes. Amazon pays its delivery drivers by the route.';
    expect(companies('Amazon delivery drivers hit by fraud on the app', drivers)).toEqual(['amazon']);
  });

  it("does not take a device's maker for the subject of a piece on its screen and interface", () => {
    const phone =
      'The Fire Phone tracks your head with four cameras and shifts its 3D interface as you tilt the ' +
      'handset. Amazon built the display layers; tilting the Fire Phone scrolls the screen. Amazon says ' +
      'the Kindle app scrolls too.';
    expect(companies('Fire Phone tracks eyes for a 3D UI', phone)).toEqual([]);
    const tablet =
      'Das Fire-Tablet zeigt auf dem Bildschirm eine neue Oberfläche; die Auflösung steigt. Amazon baut ' +
      'einen schnelleren Prozessor ein, Amazon verspricht eine längere Akkulaufzeit des Fire-Tablets.';
    expect(
      companies('Amazons Fire-Tablet: neuer Bildschirm, neue Oberfläche', tablet, { language: 'de' }),
    ).toEqual([]);
    // Where the page speaks of one of the themes, the screen is part of that story.
    const echo =
      'The Echo Show has a camera above its display and a microphone that is always listening. Alexa ' +
      'records voice commands; Amazon keeps the recordings. The smart speaker watches the room.';
    expect(companies('Amazon Echo Show: a screen that listens and watches', echo)).toEqual(['amazon']);
  });

  it('does not take a service named as a software release integrates it for the subject', () => {
    const launcher =
      'The open-source game manager for Linux adds Amazon Games as a source in its new version. Enable ' +
      "Amazon Prime Gaming in the preferences; Amazon's launcher runs under Wine. Download it from Flathub " +
      'or install it with Flatpak; the changelog lists bug fixes.';
    expect(companies('Game manager 0.5 adds open source emulators and Amazon Games', launcher)).toEqual([]);
    const quelloffen =
      'Die quelloffene Spieleverwaltung für Linux bindet in der neuen Version Amazon Games ein. Amazon ' +
      'Prime Gaming lässt sich einschalten; Amazons Launcher läuft unter Wine. Zum Herunterladen und ' +
      'Installieren genügt Flatpak.';
    expect(
      companies('Spieleverwaltung: neue Version mit Amazon Games', quelloffen, { language: 'de' }),
    ).toEqual([]);
    // Where the page speaks of one of the themes, the software is part of that story.
    const assistant =
      'The open-source voice assistant runs on Linux and keeps voice recordings off Amazon servers. Alexa ' +
      'listens always; Amazon stores what the smart speaker hears. Install it on a Raspberry Pi.';
    expect(companies('An open-source Alexa that does not listen for Amazon', assistant)).toEqual(['amazon']);
  });

  it('does not take the buyer of a program that is retired for its users to move for the subject', () => {
    const tool =
      'We joined Amazon last year. We are sunsetting the terminal tool on September 1; it is no longer ' +
      'supported after that. Users can upgrade to Amazon CodeWhisperer: the migration exports your data, ' +
      'installs the new app and then uninstalls the old one.';
    expect(companies('The tool is sunsetting, migrate to Amazon CodeWhisperer', tool)).toEqual([]);
    const werkzeug =
      'Wir gehören seit letztem Jahr zu Amazon. Das Werkzeug ist abgekündigt, Supportende ist der ' +
      '1. September. Nutzer wechseln zu Amazon CodeWhisperer: die alte App deinstallieren, die neue ' +
      'installieren.';
    expect(
      companies('Werkzeug abgekündigt: Wechsel zu Amazon CodeWhisperer', werkzeug, { language: 'de' }),
    ).toEqual([]);
    // Where the page speaks of one of the themes, the retired program is part of that story.
    const scanners =
      'Amazon warehouse workers say the new scanner app times their every break. Amazon is sunsetting the ' +
      'old scanners; warehouse staff call the tracking of their time off task surveillance. Amazon says the ' +
      'deprecated app will be uninstalled.';
    expect(companies('Amazon is sunsetting its old warehouse scanners', scanners)).toEqual(['amazon']);
  });

  it('does not take companies named as yardsticks of a stock-market report for its subject', () => {
    const shares =
      "The chipmaker's market value passed Amazon's on Monday as investors piled in. Its market cap of " +
      '$1.8 trillion tops Amazon; Wall Street analysts expect more. Its share price doubled, the best on ' +
      'the Nasdaq; investors see a valuation above Amazon.';
    expect(companies('Chipmaker now more valuable than Amazon', shares)).toEqual([]);
    const aktien =
      'Der Börsenwert des Chipherstellers übertraf den von Amazon. Anleger griffen zu, die Aktie stieg; ' +
      'die Marktkapitalisierung liegt vor Amazon. Amazon-Aktionäre gingen leer aus.';
    expect(
      companies('Chiphersteller an der Börse wertvoller als Amazon', aktien, { language: 'de' }),
    ).toEqual([]);
    // Where the page speaks of one of the themes, the share price is part of that story.
    const strike =
      'Amazon warehouse workers went on strike; investors worry about the walkout. Amazon warehouse staff ' +
      'demand higher wages; the union says the strike goes on. Amazon shares dipped on Wall Street.';
    expect(companies('Amazon warehouse strike rattles investors', strike)).toEqual(['amazon']);
  });

  it('does not take a shop named where a product is bought for the subject, in English and German', () => {
    const buy = (product: string) =>
      `A ${product} that works. Get it from Amazon for $12 (in nine colours). `;
    expect(
      companies(
        '41 products that solve your winter problems',
        ['scarf', 'hat', 'lip balm', 'hand cream', 'pair of gloves', 'humidifier'].map(buy).join(''),
      ),
    ).toEqual([]);
    expect(
      companies(
        'Die besten Winterjacken',
        'Die Jacke ist warm und bei Amazon bestellt. Die zweite gibt es bei Amazon zu kaufen. '.repeat(3),
      ),
    ).toEqual([]);
    // The company as the employer, the strike's site or the seller's rival is still the subject.
    expect(
      companies(
        'Streik bei Amazon',
        'Bei Amazon streiken die Beschäftigten. Verdi ruft bei Amazon in Leipzig zum Ausstand auf.',
      ),
    ).toEqual(['amazon']);
  });

  it('does not let a weak companion said twice lift a weak word the page repeats, but a strong one', () => {
    const layoffs =
      'Tech layoffs hit Black workers hardest, the caucus wrote. The layoffs continue; more layoffs ' +
      'are planned, and layoffs at big tech firms rose. Layoffs hurt. ';
    // Tagged as the page's subject, as news sites tag it.
    const tags = { keywords: ['Layoffs', 'tech layoffs'] };
    expect(
      themes(
        'Lawmakers voice concerns over tech layoffs',
        `${layoffs}Last week the caucus wrote to OpenAI about its board. OpenAI has not replied.`,
        tags,
      ),
    ).toEqual([]);
    expect(
      themes(
        'Lawmakers voice concerns over tech layoffs',
        `${layoffs}The firms say artificial intelligence does the work now: AI writes code, AI answers customers.`,
        tags,
      ),
    ).toContain('labour');
    const strike =
      'Die Gewerkschaft ruft zum Streik auf. Der Streik geht weiter; die Gewerkschaft will höhere Löhne, ' +
      'die Beschäftigte fordern Löhne wie im Konzern. Streik und Ausstand dauern an. ';
    expect(
      themes(
        'Gewerkschaft droht mit wochenlangem Streik',
        `${strike}Rund 4000 Postler zogen vor die Zentrale der Deutschen Post.`,
      ),
    ).toContain('labour');
  });

  it('takes smart devices for the surveillance theme only when the page speaks of listening, watching or data', () => {
    const thermostat =
      'A smart thermostat learns your schedule. Smart thermostats connect to Wi-Fi and save energy; ' +
      'a smart thermostat adjusts the heating. You can also use a voice assistant. ';
    expect(themes('Smart thermostats: do they save you money?', thermostat.repeat(3))).toEqual([]);
    expect(
      themes(
        'The best smart home lamps',
        'This smart bulb works with Alexa and Siri: voice commands switch it, and the Echo shows its ' +
          'state. Alexa answers; Siri too. Voice control works with Google Assistant.',
      ),
    ).toContain('alexa');
  });

  it("does not take a company's own site for an article about it, but still reads its themes", () => {
    const careers = [
      'Amazon AI careers',
      'Build the future of AI at Amazon. Amazon teams build Alexa; Amazon scientists train models. ' +
        'Join Amazon. Amazon hires across the world; Amazon offers benefits.',
    ] as const;
    expect(
      companies(...careers, { url: 'https://www.amazon.jobs/content/en/ai', host: 'www.amazon.jobs' }),
    ).toEqual([]);
    expect(companies(...careers)).toEqual(['amazon']);
    expect(
      companies(...careers, { url: 'https://press.aboutamazon.com/news', host: 'press.aboutamazon.com' }),
    ).toEqual([]);
  });

  it("knows the company's own sites by their hosts, not by the name in a host: an NGO watching Amazon", () => {
    const watch = [
      'Amazon workers walk out',
      'Amazon warehouse workers in Germany went on strike. Amazon refused to negotiate; Amazon workers ' +
        'demand a contract, and Amazon says wages are fair.',
    ] as const;
    expect(
      companies(...watch, { url: 'https://amazonwatch.org/news/2024/strike', host: 'amazonwatch.org' }),
    ).toEqual(['amazon']);
    expect(
      companies(...watch, { url: 'https://www.amazonwatch.org/news', host: 'www.amazonwatch.org' }),
    ).toEqual(['amazon']);
  });
});

describe('held-out false alarms that teach something general (issue 11)', () => {
  it('takes a hacked smart home for a hack, not for devices surveilling their owners', () => {
    const hacked =
      'Smart home attacks rose. A hacker takes control of the smart security cameras and the video ' +
      'doorbell, monitoring the daily routines of the family; the cyberattack spread through malware. ' +
      'Smart devices connected to the home Wi-Fi are a weak point for hackers and data breaches.';
    expect(themes('Protecting your smart home: cyber security for cameras', hacked)).toEqual([]);
    expect(
      themes(
        'Smart-Home-Kameras gehackt',
        'Ein Hacker hat die Überwachungskameras gehackt. Die Kameras filmten die Wohnung.',
      ),
    ).toEqual([]);
  });

  it('takes a text full of hacks for a hack story whatever its headline calls it', () => {
    const hacked =
      'A hacker took over the security cameras and the video doorbell. Malware spread, the cyberattack ' +
      'followed the breach, and hackers sold the data. Another cyberattack hit the smart home; ' +
      'ransomware locked the smart lights and the hacker demanded money.';
    expect(themes('Protecting your smart home: a balance', hacked)).toEqual([]);
    // A listening story that names a hack or two in passing keeps its theme (the test below).
  });

  it("takes a camera maker's name for the company where an outage or a breach happened", () => {
    // The maker by name, with no word of what its cameras watch (held-out theverge-wyze-camera-breach-13000).
    expect(
      themes(
        'Wyze cameras go dark for hours after a cloud outage',
        'Wyze owners could not view their cameras on Tuesday. Wyze said engineers restored the service; ' +
          'Wyze apologised and will review its systems. Wyze also sells plugs and locks.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Eufy erhöht die Preise',
        'Eufy verlangt mehr für Kameras und Saugroboter. Eufy begründet das mit Zöllen; Eufy gehört zu Anker.',
      ),
    ).toEqual([]);
    // A launch names a camera product; that is what a maker sells, not what its cameras take (review).
    expect(
      themes(
        'Eufy unveils its new lineup',
        'Eufy showed a new outdoor camera at CES. Eufy says the range ships in March; Eufy also cut prices ' +
          'on older models, and Eufy plans a second factory.',
      ),
    ).toEqual([]);
  });

  it("takes footage from customers' cameras, as the maker holds it, for surveillance in the home", () => {
    expect(
      themes(
        "Security camera maker's engineers watched customers' videos",
        "Engineers had access to videos from customers' cameras, clips from bedrooms. Customers were never " +
          "told that staff could open their footage. The company kept footage from its customers' cameras " +
          'on its servers for months, and its security cameras sent every clip to the cloud.',
      ),
    ).toContain('alexa');
    expect(
      themes(
        'Anbieter von Überwachungskameras gab Aufnahmen aus den Kameras seiner Kunden an die Polizei',
        'Die Videos der Kunden lagen auf den Servern des Anbieters, auch Videos aus den Wohnungen der Kunden.',
      ),
    ).toContain('alexa');
    // Recordings without a camera are no home watched: a dictation app's are a data story.
    expect(
      themes(
        'Diktier-App verkaufte die Aufnahmen ihrer Kunden',
        'Die App verkaufte die Aufnahmen ihrer Kunden an Firmen. Die Aufnahmen ihrer Kunden waren Diktate.',
      ),
    ).not.toContain('alexa');
    // Footage that is no one's home watched: a police appeal to residents, a dashcam, a shop's review videos.
    expect(
      themes(
        'Police appeal for footage after burglaries',
        'Police ask residents to check footage from their cameras. Anyone with videos of a van should call.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Onlinehändler zeigt Videos von Kunden',
        'Auf den Produktseiten erscheinen Videos von Kunden. Die Videos der Kunden sollen Vertrauen schaffen.',
      ),
    ).toEqual([]);
    // Said again and again, customers' clips are no home watched without a camera, a home or privacy
    // beside them: a dashcam insurer's (review).
    expect(
      themes(
        "Insurer now asks for clips from customers' cameras",
        "Claims go faster with clips from customers' cameras, the insurer said. Clips from customers' " +
          "cameras settle who hit whom. Footage from customers' cameras is deleted after the claim.",
      ),
    ).toEqual([]);
  });

  it("reads the footage said again by its bare name as the customers' the page named it as", () => {
    // The headline says whose footage it is, the text goes on of "the clips" and "the recordings".
    expect(
      themes(
        "Staff watched videos from customers' cameras, lawsuit says",
        'Support staff could open any clip and watched recordings from living rooms. The home security ' +
          'company kept the clips for 30 days; owners were never told that workers saw the recordings, a ' +
          'breach of their privacy, the lawsuit says.',
      ),
    ).toContain('alexa');
    expect(
      themes(
        'Türklingel-Videos der Kunden sollen KI trainieren',
        'Ein Hersteller von Videotürklingeln will die Aufnahmen für seine KI nutzen. Die Videos zeigen ' +
          'Besucher und Nachbarn. Der Hersteller sagt, die Aufnahmen würden anonymisiert.',
      ),
    ).toContain('alexa');
    // Bare, the words are anyone's footage: beside a doorbell in a police appeal or a test of cameras they
    // say nothing of a home watched.
    expect(
      themes(
        'Police ask residents to check doorbell cameras after burglaries',
        'Officers believe the burglars visited twelve homes. Anyone with footage should upload it to the ' +
          "force's portal. Two men have been arrested.",
      ),
    ).toEqual([]);
    expect(
      themes(
        'Überwachungskameras im Test: Drei von zehn sind gut',
        'Bewertet wurden Bildqualität und Nachtsicht. Bei mehreren Kameras waren die Aufnahmen bei Nacht ' +
          'unscharf. Die günstigste gute Kamera kostet 89 Euro.',
      ),
    ).toEqual([]);
    // Nor where what lifts whose footage it is names a camera and no privacy (a petrol station's CCTV the
    // police look at) or privacy and no camera (a fashion shop's videos of its buyers): only a home watched
    // has both, or names its device or the privacy at stake in the headline.
    expect(
      themes(
        'Serie von Tankstellenüberfällen: Ermittler sichten Kameras der Besitzer',
        'Die Ermittler sichten die Aufnahmen aus den Überwachungskameras der Besitzer. Die Aufnahmen zeigen ' +
          'einen Mann mit Sturmhaube. Die Polizei hat Ausschnitte der Aufnahmen veröffentlicht.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Onlinehändler zeigt Videos der Kunden statt Produktfotos',
        'Ein Modehändler ersetzt Produktfotos durch Videos der Kunden. Die Videos werden geprüft; schon ' +
          '8.000 Videos sind eingegangen. Der Händler verweist auf den Datenschutz. Videos können gelöscht werden.',
      ),
    ).toEqual([]);
    // Nor where whose footage it is was said of nobody's home: an insurer's clips from customers' dashcams.
    expect(
      themes(
        "Insurer settles claims faster with footage from customers' cameras",
        'The clips show who was at fault, the insurer said. The recordings are deleted after the claim, ' +
          'and drivers who send videos get a discount.',
      ),
    ).toEqual([]);
  });

  it('asks no words said again whether they name what other words say again', () => {
    // Two concepts that each say the other again (Concept.saysAgain) name nothing: neither is asked
    // whether the other is strong, which would ask back without end.
    const saidBothWays: Lexicon = {
      ...LEXICON,
      concepts: LEXICON.concepts.map((concept) =>
        concept.id === 'home-footage'
          ? { ...concept, saysAgain: true, strongWith: ['footage-said-again', 'doorbell-camera'] }
          : concept,
      ),
    };
    const context = news(
      "Home camera company lets police request customers' videos",
      'The videos come from home security cameras. Privacy groups object; the videos are kept for months.',
    );
    const decision = decide(context, analysePage(context), saidBothWays);
    expect(decision.reason.kind === 'article' ? decision.reason.themes : []).toEqual([]);
  });

  it('reads the maps of the home said again by their bare name where the headline names them', () => {
    expect(
      themes(
        "Robot vacuum company sold maps of customers' homes to advertisers",
        'The maps show the size of each room and where furniture stands. Advertisers use the floor plans ' +
          'to guess incomes, the regulator said.',
      ),
    ).toContain('alexa');
    expect(
      themes(
        'Saugroboter-Hersteller gibt Wohnungskarten an Werbepartner weiter',
        'Aus den Karten lässt sich ablesen, wie groß eine Wohnung ist. Die Karten zeigen auch die Möbel.',
      ),
    ).toContain('alexa');
    // Not an insurer's aerial maps of customers' homes beside privacy, nor a solar installer's roof maps
    // beside a "smart" approach: no device of the home made them.
    expect(
      themes(
        "Insurers use aerial maps of customers' homes to drop policies",
        "Home insurers use aerial maps of customers' homes made from drone imagery. The maps flag moss on " +
          'roofs. Regulators ask whether the maps are accurate. Privacy advocates object. The maps are old.',
      ),
    ).toEqual([]);
    expect(
      themes(
        "Solar installers buy maps of owners' homes to target sales",
        "Installers buy roof maps of owners' homes built from lidar surveys. The maps estimate the sun on " +
          'each roof. Sales teams load the maps into tablets. The smart approach has doubled sales.',
      ),
    ).toEqual([]);
    // Not a city's maps that a laser scan made, beside one smart-home sensor in the text.
    expect(
      themes(
        'City publishes maps of flood risk for every home',
        'The maps use lidar scans of the whole area. Residents can look up the maps for their address. ' +
          'Smart home sensors that warn of water are subsidised. The maps are updated every year.',
      ),
    ).toEqual([]);
  });

  it("reads what a home's devices record of when it is occupied as the home's data", () => {
    expect(
      themes(
        'Smart thermostat maker shares when you are home with insurers',
        'The smart thermostat passes occupancy data to home insurers and advertisers.',
      ),
    ).toContain('alexa');
    expect(
      themes(
        'Thermostat-Hersteller verkauft Anwesenheitsdaten an Versicherer',
        'Der Hersteller smarter Thermostate gibt Anwesenheitsdaten seiner Kunden an Versicherer weiter.',
      ),
    ).toContain('alexa');
    // An office's occupancy, with no device of a home beside it, nor an employer's time records or a smart
    // building's desks beside privacy: occupancy is no home's data for privacy or a "smart" beside it.
    expect(
      themes(
        'Arbeitgeber speichern Anwesenheitsdaten: Datenschützer warnen',
        'Viele Firmen erfassen Anwesenheitsdaten ihrer Beschäftigten digital. Der Datenschutz verlangt, dass ' +
          'die Anwesenheitsdaten nach zwei Jahren gelöscht werden.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Smart building vendor shares office occupancy data with landlords, raising privacy concerns',
        'The occupancy data shows which desks are used. Privacy advocates say workers were not asked. ' +
          'Occupancy data is sold to landlords.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Office occupancy data shows hybrid work is here to stay',
        'Office occupancy data from 2,600 buildings shows three days a week. Occupancy sensors count desks.',
      ),
    ).toEqual([]);
  });

  it("takes a camera maker's name over a sale of its robot vacuums for the seller, not for surveillance", () => {
    // The weak name in the headline, lifted by nothing, is no word of watching beside the device it sells.
    expect(
      themes(
        'Roborock and Eufy robot vacuums at their lowest prices',
        'The Roborock S8 costs $399 this week and the Eufy L60 $249. Both robot vacuums empty themselves.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Eufy-Saugroboter zum Bestpreis',
        'Der Saugroboter von Eufy kostet 449 Euro statt 699 Euro. Er wischt, saugt und leert sich selbst.',
      ),
    ).toEqual([]);
    // Lifted by what its robots take, the name over the same device is the theme's.
    expect(
      themes(
        'Eufy robot vacuums upload faces to the cloud',
        'The Eufy robot vacuum photographs the rooms; its face recognition stores the faces it sees.',
      ),
    ).toContain('alexa');
  });

  it("still shows a camera maker's name beside what its cameras watch and take", () => {
    expect(
      themes(
        'Eufy cameras sent face thumbnails to the cloud',
        'Eufy security cameras uploaded thumbnails with facial recognition data to its servers. Eufy had ' +
          'promised that the home cameras keep footage locally; Eufy changed its privacy policy.',
      ),
    ).toContain('alexa');
    expect(
      themes(
        'Wyze wertet Videos der Heimkameras aus',
        'Wyze lädt Aufnahmen der Überwachungskameras in die Cloud. Wyze nutzt die Videos aus den ' +
          'Wohnungen für seine KI; Datenschützer kritisieren Wyze.',
      ),
    ).toContain('alexa');
    // Faces recognised are what the cameras take, said as recognition (review).
    expect(
      themes(
        'Eufy cameras recognise the neighbours',
        'Eufy turned on face recognition in its cameras. Eufy stores every face the lens sees; Eufy ' +
          'matches faces against a list. Eufy says the face recognition runs on the device.',
      ),
    ).toContain('alexa');
  });

  it('still shows an Alexa-listening story that mentions one hack', () => {
    expect(
      themes(
        'Alexa hört mit: Amazon-Mitarbeiter werten Sprachaufnahmen aus',
        'Der Sprachassistent Alexa zeichnet Gespräche auf; Mitarbeiter hören die Aufnahmen ab. Der ' +
          'smarte Lautsprecher lauscht im Wohnzimmer. Datenschützer warnen, auch ein Hacker könnte zuhören.',
      ),
    ).toContain('alexa');
  });

  it('takes a scam that phishes for personal information for fraud, not profiling', () => {
    const scam = (headline: string, description: string, text: string) =>
      themes(headline, text, { description });
    expect(
      scam(
        'Avoid online job scams',
        'Do not let criminals fool you into giving up personal information.',
        'Scammers post fake job offers to phish for personal information. Never give your personal data ' +
          'to a recruiter; the scammers commit identity theft.',
      ),
    ).toEqual([]);
    expect(
      scam(
        'Betrug mit falschen Jobangeboten',
        'Betrüger wollen Ihre persönlichen Daten.',
        'Die Betrüger fragen nach persönlichen Daten; mit den personenbezogenen Daten eröffnen sie Konten.',
      ),
    ).toEqual([]);
  });

  it('still shows profiling that names fraud in passing', () => {
    expect(
      themes(
        'Data brokers sell your location data',
        'Data brokers collect location data from apps and sell profiles of consumers to advertisers. ' +
          'The tracking of users builds a profile of each person; one broker also sells it for fraud checks.',
      ),
    ).toContain('data');
  });

  it('takes a denied replacing in the headline or description for no job cut, in English and German', () => {
    expect(
      themes(
        'Why AI can’t replace your real estate agent',
        'Artificial intelligence raises the question whether it could ever replace jobs like ours. ' +
          'Automation drafts emails; AI tools and chatbots help; generative AI writes listings.',
        { description: 'AI brings automation to real estate, but it can’t replace the human touch.' },
      ),
    ).toEqual([]);
    expect(
      themes(
        'Warum KI Makler nicht ersetzen kann',
        'Künstliche Intelligenz wirft die Frage auf, ob sie Arbeitsplätze ersetzen wird. Die ' +
          'Automatisierung schreibt E-Mails; KI-Werkzeuge und Chatbots helfen.',
        { description: 'KI bringt Automatisierung, doch sie ersetzt den Menschen nicht.' },
      ),
    ).toEqual([]);
  });

  it('takes cuts the headline says there are none of for no job cut, in German and English', () => {
    const german =
      'Die Telekom setzt im Kundenservice verstärkt auf KI-Assistenten. Die Beschäftigten würden geschult, ' +
      'sagte der Personalvorstand. Es sollen keine Arbeitsplätze wegfallen. Der Betriebsrat begrüßt die Zusage.';
    expect(themes('Telekom setzt auf KI im Kundenservice – ohne Stellenabbau', german)).toEqual([]);
    expect(themes('Telekom setzt auf KI und plant keine Entlassungen', german)).toEqual([]);
    expect(
      themes(
        'Bank rolls out AI assistants with no layoffs',
        'The bank is rolling out AI assistants to its employees. The tools free staff from routine work.',
      ),
    ).toEqual([]);
    // Said plainly, or denied twice, the same headline reports the cut.
    const cutting =
      german.replace('keine Arbeitsplätze', 'Arbeitsplätze') + ' Er kritisiert den Stellenabbau.';
    for (const headline of [
      'Telekom setzt auf KI im Kundenservice – Stellenabbau',
      'Nicht ohne Stellenabbau: Telekom setzt auf KI im Kundenservice',
      'Keine Zukunft ohne Entlassungen: Telekom setzt auf KI im Kundenservice',
    ])
      expect(themes(headline, cutting), headline).toContain('labour');
    expect(
      themes(
        'Not without layoffs: bank rolls out AI assistants',
        'The bank is rolling out AI assistants and cuts 300 jobs. The tools replace staff in its call centres.',
      ),
    ).toContain('labour');
  });

  it('still counts replacing that is not denied: AI will replace 500 jobs', () => {
    expect(
      themes(
        'AI will replace 500 jobs at the bank',
        'The bank says artificial intelligence will replace 500 workers in its call centres; the layoffs start in spring.',
      ),
    ).toContain('labour');
    expect(
      themes(
        'KI ersetzt 500 Mitarbeiter',
        'Künstliche Intelligenz ersetzt nicht nur Sachbearbeiter: die Bank baut Stellen ab, der Stellenabbau trifft 500 Beschäftigte.',
      ),
    ).toContain('labour');
  });
});

describe('false alarms on the fifth round of judged pages (issue 11)', () => {
  const reasonOf = (context: PageContext) => {
    const decision = decideFor(context);
    return decision.reason.kind === 'article' ? decision.reason : undefined;
  };
  const themes = (headline: string, text: string, extra: Partial<PageContext> = {}) =>
    reasonOf(news(headline, text, extra))?.themes ?? [];
  const companies = (headline: string, text: string) => reasonOf(news(headline, text))?.companies ?? [];

  it('does not take a shop named in a list of buying options for the subject, in English and German', () => {
    const tool = (name: string) =>
      `The ${name} cuts wire cleanly. Plan to spend: $15-$70. Buying options: Amazon (Klein Tools) ` +
      'Amazon (Craftsman) Home Depot (Milwaukee). ';
    expect(
      companies('The best electrician tools', ['plier', 'stripper', 'crimper', 'tester'].map(tool).join('')),
    ).toEqual([]);
    expect(
      companies(
        'Die besten Akkuschrauber',
        'Der Schrauber ist leicht. Jetzt kaufen: Amazon, Otto, Bauhaus. Kaufoptionen: Amazon. '.repeat(3),
      ),
    ).toEqual([]);
    // Buying as what the company does is not a shop list: Amazon bought the grocer.
    expect(
      companies(
        'Amazon buys Whole Foods',
        'After buying Whole Foods, Amazon cut prices. Amazon now owns 460 stores. Amazon plans more.',
      ),
    ).toEqual(['amazon']);
  });

  it('takes a loyalty programme for the data theme only where the page speaks of the data it collects', () => {
    expect(
      themes(
        'The best car rental companies: rates, service and loyalty programs',
        'Its loyalty program gives free upgrades; the rewards program waives fees. Our recommendations ' +
          'follow. The loyalty program of the second company gives free days.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'What your loyalty card tells the supermarket',
        'The loyalty card records your purchase history; the chain analyses the customer data and ' +
          'sells consumer data to brokers. Every loyalty card is a profile.',
      ),
    ).toContain('data');
    expect(
      themes(
        'Was die Kundenkarte über Sie verrät',
        'Die Kundenkarte speichert das Kaufverhalten; das Bonusprogramm wertet die Kundendaten aus.',
      ),
    ).toContain('data');
  });

  it('takes health data passed to the ad trade for the data theme, not health data hacked or measured', () => {
    expect(
      themes(
        'Die Schwachstelle der Smartwatch: Gesundheitsdaten für die Werbung',
        'Smartwatches messen Puls und Schlaf. Viele Hersteller werten diese Gesundheitsdaten nicht nur für ' +
          'die Nutzer aus. Laut einer Untersuchung teilen sie Daten mit Werbenetzwerken.',
      ),
    ).toContain('data');
    expect(
      themes(
        'Ransomware gang leaks health data of 400,000 patients',
        'The gang published the health data of patients of a hospital group. The hackers entered the ' +
          'network through a stolen password, and the health data is now online.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Fitness watch review: health data you can actually use',
        'The watch tracks sleep and heart rate and turns the health data into daily scores. The health ' +
          'data stays on the watch.',
      ),
    ).toEqual([]);
  });

  it("takes a smart-home maker's page on how its robots map the home for the listening and watching theme", () => {
    const vacuum =
      'The robot vacuum creates a digital map of your space. Robot vacuums use visual SLAM: cameras ' +
      'capture images, and the robot vacuum learns the layout of a home. ';
    expect(themes('How does robot vacuum mapping work?', vacuum.repeat(2))).toContain('alexa');
    expect(
      themes(
        'So kartiert der Saugroboter',
        'Der Saugroboter erstellt eine Raumkarte; die Karte der Wohnung liegt in der App. Der Saugroboter ' +
          'fährt nach der Raumkarte.',
      ),
    ).toContain('alexa');
    // A robot vacuum's suction and battery are no device watching anyone.
    expect(
      themes(
        'The best robot vacuum for pet hair',
        'The robot vacuum has strong suction. Robot vacuums run for two hours; the robot vacuum empties itself.',
      ),
    ).toEqual([]);
    // A home's layout in a property listing is not mapped by a device.
    expect(
      themes(
        'Flat for sale in Vienna',
        'The layout of the home is open; a map of the home shows three rooms.',
      ),
    ).toEqual([]);
  });

  it('takes strong companions said a few times as an aside where the weak word is said eight times as often', () => {
    const union =
      'The dancers went on strike and filed for union representation. The union says the workers ' +
      'want a vote; the strike goes on and the employees picket. ';
    // Twenty-four union and strike words, gig work twice: the law the union drive does not fall under.
    const aside = 'The law says dancers are employees, not independent contractors. ';
    expect(
      themes('Strippers strike and organise', `${union.repeat(4)}${aside}The contractors agree.`),
    ).toEqual([]);
    // The same companions beside a third as many union words are what the union fight is about.
    expect(themes('Strippers strike and organise', `${union}${aside}The contractors agree.`)).toContain(
      'labour',
    );
    const privacy =
      'Perfect Privacy keeps your privacy. Privacy matters; the privacy of its users is its promise. ';
    expect(
      themes('Perfect Privacy review', `${privacy.repeat(4)}It logs no personal data and no customer data.`),
    ).toEqual([]);
    expect(
      themes('Privacy under threat', `${privacy}The app sells personal data and customer data to brokers.`),
    ).toContain('data');
  });

  it('lets a companion in the text lift a weak word its headline names unless the word is all over the page', () => {
    const policies =
      'One app had no privacy policy. Another hides its privacy policy. Your privacy is not their concern; ' +
      'the privacy settings are buried, and their privacy promises are empty. Privacy advocates despair. ';
    const sharing = 'The company can share your personal data with any of its brands.';
    // Privacy six times, personal data once: a fifth as often would not lift it, the headline does.
    expect(themes('Dating apps are worse than ever for your privacy', `${policies}${sharing}`)).toContain(
      'data',
    );
    expect(themes('Dating apps are worse than ever', `${policies}${sharing}`)).toEqual([]);
    // A company's name in the headline names the company, not the theme of its companions.
    const fedex =
      'FedEx will run the shops. FedEx ships the orders, FedEx hosts them, and FedEx bills them. ';
    expect(themes('FedEx launches a shop platform', `${fedex}FedEx signs up contractors.`)).toEqual([]);
  });

  it('lets a companion said apart from a weak word tie it where the headline makes the companion the subject', () => {
    const menu = 'The menu lists burgers and fries at fifteen dollars each. '.repeat(4);
    const robots =
      `A restaurant run by robots opened downtown. ${menu}Robotics startups build the robots. ${menu}` +
      `Robotics is hard. ${menu}`;
    // The staff cut said two ways under an AI headline, neither in the robots' sentences: the cuts are
    // the subject, and the robots are what cuts them.
    expect(
      themes(
        'My trip to an AI burger joint',
        `${robots}The kitchen is light on human staff. ${menu}The machines cut labor costs.`,
      ),
    ).toContain('labour');
    // Said one way, the cut is one word that would decide alone.
    expect(
      themes(
        'My trip to an AI burger joint',
        `${robots}The machines cut labor costs. ${menu}The machines cut labor costs.`,
      ),
    ).toEqual([]);
  });
});

describe('tune failures of the sixth round (issue 11)', () => {
  const concepts = (text: string) => [...analysePage(news(text, '')).concepts.keys()];

  it('takes shops following their customers for tracking, in English and German', () => {
    for (const form of [
      'tags that track consumers',
      'the app tracks shoppers',
      'cameras monitoring customers',
      'Händler verfolgen Kunden nicht, sie wollen Kunden verfolgen',
      'Der Markt überwacht Kunden',
      'Kunden ausspähen',
    ])
      expect(concepts(form), form).toContain('tracking-ads');
    // A shop's own orders and service are no one followed.
    for (const form of [
      'track customer orders',
      'monitor customer satisfaction',
      'Kundenservice verfolgen',
      'Kundenzufriedenheit überwachen',
    ])
      expect(concepts(form), form).not.toContain('tracking-ads');
  });

  it('takes the mapping a headline names for the subject however often the text names the robot', () => {
    const robot =
      'The robot vacuum cleans every floor. Robot vacuums avoid obstacles; the robot vacuum empties itself. ';
    const page = `${robot.repeat(3)}It takes hours for a robot vacuum to map your house.`;
    expect(themes('How robot vacuum mapping works', page)).toContain('alexa');
    // The same text under a headline on cleaning mentions the mapping in passing.
    expect(themes('The best robot vacuum for pet hair', page)).toEqual([]);
    // A headline word the text never comes back to is no subject.
    expect(themes('How robot vacuum mapping works', robot.repeat(3))).toEqual([]);
    for (const form of ['Die Raumkartierung des Saugroboters', 'LiDAR mapping', 'a map of your house'])
      expect(concepts(form), form).toContain('home-mapping');
  });

  it("weighs what a company does, named by a weak word, as its story on a page about it, not other companies' names", () => {
    const decision = decideFor(
      news(
        'Amazon layoffs: hundreds of jobs cut at Prime Video',
        'Amazon continues its layoffs. Amazon is eliminating several hundred roles at Prime Video, after ' +
          'Amazon cut 27,000 jobs. Prime Video is a benefit of Prime.',
      ),
    );
    expect(decision.topics.labour).toBeGreaterThanOrEqual(decision.topics.power);
    // A carrier's name on Amazon's page stays weak (the FedEx case in 'news pages').
    const carrier = decideFor(
      news(
        'FedEx launches a shop platform against Amazon',
        'FedEx wants merchants. Amazon and FedEx compete.',
      ),
    );
    expect(carrier.concepts.find((c) => c.concept.id === 'parcel-carriers')?.weight ?? 0).toBeLessThan(0.6);
  });

  it('takes RFID tags for the tracking story only where the page speaks of following people', () => {
    expect(
      themes(
        'Consumer concern over RFID tags',
        'Shoppers fear RFID tags. The RFID tags could be used to monitor shoppers once they leave the shop; ' +
          'RFID would let businesses track consumers via their purchases.',
      ),
    ).toContain('data');
    expect(
      themes(
        'Funkchips im Supermarkt',
        'Die RFID-Chips sollen Waren zählen. Kritiker fürchten, Händler könnten mit den Funkchips Kunden ' +
          'verfolgen; der Markt überwacht Kunden auch nach dem Einkauf.',
      ),
    ).toContain('data');
    // Stock-keeping by radio tags is no one tracked.
    expect(
      themes(
        'Retailer adopts RFID tags for its stock',
        'RFID tags speed up inventory counts. RFID readers scan each pallet, and RFID cuts stock errors.',
      ),
    ).toEqual([]);
  });
});

describe('held-out false alarms of the seventh round (issue 11)', () => {
  // fortune-spotify-layoffs-disruption: the layoffs were for efficiency; AI came only in the newsletter ad.
  const layoffs =
    'The streamer announced its largest round of layoffs in December and cut 1,500 jobs. The layoffs ' +
    'disrupted operations more than its executives expected, the chief executive told investors on the ' +
    'earnings call. Profits still reached a record in the quarter, revenue grew by a fifth, and the ' +
    'shares rose eight percent in New York after the markets opened on Tuesday morning. ';
  const newsletter =
    'Subscribe to the Eye on AI newsletter to stay abreast of how AI is shaping the future of business.';

  it('does not take job cuts for AI-justified where AI is said far from them', () => {
    expect(
      themes('Streamer says laying off 1,500 staff disrupted its operations', layoffs + newsletter),
    ).toEqual([]);
    expect(
      themes(
        'Stellenabbau beim Konzern: 1500 Jobs fallen weg',
        'Der Konzern baut 1500 Stellen ab; der Stellenabbau soll Kosten sparen, die Entlassungen beginnen ' +
          'im Mai. Der Gewinn stieg im Quartal auf einen Rekord, der Umsatz wuchs um ein Fünftel, und die ' +
          'Aktie legte an der Börse in New York nach der Eröffnung am Dienstagmorgen deutlich zu, während ' +
          'Analysten die Prognose anhoben und den Kurs lobten. Lesen Sie unseren Newsletter zu KI und wie ' +
          'KI die Wirtschaft verändert.',
      ),
    ).toEqual([]);
  });

  it('takes job cuts for AI-justified where the text says the two together, in a sentence or the next', () => {
    expect(
      themes(
        'Streamer says laying off 1,500 staff disrupted its operations',
        `${layoffs}The layoffs hit support teams whose work AI now does. ${newsletter}`,
      ),
    ).toContain('labour');
    expect(
      themes(
        'Streamer lays off 1,500 staff',
        'The streamer laid off 1,500 people in December, and more layoffs follow. Its chief executive ' +
          'said AI tools now do much of the work those teams did.',
      ),
    ).toContain('labour');
    // The headline's job cut and a lead that names AI tie them, however far the text says the cuts again.
    expect(
      themes(
        'Bank lays off 500 call-centre staff',
        'AI now answers the customers’ calls, the bank said on Tuesday. ' +
          'The branch network stays open, the bank’s profits rose again in the quarter, its shares gained ' +
          'four percent, and analysts raised their forecasts for the year after the results came out. ' +
          'The layoffs start in spring; the job cuts hit three call centres.',
      ),
    ).toContain('labour');
  });

  // Issue 11: AI named beside the cuts to deny that it caused them is not their cause (cause-frames.ts).
  it('takes no AI the text denies for the cause of the job cuts beside it', () => {
    const cuts = 'The maker is laying off 614 staff across eight offices, according to a state filing. ';
    const denied = [
      'The layoffs are not because of AI, the company said, and more layoffs follow.',
      'The company said the layoffs have nothing to do with AI; more layoffs follow.',
      'The layoffs are unrelated to AI, and more layoffs follow in spring.',
      'AI played no role in the layoffs, and more layoffs follow in spring.',
      "The layoffs aren't tied to AI, and more layoffs follow in spring.",
      'Der Stellenabbau hat nichts mit KI zu tun, weitere Entlassungen folgen im Frühjahr.',
      'KI spielt beim Stellenabbau keine Rolle, weitere Entlassungen folgen im Frühjahr.',
      'Die Entlassungen kommen nicht wegen KI, weitere Entlassungen folgen im Frühjahr.',
    ];
    for (const text of denied) expect(themes('Maker lays off 614 employees', cuts + text)).toEqual([]);
    // A headline that denies the AI it names ties nothing either; one that names it plainly still does.
    const more = 'More layoffs follow in spring, the company said.';
    expect(themes('Maker lays off 614 employees; says AI played no role', cuts + more)).toEqual([]);
    expect(themes('Maker lays off 614 employees as AI takes over support', cuts + more)).toContain('labour');
    // A headline that names AI plainly is read as its text reads it: denied there and given nowhere as the
    // cause, it ties nothing; given there as the cause as well, it ties.
    expect(
      themes(
        'Layoffs at the maker: AI named in denial',
        `${cuts}The layoffs are not about AI, it said. ${more}`,
      ),
    ).toEqual([]);
    expect(
      themes(
        'Layoffs at the maker: AI named in denial',
        `${cuts}The layoffs are not about AI, it said, but workers say AI now does the work of the offices. ${more}`,
      ),
    ).toContain('labour');
    // A headline that asks or doubts the cause keeps it in question, whatever the text denies; not a
    // mention in another of its sentences.
    for (const headline of [
      'Is AI just an excuse for the layoffs at the maker?',
      'KI als Vorwand? Maker lays off 614',
    ])
      expect(
        themes(headline, `${cuts}The layoffs have nothing to do with AI, it said. ${more}`),
        headline,
      ).toContain('labour');
    expect(
      themes(
        "Who is to blame for the maker's layoffs? Not AI, it says",
        `${cuts}The layoffs have nothing to do with AI, it said. ${more}`,
      ),
    ).toEqual([]);
    // A question asks of the cause where it names the cuts; one of another thing doubts nothing.
    expect(
      themes(
        'Is AI behind the layoffs at the maker?',
        `${cuts}The layoffs have nothing to do with AI, it said. ${more}`,
      ),
    ).toContain('labour');
    expect(
      themes('Will AI save the carmaker?', `${cuts}The layoffs have nothing to do with AI, it said. ${more}`),
    ).toEqual([]);
    // A denial denies only the cause it governs: one it contrasts with, or one said before it, still ties.
    for (const text of [
      'The layoffs have nothing to do with the merger, the chief said, but with AI, and more layoffs follow.',
      'Der Stellenabbau hat nichts mit den Kosten zu tun, sondern mit KI; weitere Entlassungen folgen.',
      'Workers say they were replaced by AI, though the company insists AI played no role; more layoffs follow.',
    ])
      expect(themes('Maker lays off 614 employees', cuts + text), text).toContain('labour');
    // A denial holds within its sentence: the next one that gives AI as the cause still ties them.
    expect(
      themes(
        'Maker lays off 614 employees',
        `${cuts}The layoffs are not about costs. They come because of AI, and more layoffs follow.`,
      ),
    ).toContain('labour');
  });

  // Issue 11: job cuts in ordinary words (staff-cuts) are the corpus's story only beside AI given as their
  // cause or as what the company turns to, in the headline or the text, not AI named as its products.
  it('ties job cuts in ordinary words only to AI given as their cause', () => {
    const rest =
      ' Staff who lost their jobs will get three months of pay, and more staffing cuts are planned.';
    const caused = [
      ['Publisher downsizes its staff as it refocuses on AI', 'Around 80 writers lost their jobs.'],
      ['Bank to cut 4,000 office jobs', 'The bank will cut 4,000 office jobs because of AI.'],
      ['Insurer lets go of 300 claims staff', 'The insurer let go 300 employees, replaced by AI.'],
      ['Versicherer trennt sich von 500 Mitarbeitern', 'Der Versicherer baut Personal ab, wegen KI.'],
      // A label before a colon opens the headline, it ends no clause of it.
      [
        'Exklusiv: Versicherer baut Personal ab und setzt auf KI',
        'Rund 300 Beschäftigte verlieren ihre Jobs.',
      ],
      ['Layoffs: Publisher downsizes its staff as it pivots to AI', 'Around 80 writers lost their jobs.'],
    ];
    for (const [headline, text] of caused)
      expect(themes(headline!, text + rest), headline).toContain('labour');
    const notCaused = [
      [
        'Nvidia cuts 200 support jobs as its AI chips sell well',
        'Employees lost their jobs in its gaming unit.',
      ],
      ["Startup downsizes its workforce; 'AI played no role'", 'About 60 people lost their jobs this week.'],
      ['Software maker lets go of 300 employees', 'Separately, it launched an AI assistant for accountants.'],
      ['Police department downsizes its staff', 'It will focus on violent crime and use AI-powered cameras.'],
      ['Versicherer trennt sich von 400 Angestellten', 'KI spielt dabei keine Rolle, sagte ein Sprecher.'],
      // A headline's plan words tie only in its first clause: beyond it they tell a second story.
      [
        'Hospital downsizes its staff after Medicaid cuts; board backs investment in AI',
        'Nurses and clerks lost their jobs.',
      ],
      ['Retailer downsizes its staff after sales slump; it also invests in AI', 'Clerks lost their jobs.'],
      ['Studio downsizes its staff after flop, bets on AI', 'Animators lost their jobs.'],
      ['Modehändler baut Personal ab; Chef setzt auf KI', 'Verkäuferinnen verloren ihre Stellen.'],
    ];
    for (const [headline, text] of notCaused) expect(themes(headline!, text + rest), headline).toEqual([]);
  });

  // Issue 11: a short report whose headline names the cuts and their cause is about the jobs lost to AI where
  // its text says the cut once with the AI it gives as the cause in the cut's own clause: the cause says the
  // cut again. Not AI said as a cause of something else in another clause, nor what the company turns to.
  it("takes the cause a text gives in the cut's own clause for the cut said again", () => {
    const caused = [
      [
        'Following the rollout of AI agents, fintech cuts 700 support jobs',
        'Following the rollout of AI agents in its app, the fintech cut 700 customer support jobs. The agents now handle two thirds of chats.',
      ],
      [
        'Due to the rise of AI, translation firm lays off 200',
        'The translation firm laid off 200 translators due to the rise of AI translation. Revenue fell by a third.',
      ],
      [
        'Versicherer streicht 300 Stellen wegen KI',
        'Der Versicherer streicht 300 Stellen wegen KI-Chatbots. Der Konzern hatte im Vorjahr einen Rekordgewinn gemeldet.',
      ],
    ];
    for (const [headline, text] of caused) expect(themes(headline!, text!), headline).toContain('labour');
    const notCaused = [
      [
        'Carmaker cuts 2,000 jobs over tariffs; since the rise of AI, chipmaker rival thrives',
        'The carmaker said it will cut 2,000 jobs because of tariffs and weak sales in Europe. Since the rise of AI, its former chip partner has tripled its market value.',
      ],
      [
        'Toolmaker cuts 300 jobs citing weak demand, and invests in AI',
        'The toolmaker cut 300 jobs on Tuesday, citing weak demand from builders, and said it invests in AI to design new drills. Sales fell 18% in the quarter.',
      ],
      [
        'Moderator nach KI-Skandal entlassen',
        'Der Sender hat seinen Moderator wegen eines KI-Skandals entlassen. Er hatte erfundene Zitate gesendet.',
      ],
    ];
    for (const [headline, text] of notCaused) expect(themes(headline!, text!), headline).toEqual([]);
  });

  // Issue 11: job cuts in any words (job-cuts ties AI said near them, not only as the cause) tie no AI the
  // text names as what a company is, sells or plans (cause-frames.ts 'named').
  it('ties job cuts to no AI named as what a company is, sells or plans', () => {
    const rest =
      ' The employees affected work mostly in offices in the region. The workers will get severance and help' +
      ' finding new jobs, the company said.';
    const named = [
      [
        'AI startup lays off 20% of staff as funding dries up',
        'The AI startup laid off 20 percent of its staff because investors pulled out. The company makes AI software for lawyers.',
      ],
      [
        'Factory cuts 400 jobs because demand for AI servers slowed',
        'The factory cuts 400 jobs because demand for AI servers slowed.',
      ],
      [
        'Bank to cut 2,000 office jobs in restructuring',
        'The bank will cut 2,000 office jobs as part of a restructuring after a weak year. The bank would focus on cloud, AI, payments, cybersecurity and customer service.',
      ],
      [
        'Downsizing at the carmaker: 5,000 management jobs go. Next: a bet on AI',
        'The carmaker will cut 5,000 management jobs after a weak year. It will spend the savings on AI-driven factories.',
      ],
    ];
    for (const [headline, text] of named) expect(themes(headline!, text + rest), headline).toEqual([]);
    const tied = [
      ['After the layoffs, the company pivots to AI', 'After cutting 400 jobs, the company pivots to AI.'],
      [
        'Bank cuts 3,000 jobs in restructuring as AI takes over loan checks',
        'The bank will cut 3,000 jobs in a restructuring as AI takes over loan processing.',
      ],
      [
        'SAP will 2600 Stellen streichen',
        'SAP will 2600 Stellen streichen, im Zuge einer Neuausrichtung auf KI und Cloud. Der Stellenabbau trifft vor allem Walldorf.',
      ],
    ];
    for (const [headline, text] of tied) expect(themes(headline!, text + rest), headline).toContain('labour');
  });

  // Issue 11, review of s34-aitie: what a company turns to ties its cuts only in the cut's own clause
  // (cause-frames.ts `turnedTo`), the cloud is no AI cause, and robots a maker builds cause no cuts.
  it('ties job cuts in ordinary words to no plan in another clause, no cloud and no uncaused robots', () => {
    const rest = ' Staff who lost their jobs will get three months of pay, and their workers will get help.';
    const notCaused = [
      [
        'Retailer downsized amid falling sales',
        'The retailer downsized amid falling sales; it also invests in AI to forecast inventory.',
      ],
      [
        'Software firm cuts 1,000 engineering jobs as it shifts to cloud',
        'The firm refocuses on cloud subscriptions after sales of its licensed software fell.',
      ],
      [
        'Robot lawnmower maker downsizes after wet summer',
        'About 150 employees lost their jobs. Its robots sell mostly in Germany.',
      ],
      [
        'Roboterhersteller baut Personal ab',
        'Der Roboterhersteller baut Personal ab, weil die Autoindustrie weniger Roboter bestellt.',
      ],
    ];
    for (const [headline, text] of notCaused) expect(themes(headline!, text + rest), headline).toEqual([]);
    // Nor does a warehouse its cuts fall at make them the corpus's story, where nothing is said of the work.
    const fire =
      'About 300 people lost their jobs after a fire destroyed the warehouse. The company will not rebuild.';
    expect(themes('Warehouse fire: 300 lost their jobs', fire)).toEqual([]);
    expect(
      themes('Retailer downsizes its staff', 'The retailer downsizes its staff as it invests in AI.' + rest),
    ).toContain('labour');
    expect(
      themes(
        'Packer downsizes its workforce',
        'The packer downsizes its workforce, replaced by robots.' + rest,
      ),
    ).toContain('labour');
  });

  // sfstandard-apple-bay-area-layoffs: the region lost jobs "even as the AI industry has boomed".
  it('takes no AI said in a concessive clause for the cause of the job cuts beside it', () => {
    const cuts = 'The maker is laying off 614 staff across eight offices, according to a state filing. ';
    const conceded = [
      'Even as the AI industry has boomed, the region lost 16,700 jobs and the layoffs go on.',
      'Although AI start-ups are hiring, the region lost 16,700 jobs and the layoffs go on.',
      'The region lost 16,700 jobs despite the AI boom, and the layoffs go on.',
      'Trotz des anhaltenden KI-Booms gingen in der Region 16.700 Jobs verloren, der Stellenabbau geht weiter.',
      'In der Region gingen 16.700 Jobs verloren, obwohl die KI-Branche boomt; der Stellenabbau geht weiter.',
    ];
    for (const text of conceded) expect(themes('Maker lays off 614 employees', cuts + text)).toEqual([]);
    // The clause ends at its comma: the main clause that names AI as the cause still ties them.
    expect(
      themes(
        'Maker lays off 614 employees',
        `${cuts}Although sales grew, the layoffs hit teams whose work AI now does; more layoffs follow.`,
      ),
    ).toContain('labour');
    // "While" is as often the time of the cuts or a contrast the main clause carries on, not a concession.
    expect(
      themes(
        'Maker lays off 614 employees',
        `${cuts}The layoffs come while AI tools take over the work of its support teams; more layoffs follow.`,
      ),
    ).toContain('labour');
  });

  // heise-sap-stellenabbau-ki-umbau: tagged AI and cloud, the text names the turn to AI by the cuts once.
  it("takes AI in the tags for the cuts' reason where the text says it with them once and again later", () => {
    const themesOf = (text: string) => {
      const tags = { keywords: ['Künstliche Intelligenz'] };
      const decision = decideFor(news('Konzern will 2600 Stellen streichen', text, tags));
      return decision.reason.kind === 'article' ? decision.reason.themes : [];
    };
    const cuts =
      'Der Konzern plant, 8000 Stellen abzubauen; der Stellenabbau trifft die Zentrale, Kündigungen und ' +
      'Entlassungen soll es nicht geben, der Stellenabbau läuft über den Vorruhestand. ';
    const tie = 'Der Betriebsrat vermutet hinter dem Umbau keine Neuausrichtung auf KI. ';
    const filler =
      'Die Zahl der Angestellten soll durch Wachstum gleich bleiben, teilte der Konzern der Zeitung auf ' +
      'Anfrage mit; Europa, der Nahe Osten und Afrika sind am stärksten betroffen, und die Kunden sehen ' +
      'den Umbau des Konzerns und seiner Systeme seit dem Frühjahr kritisch. ';
    expect(themesOf(`${cuts}${tie}${filler}Die Kunden lehnen den Fokus auf KI ab.`)).toContain('labour');
    // Said once only, or only far from the cuts, the tag is no tie.
    expect(themesOf(`${cuts}${tie}${filler}`)).toEqual([]);
    expect(themesOf(`${cuts}${filler}Die Kunden lehnen KI ab, KI und Cloud.`)).toEqual([]);
  });

  // theregister-australia-right-to-disconnect: a working-time law, gig workers in one closing sentence.
  it("takes a law of working hours for every trade's, not the platform work it names in passing", () => {
    const law =
      'The law forbids employers contacting workers after hours. Employees may refuse unreasonable out ' +
      'of hours contact, and the union movement hailed the right to disconnect; workers perform unpaid ' +
      'work after hours. The working hours of employees blur. The bill also sets minimum standards for ' +
      'gig workers such as rideshare drivers, who are independent contractors.';
    expect(themes('Country passes Right To Disconnect law', asLongPage(law))).toEqual([]);
    const gig =
      'Gig workers such as rideshare drivers and delivery riders become employees under the law. The ' +
      'platforms treated gig workers as independent contractors; the union says gig workers lose pay ' +
      'while they wait for rides, and gig work has no limits on working hours.';
    expect(themes('Country passes law for gig workers', asLongPage(gig))).toContain('labour');
  });

  // theregister-ai-algorithmic-management-research: AI managing citizen scientists, compared with gig work.
  it('counts a phrase that names several concepts of a theme once', () => {
    const comparisons =
      'Nearly half of US office workers fear AI. Researchers argue that AI can manage research projects ' +
      'of volunteers who classify galaxies. The AI keeps participants engaged, not unlike the systems ' +
      'used to keep Uber drivers and other gig workers on the job. Scientific work differs from gig ' +
      'work, the authors say, and autonomy is a core feature of science.';
    expect(themes('Tough luck, management folks, AI is coming for you', asLongPage(comparisons))).toEqual([]);
    expect(
      themes(
        'How platforms treat the people who work for them',
        'Gig workers deliver food. In the gig economy they are independent contractors; platform work ' +
          'pays per task. Ride-hailing apps set the fares, and crowdworkers label data for cents.',
      ),
    ).toContain('labour');
  });

  // gizmodo-wendys-surge-pricing: a burger chain's menu prices that rise with demand, "Uber-like".
  it('does not take surge pricing compared with ride-hailing for gig work, but its drivers', () => {
    const pricing =
      'The chain will test surge pricing, much like Uber and Lyft, on digital menu boards. Consumers know ' +
      'surge pricing from rideshare services like Uber and Lyft, where prices change with demand. Burgers ' +
      'could cost more at lunchtime; ridesharing made the idea familiar.';
    expect(themes("Wendy's wants to start Uber-like surge pricing", pricing)).toEqual([]);
    expect(
      themes(
        'Uber and Lyft cut what drivers earn under surge pricing',
        'Rideshare drivers say Uber pays them less of the surge pricing. Lyft drivers protest, and ' +
          'ride-hailing drivers demand a minimum wage.',
      ),
    ).toContain('labour');
    // The pay of a ride-hailing app's drivers is platform work's pay, whatever the page calls them.
    expect(
      themes(
        'Uber and Lyft to leave the city after a minimum wage hike for drivers',
        'The council set a minimum wage for drivers of the rideshare companies, the wage other workers ' +
          'in the city earn. Rideshare trips will cost more, the companies say, and the workers fear for ' +
          'their wages.',
      ),
    ).toContain('labour');
  });

  // googleplay-lady-log-period-tracker: an app that follows its user's cycle and keeps the data on the phone.
  it('does not take a period tracker for tracking, but still a tracker that follows users', () => {
    expect(
      themes(
        'Lady Log - A period tracker - Apps on Google Play',
        'Lady Log is a cycle tracker that records your menstrual cycle. LadyLog is a free period tracker ' +
          'with no advertising. Personalized Design: choose a theme. Data Security: your data is stored ' +
          'only on your phone.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'A tracker in popular apps follows users across the web',
        'The tracker collects personal data from users of the apps and sends it to advertisers; the ' +
          'tracking builds a profile of each user.',
      ),
    ).toContain('data');
  });
});

describe('held-out lessons of the tenth round: data (issue 11)', () => {
  // eligrey-vanity-urls-interest-tracking: fraud in the headline beside the tracking that enables it.
  it('keeps a theme that the text speaks of more often than of the counter-signal in its headline', () => {
    expect(
      themes(
        'Interest tracking makes online fraud easier',
        'Ad platforms track users across the web with tracking cookies; interest-based ads follow people, ' +
          'and the tracking builds profiles for targeted ads. Scammers buy those ads. Such fraud needs the tracking.',
      ),
    ).toContain('data');
    // The same headline over a text about the fraud is a scam story.
    expect(
      themes(
        'Interest tracking makes online fraud easier',
        'Scammers buy ads that lead to scam sites. The fraud costs victims their savings; fraudsters copy ' +
          'shop pages, and phishing mails spread the scams. Tracking helps them find victims.',
      ),
    ).toEqual([]);
  });

  // csail-ambient-light-sensor-imaging: the theme's headline words do not outweigh an attack the text tells.
  it("weighs the counter-signal against the theme's words in the text, not in the headline", () => {
    const headline = 'Smart TVs track your viewing habits and threaten your privacy';
    const stakes = 'The tracking of users and their privacy are at stake, as advertisers track viewers.';
    expect(themes(headline, `Researchers show a new sensor. It reads hands. ${stakes}`)).toContain('data');
    expect(
      themes(
        headline,
        'Researchers show attackers a side channel: hackers read the sensor, the attackers image hands, and ' +
          `the hackers need no permission. Attackers use devices vulnerable to it. ${stakes}`,
      ),
    ).toEqual([]);
  });

  // engadget-roku-hdmi-pause-ads: a smart TV that chooses its ads by recognising what is on screen.
  it('takes ads aimed at the viewer and chosen by what is on screen for targeted advertising', () => {
    expect(
      themes(
        'The TV maker looks into serving you ads while you watch',
        'It wants to show you commercials when a game is paused, relevant ads chosen by automatic content ' +
          'recognition of what is on screen.',
      ),
    ).toContain('data');
    // Ads on a streaming service that every subscriber sees are no one watched.
    expect(
      themes(
        'Ads on streaming services are the future',
        'Streaming services show ads to subscribers who pay less; the ads interrupt films and series.',
      ),
    ).toEqual([]);
  });
});

describe('held-out lessons of the thirteenth round: data protection law (issue 11)', () => {
  // datenanfragen-your-gdpr-rights, -sample-letter-access: the law and one's rights under it are no
  // company's collection of data, though they name data protection all over the text.
  it("takes the data theme from a page about data protection law and people's rights under it", () => {
    expect(
      themes(
        'Your rights under the GDPR',
        'The GDPR gives every data subject the right of access, the right to erasure and the right to ' +
          'object. Send a subject access request to the data controller; if it does not answer, lodge a ' +
          'complaint with the supervisory authority. The data protection law names the legal basis.',
      ),
    ).toEqual([]);
  });

  // datenanfragen-deutsche-wohnen-tenant-data-fine, opensource-data-privacy-day-gdpr: the law stays the
  // corpus's story where a company's handling of people's data is what the page tells.
  it('keeps the data theme where the law is enforced against a company or its tracking is told', () => {
    expect(
      themes(
        'A record GDPR fine for a landlord',
        'The supervisory authority imposed a GDPR fine on the landlord: it kept the personal data of its ' +
          'tenants for years. The GDPR fines show that the data protection law is enforced.',
      ),
    ).toContain('data');
    expect(
      themes(
        'Your rights under the GDPR against tracking cookies',
        'The GDPR gives every data subject the right of access. Yet trackers follow users across websites ' +
          'with tracking cookies, and ad networks build profiles of people for targeted advertising.',
      ),
    ).toContain('data');
  });

  // datenanfragen-supervisory-authorities: "Datenschutz-Aufsichtsbehörde" is the closed compound written with a
  // hyphen, which splits it into two words; its "Datenschutz" is the authority's name in either spelling, not a
  // word of privacy weighed against the law.
  it('reads a compound of the law written with a hyphen as it reads the closed one', () => {
    const page = (authority: string) =>
      themes(
        'Beschwerden nach der DSGVO',
        `Die ${authority} prüft. Die ${authority} hilft. Die ${authority} entscheidet. Eine ${authority} ` +
          'kann mehr. Es geht um Datenschutz und Privatsphäre, um Datenschutz und Privatsphäre, um Datenschutz.',
      );
    expect(page('Datenschutzaufsichtsbehörde')).toEqual([]);
    expect(page('Datenschutz-Aufsichtsbehörde')).toEqual([]);
  });

  // datenanfragen-portugal-data-protection-law: cookies named in passing among the law's words are an
  // example of what the law covers, not the page's story.
  it('does not yield to a concept the text names only in passing beside the law', () => {
    const law =
      'The GDPR applies in every member state; the GDPR and the national data protection law name the ' +
      'data controller, the data processor and the supervisory authority. The GDPR gives the data subject ' +
      'the right of access and the right to erasure; the GDPR sets the legal basis. ';
    const headline = 'Data protection law in Portugal';
    expect(themes(headline, `${law}${law}${law}It also covers cookies and tracking cookies.`)).toEqual([]);
    // Said as often as the law is, the tracking is the story.
    expect(
      themes(
        headline,
        `${law}Cookies, tracking cookies, third-party cookies, trackers, cookies and more cookies follow users.`,
      ),
    ).toContain('data');
  });
});

describe('held-out lessons of the eleventh round: data (issue 11)', () => {
  // cnn-nsa-buys-internet-data: a state agency that buys people's data from brokers is the trade's customer.
  it('lets state surveillance yield to the data trade the state buys from', () => {
    const headline = 'The NSA buys Americans’ internet data';
    const agency =
      'The NSA and other intelligence agencies use it for intelligence missions; the NSA says the NSA follows ' +
      'the law. Critics of the NSA and of the intelligence agency want warrants; the spy agency disagrees.';
    expect(
      themes(
        headline,
        `The agency bought browsing data from data brokers, and the personal data of Americans is sold by ` +
          `data brokers as commercially available data. Location data and tracking of users are for sale. ${agency}`,
      ),
    ).toContain('data');
    // One broker named in passing leaves the surveillance what it is.
    expect(
      themes(
        headline,
        `The agency collects browsing data and the personal data of Americans, and one data broker, ` +
          `location data and the tracking of users too. ${agency}`,
      ),
    ).toEqual([]);
  });
});

describe('held-out lessons of the twelfth round: data (issue 11)', () => {
  const themes = (context: PageContext) => {
    const decision = decideFor(context);
    return decision.reason.kind === 'article' ? decision.reason.themes : [];
  };

  // privacyguides-merch-announcement: a blog named for privacy says "privacy" as its name.
  it('does not read the publisher’s own name, as its host spells it, as a theme', () => {
    const headline = 'Privacy Guides Now Has Merchandise';
    const text =
      'Privacy Guides has partnered with a shop without ads and trackers. Privacy Guides is a non-profit, ' +
      'so buy some Privacy Guides swag: a shop with no tracking and no third-party trackers.';
    const at = (url: string) => themes(news(headline, text, { url }));
    expect(at('https://www.privacyguides.org/articles/merch/')).toEqual([]);
    // Elsewhere the same words are the page's own: privacy guides, tracked by trackers.
    expect(at('https://www.example-news.de/artikel')).toContain('data');
  });

  // privacyguides-clearing-browsing-data: a how-to's steps in the reader's own browser.
  it('lets the steps of a how-to take the data theme away, unless its headline names the collection', () => {
    const steps =
      'Click on the three dots. Click on Settings, then navigate to Privacy. Scroll down and click on ' +
      'Cookies. Click Clear. Navigate to History and click on Clear History, then click Done. ';
    const text = `${steps}Cookies and tracking fill your browsing history, and cookies allow tracking.`;
    expect(themes(news('How to clear your browser history', text))).toEqual([]);
    // A how-to against a company's tracking is about the tracking.
    expect(themes(news('How to stop Windows tracking you', text))).toContain('data');
  });

  // A report that ends in a box of what the reader can switch off is about the collection it reports: the
  // box's "Turn off" and "Deaktivieren Sie" are no how-to steps (they outnumbered the theme, review of
  // s36-quiet), and "Die Hersteller aktivieren sie" is no imperative at all. A how-to's clicks still are.
  it('keeps a report with a box of switches on the data theme, a how-to of clicks off it', () => {
    const google =
      'Google records users’ movements even when they have paused Location History. Apps such as Maps store ' +
      'a time-stamped location with every activity. The data lets Google build a profile of where people ' +
      'live, and it is used to target ads. What you can do: Open your Google Account and select Data & ' +
      'Privacy. Turn off Web & App Activity. Turn off Location History. Toggle off Ad Personalization. On ' +
      'Android, open Settings, tap Location and turn off Google Location Accuracy.';
    expect(themes(news('Google still records where you go after you say no', google))).toContain('data');
    const fernseher =
      'Smart-TVs von Samsung und LG erfassen mit der Technik ACR, was auf dem Bildschirm läuft, und schicken ' +
      'diese Daten an die Hersteller. Die verkaufen die Sehgewohnheiten an Werbefirmen. Die Hersteller ' +
      'aktivieren sie standardmäßig. So schalten Sie das ab: Öffnen Sie die Einstellungen und wählen Sie ' +
      'Datenschutz. Deaktivieren Sie die Zuschauerinformationen. Schalten Sie interessenbasierte Werbung ab.';
    expect(themes(news('Der Fernseher schaut zurück', fernseher))).toContain('data');
    const clicks =
      'Click on the three dots. Click on Settings, then navigate to Privacy. Scroll down and click on ' +
      'Cookies. Click Clear, then click Done. Cookies and tracking fill your browsing history.';
    expect(themes(news('How to clear your browser history in Chrome', clicks))).toEqual([]);
  });

  // A platform's privacy settings are news of its collection, in a report's headline as in its text ("privacy
  // settings" read as neither sense lost such reports, review of s36-quiet); a guide through the reader's
  // own browser is a how-to by its steps.
  it('reads a report on a platform’s new privacy settings as data, a guide’s steps as a how-to', () => {
    const whatsapp =
      'WhatsApp ändert die Privatsphäre-Einstellungen: Telefonnummern, Gerätedaten und Nutzungsdaten gehen ' +
      'künftig an Facebook und Instagram, um Werbung zu personalisieren. Meta sammelt die Daten bereits.';
    expect(
      themes(
        news('WhatsApp ändert Privatsphäre-Einstellungen: Meta teilt Nutzerdaten mit Facebook', whatsapp),
      ),
    ).toContain('data');
    const facebook =
      'Meta hat die Privatsphäre-Einstellungen von Facebook umgebaut. Künftig dürfen Werbekunden Nutzer ' +
      'anhand ihrer Aktivitäten auf anderen Websites ansprechen. Die neuen Privatsphäre-Einstellungen sind ' +
      'irreführend gestaltet.';
    expect(
      themes(news('Facebook: Neue Privatsphäre-Einstellungen erlauben mehr Werbe-Tracking', facebook)),
    ).toContain('data');
    const steps =
      'Click on the three dots. Click on Settings, then navigate to Privacy. Scroll down and click on ' +
      'Cookies. Click Clear. Navigate to History and click on Clear History, then click Done. ';
    const text = `${steps}Cookies and tracking fill your browsing history, and cookies allow tracking.`;
    expect(themes(news('How to clear cookies in Chrome, Firefox and Safari', text))).toEqual([]);
  });
});

describe('guides to the reader’s own settings (stop 38)', () => {
  const themes = (context: PageContext) => {
    const decision = decideFor(context);
    return decision.reason.kind === 'article' ? decision.reason.themes : [];
  };

  // A headline that tells the reader which settings to change, over a text of instructions, is a guide:
  // its privacy words are the reader's switches (probes of s36-quiet and its review, false alarms on main).
  it('takes the data theme from a settings guide whose headline addresses the reader', () => {
    const android =
      'Your Android phone has dozens of privacy settings. These are the ones worth changing. Open Settings ' +
      'and tap Privacy. Turn off Usage & diagnostics. Turn off Personalised ads and delete your advertising ' +
      'ID. Toggle off Location History and turn off Web & App Activity. Turn on Private DNS. Switch off the ' +
      'camera and microphone access for apps you rarely use. Tracking by apps and ad trackers drops sharply.';
    expect(themes(news('9 Android privacy settings you should change right now', android))).toEqual([]);
    const windows =
      'Mit den Standardeinstellungen sendet Windows 11 reichlich Diagnosedaten. Wir zeigen, welche Schalter ' +
      'Sie umlegen sollten. Öffnen Sie die Einstellungen und gehen Sie zu Datenschutz und Sicherheit. ' +
      'Deaktivieren Sie dort die Werbe-ID und die optionalen Diagnosedaten. Schalten Sie außerdem den ' +
      'Aktivitätsverlauf ab und entziehen Sie Apps den Zugriff auf den Standort. Ein Neustart ist nicht nötig.';
    expect(
      themes(
        news('Windows 11: Diese Datenschutz-Einstellungen sollten Sie ändern', windows, { language: 'de' }),
      ),
    ).toEqual([]);
    // The same text under a headline on the company's conduct is a report with a box of switches.
    expect(themes(news('Google tracks your location and ad activity on Android', android))).toContain('data');
  });

  // Only the verbs that open a sentence are instructions, and only a headline that tells the reader what
  // to change makes the page a guide: a report on a company's profiling that offers to protect the reader's
  // data, or says how the makers switch it on, is a report.
  it('keeps a report whose headline offers protection, or whose text says who switches it on', () => {
    const payback =
      'Payback speichert die Einkäufe seiner Kunden und erstellt daraus Profile. Partnerfirmen erhalten ' +
      'ausgewertete Daten und schicken personalisierte Coupons. Datenschützer kritisieren, dass Kunden kaum ' +
      'erfahren, welche Schlüsse aus ihrem Warenkorb gezogen werden. Öffnen Sie die App und tippen Sie auf ' +
      'Einstellungen. Deaktivieren Sie die Einwilligung in personalisierte Werbung.';
    expect(
      themes(
        news('Payback wertet jeden Einkauf aus: So schützen Sie Ihre Daten', payback, { language: 'de' }),
      ),
    ).toContain('data');
    // A headline that addresses the reader over a text of no instructions names no guide: the report's
    // few words of the theme are read as under any headline.
    const tvs =
      'Fast alle großen TV-Hersteller erfassen mit automatischer Inhaltserkennung, was Zuschauer sehen. ' +
      'Samsung, LG und Hisense aktivieren sie bei der Einrichtung standardmäßig. Wer die ' +
      'Datenschutzerklärung nicht ablehnt, stimmt zu. Die Hersteller schalten sie auch nach Updates wieder ' +
      'ein. Die Sehdaten werden mit der IP-Adresse verknüpft und an Werbefirmen verkauft, die damit ' +
      'Haushalte auf Smartphones wiedererkennen.';
    expect(
      themes(news('Tracking ab Werk: Diese Einstellung sollten Sie kennen', tvs, { language: 'de' })),
    ).toContain('data');
    // "What you should know" and "Das sollten Sie wissen" over a report that ends in a box of steps: the
    // reader is told nothing to change (review).
    const acr =
      'Automatic content recognition takes snapshots of whatever is on screen several times a second and ' +
      'sends them to the manufacturer. Samsung, LG, Vizio and Roku all build it into their sets. The viewing ' +
      "records are matched with the household's IP address and sold to advertisers, who use them to target " +
      'the same home on phones and laptops. To stop it on a Samsung TV, open Settings. Go to Terms & ' +
      'Privacy. Turn off Viewing Information Services. On LG sets, turn off Live Plus.';
    expect(themes(news("Your new TV is watching you back. Here's what you should know", acr))).toContain(
      'data',
    );
  });

  // A buying guide's headline alone ("Our favorite ...") names its story over a short text without its
  // words, as before this stop: a guide to tracker blockers is no report on tracking (review).
  it('keeps a short guide under a buying headline silent', () => {
    const blockers =
      '1Blocker blocks ads, trackers and fingerprinting scripts and lets you choose which sites to trust. ' +
      'It stops social media buttons from tracking you across sites and hides cookie banners. It costs ' +
      '$14.99 a year.';
    expect(themes(news('Our favorite tracker blocker for Safari', blockers))).toEqual([]);
  });
});

describe('held-out lessons of the twenty-eighth round: labour (issue 11)', () => {
  // npr-california-fast-food-minimum-wage: pay in another sector, platform work in one paragraph.
  it('lets another sector named in the headline take the labour theme away from its pay story', () => {
    const text =
      'Fast-food workers at McDonald’s, Starbucks and Pizza Hut get a higher minimum wage. Restaurant ' +
      'owners warn of price hikes; restaurants may cut hours. The fast-food chains and the restaurant ' +
      'industry negotiated the wage with the union. One franchisee laid off delivery drivers and moved to ' +
      'delivery apps like DoorDash. The workers and their wages at McDonald’s and Chipotle are the story.';
    expect(themes('Fast-food workers will get a $20 minimum wage', text)).toEqual([]);
    // The same pay story among the corpus's couriers is labour.
    expect(
      themes(
        'Delivery drivers will get a $20 minimum wage',
        'Delivery drivers and couriers at DoorDash get a higher minimum wage. The couriers and their ' +
          'wages, the delivery drivers and the union: the workers of the delivery apps are the story.',
      ),
    ).toContain('labour');
    // Machines that take the sector's work, named in the headline, are the corpus's story.
    expect(
      themes(
        'Robots and AI run a fast-food restaurant',
        `${text} Robots replace human workers to cut labor costs; robotics and automation do the frying.`,
      ),
    ).toContain('labour');
  });
});

describe('held-out lessons of the twenty-eighth round: data (issue 11)', () => {
  // privacyguides-firefox-privacy-2021-update: a browser's protections are the reader's tools.
  it('reads a browser’s tracking protection as the reader’s privacy tools, not as tracking', () => {
    const settings =
      'Firefox improved privacy with Enhanced Tracking Protection. Privacy features are built in, so ' +
      'privacy extensions are not needed; a VPN protects your IP address, and privacy is better. ' +
      'Set Enhanced Tracking Protection to Strict for privacy. ';
    expect(themes('Firefox Privacy: 2021 Update', settings)).toEqual([]);
    // What the protection is against, said as tracking, is the corpus's story.
    expect(
      themes(
        'Firefox Privacy: 2021 Update',
        `${settings}Ad networks track you across websites with third-party cookies and sell your browsing history to data brokers.`,
      ),
    ).toContain('data');
  });
});

describe('held-out false alarms of stop 29 (issue 11)', () => {
  // seancoates-matter-app-privacy: an app maker names its users' data as what a leak would expose.
  it('does not count data named as what a leak takes toward the data theme of a text alone', () => {
    const guarded = (risk: string) =>
      'We handle user data with care, and our users’ data stays on the phone. We model threats against ' +
      `this private data and never expose user data to ourselves. ${risk} The personal data is theirs.`;
    expect(
      themes(
        'How we built our app',
        asLongPage(guarded('We must not suffer a data leak of our users’ data.')),
      ),
    ).toEqual([]);
    // Said apart from the leak, the same words are the text's sixth mention of the theme.
    expect(
      themes(
        'How we built our app',
        asLongPage(guarded('We must not suffer a data leak. We will not sell our users’ data.')),
      ),
    ).toContain('data');
  });
});

describe('held-out lessons of the fourteenth round (issue 11)', () => {
  // okfn-municipal-data-sale: a headline naming both the open data and its sale settles nothing.
  it('weighs a counter-signal in the headline beside a concept it yields to by the text', () => {
    const openData =
      'Offene Daten machen Städte lebenswerter. Die Bundesländer öffnen ihre Verwaltungsdaten als Open Data, ' +
      'offene Daten zum Nahverkehr und öffentliche Daten zur Luft. Open Data nützt allen, und öffentliche ' +
      'Daten gehören der Gesellschaft.';
    expect(
      themes(
        'Datenverkauf bei Kommunen: Öffentliche Daten nicht verhökern',
        `Der Städtebund will den Datenverkauf. ${openData} Der Verkauf von Daten bringt wenig.`,
      ),
    ).toEqual([]);
    // The sale in the headline without the open data beside it is still the trade.
    expect(
      themes(
        'Datenverkauf: Händler verkaufen die Daten ihrer Kunden',
        `Der Datenverkauf an Datenhändler blüht. ${openData} Der Verkauf von Daten bringt viel.`,
      ),
    ).toContain('data');
  });

  // okfn-openschufa-launch and okfn-schufa-electronic-access: a credit bureau's name is the data story
  // beside its scoring of consumers, not beside the access requests it answers.
  it('reads a credit bureau named in the headline as the data theme only beside its scoring', () => {
    const access =
      'Die Schufa beantwortet Auskünfte nach der DSGVO künftig elektronisch. Das bestätigte der ' +
      'Datenschutzbeauftragte. Die Schufa druckt Zugangscodes auf.';
    expect(themes('Wir knacken die Schufa!', access)).toEqual([]);
    expect(
      themes(
        'Wir knacken die Schufa!',
        `${access} Der Schufa-Score entscheidet über Kredite, das Scoring-Verfahren ist geheim.`,
      ),
    ).toContain('data');
  });

  // okfn-digital-firewall-demands: "Überwachung" that no home device lifts is the state's, not a theme.
  it('weighs a counter-signal only against the theme words the page makes strong', () => {
    const demands =
      'Das Bündnis stellt sich gegen Überwachung. Mehr Überwachung bringt keine Sicherheit, und biometrische ' +
      'Massenüberwachung im öffentlichen Raum wird verboten. Die Vorratsdatenspeicherung wird abgelehnt, ' +
      'ebenso die Chatkontrolle und der Staatstrojaner. Die Geheimdienste werden kontrolliert, die ' +
      'Strafverfolgungsbehörden bekommen keine neuen Befugnisse. Menschen müssen vertraulich kommunizieren ' +
      'können und ihre Privatsphäre wird geschützt. Ihre persönlichen Daten gehören ihnen, und es braucht ein ' +
      'Recht auf Verschlüsselung; personenbezogene Daten bleiben verschlüsselt, der Datenschutz gilt.';
    expect(themes('Zivilgesellschaft fordert digitale Brandmauer', demands)).toEqual([]);
    // Surveillance that a device of the home lifts is the theme's, and weighs against the state's.
    expect(
      themes(
        'Zivilgesellschaft fordert digitale Brandmauer',
        `${demands} Smarte Lautsprecher hören mit, ihre Mikrofone nehmen auf; der smarte Lautsprecher überwacht das Zuhause. ` +
          'Die Überwachung im Wohnzimmer ist lückenlos, die Überwachung der Kinder und des Flurs auch, jede Überwachung.',
      ),
    ).toContain('data');
  });
});

describe('held-out false alarms of stop 30 (issue 11)', () => {
  // datenanfragen-posteo-data-minimisation-court: the IP addresses the state demands are what its
  // surveillance is done to, not a theme that weighs against it.
  it("weighs people's privacy and data as what the state's surveillance is done to", () => {
    const order =
      'Der Anbieter sollte die IP-Adressen an die Strafverfolgungsbehörden übermitteln, doch er speichert keine ' +
      'IP-Adressen. Das Gesetz zur Telekommunikationsüberwachung erlaubt die Überwachung der Telekommunikation, ' +
      'die Telekommunikations-Überwachungsverordnung (TKÜV) verlangt die IP-Adressen; eine richterliche ' +
      'Anweisung genügt, und die TKÜV gilt für jeden Anbieter. Die IP-Adresse ist Teil der Überwachung. ' +
      'Guter Datenschutz wird bestraft, der Datenschutz verliert, Datenschutzfragen bleiben offen, und der ' +
      'Anbieter muss Daten zu erheben beginnen; die Überwachung wird Ursache der Datenverarbeitung. Der ' +
      'Datenschutz und die Privatsphäre der Nutzer leiden, ihre Privatsphäre ist dahin.';
    expect(themes('Datensparsamkeit ist verboten', order)).toEqual([]);
    // The state as a customer of the data trade is the trade's story.
    expect(
      themes(
        'Datensparsamkeit ist verboten',
        `${order} Die Behörden kaufen die Daten bei Datenhändlern, die Datenhändler verdienen daran.`,
      ),
    ).toContain('data');
  });
});

describe('tune pages that hung on one entry in the ablation of stop 30 (issue 11)', () => {
  // cnn-nsa-buys-internet-data: the agency's cybersecurity mission is what it buys the data for.
  it('lets a hack’s words yield to the data trade the text speaks of beside them', () => {
    const headline = 'What the agency does with it';
    const cyber =
      'The agency says it is for its cybersecurity mission against foreign hacking, cyberattacks and malware; ' +
      'a cybersecurity firm says the data helps to catch malware and find hackers. ';
    expect(
      themes(
        headline,
        'The agency can buy sensitive information from data brokers: the data purchased from data brokers ' +
          `includes the location data of phones and tracking data, and location data of cars. ${cyber}`,
      ),
    ).toContain('data');
  });
});

describe('false hits the review of stop 30 found (issue 11)', () => {
  it("leaves a company's data scandal that prosecutors take up the data theme's", () => {
    expect(
      themes(
        'Staatsanwaltschaft ermittelt gegen Autobauer wegen heimlicher Datensammlung',
        'Die Staatsanwaltschaft ermittelt gegen einen Autobauer: Er soll heimlich Kundendaten gesammelt haben. ' +
          'Aus den Fahrzeugen wurden Fahrprofile übertragen, die Standortdaten der Fahrer ausgewertet und die ' +
          'Kundendaten an Partner weitergegeben. Datenschützer sprechen von einem Eingriff in die Privatsphäre ' +
          'der Kunden. Die Staatsanwaltschaft prüft, ob der Konzern gegen den Datenschutz verstoßen hat; die ' +
          'Kundendaten seien ohne Einwilligung gespeichert worden.',
      ),
    ).toContain('data');
    expect(
      themes(
        "Prosecutors charge app maker over secret collection of users' data",
        "Prosecutors charged an app maker on Tuesday over the secret collection of its users' data. The app " +
          "collected users' personal data, their location data and contacts, and shared the data with " +
          'advertisers, prosecutors said. The company tracked users across other apps and built profiles of ' +
          'them without consent, a violation of their privacy. Privacy advocates welcomed the charges.',
      ),
    ).toContain('data');
  });

  it("leaves a company's processing of personal data the data theme's beside the law's name", () => {
    expect(
      themes(
        'DSGVO: Wie Amazon Kundendaten auswertet',
        'Amazon wertet aus, was seine Kunden kaufen und ansehen. Die Verarbeitung personenbezogener Daten ' +
          'beginnt beim ersten Klick, und Amazon erstellt daraus Profile für personalisierte Werbung. Die ' +
          'Verarbeitung personenbezogener Daten in diesem Umfang sehen Kritiker als Problem.',
      ),
    ).toContain('data');
  });

  it("leaves a hack the thieves' story where the text names the brokers they sell to", () => {
    expect(
      themes(
        'Hackers steal customer data from telecom',
        'Hackers broke into the systems of a telecom and took the customer data of millions of subscribers: ' +
          'names, addresses, phone numbers and call records. The data is likely to be sold to data brokers, a ' +
          'security researcher said; data brokers pay well for such records. The telecom said the breach was ' +
          'found last week and that the hackers used malware. Customers should watch for phishing.',
      ),
    ).toEqual([]);
  });
});

describe('false hits the second review of stop 31 found (issue 11)', () => {
  // A headline that names another story (an outage: malfunction) keeps the full count: the data words of a
  // short outage report are its reassurance.
  it('keeps the full count for a short text whose headline names another story', () => {
    expect(
      themes(
        'IT-Panne: Sparkassen-Kunden sehen falsche Kontostände',
        'Bei mehreren Sparkassen in Norddeutschland haben Kunden am Dienstag falsche Kontostände in der App ' +
          'gesehen. Grund sei ein Fehler bei der Umstellung der Software, teilte der IT-Dienstleister Finanz ' +
          'Informatik mit. Die Daten der Kunden seien zu keinem Zeitpunkt gefährdet gewesen, persönliche ' +
          'Informationen seien nicht abgeflossen. Auch die Daten der Nutzer des Online-Bankings seien sicher. ' +
          'Am Abend war der Fehler behoben. Überweisungen wurden nach Angaben der Sparkassen korrekt ausgeführt.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Störung bei Banking-App behoben',
        'Nach einer mehrstündigen Störung funktioniert die Banking-App der Direktbank wieder. Kundendaten ' +
          'seien nicht betroffen gewesen, teilte die Bank mit. Die Kundendaten würden verschlüsselt ' +
          'gespeichert, persönliche Daten hätten Dritte zu keinem Zeitpunkt einsehen können. Ursache sei ein ' +
          'fehlerhaftes Update gewesen. Kunden, die in der Zeit keine Überweisungen ausführen konnten, sollen ' +
          'sich beim Kundenservice melden.',
      ),
    ).toEqual([]);
  });

  // A machine or a process "automated" is no work taken from people: beside job cuts it made a bank's
  // branch overhaul the labour theme.
  it('leaves job cuts beside processes that had been automated to the business pages', () => {
    expect(
      themes(
        'Lender to shed 3,000 staff in branch overhaul',
        "One of Britain's biggest lenders is to shed 3,000 staff as it closes a further 200 branches, the bank " +
          'said on Tuesday. The cuts will fall mostly on branch and back-office roles, and the bank said it ' +
          'would cut headcount through voluntary redundancy where possible. Customers increasingly bank on ' +
          'their phones, and the lender said many back-office processes had been automated. The union Unite ' +
          'called it a job killer and said the cuts would leave elderly customers without access to cash. The ' +
          'bank reported pre-tax profits of £2.1bn for the first half, up 8%.',
      ),
    ).toEqual([]);
  });
});

describe('held-out lessons of the sixteenth round (issue 11)', () => {
  // okfn-value-of-personal-data-study: a post of 192 words that says what people's data is worth and what
  // they may know of it, in three ways, five times.
  it('makes a theme of a short text with half the mentions a long one needs', () => {
    const study =
      'Wir haben eine Studie zum Wert persönlicher Daten erstellt. Verbraucher sollen wissen, welche ' +
      'persönlichen Informationen vorliegen und wer auf die personenbezogenen Daten zugreift, und sie sollen ' +
      'persönliche Informationen nicht an Dritte verkaufen müssen.';
    expect(themes('Digitale Souveränität', study)).toContain('data');
    expect(themes('Digitale Souveränität', asLongPage(study))).toEqual([]);
  });

  // The counter-signal is halved with the theme: a short report that says as much of the hack as of the
  // data it took is the hack's.
  it('halves a counter-signal in a short text with the theme', () => {
    const kept =
      'The shop kept the personal data of its customers, their customer data and user data for many years, ' +
      'as its staff told the local paper.';
    expect(themes('A bad week for the shop', kept)).toContain('data');
    expect(
      themes(
        'A bad week for the shop',
        `${kept} Then hackers broke in; the hackers used malware, and the breach was found late.`,
      ),
    ).toEqual([]);
  });

  // okfn-pseudonym-real-name-ruling: a lawyer on Facebook's real-name requirement quotes the GDPR's
  // definitions ten times; the use under a pseudonym that the law grants against the platform's demand is
  // the story the law's words serve.
  it("lets the law yield to a platform's demand for its users' legal names", () => {
    const law =
      'Die DSGVO definiert die Pseudonymisierung als Verarbeitung personenbezogener Daten; nach der DSGVO ' +
      'und der Datenschutzgrundverordnung ist jede Datenverarbeitung auf die Zwecke der Verarbeitung ' +
      'beschränkt, Art. 5 DSGVO, Art. 25 DSGVO. Das Gericht findet in der DSGVO keinen Anspruch; die ' +
      'personenbezogenen Daten bleiben beim Anbieter, und die Datenschutzgrundverordnung gilt. Die ' +
      'Verarbeitung personenbezogener Daten und jede Datenverarbeitung sind zu beschränken; die DSGVO nennt ' +
      'die Datenminimierung bei der Verarbeitung personenbezogener Daten. ';
    const headline = 'Für den Schutz des Pseudonyms';
    // Six words of personal data, all the law's definitions, against nine of the law.
    expect(themes(headline, asLongPage(law))).toEqual([]);
    expect(
      themes(
        headline,
        asLongPage(
          'Nutzerinnen wollen ihre Profile auf Facebook unter Pseudonymen verwenden. Das Recht auf ' +
            'pseudonyme Nutzung verlangt, die Nutzung anonym oder unter Pseudonym zu ermöglichen. ' +
            law,
        ),
      ),
    ).toContain('data');
  });
});

describe('held-out lessons of the seventeenth round (issue 11)', () => {
  // engadget-ebay-layoffs-9-percent: a company's own round of layoffs, for over-hiring, in a short report
  // that names the employees and contractors let go. With no AI or automation behind the cuts, the short
  // text needs the full count of a long one.
  it('keeps the full count for a short text that reports job cuts with no cause the corpus knows', () => {
    const cuts =
      'it is reducing its workforce by about 1,000 roles, roughly 9 percent of its full-time employees. ' +
      'Affected employees will be told this week, and the company will also scale back the number of ' +
      'contractors over the coming months. Its chief executive said headcount had outpaced the growth of ' +
      'the business.';
    expect(
      themes('Online marketplace is laying off 9 percent of its staff', `The marketplace said ${cuts}`),
    ).toEqual([]);
    // Neither in the headline nor in the lede, the cuts are one more thing the page reports.
    const lede =
      'The online marketplace reported its quarterly results on Tuesday, with sales up in its collectibles ' +
      'and fashion sections and its new shipping programme launched in three more countries. It also said ';
    expect(themes("The marketplace's quarter", `${lede}${cuts}`)).toContain('labour');
    // Cuts that the text ties to AI are the corpus's story.
    expect(
      themes(
        'Online marketplace is laying off 9 percent of its staff',
        `The marketplace said ${cuts} It is laying off the staff as AI tools take over their work.`,
      ),
    ).toContain('labour');
  });

  // theverge-mercedes-humanoid-robots-trial: a carmaker trials robots on its production line to fill
  // labour gaps. Robots in the headline that cost no jobs do not make the car trade's counter-signal yield;
  // robots that take people's jobs do.
  it("keeps another sector's robots that cost no jobs to that sector", () => {
    const trial =
      'The carmaker is trialing humanoid robots at a factory, to deliver components to production line ' +
      'workers and take on physically demanding tasks. The automotive company joins BMW and Audi, and Toyota ' +
      'and Volkswagen look at robotics too; vehicle manufacturers say reliable workers for physically ' +
      'demanding work are hard to find, as workers move abroad. Mercedes, BMW and Audi build cars on the ' +
      'assembly line. Other robots are piloted in warehouses.';
    expect(themes('Carmaker is trialing humanoid robots', asLongPage(trial))).toEqual([]);
    const cost = ' The robots will replace workers, and hundreds of jobs will be cut.';
    expect(themes('Carmaker is trialing humanoid robots', asLongPage(trial + cost))).toContain('labour');
  });
});

describe('true pages the review of stop 32 found silenced (issue 11)', () => {
  // A carmaker in the headline names the car trade, another sector's work: it raises the short text's bar
  // for labour, which the trade's counter-signal takes away, not for the data a car collects or the
  // assistant that listens in it.
  it("keeps a short text's own count for the themes a headline's counter-signal does not take away", () => {
    expect(
      themes(
        'Was Ihr Audi über Sie verrät',
        'Vernetzte Autos sind rollende Datensammler, wie eine Untersuchung einer Verbraucherzentrale zeigt. ' +
          'Die Forscher kauften drei neue Modelle und beobachteten sechs Wochen lang, was die Fahrzeuge an die ' +
          'Server des Herstellers schickten. Die Autos zeichneten auf, wohin sie fuhren, wie schnell und wie ' +
          'stark gebremst wurde, und welche Telefone gekoppelt waren. Die Fahrdaten würden an Versicherungen ' +
          'weitergegeben, die Standortdaten verrieten, wo Menschen wohnen und arbeiten. Auch ' +
          'personenbezogene Daten aus dem Adressbuch wurden übertragen. Die Fahrer erfuhren selten, wie lange ' +
          'die Daten gespeichert werden. Wer die Sammlung abschaltet, verliert auch die Navigation. Die ' +
          'Verbraucherschützer fordern, dass Kunden widersprechen können, ohne auf bezahlte Funktionen zu ' +
          'verzichten. Der Hersteller erklärte, er halte sich an alle Gesetze.',
      ),
    ).toContain('data');
    expect(
      themes(
        'BMW cars send home more than drivers think',
        'Researchers found that connected cars send large amounts of information to their makers every day. ' +
          'They record where the car goes and how it is driven. Drivers were rarely told how long the ' +
          'information is kept or whether insurers see it. The researchers said the driving data is shared ' +
          'with third parties, and that the location data can reveal where people live and work. The company ' +
          'said it complies with the law.',
      ),
    ).toContain('data');
    expect(
      themes(
        'Mercedes is listening',
        'The assistant in new cars listens for its wake word all the time, researchers at a university found. ' +
          'When it mishears a word, it records conversations inside the car and sends the recordings to the ' +
          'cloud, where they are kept for months. The researchers played hours of talk radio inside the car ' +
          'and counted how often the assistant woke up by mistake. It happened several times an hour, and ' +
          'drivers were rarely told. Privacy advocates compared the car with the smart speakers people have at ' +
          'home. The maker said recordings help improve the assistant and can be deleted in the app.',
      ),
    ).toContain('alexa');
  });

  // Job cuts with no AI cause are a business story, but not where the text tells of the work the corpus
  // tells of: the warehouse whose scanners logged time off task, the couriers the app followed.
  it('leaves job cuts to labour where the text tells of warehouse or delivery work', () => {
    expect(
      themes(
        'Amazon contractor lays off 400 in Ohio',
        'A logistics contractor that runs a distribution center for Amazon in Columbus has laid off 400 ' +
          'people, according to a notice filed with the state on Friday. The company gave no reason beyond ' +
          'changing volumes. Those let go said their time off task was logged by handheld scanners and that ' +
          'productivity quotas rose every month before the cuts. Several said managers used the scanner data ' +
          'to pick whom to let go: those with the longest bathroom trips were first on the list. "They knew ' +
          'every minute I was not scanning," said a woman who had worked nights at the site for three years. ' +
          'Warehouse workers said they learned of the layoffs by text message at the end of a shift. The ' +
          'contractor did not respond to questions.',
      ),
    ).toContain('labour');
    expect(
      themes(
        'Grocery app Flink lays off 300 in Berlin',
        'The grocery delivery app Flink is laying off 300 people in Berlin, the company said on Monday. Most ' +
          "of those affected are riders who bring orders to customers' doors by bike, often in under ten " +
          'minutes. Riders said the app had followed them on every route and that slower riders got fewer ' +
          'shifts. "The app knows every minute," said one courier who has ridden for Flink for two years. The ' +
          'riders had tried to form a works council last year, and several of its founders are among those ' +
          "let go. Flink said the cuts were needed because of lower demand. The gig workers' collective said " +
          'the company was punishing organisers and announced a protest outside the Berlin headquarters.',
      ),
    ).toContain('labour');
  });

  // The vans couriers drive are made by carmakers: a maker named for its vans is no other sector's work
  // where the text tells of the couriers in them.
  it('leaves delivery work to labour beside the maker of the vans', () => {
    expect(
      themes(
        'Drivers say their routes are impossible',
        'Delivery drivers for a contractor in Ohio say their routes have become impossible, with more than ' +
          '300 stops a day. They drive Mercedes Sprinter vans that the contractor leases. "The Mercedes has a ' +
          'camera watching me the whole time," said one of the delivery drivers. Drivers said the Mercedes ' +
          'vans had no air conditioning in the cargo area, and that they skip breaks to finish the route. ' +
          'Couriers said the cargo area reaches 50 degrees in summer. The contractor, which delivers packages ' +
          'for Amazon, said it follows the law. The delivery drivers say they are paid by the day and want a ' +
          'union. Mercedes said the vans meet all safety standards.',
      ),
    ).toContain('labour');
  });

  // The law's name for the EU's own bodies ("Union institutions, bodies, offices and agencies") is one
  // mention of a public body, not two: a consumer's guide that says the rules do not cover them is still
  // about what companies know of people.
  it("counts the EU's bodies named by their law's long name once", () => {
    expect(
      themes(
        'Your right to see what companies know about you',
        'Under the GDPR, everyone can ask a company for a copy of the personal data it holds about them. ' +
          'Companies must answer within a month and explain what personal data they collect and why. The ' +
          'rules do not cover the Union institutions, bodies, offices and agencies, which have their own ' +
          'regulation. For EU institutions, the European Data Protection Supervisor handles complaints. ' +
          'Consumers who get no answer can complain to a data protection authority. Privacy groups say many ' +
          'companies ignore requests or send incomplete data, and that people should keep asking what is ' +
          'collected about them.',
      ),
    ).toContain('data');
  });
});

describe("a public body's own records (stop 39)", () => {
  // The police force as the holder of people's records: an authority's reprimand of it, the fine on a
  // health office, are the state's records, not a company's customers.
  it("leaves an authority's reprimand or fine of a public body that holds records silent", () => {
    expect(
      themes(
        'Constabulary reprimanded over stalking victims’ records sent to suspects',
        'The Information Commissioner’s Office has issued a reprimand to Eastvale Constabulary after letters ' +
          'containing the addresses of stalking victims were sent to the people they had reported. The ' +
          'regulator found that the constabulary’s case management system filled in the wrong contact details. ' +
          'The ICO said the police force had not trained staff in handling personal information.',
      ),
    ).not.toContain('data');
    expect(
      themes(
        'Datenschutz-Bußgeld gegen Gesundheitsamt: Namen von Infizierten per Fax verschickt',
        'Die Datenschutzaufsicht hat gegen ein Gesundheitsamt ein Bußgeld verhängt. Das Amt hatte Listen mit ' +
          'Namen und Adressen von Infizierten per Fax an falsche Empfänger geschickt. Die Behörde habe gegen den ' +
          'Schutz personenbezogener Daten verstoßen, so die Datenschützer.',
      ),
    ).not.toContain('data');
  });

  // Where a company's loyalty programme hands its customers' purchases to a police force, the programme
  // is the story.
  it("keeps a loyalty programme's data handed to a police force the data theme", () => {
    expect(
      themes(
        'Supermarket chain handed loyalty card data to police forces without warrants',
        'A supermarket chain gave police forces access to its customers’ loyalty card records, including what ' +
          'they bought and when, without a warrant. The chain’s loyalty programme tracks the shopping of 12 ' +
          'million customers and builds profiles used for targeted advertising. Customers were never told ' +
          'their shopping data had been shared.',
      ),
    ).toContain('data');
  });
});

describe("the laws that guard people's data as the subject (stop 39)", () => {
  // The personal data in the right's own words is the law's object: a treaty's signatories and a DPO
  // explainer are the law's story; a retailer that breached the protection of its shoppers' data is not.
  it('leaves a treaty or a DPO explainer silent and keeps a company that breached the protection of data', () => {
    expect(
      themes(
        'More countries sign modernised convention on the protection of personal data',
        "Five more countries have signed the Council of Europe's modernised Convention 108, the only binding " +
          'international treaty on the protection of personal data. The convention requires signatories to set ' +
          'up independent supervisory authorities and to limit transfers of data to countries without ' +
          'adequate safeguards.',
      ),
    ).not.toContain('data');
    expect(
      themes(
        'Does your company need a data protection officer?',
        'Under the GDPR, companies whose core activities involve large-scale processing of personal data must ' +
          'appoint a data protection officer. The data protection officer advises on compliance and is the ' +
          'contact point for the supervisory authority. Smaller firms can share one.',
      ),
    ).not.toContain('data');
    expect(
      themes(
        "Regulator says retailer's facial recognition breached protection of personal data",
        'A regulator has ordered a retail chain to stop using facial recognition cameras that scanned every ' +
          "shopper entering its stores. The system compared customers' faces with a watchlist kept by a " +
          'private security company and stored the biometric data of everyone else for days. The regulator ' +
          'said the scanning breached the protection of personal data.',
      ),
    ).toContain('data');
  });
});

describe('other sectors the third review of stop 32 found shown (issue 11)', () => {
  // A carmaker's vans for couriers, a chain's drivers let go, a hospital's or a car plant's warehouse staff
  // among its job cuts: the couriers and the warehouse are named, their work is not told of.
  it('leaves a passing courier or warehouse to the sector that names it', () => {
    expect(
      themes(
        'Mercedes unveils new eSprinter for city deliveries',
        'Mercedes-Benz Vans has unveiled the new eSprinter, an electric van aimed at parcel delivery firms. ' +
          'The van has a range of 400 kilometres and a larger cargo area, the carmaker said. Courier companies ' +
          'have asked for vans that suit the last mile in city centres, where diesel vans face bans. Mercedes ' +
          'said delivery drivers would benefit from a lower step and a sliding door on both sides. The ' +
          'eSprinter goes on sale in spring; prices start at 60,000 euros.',
      ),
    ).not.toContain('labour');
    expect(
      themes(
        'Pizza chain cuts delivery drivers as wage rises',
        'Pizza Hut franchisees in California are laying off more than 1,200 delivery drivers ahead of a new ' +
          "minimum wage for fast food workers. The restaurant chain's franchisees said they would rely on " +
          'third-party apps. The delivery drivers said they learned of the cuts by letter. The restaurant ' +
          'industry says the $20 wage will force closures.',
      ),
    ).not.toContain('labour');
    expect(
      themes(
        'Hospital trust to cut 300 jobs',
        'The NHS trust that runs Leeds General hospital will cut 300 jobs to close a budget gap, it said on ' +
          "Monday. Most of the roles are in administration, but warehouse staff in the hospital's supply depot " +
          'and porters will also go. Warehouse workers who move supplies to the wards said they were shocked. ' +
          'The hospital said the warehouse jobs would be taken over by an outside supplier. Nurses are not ' +
          'affected, the trust said. Unions said they would fight the cuts.',
      ),
    ).not.toContain('labour');
  });

  // One courier service among a bank's job cuts is where some of the cuts fall, not the corpus's work.
  it('does not take one passing courier for the work job cuts fall on', () => {
    expect(
      themes(
        'Commerzbank to cut 3,900 jobs',
        'Commerzbank will cut 3,900 jobs by 2028, most of them in Germany, the bank said on Thursday. Branch ' +
          'staff and back office employees will be affected, as will the in-house courier service that moves ' +
          'documents between branches. The bank said it wanted to lift profitability to fend off a takeover by ' +
          'UniCredit. The works council said it would negotiate. Shares rose 2 percent.',
      ),
    ).toEqual([]);
  });

  // A strike in another sector in the headline is that sector's story: the patients' or passengers' data
  // a few words reassure about are no data story.
  it("keeps a strike in another sector's headline from halving the data bar", () => {
    expect(
      themes(
        'Hospital nurses strike over pay',
        "Nurses at the city hospital walked out on Tuesday over pay. The hospital said patients' personal " +
          'data and medical records were safe during the strike and that its privacy rules still applied. The ' +
          "union said nurses were paid too little. Managers said customer data from the hospital's pharmacy " +
          'was also protected. Talks resume next week.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Airline pilots strike, flights cancelled',
        'Pilots at the airline walked out on Friday, grounding 400 flights. The airline told passengers to ' +
          'rebook in its app and said personal data entered there was protected. It said it would not share ' +
          'customer data with third parties during rebooking, and pointed to its privacy policy. The union ' +
          'said talks had failed.',
      ),
    ).toEqual([]);
  });

  // What a voice assistant recorded, kept on its maker's servers, is the data of those it hears: one word
  // of their privacy beside it is the data theme's, as a footer's privacy policy beside speech recognition
  // is not.
  it('counts one data word beside the recordings a voice assistant keeps', () => {
    expect(
      themes(
        'Alexa speichert Sprachaufnahmen jahrelang',
        'Amazons Sprachassistent Alexa speichert Sprachaufnahmen seiner Nutzer jahrelang, wenn sie diese ' +
          'nicht löschen. Die Aufnahmen landen auf Servern von Amazon, wo Mitarbeiter manche anhören, um die ' +
          'Spracherkennung zu verbessern. Verbraucherschützer sehen den Datenschutz gefährdet. Amazon erklärt, ' +
          'Kunden könnten ihre Aufnahmen in der App löschen.',
      ),
    ).toContain('alexa');
    expect(
      themes(
        'Alexa keeps voice recordings for years, regulator says',
        "Amazon's voice assistant Alexa keeps voice recordings of users for years unless they delete them, a " +
          'regulator said. Employees at Amazon listen to some of the recordings to improve speech recognition. ' +
          'The regulator said this raises privacy concerns. Amazon said customers can delete their recordings ' +
          'in the app.',
      ),
    ).toContain('alexa');
  });
});

describe("the site's own notices (site-notices.ts)", () => {
  // A footer's links and a cookie banner speak of the reader's data as every site must: they make no page
  // about what companies do with people's data, on a recipe or on a robbery report.
  it('reads no theme in a footer or a cookie banner', () => {
    expect(
      themes(
        'The easiest banana bread',
        'This banana bread needs one bowl and ten minutes of work. Mash three ripe bananas, stir in melted ' +
          'butter, sugar, an egg and vanilla, then fold in flour and baking soda. Bake for an hour at 175 ' +
          'degrees until a skewer comes out clean. We respect your privacy. We use cookies to personalise ' +
          'content and ads and to analyse our traffic. We share information about your use of our site with ' +
          'our advertising and analytics partners. Read our privacy policy. Do not sell my personal information.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Police seek suspect after armed robbery at Main Street convenience store',
        'Police are looking for a man who robbed a convenience store at gunpoint on Sunday night. Staff ' +
          'handed surveillance footage to detectives. Detectives said they were running the images through ' +
          'facial recognition. Privacy Policy | Cookie Policy | Your Privacy Rights | Do Not Sell My ' +
          'Personal Information | Terms of Service',
      ),
    ).toEqual([]);
  });

  // A page headed by the title of the site's privacy notice is that notice: a shop's or a bank's account of
  // the data it processes to deliver orders or keep accounts, not a report on it.
  it("reads no theme in the site's own privacy notice", () => {
    expect(
      themes(
        'Privacy Policy',
        'This privacy policy explains how we collect, use and share your personal information when you use ' +
          'our website. We collect information you provide, such as your name and delivery address, and ' +
          'information collected automatically, such as your IP address, browser type and cookies. You have ' +
          'the right to access, correct or delete your personal data.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Datenschutzhinweise für Kunden',
        'Mit diesen Hinweisen informieren wir Sie über die Verarbeitung Ihrer personenbezogenen Daten durch ' +
          'die Bank. Wir verarbeiten Daten, die wir im Rahmen der Geschäftsbeziehung von Ihnen erhalten, etwa ' +
          'Name, Anschrift und Kontodaten. Zur Bonitätsprüfung übermitteln wir Daten an die Schufa. Unseren ' +
          'Datenschutzbeauftragten erreichen Sie unter der angegebenen Adresse.',
      ),
    ).toEqual([]);
  });

  it('still reads a report on what a shop does with its customers’ data above its footer', () => {
    expect(
      themes(
        'Retailer sold shoppers’ location data to brokers, regulator finds',
        'The retailer tracked shoppers through its app and sold their location data to data brokers, the ' +
          'regulator found. Customers were never told that their personal data was shared with advertisers. ' +
          'Privacy advocates called it one of the worst cases of tracking they had seen. Privacy Policy | ' +
          'Cookies | Your Privacy Choices',
      ),
    ).toContain('data');
  });
});

describe('trackers on a page that also names fitness trackers (NamesakeRule.otherOnPage)', () => {
  // A review of fitness trackers says "All the trackers we tested sync data to a phone app": the devices,
  // which "data" alone made ad trackers, and with "privacy" beside them a data page.
  it('reads a review of fitness trackers as no tracking', () => {
    expect(
      themes(
        'The best fitness trackers of the year',
        'Our favourite tracker measures heart rate, sleep and blood oxygen and lasts a week on a charge. Its ' +
          'app shows trends over months and sets goals. The runner-up has built-in GPS, so you can track runs ' +
          'without your phone. The screen is bright in sunlight. All the trackers we tested sync data to a ' +
          'phone app. Some ask you to create an account; the budget pick works without one, which is a plus ' +
          'for privacy. Prices start at $49 for the basic band and rise to $299 for the smartwatch.',
      ),
    ).toEqual([]);
  });

  // One "fitness trackers" compound said nothing of the page's other trackers: a report on shopping apps
  // full of ad trackers that names fitness trackers once is a data page (stop 34 review).
  it('still reads the ad trackers of shopping apps beside a fitness tracker', () => {
    expect(
      themes(
        'Shopping apps are full of trackers',
        'Fitness trackers were the best-selling gift this Christmas, but shoppers should worry more about ' +
          'their phones. A study of 500 shopping apps found that most of them contain trackers. The trackers ' +
          'of Temu and Shein were the most numerous. Tracking is everywhere, the authors say.',
      ),
    ).toContain('data');
  });

  it('still reads the trackers in fitness apps that share data with advertisers', () => {
    expect(
      themes(
        "Fitness trackers share users' health data with advertisers, study finds",
        'A study of 20 popular fitness trackers found that most of their apps send users’ heart rate, sleep ' +
          'and location data to third parties. Researchers found third-party trackers in the apps that share ' +
          'data with advertisers and data brokers, often without users’ consent.',
      ),
    ).toContain('data');
  });
});

describe('fingerprinting: the tracking technique, not the fingerprints a state takes', () => {
  it('reads travellers fingerprinted at the border as no tracking', () => {
    expect(
      themes(
        'EU starts fingerprinting travellers at the border',
        'Travellers from outside the EU will have their fingerprints and a photo taken at the border under ' +
          'the new Entry/Exit System. The biometric data will be stored for three years and checked on each ' +
          'trip. Border officials say the system will replace passport stamps and catch overstayers. Travel ' +
          'groups warn of long queues at ports and airports. Privacy advocates question whether the data will ' +
          'be shared with police forces.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Travel sites use fingerprinting to raise prices',
        'Travel booking sites use browser fingerprinting to recognise returning visitors and show them ' +
          'higher prices for the same flight, a study found. Fingerprinting works even when users delete ' +
          'their cookies.',
      ),
    ).toContain('data');
    expect(
      themes(
        'Ad firms turn to fingerprinting as cookies die',
        'With third-party cookies on their way out, advertisers are turning to browser fingerprinting to ' +
          "follow users across websites. Fingerprinting combines a device's screen size, fonts and settings " +
          'into an identifier that users cannot delete. Privacy advocates say it is harder to block than ' +
          'cookies.',
      ),
    ).toContain('data');
  });
});

describe('a buying guide is the story only where its headline says so (stop 35 review)', () => {
  it("takes a deals page's data theme, not a report's with a deals box at its foot", () => {
    expect(
      themes(
        'The most private web browsers, tested and ranked',
        'A private browser blocks tracking cookies and fingerprinting scripts and does not keep your ' +
          'browsing history. Our top pick blocks trackers out of the box. The runner-up lets you tune every ' +
          'privacy setting. We tested six browsers on how many trackers they stopped.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Period apps under scrutiny after study',
        "A study found that three popular period-tracking apps shared users' health data with advertisers, " +
          'including the dates of their periods. The best VPN deals this week: our top pick blocks ads and ' +
          'trackers. 30-day money-back guarantee. Prices are correct at the time of publishing.',
      ),
    ).toContain('data');
  });
});

describe('a test, a comparison and a deals page are buying guides too (stop 39)', () => {
  it('takes the data theme from a comparison headlined as such and from a short deals page', () => {
    expect(
      themes(
        'Testsieger: Browser für mehr Privatsphäre im Vergleich',
        'Welcher Browser schützt die Privatsphäre am besten? Wir haben Firefox, Brave, Safari, Edge und ' +
          'Chrome verglichen. Testsieger ist Brave: Er blockiert Werbung und Tracker ab Werk und verhindert ' +
          'Fingerprinting. Firefox folgt knapp dahinter.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Best deals this week: VPN, password manager and privacy screen',
        "NordVPN's two-year plan is down to $3.09 a month, its lowest price this year. It blocks ads and " +
          'trackers on every device and keeps no logs of your browsing. Proton Pass Plus costs $1.99 a month ' +
          'in the sale and stores passwords with end-to-end encryption. Your data stays yours. All three offers ' +
          'end on Sunday.',
      ),
    ).toEqual([]);
  });

  it('leaves a test whose finding is the handling of data all over its text', () => {
    expect(
      themes(
        'Die besten Smart-TVs im Test: Was die Geräte über Zuschauer wissen',
        'Wir haben zehn Smart-TVs getestet und ihren Datenverkehr mitgeschnitten. Alle Fernseher erfassen ' +
          'per automatischer Inhaltserkennung, was die Zuschauer sehen, und schicken die Daten an die ' +
          'Hersteller. Die Hersteller verkaufen die Sehgewohnheiten an Werbefirmen, die damit Profile der ' +
          'Haushalte anlegen und Werbung auf Handys ausspielen. Das Tracking ist ab Werk eingeschaltet. ' +
          'Testsieger beim Datenschutz ist ein Gerät, das die Erkennung nur nach Zustimmung startet.',
      ),
    ).toContain('data');
    // Not "im Vergleich", "im Test" or "die besten" as a guide's words: a comparison headlined "WhatsApp
    // sammelt die meisten Daten" is a report, and its headline names the collection in words no concept reads.
    expect(
      themes(
        'Die besten Messenger? WhatsApp sammelt die meisten Daten',
        'Wir haben acht Messenger getestet und ihre Datenschutzerklärungen und den Datenverkehr geprüft. ' +
          'WhatsApp übermittelt Metadaten, Telefonnummern und Kontaktlisten an den Mutterkonzern Meta, der sie ' +
          'für Werbezwecke auswerten darf. Auch der Facebook Messenger sammelt Standortdaten und Kaufhistorie. ' +
          'Signal und Threema speichern dagegen kaum Metadaten. Wer seine Daten schützen will, sollte auf ' +
          'WhatsApp verzichten.',
      ),
    ).toContain('data');
    expect(
      themes(
        'Messenger im Vergleich: WhatsApp sammelt die meisten Daten',
        'Welche Daten speichern WhatsApp, Telegram, Threema und Signal über ihre Nutzer? Ein Vergleich der ' +
          'Datenschutzangaben in den App-Stores zeigt große Unterschiede. WhatsApp erfasst Telefonnummer, ' +
          'Kontakte, Standort, Gerätekennungen und Nutzungsdaten und teilt einen Teil davon mit dem ' +
          'Mutterkonzern Meta, der daraus Werbeprofile erstellt. Signal speichert nur die Telefonnummer. ' +
          'Testsieger beim Datenschutz ist Threema. Verbraucherschützer raten, die Datensammlung der Apps vor ' +
          'der Installation zu prüfen.',
      ),
    ).toContain('data');
  });
});

describe('data handling a text denies (Concept.deniedBy, analyse.ts deniedHandlingOutweighing)', () => {
  it('is no mention where the denials are the story, in English and German', () => {
    expect(
      themes(
        'Regional bank launches budgeting app for younger customers',
        'The bank said the app does not sell customer data and does not share personal data with advertisers. ' +
          '"We have never sold personal information and we never will," its head of retail banking said.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Sparkasse startet neue Banking-App',
        'Die Sparkasse betont, dass sie keine Kundendaten verkauft und keine Nutzerdaten an Dritte weitergibt. ' +
          '„Wir verkaufen keine persönlichen Daten und haben das auch nie getan“, sagte ein Vorstandsmitglied.',
      ),
    ).toEqual([]);
  });

  it('keeps the denied words where the text says more of the handling done than denied', () => {
    expect(
      themes(
        'Retailer under fire over shopper profiles',
        'The retailer says it does not sell customer data. But researchers found that it shares customer data ' +
          'with 200 partners, who build profiles from the purchase history and browsing history of its shoppers.',
      ),
    ).toContain('data');
    expect(
      themes(
        'Kritik an Händler wegen Kundenprofilen',
        'Der Händler beteuert, er verkaufe keine Kundendaten. Doch er gibt Kundendaten an 200 Partner weiter, ' +
          'die aus der Kaufhistorie und dem Surfverhalten der Kunden Profile bilden.',
      ),
    ).toContain('data');
  });

  it('keeps them where the headline names the handling undenied, however often the text quotes a denial', () => {
    expect(
      themes(
        'Krankenkasse gibt Gesundheitsdaten an Werbefirmen weiter',
        'Die Kasse verkauft keine Gesundheitsdaten, sagt sie. Sie gibt keine Kundendaten an Dritte weiter, ' +
          'versichert ein Sprecher. Sie nutzt keine Nutzerdaten für Werbung, heißt es. Recherchen zeigen, dass ' +
          'Werbefirmen die Versicherten über eine App verfolgen.',
      ),
    ).toContain('data');
  });
});

describe('a connected device’s launch is product news, not the Alexa theme (stop 39, device-launch)', () => {
  it('takes the theme from a launch, a standard and a hub that name their assistants as integrations', () => {
    expect(
      themes(
        'Nest rival Tado launches its cheapest smart thermostat yet',
        'Tado has unveiled the Tado X Lite, a smart thermostat that costs 79 euros and works with Apple Home, ' +
          'Google Home and Alexa. The device learns when the household is away and lowers the heating. The ' +
          'thermostat ships in March in Germany, the UK and France.',
      ),
    ).not.toContain('alexa');
    expect(
      themes(
        'Bosch stellt neue Smart-Home-Zentrale vor',
        'Bosch hat auf der IFA eine neue Zentrale für sein Smart-Home-System vorgestellt. Sie unterstützt ' +
          'Matter und Thread. Die Zentrale steuert Heizkörperthermostate, Rollläden und Rauchmelder. Ein ' +
          'Sprachassistent lässt sich optional anbinden.',
      ),
    ).not.toContain('alexa');
    expect(
      themes(
        'Matter 1.5 finally brings cameras to the smart home standard',
        'Matter 1.5 adds support for security cameras and doorbells to the smart home standard. Devices from ' +
          'Apple, Google and Samsung will show camera feeds from any certified brand. The first compatible ' +
          'cameras are expected this autumn.',
      ),
    ).not.toContain('alexa');
  });

  it('leaves a launch whose device takes footage or sound from the home, said even once', () => {
    expect(
      themes(
        'Neue Innenkamera vorgestellt: Hersteller wertet Aufnahmen mit KI aus',
        'Ein Hersteller hat eine neue Innenkamera vorgestellt, die Aufnahmen aus der Wohnung in die Cloud ' +
          'lädt und dort mit KI auswertet. Die Kamera erkennt Personen und Haustiere und schickt Videos der ' +
          'Kunden zur Analyse auf die Server des Herstellers. Datenschützer kritisieren das.',
      ),
    ).toContain('alexa');
    expect(
      themes(
        'Doorbell maker launches new feature that lets police request footage from owners’ cameras',
        'A video doorbell maker has launched a feature that lets police ask owners for footage recorded by their cameras. Civil liberties groups said it turns private doorbells into a police surveillance network. The company stores the clips on its servers.',
      ),
    ).toContain('alexa');
  });

  it('leaves a launch that privacy critics speak of, told in words of footage no concept reads', () => {
    expect(
      themes(
        'Ring stellt Funktion vor, die der Polizei Zugriff auf Kameras gibt',
        'Amazons Kameratochter Ring hat eine neue Funktion vorgestellt, mit der Polizeibehörden Besitzer von ' +
          'Türklingeln und Überwachungskameras direkt um Aufnahmen bitten können. Die Anfragen laufen über die ' +
          'App Neighbors. Bürgerrechtler kritisieren, dass so ein privates Überwachungsnetz entsteht. Ring hatte ' +
          'schon früher eingeräumt, Videos ohne Zustimmung der Kunden an die Polizei weitergegeben zu haben. ' +
          'Datenschützer raten, die Cloud-Speicherung abzuschalten. Die Funktion soll zunächst in den USA starten.',
      ),
    ).toContain('alexa');
  });

  it('is no launch where something else is launched: a regulator’s probe of the cameras', () => {
    expect(
      themes(
        'Regulator launches a probe into video doorbells that film the street',
        'The data protection regulator has launched an investigation into video doorbells that film ' +
          'neighbours and passers-by and upload the clips to the makers’ clouds. Smart doorbells with ' +
          'cameras are in millions of homes, and their recordings of the street are kept for months.',
      ),
    ).toContain('alexa');
  });
});

// Each near-miss below says its phrase in the headline and once more in the body, as explainers and notices
// write it: said once it stays silent by count alone, which hid that the phrase was read as strong evidence
// (stop 40 review of data-recall-3).
describe("a near-miss of people's data for the ad trade, said in the headline and again in the body", () => {
  it('does not take shoppers targeted by a recall or a settlement for profiling', () => {
    expect(
      themes(
        'Stores target shoppers who bought recalled space heaters',
        'Hardware chains want to target shoppers who bought the recalled heaters after three fires. Letters go ' +
          'to registered buyers. Stores can target shoppers who bought them with store cards.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Settlement targets consumers who purchased mislabelled honey',
        'The $4 million settlement targets consumers who purchased the honey between 2020 and 2025. The deal ' +
          'targets consumers who purchased it at any store. Buyers can claim $3 a jar.',
      ),
    ).toEqual([]);
  });

  it("does not take a co-op's dividend on every purchase its members make for a record of purchases", () => {
    expect(
      themes(
        'Our co-op pays a dividend on every purchase its members make',
        'The board returns part of the profit on every purchase its members make. The dividend on ' +
          'every purchase its members make keeps money in the town.',
      ),
    ).toEqual([]);
  });

  it("does not take profiles enriched or ads tailored by a sales team or a party for people's profiling", () => {
    expect(
      themes(
        'Vertrieb: Wie Teams im Maschinenbau ihre Profile anreichern',
        'Vertriebsteams wollen die Profile anreichern: welche Ansprechpartner eine Firma hat und welche ' +
          'Maschinen in der Halle stehen. Drei Werkzeuge helfen, die Profile anzureichern.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Wahlkampf: Wie Parteien lernen, Werbung zuzuschneiden',
        'Vor der Wahl versuchen die Parteien, ihre Werbung zuzuschneiden: Plakate auf dem Land zeigen ' +
          'Traktoren, in der Stadt Radwege. Berater helfen, die Anzeigen zuzuschneiden.',
      ),
    ).toEqual([]);
  });

  it("does not take a firm's own weather or campaign data sent to ad networks for people's data", () => {
    expect(
      themes(
        'Wetterdienst liefert Wetterdaten an Werbenetzwerke',
        'Ein Wetterdienst aus Kassel liefert seine Wetterdaten an Werbenetzwerke. Die Wetterdaten an ' +
          'Werbenetzwerke zu verkaufen ist sein zweites Geschäft.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Mittelstand spielt Kampagnendaten an Werbenetzwerke zurück',
        'Wer Kampagnendaten an Werbenetzwerke zurückspielt, kann Gebote automatisch steuern lassen, und Konversionsdaten ' +
          'an Werbenetzwerke zu melden senkt die Kosten.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Forecast firm sends weather data to ad networks',
        'The start-up sends weather data to ad networks for sunny-day campaigns. Sending data to ' +
          'ad networks in real time lifted clicks, it says.',
      ),
    ).toEqual([]);
  });

  it('does not take the law explained on customer data for advertising for the data theme', () => {
    expect(
      themes(
        'Kundendaten für Werbezwecke: Was Händler nach der DSGVO dürfen',
        'Viele Händler fragen, ob sie Kundendaten für Werbezwecke nutzen dürfen. Die Antwort: ja, wenn eine ' +
          'Rechtsgrundlage besteht. Wer Kundendaten für Werbung nutzt, muss darauf hinweisen.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'GDPR primer: when personal data for advertising needs consent',
        'Businesses ask whether personal data for advertising can rest on legitimate interest. Personal data ' +
          'for advertising needs consent under PECR where it is sent by email.',
      ),
    ).toEqual([]);
  });

  it('does not take a choice to pay or consent for the data theme where no tracking is near', () => {
    expect(
      themes(
        'Mieterhöhung: Bezahlen oder zustimmen?',
        'Kommt eine Mieterhöhung, fragen sich viele: bezahlen oder zustimmen? Der Mieterbund rät: nicht ' +
          'vorschnell bezahlen oder zustimmen.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Einwilligen oder zahlen: Bausparkasse drängt Altkunden',
        'Die Bausparkasse schreibt Altkunden: einwilligen oder zahlen. Einwilligen oder zahlen ' +
          'müsse niemand, sagen Verbraucherschützer.',
      ),
    ).toEqual([]);
    expect(
      themes(
        'Bezahlen oder zustimmen: Verbraucherschützer klagen gegen das Abo-Modell des Netzwerks',
        'Nutzer müssen sich entscheiden: bezahlen oder zustimmen, dass ihr Verhalten für personalisierte ' +
          'Werbung ausgewertet wird. Die Zustimmung erlaubt das Tracking über Apps und Websites hinweg.',
      ),
    ).toContain('data');
  });
});

describe('a test, a deal or an outage of home devices is no Alexa theme (stop 41, buying-guide, malfunction)', () => {
  it('takes the theme from a test and a deals page whose devices are what is sold', () => {
    expect(
      themes(
        'Videotürklingeln: Wir haben acht Modelle getestet',
        'Wir haben acht Videotürklingeln getestet. Testsieger ist ein Modell von Bosch, das die Klingel per ' +
          'Akku betreibt. Knapp dahinter liegt eine Türklingel von Google. Preis-Leistungs-Sieger ist eine ' +
          'Videoklingel für 79 Euro.',
      ),
    ).not.toContain('alexa');
    expect(
      themes(
        'Best deals this week: smart speakers and security cameras',
        'The Sonos Era 100 smart speaker is down from $249 to $179. A Reolink security camera costs $59, its ' +
          'lowest price. The Echo Dot is a close second at $22. The deals end Sunday.',
      ),
    ).not.toContain('alexa');
  });

  it('leaves a test that finds the devices sending footage from the home', () => {
    expect(
      themes(
        'We tested ten security cameras: four upload footage from owners’ homes',
        'We tested ten security cameras and four of them upload footage from owners’ homes to servers abroad ' +
          'even with local storage switched on. Staff at two makers can view customer footage, our lab found. ' +
          'Our top pick keeps every clip at home.',
      ),
    ).toContain('alexa');
  });

  it('takes the theme from an outage of the devices, and leaves an outage that shows what they record', () => {
    expect(
      themes(
        'Outage leaves video doorbells and security cameras offline',
        'An outage at a camera maker’s cloud left video doorbells and security cameras offline for six hours. ' +
          'Owners could not open live view, and alerts from the doorbells arrived late. The outage was fixed ' +
          'by the evening.',
      ),
    ).not.toContain('alexa');
    expect(
      themes(
        'Glitch let staff watch footage from customers’ cameras',
        'A glitch in a home camera maker’s systems let support staff watch footage from customers’ cameras ' +
          'in bedrooms and nurseries for months. Staff viewed customer footage without the owners knowing, the ' +
          'company admitted. Privacy regulators are investigating the security cameras’ maker.',
      ),
    ).toContain('alexa');
  });

  it('leaves a mistake that is what the devices took from the home, said once, and not a passing mention', () => {
    expect(
      themes(
        'Doorbell maker mistakenly handed police footage from customers’ cameras',
        'A doorbell maker mistakenly handed police footage from customers’ cameras without their consent, ' +
          'the company told a senator. Privacy groups said the admission showed how easily doorbells become ' +
          'a surveillance network.',
      ),
    ).toContain('alexa');
    expect(
      themes(
        'Störung: Videotürklingeln stundenlang offline',
        'Eine Störung bei einem Kamerahersteller hat Videotürklingeln am Dienstag stundenlang lahmgelegt. Die ' +
          'Störung betraf die App und die Benachrichtigungen. Nach der Störung meldeten Kunden weitere ' +
          'Ausfälle, eine zweite Störung folgte am Abend. Die Videos der Kunden seien von der Störung nicht ' +
          'betroffen, so der Hersteller.',
      ),
    ).not.toContain('alexa');
  });

  it('leaves speakers woken by mistake, which tells what they hear, not a glitch', () => {
    expect(
      themes(
        'Smart speakers wake up by mistake dozens of times a week, researchers find',
        'Smart speakers from three makers woke up by mistake dozens of times a week in a university study, ' +
          'keeping accidental recordings of what was said nearby. Some recordings lasted half a minute. The ' +
          'makers said owners can delete them in the app.',
      ),
    ).toContain('alexa');
  });
});

describe('a device maker’s business news is no Alexa theme (stop 41, maker-business)', () => {
  it('takes the theme from a camera maker’s results and a smart home unit’s sale', () => {
    expect(
      themes(
        'Arlo beats forecasts as security camera subscriptions climb',
        'Arlo reported quarterly revenue of 142 million dollars, ahead of analysts’ estimates, as more buyers of ' +
          'its security cameras signed up. Hardware margins improved after it moved production of its doorbells ' +
          'out of China. Shares rose 11 percent.',
      ),
    ).not.toContain('alexa');
    expect(
      themes(
        'Gigaset verkauft Smart-Home-Sparte an Investor',
        'Gigaset trennt sich von seiner Smart-Home-Sparte. Käufer ist ein Finanzinvestor, der Kaufpreis wurde ' +
          'nicht genannt. Zur Sparte gehören Alarmanlagen und Innenkameras. Gigaset will sich nach dem ' +
          'Insolvenzverfahren auf Telefone konzentrieren.',
      ),
    ).not.toContain('alexa');
  });

  it('leaves Amazon’s own device makers to the Alexa theme, bought or selling', () => {
    expect(
      themes(
        'Five years after the acquisition, Amazon’s Ring doorbells feed police',
        'When Amazon completed its acquisition of Ring, the doorbell maker had a few hundred thousand ' +
          'customers. Today its cameras watch millions of front doors. Ring has partnerships with more than ' +
          '2,000 police departments, which can ask owners for their doorbell footage through the Neighbors ' +
          'app. Civil liberties groups say the network is a private surveillance system.',
      ),
    ).toContain('alexa');
  });

  it('leaves funding raised on what the cameras film in customers’ homes', () => {
    expect(
      themes(
        'Security camera startup raises 90 million dollars on AI trained on customers’ footage',
        'A security camera startup has raised 90 million dollars by pitching investors on an AI trained on ' +
          'millions of hours of video from its customers’ cameras. Customers’ clips from driveways and living ' +
          'rooms are reviewed by staff and labelled, the company told investors. Most customers do not know ' +
          'that their footage is used and watched this way.',
      ),
    ).toContain('alexa');
  });
});

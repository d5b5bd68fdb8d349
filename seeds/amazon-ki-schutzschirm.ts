import type { Article } from '../core/types';

/** Curated from seeds/sources/001_1d7ca91e5ebf7b7b.txt; metadata only as the text states it. */
export const aiAsShield: Article = {
  id: 'amazon-ki-schutzschirm',
  headline: null,
  label: {
    de: 'Analyse: Amazon nutzt die KI-Euphorie als Schutzschirm',
    en: 'Analysis: Amazon uses the AI hype as a protective shield',
  },
  outlet: null,
  date: null,
  dateNote:
    "Not given; the text discusses Amazon's Q3/2025 figures and a shareholder letter published in April 2025, so it was written in or after autumn 2025.",
  authors: [],
  authorsNote: 'Written in the first person; the name is not given.',
  language: 'de',
  kind: 'analysis',
  url: null,
  sourceFile: '001_1d7ca91e5ebf7b7b.txt',
  summary: {
    de: 'Eine Analyse: Amazon verkauft den Abbau von 30.000 Büro-Jobs und die Automatisierung von bis zu 600.000 Logistikjobs als KI-Fortschritt, wertet mit „Help Me Decide“ Suche, Browsing und Kaufhistorie aus, sperrt fremde KI-Agenten aus und wird mit Satelliteninternet, Healthcare und AWS zum Grundversorger – einem „Staat im Staat“.',
    en: 'An analysis: Amazon presents cutting 30,000 office jobs and automating up to 600,000 logistics jobs as AI progress, analyses search, browsing and purchase history with "Help Me Decide", locks out other AI agents, and through satellite internet, healthcare and AWS becomes a basic utility - "a state within the state".',
  },
  passages: [
    {
      id: 'amazon-ki-schutzschirm/ki-als-schutzschirm',
      text: 'Amazon verliert sich nicht in KI-Träumereien. Stattdessen nutzt der Konzern die KI-Euphorie als strategischen Schutzschirm – um Effizienzmaßnahmen zu kaschieren, seine Marktposition auszubauen und die eigenen Infrastrukturen zu zementieren.',
      topics: ['power', 'labour'],
    },
    {
      id: 'amazon-ki-schutzschirm/omni-dienstleister',
      text: 'Das ist auf den ersten Blick weniger spektakulär als das, was andere Tech-Unternehmen mit viel Rhetorik und Vision verkaufen. Doch der zweite, genauere Blick lohnt sich (das sage ich durchaus selbstkritisch, weil mein Urteil zu Amazon jüngst auch nicht gut ausfiel): Amazon ist dabei, zum elementaren Omni-Dienstleister und Versorger unserer Gesellschaft zu werden. Aber der Reihe nach.',
      topics: ['power'],
    },
    {
      id: 'amazon-ki-schutzschirm/buero-jobs-streichen',
      section: 'Die Erzählung der Effizienz: KI als Etikett, Restrukturierung als Realität',
      text: 'Wenige Tage vor den Q3/25-Zahlen sickerte der Plan durch, weltweit bis zu 30.000 Büro-Jobs zu streichen. Die Botschaft ist eindeutig: Amazon will die Kosten senken, die Margen stabil halten, die Story für den Kapitalmarkt kontrollieren.',
      topics: ['labour'],
    },
    {
      id: 'amazon-ki-schutzschirm/restrukturierung-im-tech-label',
      section: 'Die Erzählung der Effizienz: KI als Etikett, Restrukturierung als Realität',
      text: 'Andere Firmen würden von „Sparprogrammen“ sprechen. Amazon erzählt die Geschichte des technologischen Fortschritts, wie ich auch gegenüber der Süddeutschen Zeitung kommentiert habe. KI wird zum Narrativ, das unangenehme Maßnahmen legitimiert. Doch man sollte sich vom Buzzword nicht blenden lassen. Das ist keine KI-Revolution – das ist klassische Restrukturierungspolitik im Tech-Label.',
      topics: ['labour', 'power'],
    },
    {
      id: 'amazon-ki-schutzschirm/robotik-logistikjobs',
      section: 'Die Erzählung der Effizienz: KI als Etikett, Restrukturierung als Realität',
      text: 'Parallel dazu bereitet Amazon den massiven Einsatz von Robotik vor: interne Dokumente sprechen davon, dass bis 2033 bis zu 600.000 Logistikjobs in den USA nicht mehr nachbesetzt oder durch Maschinen ersetzt werden. Die offizielle Kommunikationslinie: Alles nur Szenarien. Die inoffizielle Realität: Automatisierung ist Amazons größte Leidenschaft.',
      topics: ['labour'],
    },
    {
      id: 'amazon-ki-schutzschirm/weiterbildung-nach-kahlschlag',
      section: 'Die Erzählung der Effizienz: KI als Etikett, Restrukturierung als Realität',
      text: 'Und damit die Story nicht nach „Kahlschlag“ klingt, investiert Amazon parallel 2,5 Milliarden Euro in Weiterbildung (“Future Ready 2030”). 50 Millionen (!) Menschen sollen „fit für die Zukunft“ gemacht werden. Clever: erst die Belegschaft verschlanken – dann global „Umschulung“ versprechen.',
      topics: ['labour'],
    },
    {
      id: 'amazon-ki-schutzschirm/help-me-decide-kaufhistorie',
      section: 'KI im Handel: Amazon baut den perfekten Einkaufsagenten – aber nur für sich selbst',
      text: 'Während Microsoft und OpenAI versuchen, das Interface der Zukunft zu erschaffen, baut Amazon still und sehr konsequent seine eigene Form des Agentic Commerce: „Help Me Decide“. In den USA testet Amazon das KI-Feature zur Analyse von Suche, Browsing und Kaufhistorie. Es ist ein personalisierter Produktempfehlungs-Agent mit Budget-Option und Premium-Alternative. Das ist keine „Shopping-Revolution“, sondern die nächste Evolutionsstufe des klassischen Amazon-Funnels: Amazon ersetzt das Vergleichen, nicht das Kaufen.',
      topics: ['data', 'power'],
    },
    {
      id: 'amazon-ki-schutzschirm/plattformlogik-externe-agenten',
      section: 'KI im Handel: Amazon baut den perfekten Einkaufsagenten – aber nur für sich selbst',
      text: 'Und Amazon gibt die Kundenschnittstelle dabei nicht aus der Hand: Das System läuft auf Amazons eigener KI-Stack (Bedrock, SageMaker, OpenSearch). Externe Agenten? Werden ausgesperrt.\n\nDass Amazon den OpenAI-Crawler blockiert und Perplexity wegen angeblich unautorisierter Bestellautomatisierung verklagt, ist kein Zufall. Das ist Plattformlogik: Wer die Kundenschnittstelle kontrolliert, kontrolliert den Handel. Ein Shopping-Agent, der Bestellungen direkt im Chat tätigt, ist für Amazon nichts anderes als ein Angriff auf das Flywheel. Deshalb öffnet Amazon dem Nutzer – der sein Kaufverhalten schon weitgehend auf Amazon eingerichtet hat – die Tür, aber schließt sie für alle anderen Agenten.',
      topics: ['power'],
    },
    {
      id: 'amazon-ki-schutzschirm/letter-to-shareholders',
      section: 'Amazon als globaler Versorger',
      text: 'Die wirklich großen Moves spielen sich jenseits der KI-Buzzwords ab. Amazon-CEO Andy Jassy formuliert im „Letter to Shareholders 2024“ (veröffentlicht im April 2025) zwei wichtige strategische Schritte:',
      topics: ['power'],
    },
    {
      id: 'amazon-ki-schutzschirm/landbevoelkerung-amazon-leo',
      section: '1) Versorgung der Landbevölkerung – physisch und digital',
      text: 'Amazon investiert bewusst in Regionen, die bisher als nicht profitabel gelten: Same-Day- und Next-Day-Delivery in Tausende ländliche ZIP Codes, über 1 Milliarde Pakete pro Jahr in dünn besiedelte Gebiete senden – die Ziele gibt Jassy aus. Helfen soll dabei der Aufbau kleinerer, verteilter Logistikpunkte im Hinterland – das Gegenteil dessen, was klassische Händler tun. Parallel dazu entsteht eine zweite Versorgungsebene: Amazon Leo (früher Project Kuiper) liefert Satelliten-Internet à la Starlink und damit die Voraussetzung dafür, dass noch mehr Kunden Amazon nutzen. Zielgruppe: 400–500 Millionen Haushalte weltweit ohne Breitband. Was wirkt wie Digitalpolitik, ist ökonomisch gesehen Folgendes: Amazon schafft sich neue Märkte, indem es Regionen erschließt, in denen Handel, Prime, Werbung, Streaming – und bald Healthcare – heute nicht stattfinden.',
      topics: ['power'],
    },
    {
      id: 'amazon-ki-schutzschirm/healthcare-sensible-daten',
      section: '2) Healthcare wird Amazons drittes Fundament',
      text: 'Jassy wird im Shareholder Letter in Sachen Healthcare ungewöhnlich klar: Das US-Gesundheitssystem sei ineffizient, frustrierend, teuer, schwer zugänglich. Amazon bietet die Alternative: One Medical, Arzttermine am nächsten Tag. Amazon Pharmacy, transparente Preise, einfache Abwicklung. Medikamenten-Automaten direkt in Arztpraxen mit QR-Code-Abholung in Minuten (Tests ab Dezember 2025). Ich lese daraus: Healthcare ist kein Nebenprojekt von Amazon. Das ist ein Kernelement des Versuchs, die komplette Infrastruktur zu beherrschen – wiederkehrend, datenintensiv, hochprofitabel. Healthcare bietet Amazon drei strategische Vorteile: Wiederkehrende Nachfrage, extreme Kundenloyalität und sensible Daten, die Amazon helfen, KI-Modelle bestmöglich zu personalisieren.',
      topics: ['data', 'power'],
    },
    {
      id: 'amazon-ki-schutzschirm/aws-openai-deal',
      section: 'AWS: Amazon wird zum Rückgrat der KI-Welt',
      text: 'Während alle von KI-Agenten reden, baut Amazon im Maschinenraum das, was wirklich zählt: Computer-Kapazität über die Cloud. Der 38-Milliarden-Dollar-Deal von AWS mit OpenAI ist dabei eine deutliche Ansage: OpenAI wird über Jahre AWS-Infrastruktur nutzen, inklusive NVIDIA-GPUs in gigantischen Mengen, die zukünftig durch Amazons eigene Chips (Trainium, Inferentia) ergänzt/ersetzt werden.',
      topics: ['power'],
    },
    {
      id: 'amazon-ki-schutzschirm/ki-als-grundversorgung',
      section: 'AWS: Amazon wird zum Rückgrat der KI-Welt',
      text: 'Amazon macht KI zu einer Frage der Grundversorgung: AWS ist gewissermaßen das Rückgrat der KI-Wirtschaft. Ein Geschäft, das in den nächsten zehn Jahren extremen Wert schaffen wird, wenn die KI-Blase nicht platzt.',
      topics: ['power'],
    },
    {
      id: 'amazon-ki-schutzschirm/bausteine-staat-im-staat',
      section: 'Amazon baut kein KI-Produkt – Amazon baut einen Staat im Staat',
      text: 'Wenn man die Bausteine zusammensetzt, entsteht folgendes Bild:\n• Satelliteninternet für Kontinente\n• B2C: Einkaufsmöglichkeiten von A bis Z (nur Food bleibt schwierig…)\n• B2B: Händler-Ökosystem auf globalem Traffic-Fundament plus Top-Logistik (überall!)\n• Healthcare-Services vom Arztbesuch bis zum Tablettenkauf\n• AWS als Rückgrat der KI-Wirtschaft\n• KI-Anwendungen/-Agenten, die jede Interaktion optimieren',
      topics: ['power'],
    },
    {
      id: 'amazon-ki-schutzschirm/betriebssystem-digitaler-gesellschaften',
      section: 'Amazon baut kein KI-Produkt – Amazon baut einen Staat im Staat',
      text: 'Amazon wird damit zum Grundversorger, ja zum Betriebssystem für digitale Gesellschaften. Und genau das ist der Grund, warum der Konzern langfristig stärker aus dieser Phase hervorgehen wird als viele Konkurrenten: Amazon nutzt KI, um sein bestehendes Modell unbezwingbar zu machen. Schneller, günstiger, breiter, unausweichlicher. Ich bin wieder sicher: Peak Amazon kommt erst noch!',
      topics: ['power'],
    },
  ],
};

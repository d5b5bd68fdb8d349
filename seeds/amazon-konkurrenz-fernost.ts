import type { Article } from '../core/types';

/** Curated from seeds/sources/002_67d0faa70610624f.txt; metadata only as the text states it. */
export const competitionFromTheEast: Article = {
  id: 'amazon-konkurrenz-fernost',
  headline: null,
  label: {
    de: 'Amazon unter Druck: Konkurrenz aus Fernost',
    en: 'Amazon under pressure: competition from the Far East',
  },
  outlet: null,
  date: null,
  dateNote:
    'Not given; the text mentions the purchase of Ring (2018) and Alipay at Rossmann "since last year".',
  authors: [],
  authorsNote: 'The byline reads "Von Redaktion" (by the editorial team); no person is named.',
  language: 'de',
  kind: 'commentary',
  url: null,
  sourceFile: '002_67d0faa70610624f.txt',
  summary: {
    de: 'Amazon gerät unter Druck: durch die schlechte Bezahlung seiner Beschäftigten in Europa und durch Alibaba, dessen Singles Day den Prime Day um ein Vielfaches übertrifft. Der Text warnt vor Sprachassistenten und Smart-Home-Technik aus dem Überwachungsstaat China und sieht Amazons Smart Home als Infrastruktur, die sich sogar an China vermieten ließe.',
    en: "Amazon is under pressure: from the poor pay of its workers in Europe and from Alibaba, whose Singles Day dwarfs Prime Day. The text warns against voice assistants and smart-home technology from China's surveillance state, and sees Amazon's smart home as infrastructure that could even be rented out to China.",
  },
  passages: [
    {
      id: 'amazon-konkurrenz-fernost/unter-druck-bezahlung-fernost',
      text: 'Das der Versandhandelsriese Amazon langsam immer mehr unter Druck gerät ist kein Geheimnis. Zum einen natürlich aufgrund der schlechten Bezahlung seiner Arbeitskräfte in Europa, zum anderen natürlich auch durch die Konkurrenz aus Fernost. Anbieter wie Alibaba drängen immer mehr auch auf den europäischen Markt vor.',
      topics: ['labour', 'alibaba', 'power'],
      gist: 'Amazon is increasingly under pressure: from the poor pay of its workers in Europe, and from competitors in the Far East such as Alibaba moving into the European market.',
    },
    {
      id: 'amazon-konkurrenz-fernost/alibaba-faktor-30-ring',
      section: 'Konkurrenz aus Fernost',
      text: 'Alleine die Zahlen sprechen für sich, das Amazon unter Umständen arge Probleme bekommen könnte, übertrifft doch der Umsatz, der Paketversand und auch die Produktvielfalt von Alibaba die von Amazon um mehr als den Faktor 30. Da ist der Ankauf des Video Türklingel Startups Ring durch Amazon ein Schritt in eine gute Richtung, um die Existenz zu sichern.',
      topics: ['alibaba', 'alexa', 'power'],
      gist: "The figures suggest Amazon could face serious trouble: Alibaba's sales, parcel volume and product range exceed Amazon's more than thirtyfold. Buying the video doorbell start-up Ring is, the author says, a step towards securing Amazon's future.",
    },
    {
      id: 'amazon-konkurrenz-fernost/singles-day-gegen-prime-day',
      section: 'Konkurrenz aus Fernost',
      text: 'Laut diverser Statistiken und Quellen konnte Alibaba im Vergleich zu Amazon in einer ähnlichen Aktion unter Beweis stellen wie groß sie wirklich sind. Amazon feiert den Prime Day, einmal im Jahr und verkauft in dieser Aktion Millionen von Paketen. Ein Umsatz von rund 500 Millionen US Dollar konnte so an einem einzigen Tag erzielt werden. Der chinesische Onlinegigant Alibaba, den hierzulande übrigens bereits jeder dritte Deutsche kennt, zumindest namentlich, begeht am 11.11 den Singles Day. Dieser Tag ist den alleinstehenden gewidmet und schaffte es im gleichen Jahr, in dem die Amazon Statistik erstellt wurde 15,1 Milliarden US Dollar Umsatz zu machen, das ist mehr als dreißig Mal so viel wie Amazon, klar das der amerikanische Versandhändler da kaum noch als Riese gesehen wird.',
      topics: ['alibaba', 'power'],
      gist: "Amazon's yearly Prime Day brought in about 500 million US dollars in a day; Alibaba's Singles Day on 11 November made 15.1 billion in the same year, more than thirty times as much, so Amazon hardly looks like a giant any more.",
    },
    {
      id: 'amazon-konkurrenz-fernost/alipay-bei-rossmann',
      section: 'Konkurrenz aus Fernost',
      text: 'Auch wenn der Vorstoß von Alibaba langsam aber sicher vorangeht und auch von vielen Hürden aufgehalten wird, so können zum Beispiel bereits seit letztem Jahr Rossmann Kunden ihren Einkauf auch mit Alipay bezahlen, der chinesischen Variante von Paypal. Natürlich nicht für deutsche Kunden, aber mit Alipay sorgt Rossmann für massig Kunden aus China denn vor allem Koffein Shampoo (Alpecin) und deutsches Milchpulver sind unheimlich beliebt in der Volksrepublik.',
      topics: ['alibaba'],
      gist: "Alibaba advances slowly and meets obstacles, but the drugstore chain Rossmann already accepts Alipay, China's PayPal, which brings it many Chinese customers buying products such as caffeine shampoo and German baby milk.",
    },
    {
      id: 'amazon-konkurrenz-fernost/sprachassistenten-aus-dem-ueberwachungsstaat',
      section: 'Technik aus China oder lieber USA?',
      text: 'Nun werden wir wohl in den nächsten 50 Jahren kaum auf deutsche Sprachassistenten des Chinahändlers zurückgreifen und auch chinesische Smart Home Lösungen haben den schlechten Beigeschmack des Herstellerlandes. Hierzulande sind die Menschen deutlich misstrauischer was technologische Entwicklungen aus einem Überwachungsstaat angeht. Gerade China rühmt sich Städte zu haben in denen kein Quadratzentimeter nicht überwacht wäre. Mit der aktuell perfekt funktionierenden Gesichtserkennungssoftware können so umfangreife Protokolle erstellt werden. Das hineinhorchen in private Wohnungen mit Sprachassistenten und die Zugangsmöglichkeit durch Internet türöffnungssysteme käme sicherlich chinesischen Geheimdiensten sehr gelegen.',
      topics: ['alexa', 'alibaba', 'data'],
      gist: 'Germans will hardly use voice assistants or smart-home devices from a Chinese retailer: people distrust technology from a surveillance state. Listening in on homes through voice assistants and internet door openers would suit Chinese intelligence services.',
    },
    {
      id: 'amazon-konkurrenz-fernost/smart-home-in-jedem-zweiten-haushalt',
      section: 'Technik aus China oder lieber USA?',
      text: 'Bereits heute geraten deutsche Unternehmen wie die Telekom stark in Kritik, warum Technik aus China eingesetzt wird, sind die Methoden der Chinesen doch bekannt und diverse Technik aufgrund von Problemen mit Fernwartungszugängen in den USA zum Beispiel komplett verboten. Amazon hingegen setzt darauf die eigene Stellung in Europa stark auszubauen. Ein funktionierendes Smart Home System das auf deutsch in jedem zweiten Haushalt steht, würde selbst im Extremfall noch dafür sorgen das man die Infrastruktur an die Chinesen vermieten könnte und so das weiterbestehen von Amazon sichern.',
      topics: ['alexa', 'alibaba', 'power'],
      gist: 'German firms such as Telekom are criticised for using Chinese technology. Amazon instead expands in Europe: a German-speaking smart-home system in every second household would, in the extreme case, even let it rent the infrastructure to the Chinese and so secure its survival.',
    },
  ],
};

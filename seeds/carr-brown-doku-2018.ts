import type { Article } from '../core/types';

/** Curated from seeds/sources/000_4befc6ea18d30fe8.txt; metadata only as the text states it. */
export const carrBrownDocumentary: Article = {
  id: 'carr-brown-doku-2018',
  headline: null,
  label: {
    de: 'Rezension: David Carr-Browns Dokumentarfilm über Amazon',
    en: "Review: David Carr-Brown's documentary on Amazon",
  },
  outlet: null,
  date: '2018-12',
  dateNote: 'The source text begins with the marker "date 2018-12".',
  authors: [],
  authorsNote: 'Not named in the text.',
  language: 'de',
  kind: 'review',
  url: null,
  sourceFile: '000_4befc6ea18d30fe8.txt',
  summary: {
    de: 'Rezension eines Dokumentarfilms von David Carr-Brown: Amazons Kundenzufriedenheit ruht auf Auslieferern ohne Festanstellung, die eine App taktet und überwacht, auf der Auswertung jedes Schritts der Kunden im Netz, auf Gesichtserkennung für die Polizei und auf Steuerschlupflöchern.',
    en: "Review of a documentary by David Carr-Brown: Amazon's happy customers rest on delivery drivers without employment who are timed and tracked by an app, on the analysis of every step customers take online, on face recognition sold to the police, and on tax loopholes.",
  },
  passages: [
    {
      id: 'carr-brown-doku-2018/kundenzufriedenheit-marktmacht',
      text: 'Zu Anfang stellt der Brite David Carr-Brown, der an seinen kürzlich ausgestrahlten Dokumentarfilm übers Silicon Valley anknüpft, das offene Geheimnis des Onlinekaufhauses vor: Amazon-Kunden sind so zufrieden, wie es das Lächeln im Firmenlogo anzeigt. Das hat zu einer Verschiebung der Kräfte auf dem Markt geführt.',
      topics: ['power'],
      gist: 'British filmmaker David Carr-Brown opens with the open secret of the online store: Amazon customers are as satisfied as the smile in its logo suggests, and this has shifted the balance of power in the market.',
    },
    {
      id: 'carr-brown-doku-2018/kunde-am-druecker',
      text: 'Früher, so ein Logistikexperte, waren Hersteller in der Machtposition, später die Einzelhändler. Dank Amazon sei heute der Kunde am Drücker. Katherine Mangu-Ward, leitende Redakteurin bei „Reason“, einem Magazin für „freie Geister und freie Märkte“, lobt das emanzipatorische Potenzial des Großkonzerns. Für eine berufstätige Mutter, die einen Angehörigen pflegt und ein kleines Kind hat, das „ein Meerjungfrauen-Kostüm mit rosa Schwanz“ haben möchte, sei Amazon ein Segen. Die Kritik, der Onlineriese zerstöre den Einzelhandel, lässt die Publizistin nicht gelten.',
      topics: ['power'],
      gist: 'A logistics expert says power once lay with manufacturers, then retailers, and now, thanks to Amazon, with the customer. Katherine Mangu-Ward of the magazine Reason praises Amazon as a blessing for a working, caring mother and rejects the charge that it destroys retail.',
    },
    {
      id: 'carr-brown-doku-2018/auslieferer-app',
      text: 'Hinter den Kulissen des logistischen Systems, das diese Kundenzufriedenheit ermöglicht, ist das Wohl der Beschäftigten zweitrangig. Der Dokumentarfilm schaut Auslieferern über die Schulter, die nicht fest angestellt sind und Sozialabgaben selbst entrichten. Jeden einzelnen Auftrag müssen sie aufrufen mit einer App, die ihren Arbeitsweg durchtaktet und überwacht.',
      topics: ['labour', 'data'],
      gist: "Behind the logistics that make customers happy, the workers' welfare comes second. The film follows delivery drivers who are not employed and pay their own social insurance; an app assigns every job and times and monitors their route.",
    },
    {
      id: 'carr-brown-doku-2018/jeder-schritt-ausgewertet',
      text: 'Mit dieser Datenauswertung ist die Doku beim Kernthema angelangt, das bislang vorwiegend bei Google oder Facebook problematisiert wurde. Um die Zufriedenheit der Käufer zu optimieren, werden alle Schritte, die Kunden im Netz tätigen, ausgewertet.',
      topics: ['data'],
      gist: "With this data analysis the documentary reaches its core subject, so far raised mostly about Google or Facebook: to optimise buyers' satisfaction, every step customers take online is analysed.",
    },
    {
      id: 'carr-brown-doku-2018/streaming-datenmengen-aws',
      text: 'Das sichert den geschäftlichen Erfolg, der gesteigert wird durch die stetige Ausweitung des Warenangebots, das inzwischen bis hin zu viel beachteten Streamingserien reicht: „Als wir den Golden Globe gewonnen haben“, so Amazon-Chef Jeff Bezos über die Anerkennung der hauseigenen Serien-Produktion „The Marvelous Mrs. Maisel“, „half das natürlich, mehr Schuhe zu verkaufen“. Die Auswertung der dabei anfallenden Datenmengen erfolgt durch Amazon Web Service. Dessen Dienste werden auch vermietet.',
      topics: ['data', 'power'],
      gist: "This secures Amazon's success, which grows with an ever wider range, now including acclaimed streaming series; Jeff Bezos says winning a Golden Globe helped sell more shoes. The resulting data is analysed by Amazon Web Services, which is also rented out.",
    },
    {
      id: 'carr-brown-doku-2018/gesichtserkennung-steuerschlupfloecher',
      text: 'Nicht nur das Film- und Serienangebot von Netflix ist auf Amazon-Rechnern gespeichert. Längst schon bietet der Mischkonzern, woran die kürzlich ausgestrahlte ARD-Doku „Allmacht Amazon“ erinnerte, Datenanalysen für die Gesichtserkennung bei der polizeilichen Fahndung an. Das Buchkaufhaus ist zu einem privaten Nachrichtendienst expandiert. Amazon is watching you. Das Problem ist noch ein anderes. Dank Steuerschlupflöchern, so der Tenor der Doku, entrichtet Amazon keine Abgaben für die Infrastruktur. Amazon zahlt kaum etwas für die Erneuerung des Straßennetzes, das von Steuergeldern aufgebaut wurde und den Konzern groß machte.',
      topics: ['data', 'power'],
      gist: "Netflix's catalogue sits on Amazon's servers, and Amazon offers data analysis for police facial recognition: the bookshop has grown into a private intelligence service. Thanks to tax loopholes, the film says, Amazon pays hardly anything for the publicly funded roads that made it big.",
    },
  ],
};

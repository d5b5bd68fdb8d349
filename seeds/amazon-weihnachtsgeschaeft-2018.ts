import type { Article } from '../core/types';

/** Curated from seeds/sources/003_64d956e163c69e47.txt; metadata only as the text states it. */
export const christmasAlexaOutage: Article = {
  id: 'amazon-weihnachtsgeschaeft-2018',
  headline: null,
  label: {
    de: 'Amazons Rekord-Weihnachtsgeschäft und der Alexa-Ausfall',
    en: "Amazon's record Christmas and the Alexa outage",
  },
  outlet: null,
  date: '2018-12',
  dateNote: 'The source text begins with the marker "date 2018-12".',
  authors: ['Florian Rinke', 'Marcel Jarjour'],
  authorsNote: 'Named in the byline at the end of the first paragraph.',
  language: 'de',
  kind: 'news',
  url: null,
  sourceFile: '003_64d956e163c69e47.txt',
  summary: {
    de: 'Amazon meldet das erfolgreichste Weihnachtsgeschäft seiner Geschichte; Amerikaner vertrauen dem Konzern mehr als Universitäten und Presse. Besonders gefragt waren die „Lauschsprecher“ mit Alexa – bis der Sprachdienst am ersten Feiertag in Europa ausfiel. Analysten erwarten Milliardenumsätze mit Alexa.',
    en: 'Amazon reports its most successful Christmas ever; Americans trust the company more than universities and the press. Smart speakers with Alexa - "eavesdropping speakers" - sold especially well, until the voice service failed in Europe on Christmas Day. Analysts expect billions in revenue from Alexa.',
  },
  passages: [
    {
      id: 'amazon-weihnachtsgeschaeft-2018/rekord-weihnachtsgeschaeft',
      text: 'Der Online-Händler Amazon meldet das erfolgreichste Weihnachtsgeschäft aller Zeiten. Besonders beliebt sollen intelligente Lautsprecher mit Sprachsteuerung gewesen sein – doch genau mit denen gab es Probleme.',
      topics: ['power', 'alexa'],
      gist: 'Amazon reports its most successful Christmas season ever. Smart speakers with voice control were especially popular, and that is exactly where the problems came.',
    },
    {
      id: 'amazon-weihnachtsgeschaeft-2018/vertrauen-in-amazon',
      text: 'Auf den Dollar-Noten der US-Notenbank steht noch immer der Satz „In God we trust“. Für viele Bürger müsste die Zeile inzwischen wohl anders lauten. Denn sie vertrauen vor allem auf Amazon. In einer Umfrage wollten Forscher der Georgetown Universität eigentlich herausfinden, wie es um die Demokratie in Zeiten politischer Polarisierung in den USA bestellt ist. Dabei kam jedoch auch heraus: Die Amerikaner vertrauen ihrem eigenen Militär, Amazon und Google mehr als Universitäten, der US-Bundespolizei FBI, ihrer eigenen Regierung, der Presse – und der Religion.',
      topics: ['power'],
      gist: 'A Georgetown University survey on democracy found that Americans trust their military, Amazon and Google more than universities, the FBI, their government, the press and religion.',
    },
    {
      id: 'amazon-weihnachtsgeschaeft-2018/prime-kunden',
      text: 'Das hat Auswirkungen: Am Donnerstag meldete der Online-Händler, das diesjährige Weihnachtsgeschäft sei das erfolgreichste aller Zeiten gewesen. Millionen Kunden bestellten nicht nur Geschenke über Amazon, sondern meldeten sich auch noch für den kostenpflichtigen Premium-Dienst Prime an, um beispielsweise schneller beliefert zu werden. Für Amazon sind solche Kunden besonders wichtig, ihr Umsatz soll deutlich höher sein als der „normaler“ Kunden.',
      topics: ['power'],
      gist: 'Amazon called this Christmas its most successful ever: millions ordered gifts and also signed up for the paid Prime service. Such customers matter most to Amazon because they are said to spend much more than ordinary ones.',
    },
    {
      id: 'amazon-weihnachtsgeschaeft-2018/lauschsprecher',
      text: 'Um die Menschen noch enger an sich zu binden, hat Amazon intelligente Lautsprecher mit der Sprachsteuerung Alexa auf den Markt gebracht. Über sie können Kunden einfach per Sprachbefehl das Licht steuern, Musik abspielen oder eben auch Produkte kaufen. Wurden diese „Lauschsprecher“ anfangs noch skeptisch beäugt, scheinen sie nun unter immer mehr Tannenbäumen gelegen zu haben. Amazon teilte jedenfalls mit, im Vergleich zum vergangenen Jahr Millionen mehr Amazon-Geräte wie den Lautsprecher Echo Dot, den Echo sowie einen Fire TV Stick mit der Sprachsteuerung Alexa verkauft zu haben',
      topics: ['alexa', 'data', 'power'],
      gist: 'To bind people even closer, Amazon sells smart speakers with the voice assistant Alexa that control lights, play music or buy products. Once eyed warily as "eavesdropping speakers", they now lie under more and more Christmas trees; Amazon sold millions more Echo devices and Fire TV sticks.',
    },
    {
      id: 'amazon-weihnachtsgeschaeft-2018/alexa-ausfall-am-feiertag',
      text: 'Doch ausgerechnet dieser Erfolg führte offenbar am ersten Weihnachtsfeiertag zu Problemen: Im Internet meldeten Nutzer, dass Alexa keine Befehle mehr ausführe. Laut „FAZ“ kam es insbesondere in Ballungsgebieten wie Berlin, Frankfurt oder auch dem Ruhrgebiet zu Störungen. Auch die Funktionen des TV-Sticks von Amazon sollen eingeschränkt gewesen sein, hieß es auf der Meldeplattform „AlleStörungen.de“. Anscheinend war die Zugriffsrate am ersten Weihnachtsfeiertag so hoch, dass nahezu alle Amazon-Dienste (auch die Musiksparte) betroffen waren. So hörten die meisten Alexa-Nutzer für zwei Stunden nur: „Ich habe momentan leider Probleme, dich zu verstehen. Bitte probiere es zu einem späteren Zeitpunkt nochmal“.',
      topics: ['alexa'],
      gist: 'That success apparently caused trouble on Christmas Day: users reported that Alexa no longer followed commands, especially in big German cities. Demand was so high that almost all Amazon services were affected, and for two hours most Alexa users only heard that it had trouble understanding them.',
    },
    {
      id: 'amazon-weihnachtsgeschaeft-2018/stoerung-bestaetigt',
      text: 'Ein Amazon-Sprecher bestätigte auf Anfrage die technische Störung. Für einen kurzen Zeitraum sei die Möglichkeit, mit Alexa-Services zu interagieren, beeinträchtigt gewesen. „Der zeitweise Ausfall war nicht global und beschränkte sich auf Standorte in Europa“, teilte der Sprecher mit. Inzwischen funktioniere der Service wieder uneingeschränkt.',
      topics: ['alexa'],
      gist: 'An Amazon spokesperson confirmed the technical fault: Alexa services were briefly impaired, limited to locations in Europe and not global. The service now works fully again.',
    },
    {
      id: 'amazon-weihnachtsgeschaeft-2018/server-ueberfordert',
      text: 'Welche technischen Probleme es genau gab, verriet das Unternehmen nicht. Möglicherweise gab es einfach so viele Anfragen von Nutzern, dass die Server damit überfordert waren, denn auch die Charts in den App-Stores von Apple- und Android-Geräten deuten darauf hin, dass die intelligenten Lautsprecher an Weihnachten sehr beliebt waren.',
      topics: ['alexa'],
      gist: 'Amazon did not say what went wrong. Perhaps so many users made requests that the servers were overwhelmed; app-store charts also suggest smart speakers were very popular at Christmas.',
    },
    {
      id: 'amazon-weihnachtsgeschaeft-2018/alexa-umsatzprognose',
      text: 'Laut Mark Mahaney vom Analysehaus RBC dürfte Alexa für Amazon langfristig immer wichtiger werden. Bis 2021 könnte der Online-Einzelhändler laut Mahaney Umsätze von 18 bis 19 Milliarden Dollar mit Alexa und zugehörigen Produkten erzielen, was rund fünf Prozent der Gesamterlöse entspräche. An der Börse kostet die Amazon-Aktie momentan knapp 1400 Dollar, laut dem RBC-Analysten könnten es bald bis zu 2300 Dollar sein.',
      topics: ['alexa', 'power'],
      gist: 'Analyst Mark Mahaney of RBC expects Alexa to matter ever more to Amazon: 18 to 19 billion dollars of sales with Alexa and related products by 2021, about five percent of revenue, and a share price of up to 2,300 dollars.',
    },
  ],
};

import type { Article } from '../core/types';

/** Curated from seeds/sources/004_9f349b9361acc43d.txt; metadata only as the text states it. */
export const dissectedCustomer: Article = {
  id: 'der-zerlegte-kunde',
  headline: 'Der (z)erlegte Kunde',
  label: { de: 'Kommentar: Der Kunde als Datensatz', en: 'Commentary: the customer as a data set' },
  outlet: null,
  date: null,
  dateNote: 'Not given in the text.',
  authors: [],
  authorsNote: 'Written in the first person; the name is not given.',
  language: 'de',
  kind: 'commentary',
  url: null,
  sourceFile: '004_9f349b9361acc43d.txt',
  summary: {
    de: 'Ein Kommentar: Hinter „Customer Centricity“ steht die Zerlegung des Kunden in einen Datensatz – Retargeting, Algorithmen und Datenschleudern taxieren seinen Wert. Der Autor fordert umfassenden Datenschutz und harte gesetzliche Regulierung.',
    en: 'A commentary: behind "customer centricity" lies the dissection of the customer into a data set - retargeting, algorithms and data slingers price their worth. The author calls for comprehensive data protection and strict regulation.',
  },
  passages: [
    {
      id: 'der-zerlegte-kunde/customer-journey',
      text: 'Süßer die Töne nie klingen: Customer Centricity heißt der neue Ohrwurm, der uns im allumspannenden Web so wunderbar als Weltmusik umschmeichelt. Mal harter Beat, mal Cembalo – er spielt die Klaviatur ganz nach dem Geschmack der jeweiligen Zielgruppe. Nicht mehr ein „Kauf Du Sau“, sondern ein angenehmes Surfen entlang der – natürlich vom Anbieter festgelegten – Customer Journey.',
      topics: ['data'],
      gist: '"Customer centricity" is the new catchy tune of the web, played to each target group\'s taste: no longer a crude sales pitch but pleasant surfing along a customer journey laid out by the seller.',
    },
    {
      id: 'der-zerlegte-kunde/kunde-als-datensatz',
      text: 'Wie viele Unternehmen wirklich kundenorientiert agieren, ist übrigens eine gemeine Frage. Daher nur ein Satz dazu: Klassisch aufgestellte Organisationen denken immer noch von innen nach außen statt vom Kunden aus. Aber kommen wir zurück. In der digitalen Welt der unendlichen Datenströme sieht dies anders aus. In ihr wird der Kunde verheißungsvoll vom Objekt zum Subjekt erklärt. Vorbei die Zeiten, in denen Hotline-Anrufe einem Canossa-Gang ins Nirwana glichen. In der neuen Welt werden wir über Retargeting auf allen unseren digitalen Spuren eskortiert. Von wegen Funkstille: Wir genießen – indirekt – die Kraft der Algorithmen, die unser Surfverhalten dekonstruieren, unsere Persönlichkeit in einen Datensatz zerlegen. Um unseren Wert als Käufer zu taxieren und uns dann mit den passenden Produkten oder, wenn es etwas dezenter angelegt ist, Content zu umwerben (vielleicht sollte ich besser sagen: piesacken). In der Logik von Google und Facebook, in dem Räderwerk von programmatic advertising ist der Kunde endlich nackt und skelettiert. Geheime Bedürfnisse ausgeschlossen. Willkommen in der Pathologie.',
      topics: ['data'],
      gist: 'In the digital world the customer is supposedly made the subject rather than the object. In fact retargeting follows us across all our traces, and algorithms break our personality down into a data set to price our worth as buyers and target us. In the logic of Google, Facebook and programmatic advertising the customer is stripped bare.',
    },
    {
      id: 'der-zerlegte-kunde/datenschleudern',
      text: 'Wie gerne würde ich diesen unsichtbaren Datenschleudern, die mich entkleidet haben, bescheiden zurufen: Verschont mich, lasst mich in Ruhe. Ich mag nicht, wie ihr mich penetriert. Nur antworten sie nicht und mit einem maschinellen Chat Bot zu kommunizieren, ist nicht wirklich wahre Liebe. Ist also dies der eigentliche Kern von Customer Centricity: der Kunde als Datensatz im Schleudergang der Algorithmen. Statt König die produktgenaugemolkene Cashcow?',
      topics: ['data'],
      gist: 'The author would like to tell the invisible data slingers that stripped him to leave him alone, but they do not answer, and a chatbot is no substitute. Is this the real core of customer centricity: the customer as a data set in the spin cycle of algorithms, a cash cow rather than a king?',
    },
    {
      id: 'der-zerlegte-kunde/ip-adresse-statt-namen',
      text: 'Die heutigen Maschinen kennen keine Wertschätzung der Kunden. Dazu gibt es kein lernbares Muster. Denn über Chemie und Stoffwechsel verfügen sie nicht – die Basis für emotionale Fähigkeiten. Längst vergangen die Zeiten, in denen es wirkliche Fachgeschäfte gab und uns kompetente Verkäufer mit Namen begrüßten. Heute werden wir anhand einer Zahlenfolge, unserer IP-Adresse, identifiziert.',
      topics: ['data'],
      gist: "Today's machines cannot value customers; they lack the basis for emotion. Gone are the specialist shops where competent staff greeted us by name: today we are identified by a string of numbers, our IP address.",
    },
    {
      id: 'der-zerlegte-kunde/mitarbeiter-wertschaetzung',
      text: 'Auf der anderen Seite gilt es zu fragen, ob wir in unserer analogen Welt als Mitarbeiter wirklich wertgeschätzt werden? Ich vermute, wenige bejahen diese Frage. Obwohl wiederum sehr viele in Organisationen arbeiten, die Wertschätzung in ihr Leitbild geschrieben haben. So schließt sich der Kreis zur vermaledeiten Customer Centricity: vollmundiger Begriff, wenig Realität. Immerhin werden wir für unseren Job bezahlt, hier lautet die Formel: monetäre Summe gleich Wertschätzung.',
      topics: ['labour'],
      gist: 'Are we valued as employees in the analogue world? Few would say yes, even where value for staff is written into the mission statement. Like customer centricity: a grand term with little reality; at least we are paid, so money equals appreciation.',
    },
    {
      id: 'der-zerlegte-kunde/datenschutz-und-regulierung',
      text: 'Also schätzen wir uns selbst wert. Spielen wir endlich konstruktiv mit unserer Macht als Konsumenten. Was wir tun und lassen, haben wir immer noch zu guten Teilen selbst in der Hand. Und setzen bei aller Liberalität auf einen umfassenden Datenschutz, auf harte gesetzliche Regulierungen, die uns unsere Würde im digitalen Raum bewahren lassen. Der Traum der ersten Webpioniere nach einer grenzenlosen digitalen Freiheit ist längst ausgeträumt. Die Realität lautet stattdessen, Menschen auf Datensätze zu reduzieren, damit der Rubel noch besser rollt.',
      topics: ['data', 'power'],
      gist: "So let us value ourselves and use our power as consumers, and rely on comprehensive data protection and strict laws that preserve our dignity online. The early web pioneers' dream of boundless freedom is over; the reality is reducing people to data sets for profit.",
    },
  ],
};

import { describe, expect, it } from 'vitest';
import { causeFramesIn } from './cause-frames';
import { tokenize } from './text';

/** The frame of the first mention of `word` in `text`. */
const frameOf = (text: string, word: string) => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((token) => token.norm === word.toLowerCase());
  return causeFramesIn(tokens)(at, at + 1);
};

/** The frame of the text's AI, as English ("AI") or German ("KI") names it. */
const frameOfAI = (text: string) => frameOf(text, text.includes('KI') ? 'KI' : 'AI');

describe('causeFramesIn', () => {
  it('reads AI that modifies the noun after a cause word as named, unless the noun is AI at work', () => {
    for (const text of [
      'The startup laid off 40 staff because of AI Act compliance costs.',
      'The publisher cut 120 newsroom jobs, citing AI copyright lawsuit costs.',
      'The consultancy cut 80 jobs, citing a move to AI hubs.',
      'After its rise to AI stardom, the chipmaker will cut 300 jobs.',
      'Die Redakteurin verliert ihren Job wegen erfundener KI-Zitate.',
      'Das Start-up entlässt 40 Mitarbeiter wegen abgesprungener KI-Investoren.',
    ])
      expect(frameOfAI(text), text).toBe('named');
    for (const text of [
      'The bank cut 300 jobs because of AI image tools.',
      'The bank cut 300 jobs due to AI adoption.',
      'The bank cut 300 jobs due to AI taking over routine work.',
      'The bank cut 300 jobs due to AI and automation.',
      'The firm laid off 200 translators due to the rise of AI translation.',
      'Der Konzern streicht 300 Stellen wegen KI-Agenten.',
      'Die Handelskette streicht 4000 Kassenjobs wegen KI-Kassen.',
      'Der Versicherer baut Stellen ab wegen KI-Sachbearbeitung.',
    ])
      expect(frameOfAI(text), text).toBe('cause');
  });

  it('reads AI that modifies a noun AI is about as named wherever it stands, not only after a cause word', () => {
    for (const text of [
      'Der Maschinenbauer verlor Millionen bei einem KI-Deepfake-Betrug und baut 80 Stellen ab.',
      'Die Agentur streicht 50 Stellen in Köln und zieht ins KI-Zentrum Berlin.',
      'Der Verband klagt gegen das KI-Gesetz der EU.',
      'The startup lays off 35 staff as AI Act compliance costs mount.',
      'The studio laid off 60 people and moved its remaining team to AI hubs in London.',
      // After a reason given as well: what the cause is about, not AI at work.
      'The union, citing an AI study from a local university, said the plant could be retooled.',
      'Der Konzern baut Personal ab, unter Verweis auf eine KI-Studie der Gewerkschaft.',
    ])
      expect(frameOfAI(text), text).toBe('named');
    for (const text of [
      'Der Konzern baut 300 Stellen ab und setzt KI-Agenten im Kundendienst ein.',
      'Die Bank streicht 200 Stellen, die KI übernimmt die Kreditprüfung.',
      'The bank laid off 300 staff as AI tools took over routine work.',
      'The insurer cut 200 jobs; AI now settles most small claims.',
      // With no cause word, English names only with the noun AI is about right after it.
      'Chief executive Dana Fry told analysts that AI will cut costs in loan processing.',
      'The bank cut 300 jobs; AI reduces staffing costs in the back office.',
      'The bank cut 300 jobs; AI costs the back office 40 jobs a year.',
      // With no cause word, a German compound whose last part is no thing AI is about gives AI as the reason.
      'Die Bank streicht 300 Stellen im Rahmen ihres KI-Programms.',
      'Mit der neuen KI-Strategie sollen Anrufe künftig ohne Mitarbeiter beantwortet werden.',
      'Der Konzern will mit einer KI-Offensive seine Verwaltung verschlanken.',
      'Die Touren plant künftig eine KI-Plattform des Start-ups Routio.',
    ])
      expect(frameOfAI(text), text).not.toBe('named');
  });

  it('reads German AI as a modifier only in a compound, not before the object written apart', () => {
    for (const text of [
      'Die Bank baut wegen KI Personal ab.',
      'Die Versicherung will wegen KI Stellen abbauen.',
      'Die Firma streicht wegen KI Hunderte Stellen.',
      'Die Bank streicht aufgrund von KI Arbeitsplätze.',
      'Die Stadtwerke wollen aufgrund der Umstellung auf KI Arbeitsplätze abbauen.',
    ])
      expect(frameOfAI(text), text).toBe('cause');
    expect(frameOf('Der Verlag entlässt wegen künstlicher Intelligenz Mitarbeiter.', 'Intelligenz')).toBe(
      'cause',
    );
    expect(frameOfAI('Sprachwerk streicht 60 Stellen wegen der KI-Klage eines Konkurrenten.')).toBe('named');
  });

  it('reads only the names of AI itself as a modifier: after automation, robots or a chatbot the clause goes on', () => {
    for (const [text, word] of [
      ['Wegen der Automatisierung fallen beim Zulieferer 600 Stellen weg.', 'Automatisierung'],
      ['Aufgrund der Automatisierung streicht der Logistiker 450 Stellen.', 'Automatisierung'],
      ['Wegen ChatGPT verlieren beim Übersetzungsbüro 40 Übersetzer ihre Jobs.', 'ChatGPT'],
      ['Der Paketdienst baut wegen neuer Roboter Personal ab.', 'Roboter'],
    ] as const)
      expect(frameOf(text, word), text).toBe('cause');
    expect(
      frameOf('The startup cut 40 staff because of artificial intelligence copyright costs.', 'intelligence'),
    ).toBe('named');
  });

  it('reads English AI as a modifier only before a noun the cause is about, not before any word', () => {
    for (const text of [
      'Solace cut 80 jobs due to AI chatbot lawsuit costs.',
      'Harrow laid off 25 staff because of AI model licensing costs.',
      'The lender cut 90 jobs, citing AI regulation costs.',
    ])
      expect(frameOfAI(text), text).toBe('named');
    for (const text of [
      'About 400 agents were replaced by AI overnight when the line went live.',
      'Fifty copywriters were replaced by AI within months of the deal.',
      'Halden Media will cut 300 jobs due to AI disruption of its traffic.',
      'Corvid laid off 200 engineers because of AI advances in code generation.',
      'Voice actors were replaced by AI avatars for streaming clients.',
      'Crestmoor will cut 800 jobs due to AI productivity improvements.',
      'Agents were replaced by AI without notice.',
      'Translators were replaced by AI like ChatGPT.',
      'Because of AI Valtra now needs half as many people.',
    ])
      expect(frameOfAI(text), text).toBe('cause');
  });

  it('reads AI at work as the subject of a clause that gives a cause', () => {
    for (const text of [
      'The insurer cut 600 jobs because AI chatbots now settle most claims.',
      'The grocer will cut 1,100 jobs because AI systems run its stock planning.',
      'Die Firma streicht Stellen, weil KI-Assistenten die Anfragen beantworten.',
    ])
      expect(frameOfAI(text), text).toBe('cause');
    // What AI only modifies is no subject at work.
    expect(frameOfAI('The bank cut jobs because AI demand grew.')).toBe('named');
    expect(frameOfAI('The bank cut jobs because AI rivals won its clients.')).toBeUndefined();
  });

  it('reads German AI before its object written apart as the subject of a cause clause, and "since" and "da" as "because"', () => {
    for (const text of [
      'Die Zeitung streicht 40 Stellen, weil KI Texte erstellt.',
      'Die Kasse baut Personal ab, da KI Anträge schneller prüft.',
      'Die Kasse baut Personal ab, da KI die Sachbearbeitung übernimmt.',
      'Der Verlag streicht 20 Stellen, weil KI Texte schreiben kann.',
      'The bank cut 300 jobs since AI now answers most calls.',
    ])
      expect(frameOfAI(text), text).toBe('cause');
    // A noun that AI modifies is joined to it; a date or a place has no subject's word after AI.
    for (const text of [
      'Das Magazin trennt sich von einer Reporterin, weil KI-Zitate erfunden waren.',
      'Firmen, die hier und da KI einsetzen, bauen Stellen ab.',
      'Since AI arrived, the bank cut 300 jobs.',
      // AI before a noun it modifies, written apart: the clause's verb is the plural's or a copula's.
      'Der Verlag streicht 20 Stellen, weil KI Bilder Fälschungen zeigten.',
      'Die Bank streicht 300 Stellen, da KI Prognosen zu optimistisch waren.',
      'Der Verlag streicht 20 Stellen, da KI Texte oft fehlerhaft sind.',
    ])
      expect(frameOfAI(text), text).toBeUndefined();
  });

  it('reads AI as the cause after a verb of its coming into use that a word of time dates', () => {
    for (const text of [
      'The lender has shed staff since it adopted generative AI.',
      'The travel firm cut 250 jobs after deploying AI agents.',
      'The firm laid off 90 staff after the company introduced an AI assistant.',
      'Die Bank streicht 300 Stellen, nachdem sie KI eingeführt hatte.',
      'Seit der Versicherer KI einsetzt, hat er 300 Stellen gestrichen.',
    ])
      expect(frameOfAI(text), text).toBe('cause');
    // Not a verb no word of time dates, nor a German "seit" inside its clause, which names a habit.
    for (const text of [
      'The firm cut 200 jobs. It adopted AI last year.',
      'The company has adopted AI since the layoffs.',
      'Die Bank, die seit Jahren KI einsetzt, streicht 300 Stellen.',
      // To stand up for or against AI is no use of it.
      'Seit sich die Gewerkschaft gegen KI einsetzt, hat die Bank 300 Stellen gestrichen.',
    ])
      expect(frameOfAI(text), text).toBeUndefined();
  });

  it('reads AI as the cause after a replacing verb and its "with" an object of several words apart', () => {
    for (const text of [
      'A law firm plans to replace most of its paralegals with AI.',
      'Voxline plans to replace most of its 1,200 call centre agents with AI voice assistants.',
    ])
      expect(frameOfAI(text), text).toBe('cause');
    expect(frameOfAI('The bank will not replace most of its 1,200 agents with AI.')).toBe('denied');
    // Not across a sentence.
    expect(frameOfAI('The bank replaced its logo. With AI, it plans more.')).toBeUndefined();
  });

  it('reads AI as the cause after the reason German names in a sentence of its own', () => {
    expect(frameOfAI('Der Versicherer streicht 300 Jobs. Grund sei KI, sagte ein Sprecher.')).toBe('cause');
    expect(frameOfAI('Der Verlag streicht 30 Stellen. Grund ist der Einsatz von KI.')).toBe('cause');
    expect(frameOfAI('Der Grund für die Investition in KI ist die Nachfrage.')).toBeUndefined();
    expect(frameOfAI('Die Aktie fiel. Grund sei die KI-Blase.')).toBe('named');
    // Denied right after the cause word, not by a negation of another thing further on.
    expect(frameOfAI('Der Versicherer streicht 300 Jobs. Grund sei nicht die KI, sondern die Zinsen.')).toBe(
      'denied',
    );
    expect(frameOfAI('Der Versicherer streicht 300 Jobs. Grund sei die KI, nicht die Konjunktur.')).toBe(
      'cause',
    );
  });

  it('reads AI as the cause after a turn to it or what it yields, governed by a cause word', () => {
    for (const text of [
      'The bank will cut 1,200 jobs, citing a shift to AI in loan processing.',
      'The firm laid off 10% of its staff, citing gains from AI.',
      'The insurer cut 300 jobs due to a move to AI.',
      'Der Versicherer streicht Stellen wegen der Umstellung auf KI.',
    ])
      expect(frameOfAI(text), text).toBe('cause');
    // A word of time dates the cut by another story; AI that only modifies the noun names a business.
    expect(frameOfAI("After a shift to AI, the chipmaker's shares rose.")).toBeUndefined();
    expect(frameOfAI('Nach der Umstellung auf KI stieg der Umsatz.')).toBeUndefined();
    expect(frameOfAI('The firm cut jobs, citing gains from AI chip sales.')).toBe('named');
  });

  it('reads AI given as the cause or what a company turns to', () => {
    for (const text of [
      'The company cut 500 jobs because of AI.',
      'The support staff were replaced by AI last spring.',
      'IBM plans to replace employees with AI.',
      'Der Konzern streicht Stellen wegen KI.',
      'Die Übersetzer werden durch KI ersetzt.',
      // The reason a company cites, and AI by its coming into use, after a cause word or a word of time.
      'Klarna cuts workforce, citing AI.',
      'The bank cut 300 jobs, blaming AI.',
      'Der Konzern baut Stellen ab, unter Verweis auf KI.',
      'The insurer cut 1,000 jobs due to the rise of AI.',
      'Der Versicherer streicht Stellen wegen des Einsatzes von KI.',
      'After the introduction of AI tools, the firm cut its support staff.',
      'Nach der Einführung von KI baut die Firma jede dritte Stelle ab.',
      'Seit der Einführung von KI fallen Stellen weg.',
      'The bank cut 200 jobs due to the use of AI.',
    ])
      expect(frameOfAI(text), text).toBe('cause');
    // A word of time before anything else dates the cut, and AI's use named alone gives no cause.
    for (const text of [
      'Nach der Übernahme baut die Bank Stellen ab; KI spielt dabei eine Nebenrolle.',
      'After the merger, the firm cut jobs and hired AI researchers.',
      'The use of AI grew while the firm cut 200 jobs.',
      'Die Nutzung von KI wächst, die Bank streicht Stellen.',
      // A word of time before an act of use dates a misuse, not an arrival.
      'The paper fired its editor after the use of AI to fabricate an interview.',
      'Nach dem Einsatz von KI für ein erfundenes Interview wurde die Chefredakteurin entlassen.',
      'Seit der Nutzung von KI im Callcenter fallen Stellen weg.',
    ])
      expect(frameOfAI(text), text).not.toBe('cause');
    expect(frameOfAI('The cuts were not due to the rise of AI.')).toBe('denied');
    // "because" and "weil" open a clause whose first noun may be anything, AI only its modifier: no cause,
    // a business named.
    for (const text of [
      'The chipmaker downsizes its workforce because AI chips sold out.',
      'The fund cut staff because AI stocks slumped.',
      'Der Händler baut Stellen ab, weil KI-Aktien fallen.',
      'Der Hersteller streicht Stellen, weil KI-Rechenzentren die Strompreise treiben.',
      'Der Zulieferer baut Personal ab, weil KI-Chips knapp sind.',
    ])
      expect(frameOfAI(text), text).toBe('named');
    // The AI that does the work or takes it over, named before the verb.
    expect(frameOf('AI will replace the call-centre staff.', 'AI')).toBe('cause');
    expect(frameOf('KI übernimmt die Arbeit der Übersetzer.', 'KI')).toBe('cause');
    expect(frameOf('Stellen fallen weg, weil KI Aufgaben im Kundendienst übernimmt.', 'KI')).toBe('cause');
    expect(frameOf('The insurer cuts jobs as AI takes over claims handling.', 'AI')).toBe('cause');
    // Work named by its task, after the verb or, as German says it, before the AI.
    expect(frameOf('The bank cuts jobs as AI takes over customer service.', 'AI')).toBe('cause');
    expect(frameOf('Stellen fallen weg, weil die Sachbearbeitung künftig eine KI übernimmt.', 'KI')).toBe(
      'cause',
    );
    expect(frameOf('Der Versicherer baut ab: KI übernimmt die Buchhaltung.', 'KI')).toBe('cause');
    // The work as a passive's subject, the AI its agent, however far apart in the clause.
    expect(frameOf('Die Aufgaben sollen künftig von KI-Chatbots übernommen werden.', 'KI')).toBe('cause');
    expect(frameOf('Der Kundendienst wird ab dem kommenden Jahr durch KI übernommen.', 'KI')).toBe('cause');
    expect(
      frameOf('Die Beschäftigten bleiben; die Firma wird von einem KI-Spezialisten übernommen.', 'KI'),
    ).not.toBe('cause');
    // An article may stand before the agent; the verb follows the AI itself, a word at most after it: not a
    // buyer or people the AI only names.
    for (const text of [
      'Die Aufgaben der Sachbearbeiter sollen künftig von einer KI übernommen werden.',
      'Die Aufgaben sollen künftig durch eine KI übernommen werden.',
    ])
      expect(frameOfAI(text), text).toBe('cause');
    for (const text of [
      'Der Kundendienst-Spezialist Callwerk wird von KI-Holding Nexora übernommen.',
      'Die Aufgaben der IT-Abteilung sollen künftig von KI-Fachleuten in Pune übernommen werden.',
    ])
      expect(frameOfAI(text), text).not.toBe('cause');
    // German work compounds read at their head: case handling, advice, care, order processing.
    for (const text of [
      'Versicherer streicht 300 Stellen – KI-Funktionen übernehmen die Schadensbearbeitung.',
      'Onlinehändler streicht 300 Stellen – KI-Produkte übernehmen die Kundenberatung.',
    ])
      expect(frameOf(text, 'KI'), text).toBe('cause');
    // A product the verb says does the work is its doer, not only what the company sells.
    expect(frameOf('The bank cuts 1,000 jobs as AI products take over customer service.', 'AI')).toBe(
      'cause',
    );
    expect(frameOf('Bank streicht 500 Stellen – KI-Funktionen übernehmen die Arbeit.', 'KI')).toBe('cause');
    expect(frameOf('Klarna said its AI features do the work of 700 agents.', 'AI')).toBe('cause');
    expect(frameOf('The AI firm replaced its chief executive.', 'AI')).toBe('named');
    // What a company spends on AI and rivals that use it are no business AI names: said beside cuts as often
    // as a cause, they keep the loose tie.
    expect(frameOf('Microsoft cuts 9,000 jobs as AI spending mounts.', 'AI')).toBeUndefined();
    expect(frameOf('Chegg cuts 22% of its staff as AI rivals draw students away.', 'AI')).toBeUndefined();
    // "nicht nur" adds to what AI replaces, it does not deny it.
    expect(frameOf('KI ersetzt nicht nur Sachbearbeiter, sondern auch Berater.', 'KI')).toBe('cause');
  });

  it('reads AI as the cause where it is the subject of a clause "because" or "weil" opens', () => {
    for (const text of [
      'The insurer cuts 700 office jobs because AI now handles most claims.',
      'Translators lost their jobs because AI can translate the manuals.',
      'Der Verlag baut Personal ab, weil KI die Texte schreibt.',
      'Der Versicherer baut Personal ab, weil die KI inzwischen die Schadensfälle bearbeitet.',
    ])
      expect(frameOfAI(text), text).toBe('cause');
    expect(frameOfAI('The insurer cut jobs, but not because AI now handles claims.')).toBe('denied');
    expect(frameOfAI('It let go 300 employees because sales fell, not because AI replaced anyone.')).toBe(
      'denied',
    );
    // AI as a modifier of the clause's subject, its object, or a word the clause names later: no cause.
    expect(frameOfAI('The studio hired 200 people because AI demand grew.')).toBe('named');
    expect(frameOfAI('The chipmaker cut 400 jobs due to AI chip demand slowing.')).toBe('named');
    expect(frameOfAI('The fund cut 50 staff because of AI stock losses.')).toBe('named');
    expect(frameOfAI('The studio cut 80 jobs because AI will not save its flop.')).toBeUndefined();
    expect(frameOfAI('The factory cuts 400 jobs because demand for AI servers slowed.')).toBe('named');
    for (const text of [
      'The lab cut staff because its AI now loses money.',
      'The startup laid off 20 staff because investors in AI now want profits.',
      'Der Verlag stellt ein, weil Leser KI die Texte nicht glauben.',
      'Die Bank schließt Filialen, weil Kunden jetzt KI nutzen.',
      'The bank closes branches, because AI, the CEO said, now checks loans.',
    ])
      expect(frameOfAI(text), text).toBeUndefined();
  });

  it('reads AI as what a company turns to only where it heads the object, no item of a list', () => {
    for (const text of [
      'Mozilla downsizes as it refocuses on Firefox and AI.',
      'The cuts free money to invest in AI.',
      'SAP setzt auf KI: Stellen fallen weg.',
      'The media group downsizes as it pivots to AI, cutting 200 jobs.',
      // A cause word that governs the turn itself gives it as the cause, no other one.
      'Meta downsized its staff amid a pivot to AI.',
      'The software firm downsized its staff due to its pivot to AI.',
      'The company cut 300 jobs, weeks after its chief executive vowed to focus on AI.',
      'The bank will eliminate 500 office jobs because it is betting on AI.',
      'Der Konzern baut Personal ab, angesichts der Neuausrichtung auf KI.',
      'Google is cutting hundreds of jobs amid falling sales and a push to invest in AI.',
    ])
      expect(frameOfAI(text), text).toBe('turnedTo');
    // A modifier after the turn's words: no turn to AI.
    for (const text of [
      'Teams would focus on analytics and AI-driven scouting.',
      'The system will invest in AI scheduling software.',
      'The savings will be invested in AI-driven factories.',
      // Two items joined by "und" alone may be the cut's reason, loosely tied (heise-sap-stellenabbau-ki-umbau).
      'Der Betriebsrat vermutet hinter dem Abbau eine Neuausrichtung auf KI und Cloud.',
      // A clause joined after the object, or one that opens right after AI, may say the cut or what AI does.
      'Crestline Bank said it will invest in AI for loan approvals and announced job cuts.',
      'Die Volksbank investiert in KI für die Kreditprüfung und streicht 300 Stellen.',
      'The firm invests in AI that answers customer calls.',
      'The firm invests in AI so that fewer agents are needed.',
      // A compound after the turn: its last part may be AI at work.
      'Das Modehaus setzt auf KI-Design für seine Eigenmarken.',
    ])
      expect(frameOfAI(text), text).toBeUndefined();
    // A feature, an item of a list said with commas, a plan beside a cut given another cause: named.
    for (const text of [
      'The carmaker will invest in AI for its driver assistance systems.',
      'The studio bets on AI features in its next game.',
      'Die Kette investiert in KI für die Lagerplanung.',
      'It bets on AI features to revive sales of its flagship phone.',
      'The bank would focus on cloud, AI, payments and customer service.',
      'Der neue Chef setzt auf Nachhaltigkeit, KI und den Onlineshop.',
      // A cut given another cause before the turn: the AI is a plan beside it.
      'The studio downsized its staff by 80 after its shooter flopped and bets on AI in its next game.',
      'The retailer cut 300 jobs amid falling sales and now invests in AI.',
      'Der Modehändler baut wegen schwacher Umsätze 400 Stellen ab und setzt auf KI.',
      'Der Versicherer streicht infolge der Fusion 800 Stellen und setzt auf KI.',
      'Der Verlag baut Personal ab, weil die Anzeigen wegbrechen, und setzt auf KI.',
    ])
      expect(frameOfAI(text), text).toBe('named');
    // A reason a company gives is another cause, as "amid" is: the turn joined after it is a plan.
    for (const text of [
      'The firm cut 300 jobs, citing weak demand, and invests in AI.',
      'The bank cut 200 jobs, blaming high rates, and now bets on AI.',
      'Der Konzern baut unter Verweis auf die Absatzkrise Personal ab und setzt auf KI.',
    ])
      expect(frameOfAI(text), text).toBe('named');
    // The reason given is AI only where AI ends its noun, right after the word or words after it: not AI
    // that modifies another noun ("an AI study"), not the passive "cited by".
    for (const text of [
      'The airline lets go of 900 agents, citing AI efficiencies.',
      'Klarna cuts workforce, citing its AI.',
    ])
      expect(frameOfAI(text), text).toBe('cause');
    expect(
      frameOfAI('The layoffs, widely cited by AI commentators on social media, follow a drop in revenue.'),
    ).toBeUndefined();
    // "citing" gives the reason right after it as the cause, no turn to AI in another clause.
    expect(
      frameOfAI('Chip designer downsized its staff by 150, citing weak sales; its rivals use AI.'),
    ).toBeUndefined();
    // "nach" dates or reports ("kurz nach der Hauptversammlung", "wie nach der Sitzung bekannt wurde"): no
    // other cause, the turn is still the cut's.
    for (const text of [
      'Kurz nach der Hauptversammlung baut der Versicherer Personal ab und setzt auf KI.',
      'Die Bank streicht 500 Stellen, wie nach der Sitzung bekannt wurde, und setzt auf KI.',
    ])
      expect(frameOfAI(text), text).toBe('turnedTo');
    // First in its sentence, "after" dates the turn.
    expect(frameOfAI('After the layoffs, the company pivots to AI.')).toBe('turnedTo');
  });

  it('reads no AI that takes over a company, not its work, as a cause', () => {
    // The AI names the buyer's business.
    expect(frameOf('Der KI-Spezialist übernimmt das Softwarehaus aus Karlsruhe.', 'KI')).toBe('named');
    expect(frameOf('The AI firm took over the retailer in March.', 'AI')).toBe('named');
    expect(frameOf('The AI firm took over the customer database.', 'AI')).toBe('named');
    expect(frameOf('Der Kundenservice meldet: KI-Spezialist übernimmt Softwarehaus.', 'KI')).toBe('named');
  });

  it('reads a denial as denying only the cause it governs', () => {
    // The cause the contrast gives after the denial, and one said before a contested denial.
    expect(
      frameOf('The cuts have nothing to do with the merger, the chief executive said, but with AI.', 'AI'),
    ).toBe('cause');
    expect(frameOf('Der Abbau habe nichts mit den Kosten zu tun, sondern mit KI.', 'KI')).toBe('cause');
    expect(
      frameOf('Workers say they were replaced by AI, though the company insists AI played no role.', 'AI'),
    ).toBe('cause');
    // German denies the verb after it.
    expect(frameOf('KI ersetzt keine Berater, sagte der Vorstand.', 'KI')).toBe('denied');
    expect(frameOf('KI ersetzt den Menschen nicht.', 'KI')).toBe('denied');
  });

  it('reads AI the text denies as a cause', () => {
    for (const text of [
      'The layoffs are not because of AI.',
      "The cuts aren't related to AI, the company said.",
      'The layoffs have nothing to do with AI.',
      'AI played no role in the decision.',
      "AI won't replace our writers.",
      'Die Kündigungen kommen nicht wegen KI.',
      'KI spielt beim Stellenabbau keine Rolle.',
      'Der Abbau hat nichts mit KI zu tun.',
      // A denial governs its sentence up to a contrast, however far the cause stands from it.
      'The job cuts have nothing to do with the rise of AI.',
      'The job cuts have nothing to do with the spread of generative AI, but with falling ad revenue.',
      "The layoffs are unrelated to the company's new AI tools.",
      'Der Stellenabbau habe nichts mit der Digitalisierung und KI zu tun, sondern mit der schwachen Nachfrage.',
      'KI habe beim Abbau der Stellen keine Rolle gespielt.',
      'The layoffs are not related to the rollout of AI software, but to Medicaid cuts.',
      'Die Kündigungen kommen nicht wegen der neuen KI.',
      // The mention right after "not about", and AI set against the cause given.
      'This is not about AI replacing anyone, it is about costs.',
      'The retailer cut 1,000 jobs because of tariffs, not AI.',
      'It cut 1,000 jobs because of tariffs rather than AI.',
      'Der Händler streicht 1000 Stellen wegen der Zölle, nicht KI.',
      // A verb of denial governs its clause, and what "that" or "dass" opens after a comma.
      'The insurer denied that it cut 200 jobs because of AI.',
      'Meridian denies that 200 layoffs are due to AI.',
      'Die Versicherung bestreitet, dass sie 200 Stellen wegen KI abbaut.',
      'Der Zulieferer dementiert, dass die Entlassungen wegen KI erfolgen.',
    ])
      expect(frameOfAI(text), text).toBe('denied');
    // Up to a contrast only, and not beyond its sentence.
    expect(frameOfAI('The bank denied any wrongdoing, but it is cutting 700 jobs because of AI.')).toBe(
      'cause',
    );
    expect(frameOfAI('The bank denied the report. It cut 700 jobs because of AI.')).toBe('cause');
  });

  it('reads no denial in a verb of denial that is negated, passive, or stands across a mark', () => {
    for (const text of [
      'Meridian does not deny that the cuts are due to AI.',
      'Niemand bestreitet, dass die Stellen wegen KI wegfallen.',
      'Der Vorstand bestreitet nicht, dass die 400 Stellen wegen KI wegfallen.',
      'Former staff say they were denied severance pay after being replaced by AI chatbots in the spring.',
      'Harbor Bank, which denied any wrongdoing in a 2023 fraud probe, will cut 700 back-office jobs because of AI.',
      'Verdi bestreitet die Darstellung des Konzerns und sagt, die 500 Kassenstellen fielen wegen KI weg.',
      'Die Agentur, die den Großteil ihres Umsatzes mit Übersetzungen bestreitet, streicht wegen KI 120 Stellen.',
    ])
      expect(frameOfAI(text), text).toBe('cause');
  });

  it('reads AI as a cause where the word it denies is another', () => {
    expect(frameOfAI('The bank cut 500 jobs not because of costs but because of AI.')).toBe('cause');
    expect(frameOfAI('The bank cut 500 jobs because of AI, not costs.')).toBe('cause');
    expect(frameOfAI('Die Bank streicht 500 Stellen wegen KI, nicht wegen der Kosten.')).toBe('cause');
  });

  it('reads no denial in "without AI": what could be done without it', () => {
    expect(frameOfAI('They could have won without AI and just by being more stable.')).toBeUndefined();
    expect(frameOfAI('Die Bank wäre auch ohne KI gewachsen.')).toBeUndefined();
  });

  it('reads AI named as what a company is or sells, which ties no cut', () => {
    for (const text of [
      'Der Umsatz wuchs durch KI-Chips.',
      'Its AI chips sold well this quarter.',
      'The layoffs are not about costs. AI chips sold well.',
      'It cut 300 jobs because demand for AI chips fell.',
      'The AI startup laid off 20 percent of its staff.',
      'Das KI-Start-up entlässt 30 Beschäftigte.',
    ])
      expect(frameOfAI(text), text).toBe('named');
    // What a company makes or sells, a few words after the verb in its clause.
    expect(frameOfAI('The company makes AI software for lawyers.')).toBe('named');
    expect(frameOfAI('The startup will now sell its AI models to businesses.')).toBe('named');
    expect(frameOfAI('The firm builds tools that use AI for claims.')).toBe('named');
    expect(frameOfAI('The company, which sells AI tools, cut 500 jobs.')).toBe('named');
    expect(frameOfAI('The company also launched an AI assistant for accountants.')).toBe('named');
    // Launched beside a clause joined to it, the product is no plan of its own: no frame, as said anywhere.
    expect(frameOfAI('Die Bank präsentiert einen KI-Assistenten und streicht 300 Stellen.')).toBeUndefined();
    expect(frameOfAI('The bank unveiled an AI assistant and cut 300 jobs.')).toBeUndefined();
    expect(frameOfAI('The company launched an AI assistant and a chatbot for banks.')).toBe('named');
    expect(frameOfAI('It rolled out AI price tags this year.')).toBe('named');
    expect(frameOfAI('Klarna introduced an AI assistant that does the work of 700 agents.')).toBe('cause');
    // Not where a cause word frames it.
    expect(frameOfAI('It makes cuts because of AI.')).toBe('cause');
    // The tools that do the work are no business's name: "AI software now handles claims".
    expect(frameOfAI('The insurer cut 700 jobs; its AI software now handles claims.')).toBeUndefined();
  });

  it('reads no frame where AI is only named, or its frame stands in another sentence', () => {
    for (const text of [
      'The firm is hiring AI engineers.',
      'It focuses on shoes. AI is a side project.',
      // Where the cuts fall, or what the company sells, not their cause.
      'Microsoft lays off its team focused on AI ethics.',
      'It cut a team dedicated to AI research.',
      'The cuts hit roles related to AI.',
      'Google explores integrating newer AI into its products.',
      'Enrolment fell as students shift to AI courses.',
    ])
      expect(frameOf(text, 'AI'), text).toBeUndefined();
  });
});

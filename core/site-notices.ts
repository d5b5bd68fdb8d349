import { normalize } from './text';

/**
 * A site's own notices in the text a page reads as its article: the footer's links ("Privacy Policy |
 * Cookies | Do Not Sell My Personal Information"), the cookie banner ("We use cookies to personalise
 * content and ads"), and the privacy notice that is the whole page. They speak of the reader's data as
 * every site must, on a recipe, a robbery report or a shop's help page; they are no article about what
 * companies do with people's data, and the words in them are not read (analyse.ts).
 */

/** Characters of a text, `start` up to, not including, `end`. */
interface TextRange {
  start: number;
  end: number;
}

/**
 * Phrases (normalised) in which the site speaks of its own cookies, privacy policy and the reader's
 * choices: a sentence that says one is the site's notice. Written as a site writes them, with "we",
 * "our", "this site" or the link's wording, so that a report of what a company does with cookies or in
 * its privacy policy ("Meta's privacy policy lets it ...") is read as before.
 */
const NOTICE_PHRASES: readonly string[] = [
  'we use cookies',
  'we and our partners use',
  'we and our partners store',
  // The consent framework's dialog (IAB TCF), as sites print it in their pages: "With your permission we
  // and our partners may use precise geolocation data".
  'we and our partners may',
  'we value your privacy',
  'this website stores cookies on your computer',
  'this site uses cookies',
  'this website uses cookies',
  'our site uses cookies',
  'our website uses cookies',
  'by continuing to use this site',
  'by continuing to browse',
  'by using this site',
  'by using our site',
  'by using this website',
  'read our privacy policy',
  'see our privacy policy',
  'view our privacy policy',
  'in our privacy policy',
  'read our cookie policy',
  'see our cookie policy',
  'our advertising and analytics partners',
  'about your use of our site',
  'do not sell my personal information',
  'do not sell or share my personal information',
  'your privacy choices',
  'wir verwenden cookies',
  'wir nutzen cookies',
  'wir setzen cookies ein',
  'wir und unsere partner',
  'diese website verwendet cookies',
  'diese webseite verwendet cookies',
  'diese website nutzt cookies',
  'diese webseite nutzt cookies',
  'in unserer datenschutzerklarung',
  'unsere datenschutzerklarung',
];

/**
 * The names of the legal notices a site publishes about itself, as a page's headline names the page: a
 * headline that is one of them, alone, for whom it is written ("Datenschutzhinweise für Kunden", "Privacy
 * Notice for California Residents") or with the site's name after a bar or dash ("Datenschutzerklärung |
 * Beispielshop"), heads the site's own notice, and its whole text is that notice. A headline that goes on
 * to tell news of one starts with the name too ("Privacy Policy Update Angers Users", "Datenschutzerklärung:
 * Was WhatsApp jetzt ändert", "Cookie-Richtlinie der EU kommt") and is read.
 */
const NOTICE_TITLES: readonly string[] = [
  'privacy policy',
  'privacy notice',
  'privacy statement',
  'cookie policy',
  'cookie notice',
  'data protection notice',
  'data protection policy',
  'datenschutzerklarung',
  'datenschutzhinweise',
  'datenschutzhinweis',
  'datenschutzinformation',
  'datenschutzinformationen',
  'datenschutzrichtlinie',
  'datenschutzbestimmungen',
  'cookie-richtlinie',
  // The page of the consent dialog, where the reader sets which cookies the site may use.
  'cookie settings',
  'cookie-einstellungen',
];

/** How many words a headline that is a notice's title may have, the title's own and for whom it is. */
const NOTICE_TITLE_WORDS = 5;

/** What a notice's title is written for, between its name and whom: "Privacy Notice for California Residents". */
const NOTICE_FOR = ['for', 'fur'];

/** What sets the site's name off a page's title: "Privacy Policy | Example Shop", "Datenschutz – Beispielshop". */
const TITLE_SEPARATOR = /\s[|·•–—-]\s/;

/** The most words a site's name after a title's separator has ("Example Shop GmbH & Co. KG"). */
const SITE_NAME_WORDS = 5;

/**
 * The first letters of the words that name a site's legal pages in its footer's links. A list of short
 * pieces joined by bars is a footer where one of them names one ("Terms of Service | Privacy Policy") and
 * most of them name the site's pages (SITE_PAGE_WORDS); a table's row ("App | Trackers | Privacy label |
 * Temu | 12 trackers | Data used to track you"), a list of headlines or an article's bullet points
 * ("• Aufnahmen werden dauerhaft gespeichert • Datenschutz-Einstellungen sind versteckt • ...") that name
 * privacy once are not.
 */
const NOTICE_LINK_WORDS: readonly string[] = [
  'privacy',
  'cookie',
  'terms',
  'datenschutz',
  'impressum',
  'imprint',
  'nutzungsbedingung',
  'agb',
  'sell',
];

/**
 * The first letters of the words that name the rest of a site's pages in its footer: "Home | About |
 * Contact | Privacy Policy", "Impressum · Datenschutz · Kontakt".
 */
const SITE_PAGE_WORDS: readonly string[] = [
  ...NOTICE_LINK_WORDS,
  'home',
  'about',
  'contact',
  'kontakt',
  'sitemap',
  'accessibility',
  'barrierefrei',
  'legal',
  'disclaimer',
  'careers',
  'karriere',
  'advertise',
  'newsletter',
  'help',
  'hilfe',
  'faq',
  'rss',
  'uber',
];

/**
 * How many words a sentence that is a notice has at most. A page's paragraphs reach the engine as one
 * text, and where one ends without a stop the "sentence" runs on from the article or the site's menu into
 * the notice ("... Pegasus snoops through WhatsApp DH Picks ... We use cookies to understand how you use
 * our site"): the notice is then not told apart from what stands before it, and nothing is taken away.
 */
const NOTICE_SENTENCE_WORDS = 40;

/**
 * How many words a sentence that opens with a notice's phrase has at most: nothing of the article stands
 * before it, and the consent framework's dialog says its purposes in one sentence of some fifty words ("We
 * and our partners store and/or access information on a device, such as cookies, and process personal
 * data, ... for personalised advertising and content, advertising and content measurement, audience
 * research and services development"). Twice the cap, so that a notice without a stop that runs on into
 * the article is still no notice.
 */
const OPENING_NOTICE_SENTENCE_WORDS = 2 * NOTICE_SENTENCE_WORDS;

/** How many words a link in a footer's list has at most ("Do Not Sell My Personal Information"). */
const LINK_WORDS = 6;

/** What separates the links of a footer's list, set off by spaces: "Privacy | Cookies · Terms". */
const LINK_SEPARATOR = /\s[|·•]\s/g;

/** A word of one letter, where it stands on its own. */
const ONE_LETTER = String.raw`(?:^|\s)\p{L}`;

/**
 * A sentence's end: its mark, a closing quote after it, and the space after them. A banner quoted in a
 * report ("Its banner said: \"We use cookies.\" The site loaded trackers ...") ends with its quote. Not
 * the dots of an abbreviation written as two words of one letter ("z. B.", "u. a.", "e. g."), at either
 * of them: the German consent dialog names its examples so ("wie z. B. Cookies"), and cut there, its
 * sentence of purposes was no notice's.
 */
const SENTENCE_END = new RegExp(
  String.raw`(?<!${ONE_LETTER}\.\s*\p{L})(?<!${ONE_LETTER}(?=\.\s*\p{L}\.))[.!?]["'”’»«“]*\s+`,
  'gu',
);

/**
 * The quotes before a notice's phrase that make it the notice quoted in a report, not the site's own: "its
 * 'Do not sell my personal information' link did not stop the sale", "'We use cookies' banners that hide
 * the reject option break the law".
 */
const QUOTE_BEFORE = /["'‘’“”„‚»«]\s*$/;

/**
 * Words of a report on a notice, which no site's notice says of itself: "The attorney general sued Sephora
 * because its Do Not Sell My Personal Information link did not work", "Das Gericht verklagt ...". Not
 * "found", which banners say ("more information can be found in our privacy policy").
 */
const REPORTED =
  /\b(sued|sues|suing|lawsuit|fined|ruled|regulators?|attorney|court|verklagt|klage|gericht)\b/;

/** What sets a notice's title off the line that says what it is about: "Privacy notice: how we use ...". */
const SUBTITLE_SEPARATOR = /:\s/;

/**
 * The site speaking of what it does with the reader's data, in the first person, in both languages: the
 * line under a notice's title ("how we use your personal information", "So verarbeiten wir Ihre Daten").
 * It opens so, a word of how, what or why and "we" at most two words after it, and has a verb of handling
 * data: a report says "we" of its own reading, to open its line ("we read Temu's fine print and found how
 * it will use your data", "Wir haben nachgelesen, wie Temu Ihre Daten nutzen will") or with no such verb
 * ("what we found in 100 apps").
 */
const SITE_S_VOICE = /^(how|what|why|wie|was|warum|so|welche)( \S+){0,2} (we|wir)\b/;
const HANDLES_DATA =
  /\b(use|collect|process|share|handle|protect|store|keep|verwenden|nutzen|einsetzen|erheben|verarbeiten|speichern|schutzen)\b/;

/** A headline folded and with its marks taken out, as the titles are written. */
function folded(headline: string): string {
  return normalize(headline)
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim();
}

/**
 * Whether a headline is the title of the site's own legal notice (NOTICE_TITLES): alone, for whom, with
 * the site's name, or over a line that opens in the site's voice on what it does with the reader's
 * data (SITE_S_VOICE, HANDLES_DATA): "Privacy notice: how we use your personal information for council tax",
 * "Cookie policy: how we use cookies". News of a notice says no "we" of the site ("Datenschutzerklärung:
 * Was WhatsApp jetzt ändert").
 */
export function headlinesANotice(headline: string | undefined): boolean {
  if (!headline) return false;
  // The site's name after the title is the site's, not the title's: "Privacy Policy | Example Shop". A
  // longer line after a dash is the title's subtitle: "Cookie settings — why 'Reject all' is so hard to find".
  const [beforeSeparator = '', ...after] = headline.split(TITLE_SEPARATOR);
  const head = folded(after.join(' ')).split(' ').length <= SITE_NAME_WORDS ? beforeSeparator : headline;
  const [name = '', ...about] = head.split(SUBTITLE_SEPARATOR);
  const line = folded(about.join(' '));
  if (NOTICE_TITLES.includes(folded(name)) && SITE_S_VOICE.test(line) && HANDLES_DATA.test(line)) return true;
  const title = folded(head);
  if (title.split(' ').length > NOTICE_TITLE_WORDS) return false;
  return NOTICE_TITLES.some(
    (name) => title === name || NOTICE_FOR.some((word) => title.startsWith(`${name} ${word} `)),
  );
}

/**
 * The ranges of a text that are the site's notices: each run of two or more short pieces joined by a
 * footer's separators (LINK_SEPARATOR), each no longer than a link (LINK_WORDS), most of which name a
 * site's page (SITE_PAGE_WORDS) and one a legal page (NOTICE_LINK_WORDS); and each sentence that says a
 * notice's phrase (NOTICE_PHRASES) as the site's own, not quoted, and is no longer than a notice
 * (NOTICE_SENTENCE_WORDS). A dateline set off by a bar ("Berlin | Die
 * Gewerkschaft ...") joins a piece to a sentence, not to another link, and stays.
 */
export function noticeRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  // Most texts say no notice's phrase and have no bar: then no sentence is looked at (the read of every
  // article passes here).
  const folded = normalize(text);
  const phrases = NOTICE_PHRASES.filter((phrase) => folded.includes(phrase));
  const bars = new RegExp(LINK_SEPARATOR.source).test(text);
  if (phrases.length === 0 && !bars) return ranges;
  for (const sentence of piecesOf(text, SENTENCE_END, 0, text.length)) {
    // Folded once per sentence, for every phrase the text holds.
    const said = phrases.length === 0 ? '' : normalize(text.slice(sentence.start, sentence.end));
    const notice = phrases.some((phrase) => saysAsItsOwn(said, phrase));
    const opens = phrases.some((phrase) => said.trimStart().startsWith(phrase));
    const cap = opens ? OPENING_NOTICE_SENTENCE_WORDS : NOTICE_SENTENCE_WORDS;
    if (notice && wordsOf(text, sentence).length <= cap) {
      ranges.push(sentence);
      continue;
    }
    const pieces = piecesOf(text, LINK_SEPARATOR, sentence.start, sentence.end);
    if (pieces.length < 2) continue;
    // A run of short pieces is the list; a long piece at either end of it is the sentence it stands beside.
    let run: TextRange[] = [];
    const endRun = () => {
      const sitePages = run.filter((piece) => names(text, piece, SITE_PAGE_WORDS)).length;
      if (
        run.length >= 2 &&
        sitePages * 2 > run.length &&
        run.some((piece) => names(text, piece, NOTICE_LINK_WORDS))
      ) {
        ranges.push({ start: run[0]!.start, end: run[run.length - 1]!.end });
      }
      run = [];
    };
    for (const piece of pieces) {
      if (wordsOf(text, piece).length <= LINK_WORDS) run.push(piece);
      else endRun();
    }
    endRun();
  }
  return ranges;
}

/** The words of a range of a text, normalised. */
function wordsOf(text: string, range: TextRange): string[] {
  return normalize(text.slice(range.start, range.end))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether a footer's piece names one of the pages whose words start with `stems`. */
function names(text: string, piece: TextRange, stems: readonly string[]): boolean {
  return wordsOf(text, piece).some((word) => stems.some((stem) => word.startsWith(stem)));
}

/**
 * Whether a sentence, folded (text.ts normalize), says a notice's phrase as the site's own, not quoted
 * (QUOTE_BEFORE) nor reported (REPORTED).
 */
function saysAsItsOwn(folded: string, phrase: string): boolean {
  if (REPORTED.test(folded)) return false;
  for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
    if (!QUOTE_BEFORE.test(folded.slice(0, at))) return true;
  }
  return false;
}

/** The pieces of `text` from `start` to `end` between the matches of `separator`. */
function piecesOf(text: string, separator: RegExp, start: number, end: number): TextRange[] {
  const pieces: TextRange[] = [];
  let from = start;
  for (const match of text.slice(start, end).matchAll(separator)) {
    pieces.push({ start: from, end: start + match.index });
    from = start + match.index + match[0].length;
  }
  pieces.push({ start: from, end });
  return pieces.filter((piece) => piece.end > piece.start);
}

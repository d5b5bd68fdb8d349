import { describe, expect, it } from 'vitest';
import { headlinesANotice, noticeRanges } from './site-notices';

/** The parts of a text that noticeRanges takes for the site's notices. */
const notices = (text: string) => noticeRanges(text).map(({ start, end }) => text.slice(start, end));

describe('noticeRanges', () => {
  it("finds a footer's links to the site's legal pages, in English and German", () => {
    const story = 'The clerk was not hurt. The chain said it was cooperating fully.';
    expect(
      notices(
        `${story} Privacy Policy | Cookie Policy | Your Privacy Rights | Do Not Sell My Personal Information | Terms of Service`,
      ),
    ).toEqual([
      'Privacy Policy | Cookie Policy | Your Privacy Rights | Do Not Sell My Personal Information | Terms of Service',
    ]);
    expect(notices(`${story} Privacy Policy | Cookies`)).toEqual(['Privacy Policy | Cookies']);
    expect(notices('Das Werk bleibt geöffnet. Impressum · Datenschutz · Kontakt')).toEqual([
      'Impressum · Datenschutz · Kontakt',
    ]);
  });

  it("leaves a table's rows, a list of headlines and a dateline set off by a bar", () => {
    expect(
      notices('| Company | 2023 total fines | | Alphabet | $941 million | | Amazon | $111.7 million |'),
    ).toEqual([]);
    expect(
      notices('Senators call for 5G security coordinator | Facebook gets questions over location tracking'),
    ).toEqual([]);
    expect(
      notices(
        'Berlin | Die Gewerkschaft Verdi hat die Beschäftigten von Amazon erneut zum Streik aufgerufen.',
      ),
    ).toEqual([]);
  });

  it("leaves an article's table and bullet points that name privacy once (stop 34 review)", () => {
    expect(
      notices(
        'App | Trackers | Privacy label | Temu | 12 trackers | Data used to track you | Shein | 9 trackers',
      ),
    ).toEqual([]);
    expect(notices('App | Tracker | Datenschutz-Label | Temu | 12 Tracker | Daten zum Tracking')).toEqual([]);
    expect(
      notices(
        'Das fanden die Tester: • Aufnahmen werden dauerhaft gespeichert • Datenschutz-Einstellungen sind ' +
          'versteckt • Daten gehen an Werbepartner',
      ),
    ).toEqual([]);
    expect(
      notices('Key points · Temu tracks shoppers · Data goes to advertisers · Privacy concerns'),
    ).toEqual([]);
    expect(notices('Home | About | Contact | Privacy Policy')).toEqual([
      'Home | About | Contact | Privacy Policy',
    ]);
  });

  it('finds the sentences in which the site speaks of its own cookies and privacy policy', () => {
    const footer =
      'Bake for an hour until a skewer comes out clean. We respect your privacy. We use cookies to ' +
      'personalise content and ads and to analyse our traffic. We share information about your use of our ' +
      'site with our advertising and analytics partners. Read our privacy policy. Do not sell my personal ' +
      'information.';
    expect(notices(footer)).toEqual([
      'We use cookies to personalise content and ads and to analyse our traffic',
      'We share information about your use of our site with our advertising and analytics partners',
      'Read our privacy policy',
      'Do not sell my personal information.',
    ]);
    expect(
      notices(
        'Jeden Morgen der Nachrichtenüberblick. Informationen zum Versandverfahren erhalten Sie in unserer ' +
          'Datenschutzerklärung. Diese Website verwendet Cookies.',
      ),
    ).toEqual([
      'Informationen zum Versandverfahren erhalten Sie in unserer Datenschutzerklärung',
      'Diese Website verwendet Cookies.',
    ]);
  });

  it('leaves a report of what a company does with cookies or in its privacy policy', () => {
    expect(
      notices(
        "Meta's new privacy policy lets it train its AI on users' posts. The company uses cookies to follow " +
          'users across the web, the regulator said. "We use data to show you relevant ads," a spokesperson ' +
          'said.',
      ),
    ).toEqual([]);
  });

  it('leaves a notice quoted in a report, and ends a sentence at its closing quote (stop 34 review)', () => {
    expect(
      notices(
        "California's attorney general sued Sephora after finding that its 'Do not sell my personal " +
          "information' link did not stop the sale of customer data to advertisers. 'We use cookies' banners " +
          'that hide the reject option break the law.',
      ),
    ).toEqual([]);
    expect(
      notices(
        'The attorney general sued Sephora because its Do Not Sell My Personal Information link did not stop ' +
          'the sale of customer data.',
      ),
    ).toEqual([]);
    // The quoted banner is the report's, and the report's next sentence is not the banner's.
    expect(
      notices(
        'Its banner said: "We use cookies." The site loaded trackers before anyone clicked and sent ' +
          "shoppers' data to advertisers.",
      ),
    ).toEqual([]);
    expect(
      notices('"The trackers sent data to advertisers." We use cookies to personalise content and ads.'),
    ).toEqual(['We use cookies to personalise content and ads.']);
  });

  it("finds the consent banners' own words", () => {
    expect(
      notices(
        'The match ended 2-1. We value your privacy. We and our partners store and/or access information on ' +
          'a device. This website stores cookies on your computer.',
      ),
    ).toEqual([
      'We value your privacy',
      'We and our partners store and/or access information on a device',
      'This website stores cookies on your computer.',
    ]);
  });

  it('leaves a run-on text that ends in a notice: what stands before it cannot be told apart', () => {
    const menu = Array.from({ length: 40 }, (_, i) => `Section${i}`).join(' ');
    expect(notices(`${menu} We use cookies to understand how you use our site.`)).toEqual([]);
  });

  it("finds the consent framework's dialog, whose sentence of its purposes opens with its phrase", () => {
    const purposes =
      'We and our partners store and/or access information on a device, such as cookies, and process ' +
      'personal data, such as unique identifiers and standard information sent by a device, for ' +
      'personalised advertising and content, advertising and content measurement, audience research and ' +
      'services development.';
    const permission =
      'With your permission we and our partners may use precise geolocation data and identification ' +
      'through device scanning.';
    expect(notices(`Pour over the warm cake. ${purposes} ${permission}`)).toEqual([
      purposes.slice(0, -1),
      permission,
    ]);
    // The same length with the phrase at its end is a run-on from the article, and stays.
    const menu = Array.from({ length: 40 }, (_, i) => `Section${i}`).join(' ');
    expect(notices(`${menu} We use cookies to understand how you use our site.`)).toEqual([]);
    // Opening the sentence, it is no notice where it runs on for twice a notice's length.
    expect(notices(`We use cookies ${menu} ${menu}.`)).toEqual([]);
  });

  it("reads the German dialog as one sentence: an abbreviation's dots end none", () => {
    const purposes =
      'Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, wie z. B. ' +
      'Cookies, und verarbeiten personenbezogene Daten, wie z. B. eindeutige Kennungen und ' +
      'Standardinformationen, die von einem Gerät gesendet werden, für personalisierte Anzeigen und ' +
      'Inhalte, Anzeigen- und Inhaltsmessung, Erkenntnisse über Zielgruppen und Produktentwicklungen.';
    expect(notices(`Den Kuchen abkühlen lassen. ${purposes}`)).toEqual([purposes]);
    // A sentence that ends in a word of one letter still ends: the next one is read on its own.
    expect(notices('Sie nahm Vitamin C. Wir verwenden Cookies, um die Seite zu verbessern.')).toEqual([
      'Wir verwenden Cookies, um die Seite zu verbessern.',
    ]);
  });
});

describe('headlinesANotice', () => {
  it("is the title of the site's own privacy notice, alone, for whom, or with the site's name", () => {
    expect(headlinesANotice('Privacy Policy')).toBe(true);
    expect(headlinesANotice('Privacy Notice for California Residents')).toBe(true);
    expect(headlinesANotice('Privacy Policy | Example Shop')).toBe(true);
    expect(headlinesANotice('Datenschutzhinweise für Kunden')).toBe(true);
    expect(headlinesANotice('Datenschutzerklärung')).toBe(true);
    expect(headlinesANotice('Datenschutzerklärung | Beispielshop')).toBe(true);
    expect(headlinesANotice('Privacy Policy – Example Shop')).toBe(true);
    // The consent dialog's own page.
    expect(headlinesANotice('Cookie-Einstellungen')).toBe(true);
    expect(headlinesANotice('Cookie Settings | Example Shop')).toBe(true);
    expect(headlinesANotice('Datenschutzerklärung – Example Shop GmbH & Co. KG')).toBe(true);
  });

  it("reads a longer line after a dash as the title's subtitle, not the site's name", () => {
    expect(headlinesANotice("Cookie settings — why 'Reject all' is so hard to find")).toBe(false);
    expect(headlinesANotice('Datenschutzerklärung – was die neue Fassung von WhatsApp ändert')).toBe(false);
  });

  it('is the title over a line in which the site says what it does with the reader’s data', () => {
    expect(headlinesANotice('Privacy notice: how we use your personal information for council tax')).toBe(
      true,
    );
    expect(headlinesANotice('Cookie policy: how we use cookies and similar technologies')).toBe(true);
    expect(headlinesANotice('Datenschutzerklärung: So verarbeiten wir Ihre Daten')).toBe(true);
    expect(headlinesANotice('Datenschutzhinweise: Welche Daten wir speichern und warum')).toBe(true);
    expect(headlinesANotice('Cookie-Richtlinie: Wie wir Cookies und Tracking einsetzen')).toBe(true);
    // A line that reports, or says "we" of the report's own reading, is news of a notice.
    expect(headlinesANotice('Privacy policy: what we found in 100 apps')).toBe(false);
    expect(
      headlinesANotice('Privacy policy: we read Temu’s fine print and found how it will use your data'),
    ).toBe(false);
    expect(
      headlinesANotice('Datenschutzerklärung: Wir haben nachgelesen, wie Temu Ihre Daten nutzen will'),
    ).toBe(false);
    expect(headlinesANotice('Privacy policy: Meta will use your posts to train AI')).toBe(false);
  });

  it('is no headline that reports news of a privacy policy', () => {
    expect(headlinesANotice('Privacy policy changes let Meta train its AI on your posts')).toBe(false);
    expect(headlinesANotice('Meta updates its privacy policy')).toBe(false);
    expect(headlinesANotice('Neue Datenschutzerklärung: WhatsApp teilt Daten mit Facebook')).toBe(false);
    expect(headlinesANotice(undefined)).toBe(false);
    // News that start with a notice's name (stop 34 review).
    expect(headlinesANotice('Privacy Policy Update Angers Users')).toBe(false);
    expect(headlinesANotice('Datenschutzerklärung: Was WhatsApp jetzt ändert')).toBe(false);
    expect(headlinesANotice('Datenschutzerklärung von Amazon Alexa')).toBe(false);
    expect(headlinesANotice('Cookie-Richtlinie der EU kommt')).toBe(false);
    expect(headlinesANotice('Cookie Policy U-Turn by Google')).toBe(false);
    expect(headlinesANotice('Privacy notice fines for Temu')).toBe(false);
    expect(headlinesANotice('Cookie-Einstellungen: Wie Google die Ablehnung versteckt')).toBe(false);
    expect(headlinesANotice('Cookie-Richtlinie: Wie Verlage Tracking einsetzen')).toBe(false);
  });
});

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

  it('leaves a run-on text that ends in a notice: what stands before it cannot be told apart', () => {
    const menu = Array.from({ length: 40 }, (_, i) => `Section${i}`).join(' ');
    expect(notices(`${menu} We use cookies to understand how you use our site.`)).toEqual([]);
  });
});

describe('headlinesANotice', () => {
  it("is the title of the site's own privacy notice, alone, for whom, or with the site's name", () => {
    expect(headlinesANotice('Privacy Policy')).toBe(true);
    expect(headlinesANotice('Privacy Notice for California Residents')).toBe(true);
    expect(headlinesANotice('Privacy Policy | Example Shop')).toBe(true);
    expect(headlinesANotice('Datenschutzhinweise für Kunden')).toBe(true);
    expect(headlinesANotice('Datenschutzerklärung')).toBe(true);
  });

  it('is no headline that reports news of a privacy policy', () => {
    expect(headlinesANotice('Privacy policy changes let Meta train its AI on your posts')).toBe(false);
    expect(headlinesANotice('Meta updates its privacy policy')).toBe(false);
    expect(headlinesANotice('Neue Datenschutzerklärung: WhatsApp teilt Daten mit Facebook')).toBe(false);
    expect(headlinesANotice(undefined)).toBe(false);
  });
});

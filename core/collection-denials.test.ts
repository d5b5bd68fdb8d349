import { describe, expect, it } from 'vitest';
import { analysePage } from './analyse';
import { collectionDenied } from './collection-denials';
import { tokenize } from './text';
import { newsArticle } from './testing';

/** Whether the data named by `data` (its words, as the text writes them) is denied in `text`. */
const denied = (text: string, data: string) => {
  const tokens = tokenize(text);
  const words = tokenize(data).map((token) => token.norm);
  const start = tokens.findIndex((_, at) => words.every((word, i) => tokens[at + i]?.norm === word));
  return collectionDenied(tokens, start, start + words.length);
};

describe('collectionDenied', () => {
  it('reads a company denying that it collects, keeps, sells or shares the data', () => {
    for (const [text, data] of [
      ["Apple says it does not collect customers' biometric data on its servers.", 'biometric data'],
      ["Google doesn't sell users' personal data.", 'personal data'],
      ['The maker never shares health data with advertisers.', 'health data'],
      ['Das Unternehmen sammelt keine Standortdaten.', 'standortdaten'],
      ['Die Bank speichert keine biometrischen Daten.', 'biometrischen daten'],
      [
        'Das Gerät speichert die biometrischen Daten nicht auf Servern, sondern im Chip.',
        'biometrischen daten',
      ],
      ['Samsung gibt keine Daten an Dritte weiter.', 'daten an dritte'],
    ] as [string, string][])
      expect(denied(text, data), text).toBe(true);
  });

  it('reads no denial where the negation adds, the page contradicts it or the data is said plainly', () => {
    for (const [text, data] of [
      ['The maker does not only collect viewing data but also sells it.', 'viewing data'],
      ['It says it does not sell personal data, but researchers found it does.', 'personal data'],
      ['The app maker says it does not sell personal data. But a study shows it does.', 'personal data'],
      ['Der Hersteller sammle keine Standortdaten. Doch Forscher fanden sie auf Servern.', 'standortdaten'],
      ['Die App speichert die Standortdaten nicht nur lokal.', 'standortdaten'],
      ["Does Apple collect customers' biometric data?", 'biometric data'],
      ['The app collects location data and sells it.', 'location data'],
      ['It is not clear. The company collects location data.', 'location data'],
    ] as [string, string][])
      expect(denied(text, data), text).toBe(false);
  });

  it('takes the denied data away from the page, and only that', () => {
    const biometric = (text: string) =>
      analysePage(newsArticle('Phone review', text)).concepts.get('biometric-data')?.body ?? 0;
    expect(biometric("Apple says it does not collect customers' biometric data on its servers.")).toBe(0);
    expect(biometric("The app collects customers' biometric data on its servers.")).toBe(1);
  });
});

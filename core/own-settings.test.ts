import { describe, expect, it } from 'vitest';
import { analysePage } from './analyse';
import { switchedOffByTheReader } from './own-settings';
import { newsArticle } from './testing';
import { tokenize } from './text';

/** Whether the data starting with `data` in `text` is a setting the guide tells the reader to switch off. */
const switchedOff = (text: string, data: string) => {
  const tokens = tokenize(text);
  const first = tokenize(data)[0]!.norm;
  return switchedOffByTheReader(
    tokens,
    tokens.findIndex((token) => token.norm === first),
  );
};

describe('switchedOffByTheReader', () => {
  it("reads a guide's steps that switch the reader's data off, in both languages", () => {
    for (const [text, data] of [
      ['Open Settings and tap Privacy. Turn off location history.', 'location'],
      ['Next, go to Privacy and reset your advertising ID.', 'advertising'],
      ['Step 3: turn off interest-based ads.', 'interest'],
      ['How to turn off personalised ads on your iPhone', 'personalised'],
      ['Privacy: how to turn off location history', 'location'],
      ["Here's how to turn off location history", 'location'],
      ['Deaktivieren Sie den Standortverlauf.', 'standortverlauf'],
      ['Löschen Sie anschließend die Werbe-ID.', 'werbe'],
      ['Anschließend deaktivieren Sie den Standortverlauf.', 'standortverlauf'],
      ['Zum Schluss schalten Sie personalisierte Werbung ab.', 'personalisierte'],
      ['Android: So schalten Sie personalisierte Werbung ab', 'personalisierte'],
      ['Öffnen Sie die Einstellungen und deaktivieren Sie den Standortverlauf.', 'standortverlauf'],
      ['Um Ihre Daten zu schützen, deaktivieren Sie den Standortverlauf.', 'standortverlauf'],
    ] as [string, string][])
      expect(switchedOff(text, data), text).toBe(true);
  });

  it('reads no step where a company or its users act on the data', () => {
    for (const [text, data] of [
      ['Google keeps the location history even after users turn it off.', 'location'],
      ['Owners can turn off the tracking, but few find the setting.', 'tracking'],
      ['Meta plans to delete the facial recognition data of a billion users.', 'facial'],
      ['The company collects location data. Turn the page for more.', 'location'],
      // "how to" inside a report's clause is what the report says, not the page's instruction.
      ['Google hid how to turn off location tracking, states say', 'location'],
      // German "sie" after the verb is the third person, and a question or a statement ("Warum löschen
      // Sie ...") puts another word before the verb: only the verb first before "Sie" is the imperative.
      ['Warum löschen sie die Standortdaten nicht?', 'standortdaten'],
      ['Um Profile zu erstellen, setzen sie Tracking-Pixel ein.', 'tracking'],
      ['Warum löschen Sie die Standortdaten nicht?', 'standortdaten'],
    ] as [string, string][])
      expect(switchedOff(text, data), text).toBe(false);
  });
});

describe("a guide's steps on a page", () => {
  const locationData = (headline: string, text: string) =>
    analysePage(newsArticle(headline, text)).concepts.get('location-data')?.body ?? 0;

  it('name no data a company collects on a guide, nor where its headline asks how to switch it off', () => {
    expect(locationData('10 Android settings to change right now', 'Turn off location history.')).toBe(0);
    expect(
      locationData(
        'Android: So schalten Sie den Standortverlauf ab',
        'Deaktivieren Sie den Standortverlauf.',
      ),
    ).toBe(0);
    expect(locationData('Location tracking: how to turn it off', 'Turn off location history.')).toBe(0);
    expect(
      locationData('Standortverlauf: So schalten Sie ihn ab', 'Deaktivieren Sie den Standortverlauf.'),
    ).toBe(0);
  });

  // A report whose headline names what a company does with the data keeps the theme its how-to box
  // speaks of too.
  it("still count beside a report on a company's handling of the data", () => {
    expect(
      locationData(
        'Meta wertet Standortdaten trotz Einstellung aus',
        'Meta hat Standortdaten ausgewertet. So schützen Sie sich: Deaktivieren Sie den Standortverlauf.',
      ),
    ).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { switchedOffByTheReader } from './own-settings';
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
      ['Deaktivieren Sie den Standortverlauf.', 'standortverlauf'],
      ['Löschen Sie anschließend die Werbe-ID.', 'werbe'],
    ] as [string, string][])
      expect(switchedOff(text, data), text).toBe(true);
  });

  it('reads no step where a company or its users act on the data', () => {
    for (const [text, data] of [
      ['Google keeps the location history even after users turn it off.', 'location'],
      ['Owners can turn off the tracking, but few find the setting.', 'tracking'],
      ['Meta plans to delete the facial recognition data of a billion users.', 'facial'],
      ['The company collects location data. Turn the page for more.', 'location'],
    ] as [string, string][])
      expect(switchedOff(text, data), text).toBe(false);
  });
});

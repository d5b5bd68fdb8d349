import { describe, expect, it } from 'vitest';
import { sentenceLanguages } from './language';
import { tokenize } from './text';

const languages = (text: string) => sentenceLanguages(tokenize(text)).map((sentence) => sentence.language);

describe('sentenceLanguages', () => {
  it('tells English and German sentences by their function words', () => {
    expect(languages('The Times sent it to all of its readers.')).toEqual(['en']);
    expect(languages('Der Lautsprecher hört mit, und das ist nicht neu.')).toEqual(['de']);
  });

  it('reads each sentence of a text on its own', () => {
    expect(
      languages(
        'The company has sold it to the shops. Der Hersteller hat nicht mit den Händlern gesprochen.',
      ),
    ).toEqual(['en', 'de']);
  });

  it("gives a sentence that says too little the whole text's language", () => {
    // "Smarter Living" holds no function word; "with" alone in a German text is no English sentence.
    expect(languages('Smarter Living. The newsletter of the Times is sent to you on Sundays.')).toEqual([
      'en',
      'en',
    ]);
    expect(languages('Alexa works with Hue. Die Lampen sind mit der App und dem Hub verbunden.')).toEqual([
      'de',
      'de',
    ]);
  });

  it('tells a sentence that holds words of both by its text', () => {
    // An English quote and its German attribution are one sentence; the German text around it tells.
    expect(
      languages(
        '„We are not robots, we are human beings and we deserve respect“, sagen die Lagerarbeiter. Die Gewerkschaft hat zum Streik aufgerufen, und er soll auch in der nächsten Woche noch nicht enden.',
      ),
    ).toEqual(['de', 'de']);
  });

  it('tells no sentence English that holds a German function word', () => {
    // A German quote on an English page holds "IT"; an English sentence "workers die" keeps both endings.
    expect(
      languages(
        'The union said the warehouse is watched. „Die IT hat alles überwacht, und die Beschäftigten streikten“, said a spokesman. The company has not said what it will do about it.',
      ),
    ).toEqual(['en', 'de', 'en']);
    expect(
      languages(
        'The workers die in the heat of the warehouse. The company has said that it will look into it.',
      ),
    ).toEqual(['und', 'en']);
  });

  it('tells no language where neither has the upper hand', () => {
    // A word of the other language standing in a title or a list is no sentence in it.
    expect(languages('Smarter Rauchmelder mit App')).toEqual(['und']);
    expect(languages('Unions and Gewerkschaften')).toEqual(['und']);
    expect(languages('Le marché de la maison connectée')).toEqual(['und']);
    expect(languages('')).toEqual([]);
  });
});

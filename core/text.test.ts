import { describe, expect, it } from 'vitest';
import {
  WordShapes,
  areInflections,
  cap,
  countSplitWords,
  normalize,
  pairsForms,
  stem,
  tokenize,
} from './text';

describe('normalize', () => {
  it('folds case, umlauts and ß so German spellings meet', () => {
    expect(normalize('Türklingel')).toBe('turklingel');
    expect(normalize('Straßennetz')).toBe('strassennetz');
    expect(normalize('KÄUFER')).toBe('kaufer');
  });

  it('gives plain ASCII words and words with accents the same form', () => {
    expect(normalize('AMAZON')).toBe('amazon');
    expect(normalize('Café')).toBe(normalize('CAFE'));
    expect(normalize('naïve')).toBe('naive');
  });
});

describe('normalize, Latin words', () => {
  it('folds Latin letters one at a time as folding the whole word does', () => {
    const fold = (text: string) =>
      text
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ß/g, 'ss');
    for (let a = 0x80; a < 0x250; a++)
      for (const b of [0x41, 0x61, 0xdf, 0xc4, 0x130, 0x1c4, a]) {
        const text = `${String.fromCharCode(b, a)}x${String.fromCharCode(a)}`;
        expect(normalize(text), text).toBe(fold(text));
      }
    expect(normalize('Größe İstanbul ǅ')).toBe('grosse istanbul ǆ');
  });
});

describe('tokenize', () => {
  it('splits on punctuation and hyphens and keeps the written form', () => {
    const tokens = tokenize('Alexa-Nutzer hörten: „Ich habe Probleme“');
    expect(tokens.map((t) => t.norm)).toEqual(['alexa', 'nutzer', 'horten', 'ich', 'habe', 'probleme']);
    expect(tokens[2]).toMatchObject({ surface: 'hörten', index: 2 });
  });

  it('marks the words after the end of a sentence or a clause, not after a hyphen or the dots of an address, figure or ellipsis', () => {
    const stops = (text: string) => tokenize(text).map((t) => t.afterStop);
    expect(stops('Ist das okay? Google: „ja.“ Gut; sehr! Ende')).toEqual([
      ...[false, false, false],
      ...[true, true, true, true, true],
    ]);
    expect(stops('Amazon.com, ver.di, 14.000 Stellen, U.S.-Firmen. Und')).toEqual([
      ...Array<boolean>(10).fill(false),
      true,
    ]);
    // An ellipsis marks words left out as often as a sentence's end; a hyphen joins or breaks a word.
    expect(
      stops('die Überwachung […] der Telekommunikation ... und Browser- und Geräte-Fingerprinting'),
    ).toEqual(Array<boolean>(9).fill(false));
    // A dash with space on both sides parts two clauses.
    expect(stops('Das war OK - Google hat – wie immer — reagiert')).toEqual([
      ...[false, false, false, true, false, true, false, true],
    ]);
  });

  it('marks the words after any mark but white space', () => {
    const marks = (text: string) => tokenize(text).map((t) => t.afterMark);
    expect(marks('Okay Google, are\n you "spying" on-me? (ja) Amazon.com …und')).toEqual([
      ...[false, false, true, false, true, true, false, true, true, true, true],
    ]);
  });

  it('reads a hyphen between two letters and a character that prints nothing as no mark', () => {
    const marks = (text: string) => tokenize(text).map((t) => t.afterMark);
    // A hyphen joins the words of a compound, in any of its three characters.
    expect(marks('Hey-Google-Befehle OK\u2010Google Datenschutz\u2011Aufsichtsbehörde')).toEqual([
      ...[false, false, false, false, false, false, false],
    ]);
    // Not one with a space on either side, nor one that joins no letters.
    expect(marks('OK - Google, Browser- und Geräte, OK -Google, OK--Google')).toEqual([
      ...[false, true, true, true, false, true, true, true, true],
    ]);
    // A zero-width space, a word joiner or a soft hyphen is read as what shows.
    expect(marks('OK\u200bGoogle OK\u2060Google OK\u00adGoogle OK\u200b Google')).toEqual(
      Array<boolean>(8).fill(false),
    );
  });

  it('marks the words a hyphen joins to the word before, not those after a space, a mark or a soft hyphen', () => {
    const joined = (text: string) => tokenize(text).map((t) => t.joined);
    expect(joined('wegen KI-Zitate KI\u2011Klage')).toEqual([false, false, true, false, true]);
    // The object after a noun is a word of its own; a loose hyphen or one that joins no letters joins nothing.
    expect(joined('wegen KI Stellen, OK - Google OK -Google Browser- und OK\u00adGoogle')).toEqual([
      ...[false, false, false, false, false, false, false, false, false, false, false],
    ]);
  });

  it('reads letters of any script', () => {
    expect(tokenize('エコー Echo').map((t) => t.surface)).toEqual(['エコー', 'Echo']);
  });

  it('finds the words the Unicode pattern finds, beyond the BMP and around lone surrogates', () => {
    const text = 'ÅNGSTRÖM straße İstanbul 𝐀𝐁𝐂x ٣٤ ½ a\u0301b \ud800x \udc00y 日本語-Text 3D';
    const expected = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
      norm: normalize(m[0]),
      surface: m[0],
      start: m.index,
    }));
    expect(tokenize(text).map(({ norm, surface, start }) => ({ norm, surface, start }))).toEqual(expected);
  });

  it('lowers capitalised words where lowering the text makes it longer', () => {
    // "İ" lowers to two UTF-16 units: the words after it are lowered one by one.
    expect(tokenize('İstanbul Amazon ECHO').map((t) => t.norm)).toEqual(['istanbul', 'amazon', 'echo']);
    expect(tokenize('Amazon ECHO Ärger').map((t) => t.norm)).toEqual(['amazon', 'echo', 'arger']);
  });
});

describe('countSplitWords', () => {
  it('counts as splitting on white space does', () => {
    for (const text of ['', ' ', 'a', ' a b  c ', 'a\n\t b', '\u00a0x\u3000y\ufeff']) {
      expect(countSplitWords(text)).toBe(text.split(/\s+/).length);
    }
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      if (countSplitWords(text) !== text.split(/\s+/).length) expect(code.toString(16)).toBe('');
    }
  });
});

describe('stem', () => {
  it('brings inflected forms of both languages to one stem', () => {
    expect(stem('paketboten')).toBe(stem('paketbote'));
    expect(stem('speakers')).toBe(stem('speaker'));
    expect(stem('lautsprecher')).toBe(stem('lautsprechern'));
  });

  it('never cuts a word below four letters', () => {
    expect(stem('ring')).toBe('ring');
    expect(stem('echo')).toBe('echo');
  });
});

describe('areInflections', () => {
  it('takes words one inflection ending apart as forms of one word', () => {
    expect(areInflections('paketboten', 'paketbote')).toBe(true);
    expect(areInflections('lautsprecher', 'lautsprechern')).toBe(true);
  });

  it('does not take words for one that only the light stem brings together', () => {
    expect(stem('stores')).toBe(stem('storungen'));
    expect(areInflections('stores', 'storungen')).toBe(false);
  });
});

describe('cap', () => {
  it('collapses whitespace and cuts long text on a word boundary', () => {
    expect(cap('  a\n\n b  ', 10)).toBe('a b');
    const capped = cap('word '.repeat(100), 42);
    expect(capped.length).toBeLessThanOrEqual(42);
    expect(capped.endsWith('word')).toBe(true);
  });
});

describe('WordShapes', () => {
  it("passes over words of no member's length and first letter, and lets the others through", () => {
    const shapes = new WordShapes(['echo', 'alexa', 'ärger']);
    expect(['echo', 'eggs', 'alexa', 'ärger', 'öl', 'x'.repeat(80)].map((w) => shapes.mayHold(w))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['ech', 'echos', 'bing', ''].map((w) => shapes.mayHold(w))).toEqual([false, false, false, true]);
    // The plural's singular, by its length: "echos" as "echo".
    expect(shapes.mayHold('echos', 4)).toBe(true);
  });
});

describe('tokenize, German words for people written for all of them', () => {
  const read = (text: string) => tokenize(text).map((t) => [t.surface, t.norm]);

  it('reads a word joined to its feminine ending by a gender mark as one word, in its generic form', () => {
    expect(read('Nutzer*innen, Kund:innen und Mitarbeiter_innen')).toEqual([
      ['Nutzer*innen', 'nutzer'],
      ['Kund:innen', 'kunden'],
      ['und', 'und'],
      ['Mitarbeiter_innen', 'mitarbeiter'],
    ]);
    expect(read('Kund*in Bot*innen Kolleg*innen Lehrer/innen Autor·innen Nutzer*Innen')).toEqual([
      ['Kund*in', 'kunde'],
      ['Bot*innen', 'boten'],
      ['Kolleg*innen', 'kollegen'],
      ['Lehrer/innen', 'lehrer'],
      ['Autor·innen', 'autoren'],
      ['Nutzer*Innen', 'nutzer'],
    ]);
  });

  it('reads the capital I inside a word and a compound begun by the feminine', () => {
    expect(read('KundInnen NutzerInnendaten Nutzer*innendaten Kund:innendaten Mieter_innendaten')).toEqual([
      ['KundInnen', 'kunden'],
      ['NutzerInnendaten', 'nutzerdaten'],
      ['Nutzer*innendaten', 'nutzerdaten'],
      ['Kund:innendaten', 'kundendaten'],
      ['Mieter_innendaten', 'mieterdaten'],
    ]);
    const [word, next] = tokenize('Kund*innen wählen');
    expect(word).toMatchObject({ start: 0, index: 0 });
    expect(next).toMatchObject({ norm: 'wahlen', index: 1, afterMark: false });
  });

  it("reads a joined word alike on its own, as a hit's surface is read again", () => {
    const text = 'Die Nutzer*Innen, Kund:in, Lehrer/innen, Autor·innen und Mieter_innendaten der KundInnen';
    for (const token of tokenize(text)) {
      expect(
        tokenize(token.surface).map((t) => t.norm),
        token.surface,
      ).toEqual([token.norm]);
    }
    expect(tokenize('Lehrer/in und Nutzer:Innen').map((t) => t.norm)).toEqual([
      'lehrer',
      'in',
      'und',
      'nutzer',
      'innen',
    ]);
  });

  it('joins no other word to what follows a mark', () => {
    const norms = (text: string) => tokenize(text).map((t) => t.norm);
    expect(norms('um 10:30 steht es 1:0')).toEqual(['um', '10', '30', 'steht', 'es', '1', '0']);
    expect(norms('Amazon: In der Tipp:In *Kunden* Echo* innen')).toEqual([
      'amazon',
      'in',
      'der',
      'tipp',
      'in',
      'kunden',
      'echo',
      'innen',
    ]);
    expect(norms('linkedin.com/in/name a/in nutzer*in@example.de LinkedIn')).toEqual([
      'linkedin',
      'com',
      'in',
      'name',
      'a',
      'in',
      'nutzer',
      'in',
      'example',
      'de',
      'linkedin',
    ]);
    expect(norms('für außen/innen, die außen/innenkamera, /kunden/innen')).toEqual([
      'fur',
      'aussen',
      'innen',
      'die',
      'aussen',
      'innenkamera',
      'kunden',
      'innen',
    ]);
    expect(norms('Innenminister Binnenmarkt Spinnen beginnen Gewinnen Innenstadt')).toEqual([
      'innenminister',
      'binnenmarkt',
      'spinnen',
      'beginnen',
      'gewinnen',
      'innenstadt',
    ]);
  });
});

describe('pairsForms', () => {
  const pairs = (text: string) => pairsForms(tokenize(text), 0);

  it('finds a word for people named in its feminine and its generic form', () => {
    for (const text of [
      'Kundinnen und Kunden',
      'Kunden oder Kundinnen',
      'Nutzerinnen und Nutzer',
      'Mitarbeiter bzw. Mitarbeiterinnen',
      'Nutzer*innen und Nutzer',
      'Kundin und Kunde',
    ])
      expect(pairs(text), text).toBe(true);
  });

  it('finds no pair in two words, one word twice, or forms in two sentences', () => {
    for (const text of [
      'Kunden und Nutzer',
      'Kunden und Kunden',
      'Spinnen und Spinner',
      'Kundinnen. Und Kunden',
      'Nutzer*innen und Kund*innen',
    ])
      expect(pairs(text), text).toBe(false);
  });
});

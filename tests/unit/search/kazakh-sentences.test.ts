import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Break, gapBreak, KazakhSentences, WordKind, wordKind } from '../../../main/search/kazakh-sentences.js';
import { scanWords, tokenize } from '../../../main/search/tokenize.js';
import { isKazakhWord } from '../../../shared/kazakh-word.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/languages/${name}`, import.meta.url), 'utf8');

/** The words of `text` without a Kazakh-only letter that KazakhSentences credits as met in Kazakh text, as the word list reads it. */
function credited(text: string): string[] {
  const sentences = new KazakhSentences();
  const spans = scanWords(text);
  const tallies: Array<{ norm: string; inKazakhText: number }> = [];
  tokenize(text).forEach((token, k) => {
    const where = k > 0 ? gapBreak(text, spans.unitEnd[k - 1]!, spans.unitStart[k]!) : Break.None;
    if (where !== Break.None) sentences.end(where);
    const tally = { norm: token.norm, inKazakhText: 0 };
    tallies.push(tally);
    const kind = wordKind(token.norm);
    if (kind === WordKind.Other || kind === WordKind.Russian) sentences.candidate(tally);
    if (kind !== WordKind.Other) sentences.count(kind);
  });
  sentences.end(Break.Paragraph);
  return tallies.filter((t) => t.inKazakhText > 0).map((t) => t.norm);
}

describe('KazakhSentences', () => {
  it('takes every sentence of a Kazakh interview for Kazakh, loanwords and Russian-spelt place names too', () => {
    const text = fixture('kk-interview.txt');
    const spelt = tokenize(text).map((t) => t.norm).filter((w) => !isKazakhWord(w));
    expect(credited(text)).toEqual(spelt);
    expect(spelt).toEqual(expect.arrayContaining(['алматыда', 'банкте', 'компанияда', 'мектепте', 'менеджер', 'программист']));
  });

  it('takes no sentence of a Russian interview for Kazakh, though it names places in Kazakh spelling, but a list of two', () => {
    // «Мама до сих пор живёт в Қарағанды», «Жил в Қарағанды.», «Я работал в Қарағанды, Өскемен, Талдықорған и Көкшетау»:
    // as many Kazakh-spelt words as Russian function words, or fewer.
    expect(credited(fixture('ru-interview.txt'))).toEqual(['потом']);
  });

  it('tells Russian questions from Kazakh answers, and a Russian sentence inside a Kazakh answer', () => {
    // Not «астане» of «Как вам в Астане?».
    expect(credited(fixture('mixed-interview.txt'))).toEqual(['астанада', 'бес', 'жыл', 'болды', 'алматыда', 'ата', 'астанада']);
    const answer = 'Мен банкте істеймін. Зарплата в банке маленькая, но стабильная. Бастығым жақсы адам.';
    expect(credited(answer)).toEqual(['мен', 'банкте', 'адам']);
  });

  it('takes a sentence with neither kind of word as its paragraph is', () => {
    // «Бес жыл болды» has no Kazakh-only letter and no Russian function word.
    expect(credited('Алматыда бес жыл тұрдық. Бес жыл болды.')).toEqual(['алматыда', 'бес', 'жыл', 'бес', 'жыл', 'болды']);
    expect(credited('Я жил в Алматы, потом в Астане. Бес жыл болды.')).toEqual([]);
    // A line break ends the paragraph: the next line is not taken with it.
    expect(credited('Алматыда бес жыл тұрдық.\nБес жыл болды.')).toEqual(['алматыда', 'бес', 'жыл']);
  });
});

describe('gapBreak', () => {
  it('ends a sentence at . ! ? … and a paragraph at a line break', () => {
    const at = (gap: string) => gapBreak(`а${gap}б`, 1, 1 + gap.length);
    expect([' ', ', ', ' — ', '. ', '! ', '?» ', '… ', '.\n', '\r\n', '\u2029'].map(at)).toEqual([
      Break.None, Break.None, Break.None, Break.Sentence, Break.Sentence, Break.Sentence, Break.Sentence, Break.Paragraph, Break.Paragraph, Break.Paragraph,
    ]);
  });
});

describe('wordKind', () => {
  it('finds a Kazakh-only letter as isKazakhWord does, on every character of the Basic Multilingual Plane', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const word = `а${String.fromCharCode(c)}`;
      if ((wordKind(word) === WordKind.Kazakh) !== isKazakhWord(word)) expect(c.toString(16)).toBe('the same answer');
    }
  });

  it('knows Russian function words, but none that Kazakh has', () => {
    expect(['в', 'что', 'это', 'потому'].map(wordKind)).toEqual([WordKind.Russian, WordKind.Russian, WordKind.Russian, WordKind.Russian]);
    // Kazakh «да» (too), «не» (what), «он» (ten), «от» (fire), «там» (roof): Russian function words, Kazakh words too.
    expect(['да', 'не', 'он', 'от', 'там', 'алматы'].map(wordKind)).toEqual(Array(6).fill(WordKind.Other));
  });
});

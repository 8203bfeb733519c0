import { describe, expect, it } from 'vitest';
import { russianVerbForms } from '../../../main/search/verb-forms.js';
import { stemOf } from '../../../main/search/stem.js';

describe('russianVerbForms', () => {
  it("gives an -овать verb's infinitive and past its present forms as written, which Snowball stems apart", () => {
    // The stems the index holds differ: планирова for these, планир / планиру for the present.
    expect(new Set(['планировать', 'планировал'].map(stemOf))).toEqual(new Set(['планирова']));
    expect(stemOf('планирую')).not.toBe('планирова');
    for (const word of ['планировать', 'планировал', 'планировала', 'планировали']) {
      expect(russianVerbForms(word), word).toEqual({
        stems: [],
        words: ['планирую', 'планируешь', 'планирует', 'планируем', 'планируете', 'планируют', 'планируя', 'планируй', 'планируйте'],
      });
    }
  });

  it('keeps the reflexive forms reflexive', () => {
    expect(russianVerbForms('пользоваться').words).toEqual(['пользуюсь', 'пользуешься', 'пользуется', 'пользуемся', 'пользуетесь', 'пользуются', 'пользуясь', 'пользуйся', 'пользуйтесь']);
    expect(russianVerbForms('интересовались').words).toContain('интересуюсь');
  });

  it('spells -евать verbs with у after a hushing sound and ю elsewhere', () => {
    expect(russianVerbForms('танцевать').words).toContain('танцую');
    expect(russianVerbForms('ночевали').words).toContain('ночуют');
    expect(russianVerbForms('воевать').words).toContain('воюет');
  });

  it("gives a present form the infinitive's stem (the past's too) and the other present forms", () => {
    expect(russianVerbForms('планирую')).toEqual({
      stems: [stemOf('планировать')],
      words: ['планируешь', 'планирует', 'планируем', 'планируете', 'планируют', 'планируя', 'планируй', 'планируйте'],
    });
    expect(russianVerbForms('пользуется').stems).toEqual([stemOf('пользоваться')]);
    expect(russianVerbForms('танцуют').stems).toEqual([stemOf('танцевать')]);
    expect(russianVerbForms('воюет').stems).toEqual([stemOf('воевать')]);
    expect(stemOf('планировал')).toBe(russianVerbForms('планируем').stems[0]);
  });

  it('adds nothing to other words, nor to a word too short to tell', () => {
    for (const word of ['работа', 'казахстан', 'делать', 'говорить', 'овал', 'мою', 'кую', 'қазақстан', 'government']) {
      expect(russianVerbForms(word), word).toEqual({ stems: [], words: [] });
    }
  });
});

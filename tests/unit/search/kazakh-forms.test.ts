import { describe, expect, it } from 'vitest';
import { isKazakhFormOf, kazakhForms } from '../../../main/search/kazakh-forms.js';

describe('kazakhForms', () => {
  it('spells each case by vowel harmony and by the sound the word ends in', () => {
    // Back vowel, voiceless end.
    expect(kazakhForms('жұмыс')).toEqual(expect.arrayContaining(['жұмыста', 'жұмысқа', 'жұмыстан', 'жұмыстың', 'жұмысты', 'жұмыспен', 'жұмыстағы', 'жұмыстар', 'жұмыстарда', 'жұмыстардың']));
    // Front vowel, voiceless end.
    expect(kazakhForms('мектеп')).toEqual(expect.arrayContaining(['мектепте', 'мектепке', 'мектептен', 'мектептің', 'мектепті', 'мектеппен', 'мектептегі', 'мектептер']));
    // Back vowel, vowel end: -да, -ға, -дан, -ның, -ны, -мен, -лар.
    expect(kazakhForms('алматы')).toEqual(expect.arrayContaining(['алматыда', 'алматыға', 'алматыдан', 'алматының', 'алматыны', 'алматымен', 'алматыдағы', 'алматылар', 'алматыларға']));
    // Nasal end: -нан, -ның, -ды, -дар.
    expect(kazakhForms('адам')).toEqual(expect.arrayContaining(['адамда', 'адамға', 'адамнан', 'адамның', 'адамды', 'адаммен', 'адамдар']));
    // Front, liquid and semivowel ends: көз → көзден, көздер; үй → үйге, үйдің, үйлер.
    expect(kazakhForms('көз')).toEqual(expect.arrayContaining(['көзде', 'көзден', 'көздің', 'көзбен', 'көздер']));
    expect(kazakhForms('үй')).toEqual(expect.arrayContaining(['үйде', 'үйге', 'үйдің', 'үйлер', 'үйлердегі']));
  });

  it('gives no form of the other harmony or of the wrong consonant', () => {
    const forms = kazakhForms('жұмыс');
    for (const wrong of ['жұмысте', 'жұмысда', 'жұмысға', 'жұмыстің', 'жұмыснан', 'жұмыслар', 'жұмысмен']) expect(forms, wrong).not.toContain(wrong);
    expect(kazakhForms('мектеп')).not.toContain('мектепта');
    expect(kazakhForms('алматы')).not.toContain('алматыта');
    // Bounded: one harmony gives each case once, singular and plural.
    expect(forms).toHaveLength(15);
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('gives no forms for a Latin or mixed word, an abbreviation without a vowel, or a single letter', () => {
    for (const word of ['government', 'almaty', 'itмаман', 'ндс', 'в', '2022']) expect(kazakhForms(word), word).toEqual([]);
  });

  it('tells a form of a word from a longer word that begins the same', () => {
    expect(isKazakhFormOf('жұмыстан', 'жұмыс')).toBe(true);
    expect(isKazakhFormOf('алматыдағы', 'алматы')).toBe(true);
    expect(isKazakhFormOf('жұмысшы', 'жұмыс')).toBe(false);
    expect(isKazakhFormOf('жұмыс', 'жұмыс')).toBe(false);
    expect(isKazakhFormOf('мектепта', 'мектеп')).toBe(false);
  });
});

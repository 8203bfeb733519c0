import { describe, expect, it } from 'vitest';
import { formBases, hasKazakhSuffixShape, isKazakhFormOf, kazakhBases, kazakhForms } from '../../../main/search/kazakh-forms.js';

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
    // Bounded: one harmony gives each form once: 15 cases singular and plural, 30 possessive
    // forms with their cases, 30 of the plural.
    expect(forms).toHaveLength(75);
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('spells possessive forms and the cases after them, by harmony and by what the word ends in', () => {
    // After a consonant: -ы, -ым, -ымыз, -ыңыз; the third person's cases take н, the first's dative is -а.
    expect(kazakhForms('жұмыс')).toEqual(expect.arrayContaining([
      'жұмысы', 'жұмысының', 'жұмысына', 'жұмысын', 'жұмысында', 'жұмысынан', 'жұмысымен',
      'жұмысым', 'жұмысымның', 'жұмысыма', 'жұмысымды', 'жұмысымда', 'жұмысымнан', 'жұмысыммен',
      'жұмысымыз', 'жұмысымызда', 'жұмысымызға', 'жұмысымыздың', 'жұмысыңыз', 'жұмысыңызды',
      'жұмыстары', 'жұмыстарының', 'жұмыстарым', 'жұмыстарымыз',
    ]));
    expect(kazakhForms('ауыл')).toEqual(expect.arrayContaining(['ауылы', 'ауылына', 'ауылымда', 'ауылымызда', 'ауылдары']));
    // After a vowel: -сы, -м, -мыз, -ңыз.
    expect(kazakhForms('алматы')).toEqual(expect.arrayContaining(['алматысы', 'алматысында', 'алматысының', 'алматым', 'алматымыз']));
    expect(kazakhForms('бала')).toEqual(expect.arrayContaining(['баласы', 'баласының', 'баласына', 'балам', 'баламның', 'балама', 'баламыз', 'балаңыз', 'балалары', 'балаларым', 'балаларымыз']));
    expect(kazakhForms('отбасы')).toEqual(expect.arrayContaining(['отбасымен', 'отбасымыз', 'отбасысы']));
    // Front; и, у, й take the consonant's endings.
    expect(kazakhForms('үй')).toEqual(expect.arrayContaining(['үйі', 'үйінде', 'үйіне', 'үйім', 'үйіме', 'үйімнен', 'үйіміз', 'үйіңіз', 'үйлері']));
    expect(kazakhForms('су')).toEqual(expect.arrayContaining(['суы', 'суын']));
    // A final п, к, қ after a vowel is voiced before the possessive's vowel; a loan's after a consonant is not.
    expect(kazakhForms('мектеп')).toEqual(expect.arrayContaining(['мектебі', 'мектебінде', 'мектебім', 'мектебіміз', 'мектептері']));
    expect(kazakhForms('жүрек')).toEqual(expect.arrayContaining(['жүрегі', 'жүрегім']));
    expect(kazakhForms('тамақ')).toEqual(expect.arrayContaining(['тамағы', 'тамағым']));
    expect(kazakhForms('банк')).toEqual(expect.arrayContaining(['банкі', 'банкіміз']));
  });

  it('gives no possessive form of the other harmony, the wrong consonant or the wrong case ending', () => {
    const forms = new Set([...kazakhForms('жұмыс'), ...kazakhForms('бала'), ...kazakhForms('мектеп'), ...kazakhForms('алматы')]);
    const wrong = [
      // Front after back; a vowel's endings after a consonant.
      'жұмысі', 'жұмысім', 'жұмысіміз', 'жұмыссы', 'жұмысм',
      // Front after back; a consonant's endings after a vowel; a plain case after a possessive.
      'баласі', 'балаы', 'баламы', 'баласыда', 'баласыға', 'баламға',
      // Unvoiced before the possessive's vowel; back after front.
      'мектепі', 'мектепім', 'мектебы',
      'алматыы', 'алматыым',
    ];
    for (const w of wrong) expect(forms, w).not.toContain(w);
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
    expect(isKazakhFormOf('жұмысының', 'жұмыс')).toBe(true);
    expect(isKazakhFormOf('алматысында', 'алматы')).toBe(true);
    expect(isKazakhFormOf('мектебінде', 'мектеп')).toBe(true);
    expect(isKazakhFormOf('мектепінде', 'мектеп')).toBe(false);
    expect(isKazakhFormOf('мектебінде', 'мекте')).toBe(false);
  });

  it('knows every form kazakhForms spells, and finds its word, of every kind of word end and harmony', () => {
    // Vowel, р й у и, л ж з, м н ң and voiceless ends, back and front; voiced п к қ; both harmonies (банк); a soft-sign loan.
    const words = ['бала', 'әке', 'ауыл', 'көл', 'бар', 'үй', 'жұмыс', 'мектеп', 'жүрек', 'тамақ', 'адам', 'күн', 'таң', 'банк', 'роль', 'клуб', 'алматы', 'ми', 'су', 'тау'];
    for (const word of words) {
      const forms = kazakhForms(word);
      expect(forms.length, word).toBeGreaterThan(40);
      for (const form of forms) {
        expect(isKazakhFormOf(form, word), `${form} of ${word}`).toBe(true);
        expect(formBases(form), `${form} of ${word}`).toContain(word);
      }
    }
  });
});

describe('kazakhBases', () => {
  it('finds the word a Kazakh form is of, voiced possessives too', () => {
    expect(kazakhBases('жұмыста')).toEqual(['жұмыс']);
    expect(kazakhBases('жұмысының')).toContain('жұмыс');
    expect(kazakhBases('жұмыстарымыз')).toContain('жұмыс');
    expect(kazakhBases('мектебінде')).toContain('мектеп');
    expect(kazakhBases('үйде')).toEqual(['үй']);
    // Without a Kazakh-only letter too, from a suffix of two letters or more.
    expect(kazakhBases('алматыда')).toEqual(['алматы']);
    expect(kazakhBases('ауылына')).toContain('ауыл');
    expect(kazakhBases('отбасымен')).toContain('отбасы');
  });

  it('finds every word a form can be of, without the limits on a base spelt as Russian', () => {
    expect(formBases('жұмыстарымыздың')).toEqual(['жұмыстарымыз', 'жұмыстары', 'жұмыстар', 'жұмыс']);
    // Under four letters, or a one-letter suffix: search does not undo these (kazakhBases), the word list may.
    expect(formBases('болды')).toEqual(['болд', 'бол']);
    expect(formBases('заводы')).toEqual(['завод']);
    // Russian endings no Kazakh suffix has.
    for (const word of ['работой', 'делать', 'городов', 'бюрократия', 'жұмыс', 'ai']) expect(formBases(word), word).toEqual([]);
  });

  it('tells cheaply which forms spelt as Russian it may undo: every one it does', () => {
    for (const word of ['алматы', 'бала', 'мектеп', 'банк', 'ауыл', 'астана', 'шымкент']) {
      for (const form of kazakhForms(word).filter((f) => !/[әғқңөұүһі]/.test(f))) {
        if (kazakhBases(form).length > 0) expect(hasKazakhSuffixShape(form), form).toBe(true);
      }
    }
    // One-letter endings, Russian ones no Kazakh suffix has, and a base under four letters.
    for (const word of ['столы', 'работой', 'делать', 'городов', 'жолда']) expect(hasKazakhSuffixShape(word), word).toBe(false);
  });

  it('undoes no suffix a Russian word may end in, nor one leaving a short Russian-spelt base', () => {
    // A lone -ы is a Russian plural (завод + ы), «алматы» is no form of «алмат»; щит + -ке is «щитке», of «щиток».
    for (const word of ['заводы', 'алматы', 'щитке', 'жұмыс', 'бюрократия', 'government', 'ндс']) expect(kazakhBases(word), word).toEqual([]);
  });
});

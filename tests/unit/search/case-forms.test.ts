import { describe, expect, it } from 'vitest';
import { caseFormStems } from '../../../main/search/case-forms.js';
import { stemOf } from '../../../main/search/stem.js';

describe('caseFormStems', () => {
  it("joins the stems Snowball gives a noun's cases (казахста / казахстан, аста / астан)", () => {
    for (const word of ['казахстан', 'казахстане', 'казахстана']) expect(new Set(caseFormStems(word)), word).toEqual(new Set(['казахста', 'казахстан']));
    for (const word of ['астана', 'астане', 'астаны']) expect(new Set(caseFormStems(word)), word).toEqual(new Set(['аста', 'астан']));
  });

  it('gives the word its own stem alone where its cases share it, and its own stem first', () => {
    for (const word of ['бюрократия', 'бюрократа', 'работа', 'связь', 'налог', 'документы']) expect(caseFormStems(word), word).toEqual([stemOf(word)]);
    expect(caseFormStems('астане')[0]).toBe(stemOf('астане'));
  });

  it('asks for no stem cut into the word, nor forms of an abbreviation, a short word, a Kazakh or English word', () => {
    // «налогь» and «бюрократь» are stemmed as infinitives: нал, бюрокра, another word's stems.
    expect(caseFormStems('налог')).not.toContain('нал');
    expect(caseFormStems('бюрократа')).not.toContain('бюрокра');
    for (const word of ['ндс', 'дом', 'қазақстан', 'government']) expect(caseFormStems(word), word).toEqual([stemOf(word)]);
  });
});

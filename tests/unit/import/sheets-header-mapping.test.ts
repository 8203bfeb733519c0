import { describe, expect, it } from 'vitest';
import { proposeMapping, type CodeChoice } from '../../../main/import/header-mapping.js';
import { defaultFrameworks, type CodebookLanguage } from '../../../shared/default-codebook.js';

const codes: CodeChoice[] = [
  { id: 1, name: 'Economic', frameworkName: 'STEEPL' },
  { id: 11, name: 'Positive', frameworkName: 'Valence' },
  { id: 12, name: 'Negative', frameworkName: 'Valence' },
  { id: 13, name: 'Forecast', frameworkName: 'Valence' },
  { id: 20, name: 'Positive', frameworkName: 'Other' },
];

describe('proposeMapping', () => {
  it.each([
    ['Positive facts', 11], ['Позитивные факты', 11], ['Оң фактілер', 11], ['ОҢ ФАКТІЛЕР', 11],
    ['Negative facts', 12], ['Негативные факты', 12], ['Теріс фактілер', 12],
    ['Perspective (forecast)', 13], ['Перспектива (прогноз)', 13], ['Болжам', 13], ['Келешек (болжам)', 13],
  ])('maps %s to its Valence code', (header, codeId) => {
    expect(proposeMapping(header, codes)).toEqual({ kind: 'code', codeId });
  });

  it('maps a header naming another code by that code, and an unknown header to a new code', () => {
    expect(proposeMapping('Economic factors', codes)).toEqual({ kind: 'code', codeId: 1 });
    expect(proposeMapping('Notes', codes)).toEqual({ kind: 'new', name: 'Notes' });
  });

  it('proposes a new code when the Valence framework lacks the code', () => {
    expect(proposeMapping('Оң фактілер', codes.filter((c) => c.frameworkName !== 'Valence'))).toEqual({ kind: 'new', name: 'Оң фактілер' });
  });

  it.each(['ru', 'kk'] as CodebookLanguage[])("maps the headers to the Valence codes of a project created in %s, in any of the languages", (language) => {
    // The default codebook as a project created in that language has it, ids in order.
    let id = 100;
    const created: CodeChoice[] = defaultFrameworks(language).flatMap((f) => f.codes.map((c) => ({ id: ++id, name: c.name, frameworkName: f.name })));
    const idOf = (name: string) => created.find((c) => c.name === name)!.id;
    const [positive, negative, forecast] = defaultFrameworks(language)[0]!.codes.map((c) => idOf(c.name));
    for (const [header, codeId] of [['Positive facts', positive], ['Негативные факты', negative], ['Келешек (болжам)', forecast]] as const) {
      expect(proposeMapping(header, created)).toEqual({ kind: 'code', codeId });
    }
  });
});

/**
 * QCA's placeholder examples come from the project: a code it has and an attribute test its
 * cases can pass, never Valence/Negative and Age >= 30 in a project without them.
 */
import { describe, expect, it } from 'vitest';
import type { Attribute, CaseItem } from '../../../shared/entities.js';
import { qcaExamples } from '../../../renderer/src/qca-examples.js';

const attribute = (id: number, name: string, type: Attribute['type']): Attribute => ({ id, name, type, choices: [] });
const item = (attributes: CaseItem['attributes']): CaseItem => ({ id: 1, name: 'Анна', groupId: null, documentCount: 1, segmentCount: 0, attributes });

describe('qcaExamples', () => {
  it("takes the codebook's first code and an attribute value a case has", () => {
    const attributes = [attribute(1, 'Город', 'text'), attribute(2, 'Стаж', 'number'), attribute(3, 'Виза', 'boolean')];
    expect(qcaExamples(['Барьеры/Язык', 'Барьеры/Жильё'], attributes, [item({ 2: 4 })])).toEqual({ code: 'Барьеры/Язык', test: 'Стаж >= 4' });
    expect(qcaExamples([], attributes, [item({ 1: '', 3: true })])).toEqual({ test: 'Виза = yes' });
    expect(qcaExamples(['A/B'], attributes, [item({ 1: 'Алматы' })])).toEqual({ code: 'A/B', test: 'Город = Алматы' });
    // The shortest of the tests the cases offer.
    expect(qcaExamples([], attributes, [item({ 1: 'Усть-Каменогорск', 2: 12 })])).toEqual({ test: 'Стаж >= 12' });
  });

  it('offers nothing the project does not have', () => {
    expect(qcaExamples([], [attribute(1, 'Город', 'text')], [item({})])).toEqual({});
  });
});

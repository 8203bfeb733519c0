/**
 * Selections packed for the trip between the parsing and the importing thread
 * (jobs/packed-selections.ts) come back as they went: every field, nulls apart from empty
 * strings, notes on selections and on codings, text in any script, and through a real
 * structured clone.
 */
import { describe, expect, it } from 'vitest';
import { deserialize, serialize } from 'node:v8';
import { packSelections, unpackSelections, type PackedSelections } from '../../../main/jobs/packed-selections.js';
import type { RefiSelection } from '../../../main/refi/model.js';

const selections: RefiSelection[] = [
  {
    guid: '0f8e6a2c-1d3b-4c5a-9e7f-000000000001', start: 0, end: 12, name: 'Начало', description: 'Ескертпе: әңгіме',
    creatingUser: '0f8e6a2c-1d3b-4c5a-9e7f-0000000000aa', creationDateTime: '2026-01-02T03:04:05Z',
    codings: [
      { guid: '0f8e6a2c-1d3b-4c5a-9e7f-000000000011', codeGuid: 'c1', creatingUser: null, creationDateTime: null, noteRefs: ['n1', 'n2'] },
      { guid: '0f8e6a2c-1d3b-4c5a-9e7f-000000000012', codeGuid: 'c2', creatingUser: 'u', creationDateTime: '', noteRefs: [] },
    ],
    noteRefs: ['n3'],
  },
  { guid: 'g2', start: 70_000, end: 2_000_000, name: '', description: '', creatingUser: '', creationDateTime: null, codings: [], noteRefs: [] },
  {
    guid: 'g3', start: 5, end: 5, name: '😀 emoji', description: '', creatingUser: null, creationDateTime: null,
    codings: [{ guid: 'g4', codeGuid: '', creatingUser: null, creationDateTime: '2026-12-06', noteRefs: ['n4'] }], noteRefs: ['n5', 'n6'],
  },
];

describe('packed selections', () => {
  it('unpack what was packed, field for field', () => {
    expect(unpackSelections(packSelections(selections))).toStrictEqual(selections);
  });

  it('survive a structured clone', () => {
    const cloned = deserialize(serialize(packSelections(selections))) as PackedSelections;
    expect(unpackSelections(cloned)).toStrictEqual(selections);
  });

  it('pack none as none', () => {
    expect(unpackSelections(packSelections([]))).toStrictEqual([]);
  });

  it('keep the GUIDs apart from the other strings', () => {
    const packed = packSelections(selections);
    expect(packed.guids).toBe(selections.flatMap((s) => [s.guid, ...s.codings.map((c) => c.guid)]).join(''));
    expect(packed.text).not.toContain(selections[0]!.guid);
  });
});

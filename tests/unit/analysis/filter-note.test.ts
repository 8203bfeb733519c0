/** A table's filter note names the documents it was limited to, in case order, reading no text. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeFilters } from '../../../main/analysis/filter-note.js';
import { createAttribute } from '../../../main/services/attributes.js';
import { createCase } from '../../../main/services/cases.js';
import { pasteText } from '../../../main/services/text-import.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('note');
});
afterEach(() => t.dispose());

describe('filter note', () => {
  it('names the chosen documents only, in the order of their cases', () => {
    const ctx = t.session.context();
    const first = createCase(ctx, 'Anna', null);
    const second = createCase(ctx, 'Boris', null);
    pasteText(ctx, second.id, 'Boris interview', 'Аренда дорогая.');
    pasteText(ctx, first.id, 'Anna interview', 'Good internet here.');
    pasteText(ctx, first.id, 'Anna notes', 'Notes.');
    const id = (name: string) => ctx.store.prepare('SELECT id FROM document WHERE name = ?').pluck().get(name) as number;
    const note = describeFilters(ctx.store, { documentIds: [id('Boris interview'), id('Anna interview')] }, 'ru');
    expect(note).toBe('Документы: Anna interview, Boris interview.');
  });

  it('writes a date attribute\'s days as the language writes them, other values as they are', () => {
    const ctx = t.session.context();
    const interview = createAttribute(ctx, 'Интервью', 'date', []);
    const city = createAttribute(ctx, 'Город', 'text', []);
    const filters = { attributes: [{ attributeId: interview.id, values: ['2026-03-05'] }, { attributeId: city.id, values: ['2026-03-05'] }] };
    expect(describeFilters(ctx.store, filters, 'ru')).toBe('Интервью: 05.03.2026. Город: 2026-03-05.');
    expect(describeFilters(ctx.store, filters, 'kk')).toBe('Интервью: 05.03.2026. Город: 2026-03-05.');
    expect(describeFilters(ctx.store, filters, 'en')).toBe('Интервью: 03/05/2026. Город: 2026-03-05.');
  });

  it('writes yes/no values in the words the filter list offers them under, in the note\'s language', () => {
    const ctx = t.session.context();
    const family = createAttribute(ctx, 'С семьёй', 'boolean', []);
    const filters = (values: string[]) => ({ attributes: [{ attributeId: family.id, values }] });
    expect(describeFilters(ctx.store, filters(['true']), 'ru')).toBe('С семьёй: да.');
    expect(describeFilters(ctx.store, filters(['false']), 'ru')).toBe('С семьёй: нет.');
    expect(describeFilters(ctx.store, filters(['true', 'false']), 'kk')).toBe('С семьёй: иә, жоқ.');
    expect(describeFilters(ctx.store, filters(['true']), 'en')).toBe('С семьёй: yes.');
  });
});

/** Number, title, note and language on the method tables' exports (selection, comparison, summaries), as table exports take them. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportTable } from '../../../main/export/index.js';
import { comparisonCrossTable } from '../../../main/services/comparison.js';
import { selectionCrossTable } from '../../../main/services/selection.js';
import { summariesCrossTable } from '../../../main/services/summaries.js';
import { presentTable } from '../../../shared/method/presentation.js';
import type { CrossTable } from '../../../shared/tables.js';
import { caseWithText, newMethodProject, type MethodProject } from './helpers.js';

let p: MethodProject;
beforeEach(async () => {
  p = await newMethodProject();
  await caseWithText(p.call, 'Anna', 'Programmers', 'Low wages.');
});
afterEach(() => p.t.dispose());

const markdown = async (table: CrossTable) => (await exportTable(table, 'md')).toString('utf8');
const journal = { number: '3', title: 'Who stayed', note: 'Ten of forty cases.' };

describe('method table presentation', () => {
  it('numbers, retitles and annotates each method table\'s export', async () => {
    const ctx = p.t.session.context();
    const valence = (await p.call('frameworks.findByName', { name: 'Valence' })).id;
    const tables = [
      selectionCrossTable(ctx, journal),
      comparisonCrossTable(ctx, { by: 'group', statuses: ['selected'] }, journal),
      summariesCrossTable(ctx, { frameworkId: valence, statuses: ['selected'] }, false, journal),
    ];
    for (const table of tables) {
      expect(table).toMatchObject(journal);
      const md = await markdown(table);
      expect(md).toContain('Table 3.');
      expect(md).toContain('Who stayed');
      expect(md).toContain('Ten of forty cases.');
    }
  });

  it('keeps the built title and adds no number or note when none is given or they are blank', async () => {
    const built = selectionCrossTable(p.t.session.context());
    expect(built.number).toBeUndefined();
    expect(built.note).toBeUndefined();
    const blank = presentTable(built, { title: '  ', note: ' ' });
    expect(blank).toEqual(built);
    expect(presentTable(built, { language: 'ru' }).language).toBe('ru');
  });

  it('words the case summaries table in the language asked for', async () => {
    const ctx = p.t.session.context();
    const valence = (await p.call('frameworks.findByName', { name: 'Valence' })).id;
    await caseWithText(p.call, 'Boris', null, 'Rent is high.');
    await p.call('selection.decide', { caseId: (await p.call('cases.findByName', { name: 'Boris' })).id, status: 'candidate' });
    const request = { frameworkId: valence, statuses: ['selected', 'candidate'] as ('selected' | 'candidate')[] };
    const russian = await markdown(summariesCrossTable(ctx, request, true, { language: 'ru' }));
    expect(russian).toContain('**Резюме кейсов × Valence**');
    expect(russian).toMatch(/^\| Кейс \|/m);
    expect(russian).toContain('**Без группы**');
    expect(russian).toContain('В каждой ячейке: резюме, затем закодированные сегменты, на которых оно основано. Включены также кейсы-кандидаты.');
    const kazakh = await markdown(summariesCrossTable(ctx, request, false, { language: 'kk' }));
    expect(kazakh).toContain('Әр ұяшықта: зерттеушінің түйіндемесі.');
    for (const text of [russian, kazakh]) expect(text).not.toMatch(/Case summaries|No group|Each cell|Includes/);
  });

  it('the contract takes them on each export and refuses a number that is not one', async () => {
    await expect(p.call('selection.export', { format: 'md', number: 0 })).rejects.toMatchObject({ code: 'invalidInput' });
    await expect(p.call('comparison.export', { request: {}, format: 'md', language: 'de' as 'en' })).rejects.toMatchObject({ code: 'invalidInput' });
    await expect(p.call('summaries.export', { request: { frameworkId: 1 }, format: 'md', title: 'x'.repeat(501) })).rejects.toMatchObject({ code: 'invalidInput' });
  });
});

/**
 * `casecoder table --leave-out-col Valence/Forecast`: the study's Table 3 without its Forecast
 * column (review-study-1207 #4), from the command line. The codes are named by path, as
 * `casecoder codes` lists them; one of neither axis is refused in the user's language, not
 * passed over (the column meant to go would stay). Run in this process.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useCliFolder } from '../../helpers/cli-in-process.js';

const { run } = useCliFolder('casecoder-table-leave-out-');

beforeAll(async () => {
  expect(await run('ru_RU.UTF-8', 'new', 'study', '--language', 'ru')).toMatchObject({ status: 0 });
});

const json = async (...args: string[]) => {
  const table = await run('ru_RU.UTF-8', 'table', 'study', ...args, '--format', 'json', '--out', '-');
  expect(table.status, table.err).toBe(0);
  return JSON.parse(table.out) as { columns: { label: string }[]; rows: { label: string }[]; leftOutNote?: string };
};

describe('casecoder table --leave-out-row, --leave-out-col', () => {
  it('leaves the codes\' rows and columns out, and the note names them', async () => {
    const table3 = await json('--kind', 'crosstab', '--leave-out-col', 'Валентность/Прогноз', '--leave-out-row', 'STEEPL/Правовые', '--language', 'ru');
    expect(table3.columns.map((c) => c.label)).toEqual(['Позитивное', 'Негативное']);
    expect(table3.rows.map((r) => r.label)).not.toContain('Правовые');
    expect(table3.rows).toHaveLength(5);
    expect(table3.leftOutNote).toBe('Коды, исключённые из таблицы по выбору исследователя: «Правовые» (схема «STEEPL»); «Прогноз» (схема «Валентность»).');
    const matrix = await json('--kind', 'case-matrix', '--leave-out-col', 'Валентность/Прогноз');
    expect(matrix.columns.map((c) => c.label)).toEqual(['Позитивное', 'Негативное']);
    expect((await json('--kind', 'crosstab')).columns).toHaveLength(3);
  });

  it('refuses a code of neither axis, in the user\'s language', async () => {
    const refused = await run('ru_RU.UTF-8', 'table', 'study', '--kind', 'crosstab', '--leave-out-col', 'STEEPL/Правовые', '--format', 'json', '--out', '-');
    expect(refused.status).toBe(1);
    expect(refused.err).toContain('«STEEPL/Правовые» — не код столбцов таблицы');
    const unknown = await run('ru_RU.UTF-8', 'table', 'study', '--kind', 'crosstab', '--leave-out-col', 'Валентность/Нейтральное', '--format', 'json', '--out', '-');
    expect(unknown.status).toBe(1);
    expect(unknown.err).toContain('Нейтральное');
  });

  it('says what the options do in its help', async () => {
    const help = await run('kk_KZ.UTF-8', 'table', '--help');
    expect(help.out).toContain('--leave-out-col CODE');
    expect(help.out).toContain('Осы кодтың бағанын кестеге енгізбеу');
  });
});

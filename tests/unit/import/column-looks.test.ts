/** What a sheet's columns look like: the group, attributes (short repeated values), or free text. */
import { describe, expect, it } from 'vitest';
import { columnLook, columnLooks, groupColumnIndex } from '../../../main/import/column-looks.js';

/** The seed study's attribute sheet, cases.csv, in its Russian form. */
const header = ['Кейс', 'Группа', 'Профессия', 'Город', 'Исход', 'Возраст', 'Интервью'];
const body = [
  ['P1', 'Программисты', 'программист', '', 'уезжает', '34', 'Мы переехали в Алматы весной, потому что в Москве стало невозможно работать.'],
  ['P2', 'Программисты', 'программист', 'Алматы', 'остаётся', '29', '—'],
  ['P3', 'Предприниматели', 'предприниматель', 'Астана', 'не решил', '41', 'Открыл кофейню; аренда дорогая, но люди приветливые и помогают.'],
];

describe('column looks', () => {
  it('finds the group by its header, short repeated values as attributes, and long answers as text', () => {
    expect(columnLooks(header, body, [])).toEqual(['group', 'attribute', 'attribute', 'attribute', 'attribute', 'text']);
  });

  it('takes short distinct values (names, labels) as attributes, and many-worded ones as text', () => {
    expect(columnLook(['Анна Петрова', 'Вера Ким'])).toBe('attribute');
    expect(columnLook(['n1', 'n2'])).toBe('attribute');
    expect(columnLook(['Жильё рядом с офисом очень помогло нам', 'Цены выросли'])).toBe('text');
    expect(columnLook(['Line one\nline two'])).toBe('text');
  });

  it('takes short values that hardly repeat over many rows as answers, but numbers and repeated values as attributes', () => {
    const rows = Array.from({ length: 110 }, (_, i) => i);
    expect(columnLook(rows.map((i) => `answer ${i} 7`))).toBe('text');
    expect(columnLook(rows.map((i) => String(20 + i)))).toBe('attribute');
    expect(columnLook(rows.map((i) => ['Алматы', 'Астана', 'Шымкент'][i % 3]!))).toBe('attribute');
    // Names of people, each once, over a few rows: still attributes (there is too little to judge by).
    expect(columnLook(['Анна', 'Вера', 'Дана'])).toBe('attribute');
  });

  it("takes a column whose values are the project's groups as the group, when no header names one", () => {
    const sheet = [['P1', 'programmers', 'Almaty'], ['P2', 'Entrepreneurs', '']];
    expect(groupColumnIndex(['Case', 'Cluster', 'City'], sheet, ['Programmers', 'Entrepreneurs'], new Set([0]))).toBe(1);
    expect(groupColumnIndex(['Case', 'Cluster', 'City'], sheet, [], new Set([0]))).toBe(-1);
    expect(groupColumnIndex(['Case', 'Топ', 'Cluster'], sheet, ['Programmers', 'Entrepreneurs'], new Set([0]))).toBe(1);
  });
});

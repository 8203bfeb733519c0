import { describe, expect, it } from 'vitest';
import { writeHtml } from '../../../main/export/html.js';
import { tableWords } from '../../../main/analysis/table-words.js';
import type { CrossTable } from '../../../shared/tables.js';
import { all, first, parseXml, textOf } from './ooxml.js';
import { controlCharacters, countsTable, expectedCounts, sampleTable, withQuote } from './sample-table.js';

describe('HTML export', () => {
  const html = writeHtml(sampleTable).toString('utf8');
  // The page is well-formed XML, so an XML parser reads it strictly.
  const page = parseXml(html.replace(/^<!DOCTYPE html>\n/, ''));

  it('is a standalone UTF-8 page without scripts', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-US">')).toBe(true);
    expect(writeHtml({ ...sampleTable, language: 'kk' }).toString('utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="kk-KZ">/);
    expect(first(page, 'meta')?.attributes.charset).toBe('utf-8');
    expect(all(page, 'script')).toEqual([]);
    expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
    expect(textOf(first(page, 'title')!)).toBe(sampleTable.title);
  });

  it('has a caption, a header and a body row per table row', () => {
    const table = first(page, 'table')!;
    expect(textOf(first(table, 'caption')!)).toBe(sampleTable.title);
    expect(all(first(table, 'thead')!, 'th').map(textOf)).toEqual(['Случай', 'Позитивные', 'Негативные', 'Нейтральные, прочие']);
    const rows = all(first(table, 'tbody')!, 'tr');
    expect(rows.map((row) => row.attributes.class)).toEqual(sampleTable.rows.map((row) => row.role));
    expect(rows.map((row) => textOf(first(row, 'th')!))).toEqual(sampleTable.rows.map((row) => row.label));
    expect(first(rows[0]!, 'th')!.attributes.colspan).toBe('4');
  });

  it('puts each quote in its own element carrying its segment id, text escaped', () => {
    const rows = all(first(page, 'tbody')!, 'tr');
    const quotes = (r: number, c: number) =>
      all(all(rows[r]!, 'td')[c]!, 'p').map((p) => [Number(p.attributes['data-segment-id']), textOf(p)]);
    expect(quotes(1, 0)).toEqual([
      [11, '=1+1 это не формула (П1)'],
      [12, 'Хороший интернет, "быстрый" | везде (П1)'],
    ]);
    expect(quotes(1, 1)).toEqual([[13, '- Аренда дорогая.\nОчень дорогая. (П1)']]);
    expect(quotes(2, 1)).toEqual([[22, 'Налоги <b>растут</b> & цены тоже (П2)']]);
    expect(quotes(1, 2)).toEqual([]);
    expect(html).toContain('Налоги &lt;b&gt;растут&lt;/b&gt; &amp; цены тоже');
  });

  it('shows counts with the ids of the segments behind them', () => {
    const countsPage = parseXml(writeHtml(countsTable).toString('utf8').replace(/^<!DOCTYPE html>\n/, ''));
    const rows = all(first(countsPage, 'tbody')!, 'tr');
    countsTable.rows.forEach((row, r) => {
      if (row.role === 'heading') return;
      expect(all(rows[r]!, 'td').map((td) => Number(textOf(td)))).toEqual(expectedCounts[r]);
    });
    expect(all(rows[1]!, 'td')[0]!.attributes['data-segment-ids']).toBe('11 12');
  });

  it('ends with the filter note', () => {
    expect(textOf(all(first(page, 'body')!, 'p').at(-1)!)).toBe(`Note. ${sampleTable.filterNote}.`);
    const without = parseXml(writeHtml({ ...sampleTable, appendix: false }).toString('utf8').replace(/^<!DOCTYPE html>\n/, ''));
    expect(all(without, 'section')).toEqual([]);
  });

  it('numbers the caption and lists segment ids in an appendix section when asked, in the language asked', () => {
    const html = writeHtml({ ...sampleTable, number: '4', language: 'kk', appendix: true }).toString('utf8');
    const journal = parseXml(html.replace(/^<!DOCTYPE html>\n/, ''));
    expect(textOf(first(journal, 'caption')!)).toBe(`4-кесте.${sampleTable.title}`);
    const appendix = first(journal, 'section')!;
    expect(textOf(first(appendix, 'h2')!)).toBe('Қосымша. Ұяшықтар бойынша үзінді идентификаторлары');
    expect(all(appendix, 'li').map(textOf)[0]).toBe('П1 × Позитивные: 11, 12');
  });

  it('gives a quote or memo in another language than the page\'s its lang, for a screen reader\'s voice', () => {
    const memo = [{ on: 'project' as const, title: 'Сұрақтар жоспары', text: 'Мен үш сұхбат алдым.' }];
    const russian = parseXml(writeHtml(withQuote({ ...sampleTable, language: 'ru' }, 'Мен Алматыда жұмыс таптым'), memo).toString('utf8').replace(/^<!DOCTYPE html>\n/, ''));
    const quoteLangs = all(first(russian, 'tbody')!, 'p').map((p) => [p.attributes['data-segment-id'], p.attributes.lang]);
    expect(quoteLangs).toContainEqual(['11', 'kk-KZ']);
    expect(quoteLangs).toContainEqual(['31', undefined]);
    expect([first(first(russian, 'dt')!, 'em')!.attributes.lang, first(russian, 'dd')!.attributes.lang]).toEqual(['kk-KZ', 'kk-KZ']);
    // Russian quotes on an English page.
    expect(all(first(page, 'tbody')!, 'p').map((p) => p.attributes.lang)).toEqual(Array(7).fill('ru-RU'));
  });

  it('gives the names of codes and cases in another language than the page\'s their lang, never its own words', () => {
    const page = (table: CrossTable) => parseXml(writeHtml(table).toString('utf8').replace(/^<!DOCTYPE html>\n/, ''));
    const langs = (table: CrossTable) => new Map(all(page(table), 'th').map((th) => [textOf(th), th.attributes.lang]));
    // Russian codes, cases and groups on an English page.
    const english = langs({ ...countsTable, language: 'en' });
    expect(['Позитивные', 'П1', 'Программисты'].map((name) => english.get(name))).toEqual(['ru-RU', 'ru-RU', 'ru-RU']);
    // A Kazakh page: the case Болат and «Топсыз», with no Kazakh-only letter, are Kazakh there.
    const words = tableWords('kk');
    const labels: Record<string, string> = { heading: words.noGroup, data: 'Болат', total: words.total };
    const kazakh = langs({ ...countsTable, language: 'kk', rowHeader: words.case, rows: countsTable.rows.map((row) => ({ ...row, label: labels[row.role] ?? row.label })) });
    const kazakhWords = [words.case, words.noGroup, 'Болат', words.total];
    expect(kazakhWords.map((name) => [name, kazakh.has(name), kazakh.get(name)])).toEqual(kazakhWords.map((name) => [name, true, undefined]));
  });

  it('drops characters XML forbids', () => {
    const page = parseXml(writeHtml(withQuote(sampleTable, controlCharacters)).toString('utf8').replace(/^<!DOCTYPE html>\n/, ''));
    expect(textOf(first(first(page, 'tbody')!, 'p')!)).toBe('вертикальныйтабнульзвонокконец (П1)');
  });
});

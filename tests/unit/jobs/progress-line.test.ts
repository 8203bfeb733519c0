import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../main/cli/messages.js';
import { progressLine } from '../../../main/cli/progress-line.js';

const english = messagesFor({ LANG: 'en_US.UTF-8' });

describe('progress line', () => {
  it('stays quiet for the first second, then writes at most once a second, and a last line', () => {
    let clock = 0;
    const lines: string[] = [];
    const line = progressLine('segments read', english, (text) => lines.push(text), true, () => clock);
    line.update(1000);
    clock = 900;
    line.update(2000);
    expect(lines).toEqual([]);
    clock = 1100;
    line.update(3000, 9000);
    clock = 1500;
    line.update(4000, 9000);
    clock = 2200;
    line.update(5000, 9000);
    line.finish();
    expect(lines).toEqual(['segments read: 3,000 of 9,000…', 'segments read: 5,000 of 9,000…', 'segments read: 5,000 of 9,000, done']);
  });

  it('says nothing at all about quick work, nor to a script reading stderr', () => {
    const lines: string[] = [];
    const quick = progressLine('x', english, (text) => lines.push(text), true, () => 0);
    quick.update(5);
    quick.finish();
    let clock = 0;
    const piped = progressLine('x', english, (text) => lines.push(text), false, () => clock);
    clock = 5000;
    piped.update(5);
    piped.finish();
    expect(lines).toEqual([]);
  });

  it('says at once when the work is finishing, its count standing still, and ends as done', () => {
    let clock = 0;
    const lines: string[] = [];
    const line = progressLine('Importing', english, (text) => lines.push(text), true, () => clock);
    clock = 1100;
    line.update(999, 1000);
    clock = 1300;
    line.update(1000, 1000, 'finishing');
    clock = 1500;
    line.update(1000, 1000, 'finishing');
    line.finish();
    expect(lines).toEqual(['Importing: 999 of 1,000…', 'Importing: 1,000 of 1,000, finishing (indexes, saving)…', 'Importing: 1,000 of 1,000, done']);
  });

  it('speaks the system\'s language', () => {
    let clock = 0;
    const lines: string[] = [];
    const line = progressLine('импорт study.qdpx', messagesFor({ LANG: 'ru_RU.UTF-8' }), (text) => lines.push(text), true, () => clock);
    clock = 1100;
    line.update(1000, 1000, 'finishing');
    line.finish();
    expect(lines).toEqual(['импорт study.qdpx: 1\u00a0000 из 1\u00a0000, завершение (индексы, сохранение)…', 'импорт study.qdpx: 1\u00a0000 из 1\u00a0000, готово']);
  });
});

/**
 * A Markdown file comes in as its words, paragraph by paragraph and line by line, never its marks; HTML inside it
 * as the HTML importer reads HTML; a hostile one within the limits.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument, type ExtractResult } from '../../../main/import/extract-document.js';
import { importLimits } from '../../../main/import/limits.js';
import { markdownToText } from '../../../main/import/markdown-text.js';
import { codePointLength } from '../../../shared/offsets.js';
import { utf8 } from './fixtures.js';

const read = async (markdown: string): Promise<ExtractResult> => extractDocument('notes.md', utf8(markdown));
const textOf = async (markdown: string): Promise<string> => {
  const result = await read(markdown);
  if (!result.ok) throw new Error(`refused: ${result.refusal.message}`);
  return result.document.text;
};

/** Every kind of block and inline mark a researcher's notes use, with a reference defined after its use. */
const notes = `# Заметки: предприниматель 3

Первый абзац, *курсив* и **главная причина**,
перенос строки. [Ссылка](http://example.org "заголовок"), \`код\` и [по метке][м].

## Второй заголовок

> Цитата информанта,
> вторая строка цитаты.

1. один
2. два
   - вложенный пункт

| Кейс | Факт |
|------|------|
| 2 | **да** |

<div>Вставка <b>HTML</b><script>alert(1)</script><span hidden>скрыто</span></div>
<!-- комментарий -->

\`\`\`
код   как
  написан
\`\`\`

Әсел ___айтты___: «жұмыс».

[м]: http://example.org/m
`;

describe('Markdown as text', () => {
  it('keeps the words of headings, emphasis, links, code, quotes, lists and tables, one paragraph and one source line a line, never the marks', async () => {
    expect(await textOf(notes)).toBe([
      'Заметки: предприниматель 3',
      'Первый абзац, курсив и главная причина,',
      'перенос строки. Ссылка, код и по метке.',
      'Второй заголовок',
      'Цитата информанта,',
      'вторая строка цитаты.',
      '1. один',
      '2. два',
      '    ◦ вложенный пункт',
      'Кейс\tФакт',
      '2\tда',
      'Вставка HTML',
      'код   как',
      '  написан',
      'Әсел айтты: «жұмыс».',
    ].join('\n'));
  });

  it('reads the trial notes as their words', async () => {
    const trial = '# Заметки полевого исследователя: предприниматель 3 (Астана)\n\n'
      + '- Риелторы берут комиссию 30%; цены на квартиры выросли вдвое.\n'
      + '- Прямые рейсы из Астаны и Алматы во многие страны — **главная причина** выбора.\n';
    expect(await textOf(trial)).toBe('Заметки полевого исследователя: предприниматель 3 (Астана)\n'
      + '• Риелторы берут комиссию 30%; цены на квартиры выросли вдвое.\n'
      + '• Прямые рейсы из Астаны и Алматы во многие страны — главная причина выбора.');
  });

  it('keeps a transcript written a speaker\'s turn per line, without blank lines, a turn a line', async () => {
    // CommonMark joins such lines into one paragraph; a transcript is not prose.
    const transcript = '# Интервью 3\n'
      + '**Интервьюер:** Почему вы *переехали*?\n'
      + 'Информант: Из-за работы 😀, [см.](x) дальше.   \n'
      + 'Интервьюер: А семья?\n'
      + '  Информант: Әйелім келісті.\n'
      + '\n'
      + 'Новый абзац.\n';
    const text = await textOf(transcript);
    expect(text).toBe([
      'Интервью 3',
      'Интервьюер: Почему вы переехали?',
      'Информант: Из-за работы 😀, см. дальше.',
      'Интервьюер: А семья?',
      'Информант: Әйелім келісті.',
      'Новый абзац.',
    ].join('\n'));
    // Positions are code points: the emoji is one, and each kept break one more.
    expect(codePointLength(text.slice(0, text.indexOf('А семья')))).toBe(95);
  });

  it('leaves the letters as written, so positions count the code points the researcher sees', async () => {
    // A decomposed é (e + U+0301) stays two code points; an emoji is one code point of two UTF-16 units.
    const text = await textOf('**Cafe\u0301** 😀 _тест_\r\n\r\nвторой');
    expect(text).toBe('Cafe\u0301 😀 тест\nвторой');
    expect(codePointLength(text.slice(0, text.indexOf('тест')))).toBe(8);
  });

  it('reads a file cut into runs of blocks exactly as it reads it whole', () => {
    const long = Array.from({ length: 40 }, (_, i) => `${notes}\n\nАбзац ${i} со ссылкой [по метке][м].\n`).join('\n');
    const whole = markdownToText(long, 'notes.md', long.length * 2);
    for (const runChars of [1, 50, 700]) expect(markdownToText(long, 'notes.md', runChars)).toBe(whole);
  });
});

const MAX_MARKDOWN_NESTING = importLimits.markdownNesting;

describe('hostile Markdown', () => {
  it(`refuses blocks nested deeper than ${MAX_MARKDOWN_NESTING} levels instead of dropping what follows them`, async () => {
    expect(await textOf(`${'>'.repeat(MAX_MARKDOWN_NESTING - 1)} глубоко\n\nпосле`)).toBe('глубоко\nпосле');
    for (const deep of [`${'>'.repeat(MAX_MARKDOWN_NESTING)} глубоко\n\nпосле`, Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')]) {
      expect(await read(deep)).toMatchObject({ ok: false, refusal: { reason: 'tooLarge', params: { limit: MAX_MARKDOWN_NESTING } } });
    }
  });

  it('reads a long run of nested brackets and emphasis marks in time linear in its length, keeping the characters', () => {
    const brackets = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const started = performance.now();
    expect(markdownToText(brackets, 'a.md')).toBe(brackets);
    // Emphasis takes its marks in pairs; every letter stays.
    expect(markdownToText('*a'.repeat(100_000), 'a.md').replaceAll('*', '')).toBe('a'.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(5_000);
  }, 30_000);

  it('reads one huge paragraph full of inline marks in linear time', () => {
    // A transcript with no blank lines is one paragraph (its lines kept); the lines builder once
    // re-copied the whole line for every bold word (minutes for a megabyte).
    const paragraph = 'Информант: это **долгая** история, [см.](x) дальше.\n'.repeat(20_000);
    const started = performance.now();
    const text = markdownToText(paragraph, 'a.md');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(text.startsWith('Информант: это долгая история, см. дальше.\nИнформант:')).toBe(true);
  }, 30_000);

  it('reads a long file a run of blocks at a time, within a heap that the whole file parsed at once overflows', () => {
    // 80,000 paragraphs (7 MB): parsed whole, markdown-it's tokens and HTML pass 96 MB of heap;
    // a 50 MB file (the limit) parsed whole needed 960 MB, against the worker's 1 GB.
    const built = new URL('../../../dist/main/import/markdown-text.js', import.meta.url);
    expect(existsSync(built), 'run npm run build first').toBe(true);
    const script = `const { markdownToText } = await import(${JSON.stringify(built.href)});
      const text = markdownToText('Информант: это **долгая** история, [см.](x) дальше.\\n\\n'.repeat(80000), 'a.md');
      process.stdout.write(String(text.split('\\n').length));`;
    expect(execFileSync(process.execPath, ['--max-old-space-size=96', '--input-type=module', '-e', script], { encoding: 'utf8' })).toBe('80000');
  }, 60_000);
});

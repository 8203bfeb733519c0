/**
 * Each document format gives the words a researcher reads, as lines, and nothing else.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractDocument, type ExtractedDocument } from '../../../main/import/extract-document.js';
import { cyrillicLines, docx, odt, para, pdf, textPage, utf8, type PlacedLine } from './fixtures.js';
import { normaliseBullets } from '../../../main/import/private-use-bullets.js';

async function text(fileName: string, bytes: Uint8Array, encoding?: string): Promise<ExtractedDocument> {
  const result = await extractDocument(fileName, bytes, encoding === undefined ? {} : { encoding });
  if (!result.ok) throw new Error(`refused: ${result.refusal.message}`);
  return result.document;
}

describe('plain text and Markdown', () => {
  it('normalises line endings and drops the BOM, nothing else', async () => {
    // "é" as e + combining acute (2 code points) must stay 2 code points: offsets count them.
    const decomposed = 'Cafe\u0301 one\r\ntwo\rthree\n';
    const document = await text('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(decomposed)]));
    expect(document.text).toBe('Cafe\u0301 one\ntwo\nthree\n');
    expect(document).toMatchObject({ format: 'txt', encoding: 'utf-8', encodingConfidence: 1, warnings: [] });
  });

  it('reads Markdown as its words, not its marks (tests/unit/import/markdown-text.test.ts has the rest)', async () => {
    const document = await text('notes.md', utf8('# Interview\n\n- **first** point\n'));
    expect(document).toMatchObject({ format: 'md', text: 'Interview\n• first point', encoding: 'utf-8' });
  });

  it('re-reads a file in the encoding the user names', async () => {
    const bytes = iconv.encode('Привет, мир', 'windows-1251');
    expect((await text('a.txt', bytes, 'koi8-r')).text).toBe(iconv.decode(bytes, 'koi8-r'));
    expect(await text('a.txt', bytes, 'windows-1251')).toMatchObject({ text: 'Привет, мир', encoding: 'windows-1251' });
  });
});

describe('HTML', () => {
  it('reads one long paragraph of many inline pieces in time linear in its length', async () => {
    // The line was asked for its last character after every piece, which made V8 copy the whole
    // line each time: a paragraph of 20,000 bold words took most of a minute.
    const html = `<p>${'Информант: это <b>долгая</b> история, <a href="x">см.</a> дальше. '.repeat(20_000)}</p>`;
    const started = performance.now();
    const document = await text('long.html', utf8(html));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(document.text).toBe('Информант: это долгая история, см. дальше. '.repeat(20_000).trimEnd());
  }, 120_000);

  it('keeps the body text as lines, cells tab-separated, and drops script, style, comments and hidden text', async () => {
    const html = `<!doctype html><html><head><title>Title</title><style>p{color:red}</style>
      <script>alert("x")</script></head><body>
      <h1>Interview&nbsp;1</h1><!-- a comment -->
      <p>First   paragraph with <b>bold</b>
      words &amp; an entity &#8212; done.</p>
      <p hidden>hidden attribute</p><div style="color: red; display: none">hidden style</div>
      <span style="visibility:hidden">invisible</span>
      <ul><li>one</li><li>two</li></ul>
      <table><tr><th>Case</th><th>Fact</th></tr><tr><td>A</td><td><p>x</p><p>y</p></td></tr><tr><td></td><td>z</td></tr></table>
      <pre>kept   as
  written</pre>
      <noscript>no script</noscript><template><p>template</p></template>
      last<br>line</body></html>`;
    const document = await text('page.html', utf8(html));
    expect(document.text).toBe([
      'Interview\u00a01', 'First paragraph with bold words & an entity — done.', '• one', '• two',
      'Case\tFact', 'A\tx y', '\tz', 'kept   as', '  written', 'last', 'line',
    ].join('\n'));
  });

  it('writes list items with their bullets and numbers, nested ones indented, and superscript digits as superscript', async () => {
    const html = `<body>
      <ol><li>Rent</li><li><p>Visa</p><ul><li>work permit</li><li><ul><li>deep</li></ul></li></ul></li><li value="7">seventh</li><li>eighth</li></ol>
      <ol start="3" type="a"><li>c</li><li>d</li></ol><ol type="I" start="4"><li>four</li></ol>
      <ul><li></li></ul><p>After an empty item</p>
      <p>Area 12 м<sup>2</sup>, CO<sub>2</sub>, 10<sup>th</sup>, a note<sup><a href="#n1">[1]</a></sup></p></body>`;
    expect((await text('list.html', utf8(html))).text).toBe([
      '1. Rent', '2. Visa', '    ◦ work permit', '        ▪ deep', '7. seventh', '8. eighth', 'c. c', 'd. d', 'IV. four',
      'After an empty item', 'Area 12 м², CO₂, 10th, a note[1]',
    ].join('\n'));
  });

  it('reads the charset a <meta> declares', async () => {
    const html = '<html><head><meta charset="koi8-r"></head><body><p>Столица Казахстана</p></body></html>';
    expect(await text('page.htm', iconv.encode(html, 'koi8-r'))).toMatchObject({ text: 'Столица Казахстана', encoding: 'koi8-r' });
    const http = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>café Müller</body></html>';
    expect((await text('page.html', iconv.encode(http, 'windows-1252'))).text).toBe('café Müller');
  });

  it("leaves out the site's menus, banner, footer and side column around a page's marked content, and says so (review-study-1207 #7)", async () => {
    const page = (content: string) => `<html><body><header><a href="/">Блог релоканта</a></header><nav>Главная | О блоге</nav>
      ${content}<aside>Похожие записи</aside><footer>© 2022 Блог релоканта. Все права защищены.</footer></body></html>`;
    const marked = await text('blog.html', utf8(page('<main><article><header><h1>Первый месяц</h1></header><p>Скучаем по дому.</p><footer>Анна, 2022</footer></article></main>')));
    // The article's own header and footer are its content.
    expect(marked.text).toBe('Первый месяц\nСкучаем по дому.\nАнна, 2022');
    expect(marked.warnings).toEqual([{ code: 'pageChromeLeftOut', params: { count: 4 } }]);
    // A page that marks no content is read whole.
    const unmarked = await text('old.html', utf8(page('<div><p>Скучаем по дому.</p></div>')));
    expect(unmarked.text).toBe('Блог релоканта\nГлавная | О блоге\nСкучаем по дому.\nПохожие записи\n© 2022 Блог релоканта. Все права защищены.');
    expect(unmarked.warnings).toEqual([]);
  });
});

describe('Word (.docx)', () => {
  it('gives paragraphs, headings, list items and table rows as lines; no comments or deleted text', async () => {
    const body = [
      para('Interview with A', 'Heading1'),
      '<w:p><w:r><w:t xml:space="preserve">Kept </w:t></w:r><w:del w:id="1" w:author="x"><w:r><w:delText>deleted </w:delText></w:r></w:del>'
        + '<w:ins w:id="2" w:author="x"><w:r><w:t>inserted</w:t></w:r></w:ins>'
        + '<w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve"> text</w:t></w:r><w:commentRangeEnd w:id="0"/>'
        + '<w:r><w:commentReference w:id="0"/></w:r></w:p>',
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>item one</w:t></w:r></w:p>',
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Case</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Fact</w:t></w:r></w:p></w:tc></w:tr>'
        + '<w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p><w:p><w:r><w:t>y</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      para('Последний абзац. Қазақ тілі.'),
    ].join('');
    const comments = `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="x"><w:p><w:r><w:t>a comment</w:t></w:r></w:p></w:comment></w:comments>`;
    const document = await text('interview.docx', docx(
      body,
      '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>',
      { 'word/comments.xml': comments },
    ));
    expect(document.text).toBe(['Interview with A', 'Kept inserted text', 'item one', 'Case\tFact', 'A\tx y', 'Последний абзац. Қазақ тілі.'].join('\n'));
    expect(document.format).toBe('docx');
    expect(document.encoding).toBeUndefined();
  });
});

describe('Word (.docx) lists and notes', () => {
  it('numbers numbered lists, bullets the others, raises superscript digits and keeps footnotes after the text', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const level = (format: string) => `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1."/></w:lvl>`;
    const numbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>`
      + `<w:abstractNum w:abstractNumId="0">${level('decimal')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${level('bullet')}</w:abstractNum>`
      + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>';
    const footnotes = `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}><w:footnote w:id="1"><w:p><w:r><w:t>Said in Almaty.</w:t></w:r></w:p></w:footnote></w:footnotes>`;
    const item = (numId: number, words: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${words}</w:t></w:r></w:p>`;
    const body = [
      item(1, 'Rent'), item(1, 'Visa'), item(2, 'a bullet'),
      '<w:p><w:r><w:t xml:space="preserve">A flat of 40 м</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r>'
        + '<w:r><w:t>.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>',
    ].join('');
    const document = await text('lists.docx', docx(
      body,
      '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
        + '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>',
      { 'word/numbering.xml': numbering, 'word/footnotes.xml': footnotes },
    ));
    // The note is marked as its reference is, not numbered as if the list above went on.
    expect(document.text).toBe(['1. Rent', '2. Visa', '• a bullet', 'A flat of 40 м².[1]', '[1] Said in Almaty.'].join('\n'));
  });
});

describe('Word (.docx) raised text', () => {
  it('reads text raised or lowered by w:position, as LibreOffice writes superscript, as ² and ₂', async () => {
    const run = (properties: string, words: string) => `<w:r><w:rPr>${properties}</w:rPr><w:t xml:space="preserve">${words}</w:t></w:r>`;
    const body = '<w:p>' + run('', 'Flat of 48 м') + run('<w:position w:val="8"/><w:sz w:val="14"/>', '2') + run('', ', CO')
      + run('<w:sz w:val="14"/><w:position w:val="-6"/>', '2') + run('', ', nudged ') + run('<w:position w:val="1"/>', '3')
      + run('', ' and aligned ') + run('<w:vertAlign w:val="baseline"/><w:position w:val="8"/>', '4') + '</w:p>';
    expect((await text('raised.docx', docx(body))).text).toBe('Flat of 48 м², CO₂, nudged 3 and aligned 4');
  });
});

describe('OpenDocument (.odt)', () => {
  it('gives paragraphs, headings, list items and table rows as lines; no comments, deletions or hidden text', async () => {
    const body = [
      '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>deleted text</text:p></text:deletion></text:changed-region></text:tracked-changes>',
      '<text:h text:outline-level="1">Interview</text:h>',
      '<text:p>Two<text:s text:c="3"/>spaces<text:tab/>tab<office:annotation><dc:creator>x</dc:creator><text:p>a comment</text:p></office:annotation> end<text:line-break/>next</text:p>',
      '<text:p>visible<text:hidden-text text:is-hidden="true" text:string-value="">hidden</text:hidden-text></text:p>',
      '<text:list><text:list-item><text:p>item one</text:p></text:list-item><text:list-item><text:p>item two</text:p></text:list-item></text:list>',
      '<table:table><table:table-row><table:table-cell><text:p>Case</text:p></table:table-cell><table:table-cell><text:p>Fact</text:p><text:p>more</text:p></table:table-cell></table:table-row></table:table>',
      '<text:p>Алматы &amp; Астана</text:p>',
    ].join('');
    const document = await text('interview.odt', odt(body));
    expect(document.text).toBe(['Interview', 'Two   spaces\ttab end', 'next', 'visible', 'item one', 'item two', 'Case\tFact more', 'Алматы & Астана'].join('\n'));
  });
});

describe('OpenDocument (.odt) notes', () => {
  it('keeps the sentence citing a note whole, with its mark, and puts the notes after the text', async () => {
    const note = (n: string, words: string) =>
      `<text:note text:note-class="footnote"><text:note-citation>${n}</text:note-citation><text:note-body><text:p>${words}</text:p></text:note-body></text:note>`;
    const body = `<text:p>Нам дали новое здание${note('1', 'Здание построено в 2019 году.')} и класс 60 м.</text:p>`
      + `<text:p>Много бумаг${note('*', 'Со слов завуча.')}, особенно отчёты.</text:p>`;
    expect((await text('notes.odt', odt(body))).text).toBe([
      'Нам дали новое здание[1] и класс 60 м.', 'Много бумаг[2], особенно отчёты.', '[1] Здание построено в 2019 году.', '[2] Со слов завуча.',
    ].join('\n'));
  });
});

describe('OpenDocument (.odt) lists', () => {
  it('writes each item with its bullet or number from the list styles, nested ones indented, as LibreOffice draws them', async () => {
    const number = (level: number, more = '') => `<text:list-level-style-number text:level="${level}" style:num-suffix="." style:num-format="1"${more}/>`;
    const automatic = `<text:list-style style:name="L1">${number(1)}${number(2, ' text:display-levels="2"')}</text:list-style>`
      + '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="a" text:start-value="2"/></text:list-style>'
      // Word's bullet, in the Symbol font's private-use code.
      + '<text:list-style style:name="L3"><text:list-level-style-bullet text:level="1" text:bullet-char="\uF0B7"/><text:list-level-style-bullet text:level="2" text:bullet-char="–"/></text:list-style>';
    const named = '<text:list-style style:name="Numbering_20_123">' + number(1, ' style:num-prefix="№ "') + '</text:list-style>';
    const item = (words: string) => `<text:list-item><text:p>${words}</text:p></text:list-item>`;
    const body = [
      `<text:list text:style-name="L1">${item('Rent')}<text:list-item><text:p>Visa</text:p><text:list>${item('permit')}${item('registration')}</text:list></text:list-item></text:list>`,
      '<text:p>Between</text:p>',
      `<text:list text:style-name="L1" text:continue-numbering="true">${item('Prices')}<text:list-item text:start-value="9">${'<text:p>Ninth</text:p>'}</text:list-item></text:list>`,
      `<text:list text:style-name="L2">${item('b item')}<text:list-header><text:p>a header, no marker</text:p></text:list-header>${item('c item')}</text:list>`,
      `<text:list text:style-name="L3">${item('bullet')}<text:list-item><text:list>${item('dash')}</text:list></text:list-item><text:list-item/></text:list>`,
      `<text:list text:style-name="Numbering_20_123">${item('from styles.xml')}</text:list>`,
      `<text:list text:style-name="Unknown">${item('no style, no marker')}</text:list>`,
      '<text:p>After the lists</text:p>',
    ].join('');
    const document = await text('lists.odt', odt(body, '', automatic, named));
    expect(document.text).toBe([
      '1. Rent', '2. Visa', '    2.1. permit', '    2.2. registration', 'Between', '3. Prices', '9. Ninth',
      '(b) b item', 'a header, no marker', '(c) c item', '• bullet', '    – dash',
      '№ 1. from styles.xml', 'no style, no marker', 'After the lists',
    ].join('\n'));
  });
});

describe('OpenDocument (.odt) superscript', () => {
  it('writes text its style raises or lowers as superscript or subscript, as LibreOffice draws it', async () => {
    const position = (name: string, value: string) => `<style:style style:name="${name}" style:family="text"><style:text-properties style:text-position="${value}"/></style:style>`;
    const automatic = position('T1', '33% 80%') + position('T2', '-8% 80%') + position('T3', 'super 58%') + position('T4', '0% 100%')
      + '<style:style style:name="P1" style:family="paragraph"><style:text-properties style:text-position="super"/></style:style>';
    const span = (style: string, words: string) => `<text:span text:style-name="${style}">${words}</text:span>`;
    const body = [
      `<text:p>40 м${span('T1', '2')}, CO${span('T2', '2')}, e${span('T3', '−1')}, 10${span('T1', 'th')}</text:p>`,
      `<text:p text:style-name="P1">a paragraph style is not a span's: 12</text:p>`,
      `<text:p>${span('T3', `${span('Plain', '3')}`)} inherits; ${span('T1', span('T4', '5'))} does not</text:p>`,
    ].join('');
    // A span inside another takes its position, unless its own style sets one (0%: back on the line).
    expect((await text('raised.odt', odt(body, '', automatic))).text).toBe(
      ['40 м², CO₂, e⁻¹, 10th', "a paragraph style is not a span's: 12", '³ inherits; 5 does not'].join('\n'),
    );
  });
});

describe('RTF', () => {
  it('decodes \\ansicpg code pages and \\u escapes, and leaves out tables of fonts, info, pictures and objects', async () => {
    const rtf = String.raw`{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0\fnil\fcharset204 Arial;}}{\colortbl;\red0\green0\blue0;}{\info{\title Secret title}{\author Someone}}{\*\generator Writer;}
\pard Hello \'cf\'f0\'e8\'e2\'e5\'f2 world\par
Kazakh \u1178?\u1201?\u1187? done\par
{\pict\pngblip 89504e470d0a}{\object\objemb{\*\objclass Excel}{\*\objdata 01050000020000}{\result picture}}
\trowd\cellx1000\cellx2000 A1\cell B1\cell\row
{\field{\*\fldinst HYPERLINK "http://example.invalid"}{\fldrslt link text}}\par
{\header page header}last line\par}`;
    expect((await text('a.rtf', iconv.encode(rtf, 'latin1'))).text).toBe('Hello Привет world\nKazakh Құң done\nA1\tB1\nlink text\nlast line');
  });
});

describe('PDF', () => {
  it('reads page after page; a line that ends short stays a line of its own', async () => {
    const bytes = pdf({ pages: [textPage('First line', 'Second line of page one'), textPage('Page two')] });
    expect((await text('a.pdf', bytes)).text).toBe('First line\nSecond line of page one\nPage two');
  });

  /** Greedy wrapping, as a word processor wraps, in /F2 (Courier: 7.2 pt a character at 12 pt); the first line is `indent` characters shorter. */
  function wrap(paragraph: string, indent = 0, width = 60): string[] {
    const lines: string[] = [];
    for (const word of paragraph.split(' ')) {
      const last = lines.at(-1);
      if (last !== undefined && last.length + 1 + word.length <= width - (lines.length === 1 ? indent : 0)) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    return lines;
  }

  /** Paragraphs placed down a page from y = 760: lines 14 pt apart plus any `gap` before, at x = 72 (+ 7.2 pt per character of indent or hanging indent). */
  function place(blocks: { text: string; indent?: number; hang?: number; gap?: number; size?: number }[]): PlacedLine[] {
    let y = 760;
    return blocks.flatMap(({ text, indent = 0, hang = 0, gap = 0, size = 12 }) => {
      y -= gap;
      return wrap(text, indent - hang, 60 - hang).map((line, i) => ({ text: line, x: 72 + 7.2 * (i === 0 ? indent : hang), y: (y -= 14), size }));
    });
  }

  const first = 'Иванов Сергей Петрович родился в 1958 году в селе под Алма-Атой, работал агрономом в совхозе, а после его распада взял в аренду сорок гектаров земли.';
  const second = 'Главной проблемой он называет эрозию почв и отсутствие воды для полива. Каналы давно не ремонтировались.';
  /** Words of 4 letters: 12 make a line of 59 characters, as wide as the text block, so only the next line can tell where a paragraph ends. */
  const full = (words: number) => Array.from({ length: words }, (_, i) => ['пока', 'вода', 'поле', 'зной'][i % 4]).join(' ');

  it('joins the wrapped lines of a paragraph with a space; a heading, a gap, a short last line or an indent ends it', async () => {
    expect(wrap(first)).toHaveLength(3);
    expect(wrap(full(24))).toHaveLength(2);
    const page = cyrillicLines(...place([
      { text: 'Интервью с фермером', size: 16 },
      { text: first, gap: 10 },
      { text: second },
      { text: full(24) },
      { text: full(24), gap: 8 },
      { text: full(24), indent: 5 },
    ]));
    expect((await text('a.pdf', pdf({ pages: [page] }))).text).toBe(['Интервью с фермером', first, second, full(24), full(24), full(24)].join('\n'));
  });

  it('keeps apart one-line paragraphs spaced by blank lines, where the longest line is no edge a wrap reached (review-study-1207 #6)', async () => {
    // As LibreOffice writes a short account whose paragraphs are separated by empty ones: every step 28 pt.
    const paragraphs = ['Рассказ программиста P2 (Алматы).', 'Проведя несколько дней в Казахстане, он не встретил вражды.', 'Он планирует остаться в Алматы.'];
    const page = cyrillicLines(...paragraphs.map((line, i) => ({ text: line, x: 72, y: 760 - 28 * i })));
    expect((await text('a.pdf', pdf({ pages: [page] }))).text).toBe(paragraphs.join('\n'));
  });

  it('keeps one list item or dialogue turn a line, Word\'s Symbol bullet read as «•», an item\'s wrapped line joined to it', async () => {
    const item = 'нехватка воды для полива, особенно в июле и августе, когда каналы пересыхают';
    // «·» is written as byte 0xB7, which /F2 maps to the Symbol font's private-use bullet U+F0B7.
    const page = cyrillicLines(...place([
      { text: full(12) },
      { text: `· ${item}`, hang: 2 },
      { text: '· эрозия почв' },
      { text: '— А что вы думаете о кредитах?', gap: 8 },
      { text: `— Страшно. ${full(8)} Петербург — город.` },
    ]));
    expect(wrap(`— Страшно. ${full(8)} Петербург — город.`)[1]).toBe('— город.');
    expect((await text('a.pdf', pdf({ pages: [page] }))).text).toBe([
      full(12), `• ${item}`, '• эрозия почв', '— А что вы думаете о кредитах?', `— Страшно. ${full(8)} Петербург — город.`,
    ].join('\n'));
  });

  it('reads private-use Symbol and Wingdings bullets as the characters they draw', () => {
    expect(normaliseBullets('\uF0B7 вода')).toBe('• вода');
    expect(normaliseBullets('\uF0A7 вода')).toBe('▪ вода');
    expect(normaliseBullets('\uF0D8 вода \uF0B7')).toBe('➢ вода •');
    // Inside a line 0x76 may be Symbol's Greek nu: only at the start is it Wingdings' bullet.
    expect(normaliseBullets('\uF076 и \uF076')).toBe('❖ и \uF076');
  });

  it('keeps a hyphen at a line end and joins the word without a space: по-русски, Алма-Ата', async () => {
    /** A line of 59 characters (the text block's width) from `start` and `end`, a filler word between. */
    const fill = (start: string, end: string) => `${start} ${'ж'.repeat(59 - start.length - end.length - 2)} ${end}`;
    const lines = [fill('Сказал, что соседи говорят', 'кто по-'), fill('русски, кто по-казахски, а в', 'Алма-'), 'Ата учат детей.'];
    const page = cyrillicLines(...lines.map((line, i) => ({ text: line, x: 72, y: 700 - 14 * i })));
    expect((await text('a.pdf', pdf({ pages: [page] }))).text).toBe(lines.join(''));
  });

  it('carries a paragraph over a page break only when the page ends on a full line and the next starts in lowercase', async () => {
    const pages = [
      cyrillicLines(...place([{ text: full(24) }])),
      cyrillicLines(...place([{ text: 'поле и вода.' }, { text: full(12) }])),
      cyrillicLines(...place([{ text: 'Новый абзац.' }])),
      cyrillicLines(...place([{ text: 'и ещё строка.' }])),
    ];
    expect((await text('a.pdf', pdf({ pages }))).text).toBe([`${full(24)} поле и вода.`, full(12), 'Новый абзац.', 'и ещё строка.'].join('\n'));
  });
});

/**
 * The REFI-QDA XML reader on its own: namespaces resolved by the reader (prefixed files,
 * xsi attributes, the errors Namespaces in XML makes refusals), the file read in decoded
 * chunks (characters and line ends cut at a chunk's edge), the caps, and elements handed to
 * the visitor as they close; a source's text decoded (decodeUtf8) exactly as UTF-8 reads.
 */
import { describe, expect, test } from 'vitest';
import { AppError } from '../../../main/errors.js';
import { importLimits } from '../../../main/import/limits.js';
import { refiLimits } from '../../../main/refi/limits.js';
import { decodeUtf8, readXml, type XmlElement, type XmlVisitor } from '../../../main/refi/xml-reader.js';

const keepAll: XmlVisitor = { keepsText: () => true };

function read(xml: string | Buffer, visitor: XmlVisitor = keepAll): XmlElement {
  return readXml('t.qde', typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml, visitor);
}

function refusal(xml: string | Buffer, visitor: XmlVisitor = keepAll): AppError {
  try {
    read(xml, visitor);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

describe('namespaces', () => {
  test('a prefixed file reads like a default-namespace one; xmlns and xsi attributes are not attributes of the element', () => {
    const root = read(
      '<qda:Project xmlns:qda="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="urn:QDA-XML:project:1.0 Project.xsd" name="P"><qda:Users><qda:User guid="g" name="U"/></qda:Users></qda:Project>',
    );
    expect(root).toMatchObject({ name: 'Project', namespace: 'urn:QDA-XML:project:1.0' });
    expect({ ...root.attrs }).toEqual({ name: 'P' });
    expect(root.children[0]!.children[0]).toMatchObject({ name: 'User', namespace: 'urn:QDA-XML:project:1.0', attrs: { guid: 'g', name: 'U' } });
    const plain = read('<Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="x" name="P"/>');
    expect({ ...plain.attrs }).toEqual({ name: 'P' });
  });

  test('a declaration holds inside its element only, and an inner default namespace replaces the outer one', () => {
    const root = read('<P xmlns="urn:a"><x:A xmlns:x="urn:b" x:own="1" plain="2"><B/></x:A><C xmlns="urn:c"/><D/></P>');
    const [a, c, d] = root.children;
    expect(a).toMatchObject({ name: 'A', namespace: 'urn:b', attrs: { plain: '2' } });
    expect(a!.attrs.own).toBeUndefined();
    expect(a!.children[0]).toMatchObject({ name: 'B', namespace: 'urn:a' });
    expect(c).toMatchObject({ namespace: 'urn:c' });
    expect(d).toMatchObject({ namespace: 'urn:a' });
    expect(refusal('<P xmlns="urn:a"><A xmlns:x="urn:b"/><x:B/></P>').message).toMatch(/unbound namespace prefix/);
  });

  test.each([
    ['an unbound element prefix', '<x:P/>', /unbound namespace prefix/],
    ['an unbound attribute prefix', '<P y:a="1"/>', /unbound namespace prefix/],
    ['two attributes with one expanded name', '<P xmlns:x="urn:b" xmlns:y="urn:b" x:a="1" y:a="2"/>', /duplicate attribute/],
    ['the prefix xmlns on an element', '<xmlns:P/>', /prefix xmlns/],
    ['the prefix xml bound elsewhere', '<P xmlns:xml="urn:other"/>', /only the prefix xml/],
    ['another prefix bound to the xml namespace', '<P xmlns:x="http://www.w3.org/XML/1998/namespace"/>', /only the prefix xml/],
    ['a prefix undeclared', '<P xmlns:x=""/>', /undeclared/],
    ['a malformed name', '<P xmlns:a="urn:a" a:b:c="1"/>', /malformed name/],
  ])('%s is refused', (_, xml, reason) => {
    const error = refusal(xml);
    expect(error.code).toBe('refiBadXml');
    expect(error.message).toMatch(reason);
  });
});

describe('reading in chunks', () => {
  /** A document whose byte 1 MiB (where the reader cuts) falls `cut` bytes into `text`, inside `<P><T>` or an attribute. */
  function cutAt(text: string, cut: number, where: 'text' | 'attribute'): Buffer {
    const head = where === 'text' ? '<P><T>' : '<P><T a="';
    const tail = where === 'text' ? '</T></P>' : '"/></P>';
    return Buffer.from(`${head}${'x'.repeat((1 << 20) - cut - head.length)}${text}${tail}`, 'utf8');
  }

  test.each([['Жжж', 1], ['a😀b', 3], ['😀', 2], ['x\r\ny', 2]] as const)('%j cut %i bytes in arrives whole', (text, cut) => {
    const inText = read(cutAt(text, cut, 'text')).children[0]!;
    expect(inText.text.endsWith(text.replace('\r\n', '\n'))).toBe(true);
    // An attribute's line end is a space (attribute value normalisation).
    const inAttribute = read(cutAt(text, cut, 'attribute')).children[0]!;
    expect(inAttribute.attrs.a!.endsWith(text.replace('\r\n', ' '))).toBe(true);
  });

  test('a file that is not UTF-8 says so, even when it is also malformed', () => {
    const error = refusal(Buffer.concat([Buffer.from('<P a="'), Buffer.from([0xe9]), Buffer.from('"><unclosed>')]));
    expect(error.code).toBe('refiNotUtf8');
  });

  test('a byte-order mark is skipped; another declared encoding is refused', () => {
    expect(read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<?xml version="1.0" encoding="UTF-8"?><P/>')])).name).toBe('P');
    expect(refusal('<?xml version="1.0" encoding="ISO-8859-1"?><P/>').message).toMatch(/encoding ISO-8859-1/);
  });
});

describe('the visitor', () => {
  test('the root is shown before the body is read, so a foreign file is refused before a later error', () => {
    const error = refusal('<Foreign><unclosed>', { keepsText: () => false, root: () => { throw new AppError('foreign', 'foreign root'); } });
    expect(error.code).toBe('foreign');
  });

  test('consumed elements leave their parent; text is kept only where asked, and whole across entities and CDATA', () => {
    const seen: string[] = [];
    const root = read('<P>\n  <S n="1"><Keep>a &amp; <![CDATA[<b>]]> c</Keep><Drop>lost</Drop></S>\n  <S n="2"/><Other/></P>', {
      keepsText: (name) => name === 'Keep',
      closed: (element, ancestors) => {
        seen.push(`${ancestors.map((a) => a.name).join('/')}/${element.name}`);
        return element.name === 'S' && element.attrs.n === '1';
      },
    });
    expect(seen).toEqual(['P/S/Keep', 'P/S/Drop', 'P/S', 'P/S', 'P/Other', '/P']);
    expect(root.children.map((c) => c.name)).toEqual(['S', 'Other']);
    expect(root.children[0]!.attrs.n).toBe('2');
    expect(root.text).toBe('');
    let kept: XmlElement | undefined;
    read('<P><Keep>a &amp; <![CDATA[<b>]]> c</Keep><Drop>lost</Drop></P>', {
      keepsText: (name) => name === 'Keep',
      closed: (element) => { if (element.name !== 'P') kept ??= element; return false; },
    });
    expect(kept!.text).toBe('a & <b> c');
  });
});

describe('caps', () => {
  function withLimit<T>(set: () => void, restore: () => void, run: () => T): T {
    set();
    try {
      return run();
    } finally {
      restore();
    }
  }

  test('too many elements, too deep, and kept text too long are refused', () => {
    const elements = refiLimits.maxXmlElements;
    withLimit(() => { refiLimits.maxXmlElements = 3; }, () => { refiLimits.maxXmlElements = elements; }, () => {
      expect(read('<P><A/><B/></P>').children).toHaveLength(2);
      expect(refusal('<P><A/><B/><C/></P>').message).toMatch(/too many elements/);
    });
    const depth = refiLimits.maxXmlDepth;
    expect(read(`${'<A>'.repeat(depth)}${'</A>'.repeat(depth)}`).name).toBe('A');
    expect(refusal(`${'<A>'.repeat(depth + 1)}${'</A>'.repeat(depth + 1)}`).message).toMatch(/nested too deeply/);
    // The limits object is read-only to the app; the test lowers the cap for a moment to keep its input small.
    const textLimits = importLimits as { maxTextChars: number };
    const chars = textLimits.maxTextChars;
    withLimit(() => { textLimits.maxTextChars = 5; }, () => { textLimits.maxTextChars = chars; }, () => {
      expect(read('<P><T>12345</T><U>123456</U></P>', { keepsText: (name) => name === 'T' }).children[0]!.text).toBe('12345');
      expect(refusal('<P><T>123</T><T>456</T><T>12<![CDATA[3456]]></T></P>').code).toBe('textTooLong');
    });
  });
});

describe("a source's text", () => {
  test.each([
    ['ASCII', 'plain text\nline two'],
    ['Russian and Kazakh', 'Жұмыс іздеу — очень трудно, ёлка'],
    ['Latin-1 letters', 'café naïve'],
    ['astral characters and NUL', 'a😀b\u0000c𝔸'],
    ['empty', ''],
  ])('%s decodes to the same string as Node reads UTF-8', (_name, text) => {
    const bytes = Buffer.from(text, 'utf8');
    expect(decodeUtf8('s.txt', bytes)).toBe(bytes.toString('utf8'));
    expect(decodeUtf8('s.txt', bytes)).toBe(text);
  });

  test('one leading byte order mark goes, one inside stays', () => {
    expect(decodeUtf8('s.txt', Buffer.from('\uFEFFПривет\uFEFF', 'utf8'))).toBe('Привет\uFEFF');
    expect(decodeUtf8('s.txt', Buffer.from('\uFEFFabc', 'utf8'))).toBe('abc');
  });

  test('bytes that are not UTF-8 are refused, not replaced', () => {
    for (const bytes of [Buffer.from([0xcf, 0xf0, 0xe8]), Buffer.from([0x61, 0xed, 0xa0, 0x80])]) {
      expect(() => decodeUtf8('s.txt', bytes)).toThrow(AppError);
    }
  });
});

/**
 * A line's source names the case, then the document, without the case twice when the document
 * is named after it; a name that only begins with the same letters is another name, kept whole.
 */
import { describe, expect, it } from 'vitest';
import { sourceLabel } from '../../../renderer/src/source-label.js';

describe('sourceLabel', () => {
  it('names the case once when the document is named after it', () => {
    expect(sourceLabel('Вера', 'Вера — interview')).toBe('Вера — interview');
    expect(sourceLabel('Вера', 'Вера — рассказ', 'Programmers · Вера')).toBe('Programmers · Вера — рассказ');
    expect(sourceLabel('Anna', 'Anna - notes')).toBe('Anna — notes');
    expect(sourceLabel('Anna', 'Anna: second visit')).toBe('Anna — second visit');
    expect(sourceLabel('Anna', 'Anna interview 2')).toBe('Anna — interview 2');
    expect(sourceLabel('Anna', 'Anna_interview')).toBe('Anna — interview');
  });

  it('names the case alone when the document has its very name', () => {
    expect(sourceLabel('Вера', 'Вера')).toBe('Вера');
    expect(sourceLabel('Вера', 'Вера', 'Programmers · Вера')).toBe('Programmers · Вера');
  });

  it('keeps a document name that is not the case name followed by a separator', () => {
    expect(sourceLabel('Anna', 'word-interview')).toBe('Anna — word-interview');
    expect(sourceLabel('Anna', 'Annabel — interview')).toBe('Anna — Annabel — interview');
    expect(sourceLabel('Anna', 'Anna-Maria interview')).toBe('Anna — Anna-Maria interview');
    expect(sourceLabel('Anna', "Anna's diary")).toBe("Anna — Anna's diary");
    expect(sourceLabel('Anna', 'interview with Anna', 'Programmers · Anna')).toBe('Programmers · Anna — interview with Anna');
  });
});

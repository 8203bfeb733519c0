/** A file-like name may wrap after its separators alone, not inside a date (renderer/src/breakable-name.tsx). */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { breakableName } from '../../../renderer/src/breakable-name.js';

const markup = (name: string) => renderToStaticMarkup(breakableName(name));

describe('breakableName', () => {
  it('offers a break after each underscore, hyphen and dot', () => {
    expect(markup('Интервью_Анна_2024-03-12.docx')).toBe('Интервью_<wbr/>Анна_<wbr/>2024-<wbr/>03-<wbr/>12.<wbr/>docx');
  });

  it('leaves a name without separators, and one ending in one, as it is', () => {
    expect(markup('Анна — интервью')).toBe('Анна — интервью');
    expect(markup('draft_')).toBe('draft_');
  });
});

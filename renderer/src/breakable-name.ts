/**
 * A file-like name («Интервью_Анна_Алматы_2024-03-12_расшифровка.docx») that wraps at its own
 * separators: a break may fall after an underscore, a hyphen or a dot. Without them a long name
 * broke wherever the line ran out, inside a date («…_20 / 24-03-…»).
 */
import { createElement, Fragment, type ReactNode } from 'react';

export function breakableName(name: string): ReactNode {
  const parts = name.split(/(?<=[_\-.])/u);
  if (parts.length === 1) return name;
  // Not JSX: the tests' TypeScript reads this module too, and has no JSX.
  return parts.map((part, i) => createElement(Fragment, { key: i }, i > 0 ? createElement('wbr') : null, part));
}

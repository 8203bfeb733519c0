/**
 * Superscript and subscript that plain text can hold: "м<sup>2</sup>" reads м², not м2, and a
 * footnote's "1" after a word does not become part of a number. Only when every character has a
 * Unicode superscript (or subscript) form; anything else ("10<sup>th</sup>", "[1]") stays as written.
 */
const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾',
};
const SUBSCRIPT: Record<string, string> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
  '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎',
};

export function raisedText(text: string, position: 'sup' | 'sub'): string {
  const forms = position === 'sup' ? SUPERSCRIPT : SUBSCRIPT;
  let out = '';
  for (const c of text) {
    const form = forms[c] ?? (/\s/.test(c) ? c : undefined);
    if (form === undefined) return text;
    out += form;
  }
  return out;
}

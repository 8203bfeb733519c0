/**
 * A crisp set over cases, as the researcher writes it: a code path ("Valence/Negative": the
 * case has a segment coded so) or an attribute test ("Age >= 30", "Age ≥ 30", "City = Almaty",
 * "City != Almaty"). Used for QCA conditions and outcomes.
 */
export const comparisons = ['=', '!=', '>=', '<=', '>', '<'] as const;
export type Comparison = (typeof comparisons)[number];

export type CaseTest =
  | { kind: 'code'; path: string }
  | { kind: 'attribute'; attribute: string; op: Comparison; value: string };

const typed: Record<string, Comparison> = { '≥': '>=', '≤': '<=', '≠': '!=', '==': '=' };

/** Longest operators first, so ">=" is not read as ">" followed by "=30". */
const TEST = /^(.*?\S)\s*(>=|<=|!=|==|≥|≤|≠|=|>|<)\s*(\S.*)$/u;

export function parseCaseTest(text: string): CaseTest {
  const match = TEST.exec(text.trim());
  if (!match) return { kind: 'code', path: text.trim() };
  const op = typed[match[2]!] ?? (match[2] as Comparison);
  return { kind: 'attribute', attribute: match[1]!.trim(), op, value: match[3]!.trim() };
}

/**
 * Whether a case's attribute value passes the test. Numbers compare as numbers when both sides
 * are numbers; anything else compares as text (ISO dates order correctly as text); yes/no
 * values are "true"/"false" or "yes"/"no". A case without a value passes no test, "!=" included,
 * since nothing is known of it.
 */
export function passes(value: string | number | boolean | undefined, op: Comparison, wanted: string): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') {
    const asBool = /^(true|yes|1)$/i.test(wanted) ? true : /^(false|no|0)$/i.test(wanted) ? false : undefined;
    if (asBool === undefined) return false;
    return op === '=' ? value === asBool : op === '!=' ? value !== asBool : false;
  }
  const a = typeof value === 'number' ? value : Number(value.trim());
  const b = Number(wanted);
  const numeric = value !== '' && wanted !== '' && Number.isFinite(a) && Number.isFinite(b);
  const order = numeric ? Math.sign(a - b) : compareText(String(value), wanted);
  switch (op) {
    case '=': return order === 0;
    case '!=': return order !== 0;
    case '>=': return order >= 0;
    case '<=': return order <= 0;
    case '>': return order > 0;
    case '<': return order < 0;
  }
}

function compareText(a: string, b: string): number {
  const x = a.trim().normalize('NFC').toLocaleLowerCase();
  const y = b.trim().normalize('NFC').toLocaleLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

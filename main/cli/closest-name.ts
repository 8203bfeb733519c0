/**
 * The name a mistyped one most likely meant (`tabel` → table, `--knd` → --kind), for a "did you
 * mean" after an unknown command or option. Distance counts a letter added, dropped, changed or
 * two neighbours swapped as one edit (optimal string alignment); a name is offered only within one
 * edit per three letters typed, so a short word far from every name gets no guess.
 */
export function closestName(given: string, names: readonly string[]): string | undefined {
  const most = Math.max(1, Math.floor([...given].length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(given.toLowerCase(), name.toLowerCase());
    if (distance <= most && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  // d[i][j]: edits from x's first i letters to y's first j.
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const change = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + change);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[x.length]![y.length]!;
}

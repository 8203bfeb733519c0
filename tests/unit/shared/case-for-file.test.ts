/**
 * Files named after their cases go to them: the name begins with the case's name and then a
 * separator (_, -, space, dot) or ends; capitals aside, Cyrillic and Kazakh included.
 */
import { describe, expect, it } from 'vitest';
import { caseNameFromFile, casesNamedInFile, fileCaseChoice } from '../../../shared/case-for-file.js';

const cases = [
  { id: 1, name: 'P1' }, { id: 2, name: 'P2' }, { id: 3, name: 'E1' }, { id: 4, name: 'Вера' },
  { id: 5, name: 'Әсел' }, { id: 6, name: 'P1-a' }, { id: 7, name: 'Anna Petrova' },
];
/** The one case the file is named after, or null (none, or several alike). */
const match = (fileName: string, list = cases) => {
  const named = casesNamedInFile(fileName, list);
  return named.length === 1 ? named[0]!.id : null;
};

describe('casesNamedInFile', () => {
  it('takes the case whose name begins the file name, followed by a separator or nothing', () => {
    expect(match('P1_интервью.docx')).toBe(1);
    expect(match('p2-interview.txt')).toBe(2);
    expect(match('E1 second visit.txt')).toBe(3);
    expect(match('e1.docx')).toBe(3);
    expect(match('P1')).toBe(1);
    expect(match('ВЕРА_интервью.txt')).toBe(4);
    expect(match('әсел-сұхбат.txt')).toBe(5);
    expect(match('ӘСЕЛ.txt')).toBe(5);
    expect(match('Anna Petrova_notes.txt')).toBe(7);
  });

  it('reads a decomposed (macOS) file name as the composed case name', () => {
    expect(match('Йорик_заметки.txt', [{ id: 9, name: 'Йорик' }])).toBe(9);
    expect(match('Йорик_заметки.txt'.normalize('NFD'), [{ id: 9, name: 'Йорик' }])).toBe(9);
  });

  it('prefers the longest name, and leaves a name shared by two cases unmatched', () => {
    expect(match('P1-a_notes.txt')).toBe(6);
    expect(match('P1-b_notes.txt')).toBe(1);
    expect(match('4_interview.txt', [{ id: 1, name: '4' }, { id: 2, name: '4' }])).toBeNull();
    expect(casesNamedInFile('4_interview.txt', [{ id: 1, name: '4' }, { id: 2, name: '4' }, { id: 3, name: '5' }]).map((c) => c.id)).toEqual([1, 2]);
    expect(casesNamedInFile('P1-a_notes.txt', cases).map((c) => c.id)).toEqual([6]);
    expect(casesNamedInFile('notes.txt', cases)).toEqual([]);
  });

  it('matches nothing when the name only begins with the same letters, or not at all', () => {
    expect(match('P12_интервью.docx')).toBeNull();
    expect(match('Верасень.txt')).toBeNull();
    expect(match('интервью_P1.txt')).toBeNull();
    expect(match('Anna.txt')).toBeNull();
  });
});

describe('caseNameFromFile', () => {
  it('names a new case from the file: up to the first _, else the name without its extension', () => {
    expect(caseNameFromFile('P1_interview.docx')).toBe('P1');
    expect(caseNameFromFile('P1-a_notes_2.txt')).toBe('P1-a');
    expect(caseNameFromFile('Анна Петрова.docx')).toBe('Анна Петрова');
    expect(caseNameFromFile('Әсел.txt')).toBe('Әсел');
    expect(caseNameFromFile('notes')).toBe('notes');
    expect(caseNameFromFile('_draft.txt')).toBe('_draft');
    expect(caseNameFromFile('Йорик_заметки.txt'.normalize('NFD'))).toBe('Йорик');
  });

  it('gives a name the file is then matched to, so the next batch goes to the same cases', () => {
    for (const file of ['P1_interview.docx', 'P1-a_notes.txt', 'Анна Петрова.docx', 'e1.docx', 'Йорик_заметки.txt'.normalize('NFD')]) {
      expect(match(file, [{ id: 42, name: caseNameFromFile(file) }])).toBe(42);
    }
  });
});

describe('fileCaseChoice', () => {
  const choice = (fileName: string, forAll: string, several = true, picked?: string) => fileCaseChoice(fileName, { picked, forAll, several, cases });

  it('leaves a file named after no case unchosen while there is no case for all, never the first case', () => {
    expect(choice('interview.docx', '')).toBe('');
    expect(choice('interview.docx', '', false)).toBe('');
    expect(choice('P2_interview.docx', '')).toBe('2');
    expect(choice('P2_interview.docx', '', false)).toBe('2');
  });

  it('sends the others where the choice for all says, and keeps what the user picked', () => {
    expect(choice('interview.docx', '3')).toBe('3');
    expect(choice('interview.docx', 'own')).toBe('own');
    expect(choice('P2_interview.docx', '3')).toBe('2');
    // One file alone goes where the choice says, as the dialog shows it.
    expect(choice('P2_interview.docx', '3', false)).toBe('3');
    expect(choice('P2_interview.docx', '3', true, 'new')).toBe('new');
  });

  it('leaves a file named after a case of two groups unchosen, whatever the case for all, until the user picks one', () => {
    // «2» is a case of Programmers (id 12) and of Entrepreneurs (id 22); case 6 is open.
    const twoGroups = [...cases, { id: 12, name: '2' }, { id: 22, name: '2' }, { id: 16, name: '6' }];
    const shared = (forAll: string, several = true, picked?: string) => fileCaseChoice('2_интервью_cp1251.txt', { picked, forAll, several, cases: twoGroups });
    expect(shared('16')).toBe('');
    expect(shared('')).toBe('');
    expect(shared('own')).toBe('');
    expect(shared('new')).toBe('');
    expect(shared('', false)).toBe('');
    expect(shared('16', true, '22')).toBe('22');
    // One file alone goes where the choice the dialog shows for it says, as any file does.
    expect(shared('16', false)).toBe('16');
    expect(fileCaseChoice('6_интервью.html', { picked: undefined, forAll: '16', several: true, cases: twoGroups })).toBe('16');
  });
});

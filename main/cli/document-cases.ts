/**
 * Which case each document file of `casecoder import` goes to, by the rule the app's import
 * dialog follows (shared/case-for-file.ts), so a batch named P1_…, P2_… lands case by case
 * whichever door it came in by: of several files, one named after a case goes there and the
 * others to --case; one file goes to --case, else the case it is named after; --case-per-file
 * names each file's case from it. A file left without a case (named after none, or after a case
 * that several groups have, which --group tells apart) stops the command before anything is
 * imported, rather than guess, as the dialog holds back its Import.
 */
import { caseNameFromFile, casesNamedInFile, fileCaseChoice } from '../../shared/case-for-file.js';
import { findByName } from '../../shared/names.js';
import { AppError } from '../errors.js';
import { UsageError } from './args.js';

export type DocumentTarget = { caseId: number } | { caseName: string; groupName?: string | undefined };

export interface CaseChoice {
  /** --case: made when missing. */
  caseName: string | undefined;
  /** --case-per-file: a new case named after each file (P1_interview.docx → P1), unless one is. */
  casePerFile: boolean;
  /** --group: the group of the cases made, and the only one whose cases files are matched to. */
  groupName: string | undefined;
}

interface ProjectCases {
  cases: readonly { id: number; name: string; groupId: number | null }[];
  groups: readonly { id: number; name: string }[];
}

/** Each file's case, in the order given; refuses, naming them, the files that would have none. */
export function documentTargets(fileNames: readonly string[], choice: CaseChoice, project: ProjectCases): DocumentTarget[] {
  const { caseName, casePerFile, groupName } = choice;
  if (caseName !== undefined && casePerFile) throw new UsageError('caseOrCasePerFile');
  const group = groupName === undefined ? undefined : findByName(project.groups, groupName);
  const cases = groupName === undefined ? project.cases : project.cases.filter((c) => group !== undefined && c.groupId === group.id);
  // The dialog's choice for all: its new case (--case), a case per file, or none yet.
  const forAll = caseName !== undefined ? 'new' : casePerFile ? 'own' : '';
  const several = fileNames.length > 1;
  const chosen = fileNames.map((fileName) => fileCaseChoice(fileName, { picked: undefined, forAll, several, cases }));
  const unchosen = fileNames.flatMap((fileName, i) => (chosen[i] === '' ? [{ fileName, named: casesNamedInFile(fileName, cases) }] : []));
  const shared = unchosen.filter(({ named }) => named.length > 1);
  if (shared.length > 0) {
    const files = shared.map(({ fileName }) => fileName).join(', ');
    const groupIds = new Set(shared.flatMap(({ named }) => named.map((c) => c.groupId)));
    const groups = project.groups.filter((g) => groupIds.has(g.id)).map((g) => g.name).join(', ');
    throw new AppError('filesNamedAfterSharedCase',
      `${files}: named after a case that more than one group has (${groups}): give --group GROUP to say which group's case. Nothing was imported`,
      { files, groups },
    );
  }
  if (unchosen.length > 0) {
    const files = unchosen.map(({ fileName }) => fileName).join(', ');
    throw new AppError('filesNamedAfterNoCase',
      `${files}: named after no case of the project (P1_interview.docx goes to the case P1): give --case CASE, or --case-per-file to make a case named after each file. Nothing was imported`,
      { files },
    );
  }
  return chosen.map((choiceOfFile, i): DocumentTarget => {
    if (choiceOfFile === 'new') return { caseName: caseName!, groupName };
    if (choiceOfFile === 'own') return { caseName: caseNameFromFile(fileNames[i]!), groupName };
    return { caseId: Number(choiceOfFile) };
  });
}

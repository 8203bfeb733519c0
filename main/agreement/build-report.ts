/**
 * The inter-coder agreement report: for two or more coders over the documents they all coded,
 * percent agreement, Cohen's kappa (two coders) and Krippendorff's alpha per code and per
 * framework, character by character and by segment, plus the stretches of text where the
 * coders split, for a side-by-side view.
 */
import { measureAgreement } from '../../shared/agreement/measure.js';
import {
  DEFAULT_OVERLAP_THRESHOLD, type AgreementReport, type AgreementRequest, type Disagreement,
} from '../../shared/agreement/schema.js';
import { labelOf, type Run } from '../../shared/agreement/runs.js';
import { UnitTally } from '../../shared/agreement/units.js';
import { AppError } from '../errors.js';
import type { ReadStore } from '../db/store.js';
import type { Progress } from '../jobs/progress.js';
import { segmentUnits } from './by-segment.js';
import { codeRuns, frameworkRuns, NO_CODE } from './character.js';
import { codedDocuments, documentCodings, resolveCoders, type CoderRef, type SpanCoding } from './load.js';
import { codeScope, type ScopeCode } from './scope.js';
import { englishMethodNotes } from './method-notes.js';

/**
 * Reads every coding of the compared documents: most of a second on a large project, so the app
 * runs it as a job (jobs/job-list.ts) and `progress` hears of each document as it is compared.
 */
export function agreementReport(store: ReadStore, request: AgreementRequest, progress: Progress = () => {}): AgreementReport {
  const threshold = request.overlapThreshold ?? DEFAULT_OVERLAP_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) {
    throw new AppError('invalidOverlapThreshold', `The overlap threshold must be above 0 and at most 1, not ${threshold}`, { threshold });
  }
  const coders = resolveCoders(store, request.coders);
  const frameworks = codeScope(store, request);
  if (frameworks.length === 0) throw new AppError('noCodesSelected', 'There are no codes to compare');
  const codes = frameworks.flatMap((f) => f.codes);
  const coded = codedDocuments(store, coders, request.documentIds);
  const shared = coded.filter((d) => d.codedBy.length === coders.length);
  if (shared.length === 0) {
    const names = coders.map((c) => c.name).join(', ');
    throw new AppError('noSharedDocuments', `No document was coded by every one of ${names}`, { coders: names });
  }

  const tallies = (ids: number[]) => new Map(ids.map((id) => [id, new UnitTally()]));
  const characterByCode = tallies(codes.map((c) => c.id));
  const segmentByCode = tallies(codes.map((c) => c.id));
  const characterByFramework = tallies(frameworks.map((f) => f.id));
  const segmentByFramework = tallies(frameworks.map((f) => f.id));
  const disagreements: Disagreement[] = [];
  const documents: AgreementReport['documents'] = [];
  const scopeIds = new Set(codes.map((c) => c.id));
  // What no compared coder applied a code to, by far the most of it (a document holds a few of
  // 500 codes, a unit one or two), is added to the code's tallies once at the end: per code and
  // document, and per code and unit, it cost more than the rest of the report (issue 13).
  const uncodedLength = new Map(codes.map((c) => [c.id, 0]));
  const appliedUnits = new Map(codes.map((c) => [c.id, 0]));
  const frameworkUnits = new Map(frameworks.map((f) => [f.id, 0]));

  for (const [index, document] of shared.entries()) {
    progress(index, shared.length);
    const { length, codings } = documentCodings(store, document.id, coders, scopeIds);
    documents.push({ id: document.id, name: document.name, caseName: document.caseName, groupName: document.groupName, length });
    const byCode = new Map<number, SpanCoding[]>();
    for (const coding of codings) {
      const own = byCode.get(coding.codeId);
      if (own) own.push(coding);
      else byCode.set(coding.codeId, [coding]);
    }
    const split: Disagreement[] = [];
    for (const code of codes) {
      const own = byCode.get(code.id);
      if (!own) {
        uncodedLength.set(code.id, uncodedLength.get(code.id)! + length);
        continue;
      }
      for (const run of codeRuns(length, own, coders.length)) {
        characterByCode.get(code.id)!.add(run.values, run.end - run.start);
        if (run.values.some((v) => v !== run.values[0])) split.push(disagreement(document.id, run, code, coders));
      }
    }
    // Stable sort: at one position the codes stay in codebook order.
    disagreements.push(...split.sort((a, b) => a.start - b.start));
    for (const framework of frameworks) {
      const ids = new Set(framework.codes.map((c) => c.id));
      for (const run of frameworkRuns(length, codings, ids, coders.length)) {
        characterByFramework.get(framework.id)!.add(run.values, run.end - run.start);
      }
      const units = segmentUnits(codings, ids, coders.length, threshold);
      frameworkUnits.set(framework.id, frameworkUnits.get(framework.id)! + units.length);
      for (const unit of units) {
        segmentByFramework.get(framework.id)!.add(unit.map((applied) => (applied ? labelOf(applied.map(String), NO_CODE) : NO_CODE)), 1);
        for (const id of new Set(unit.flatMap((applied) => applied ?? []))) {
          segmentByCode.get(id)!.add(unit.map((applied) => (applied?.includes(id) ? '1' : '0')), 1);
          appliedUnits.set(id, appliedUnits.get(id)! + 1);
        }
      }
    }
  }
  const nobody = coders.map(() => '0');
  for (const code of codes) {
    characterByCode.get(code.id)!.add(nobody, uncodedLength.get(code.id)!);
    segmentByCode.get(code.id)!.add(nobody, frameworkUnits.get(code.frameworkId)! - appliedUnits.get(code.id)!);
  }

  progress(shared.length, shared.length);
  const measure = (tally: UnitTally, absent: string) => measureAgreement(tally.units(), coders.length, absent);
  return {
    coders: coders.map((c) => c.name),
    overlapThreshold: threshold,
    documents,
    skippedDocuments: coded
      .filter((d) => d.codedBy.length < coders.length)
      .map(({ id, name, caseName, groupName, codedBy }) => ({ id, name, caseName, groupName, codedBy: codedBy.map((i) => coders[i]!.name) })),
    codes: codes.map((code) => ({
      codeId: code.id,
      path: code.path,
      frameworkId: code.frameworkId,
      character: measure(characterByCode.get(code.id)!, '0'),
      segment: measure(segmentByCode.get(code.id)!, '0'),
    })),
    frameworks: frameworks.map((framework) => ({
      frameworkId: framework.id,
      name: framework.name,
      exclusive: framework.exclusive,
      character: measure(characterByFramework.get(framework.id)!, NO_CODE),
      segment: measure(segmentByFramework.get(framework.id)!, NO_CODE),
    })),
    disagreements: request.maxDisagreements === undefined ? disagreements : disagreements.slice(0, request.maxDisagreements),
    disagreementCount: disagreements.length,
    method: englishMethodNotes(coders.length, threshold),
  };
}

function disagreement(documentId: number, run: Run, code: ScopeCode, coders: readonly CoderRef[]): Disagreement {
  const by = (value: string) => coders.filter((_, i) => run.values[i] === value).map((c) => c.name);
  return { documentId, start: run.start, end: run.end, codeId: code.id, path: code.path, appliedBy: by('1'), notAppliedBy: by('0') };
}

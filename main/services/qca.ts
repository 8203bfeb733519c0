/**
 * Crisp-set QCA over the project: each condition and the outcome is a code (the case has a
 * segment coded with it or one of its sub-codes) or an attribute test; the cases are those of
 * the chosen statuses (selected only, by default) and group. The engine is shared/qca.
 */
import { parseCaseTest, passes, type CaseTest } from '../../shared/method/case-tests.js';
import { QcaRequest, type QcaResult } from '../../shared/method/qca-request.js';
import type { TermLiteral } from '../../shared/qca/cube.js';
import { QcaInputError, type Membership, type QcaCase } from '../../shared/qca/data.js';
import { formatSolution } from '../../shared/qca/format.js';
import { analyseQca } from '../../shared/qca/minimize.js';
import { qcaCsv } from '../../shared/qca/r-export.js';
import { matchByName } from '../../shared/names.js';
import type { z } from 'zod';
import { AppError } from '../errors.js';
import { attributeValues, decodeAttributeValue, listAttributes } from '../db/repos/attributes.js';
import { casesWithAnyCode } from '../db/repos/case-codes.js';
import { filteredCases } from '../db/repos/cases.js';
import { listGroups } from '../db/repos/groups.js';
import { distinctCaseNames } from '../../shared/sheets.js';
import { codeSubtree } from '../db/repos/codebook.js';
import { caseIdsWithStatus } from '../db/repos/selection.js';
import type { Store } from '../db/store.js';
import { findCodeByFullPath } from './code-paths.js';
import type { ServiceContext } from './context.js';

type ParsedRequest = z.output<typeof QcaRequest>;

export function runQca({ store }: ServiceContext, request: ParsedRequest): QcaResult {
  const statuses = new Set(caseIdsWithStatus(store, request.statuses));
  const cases = filteredCases(store, request.groupId === undefined ? {} : { groupIds: [request.groupId] }).filter((c) => statuses.has(c.id));
  const conditionSets = request.conditions.map((text) => casesIn(store, text));
  const outcomeSet = casesIn(store, request.outcome);
  const member = (set: ReadonlySet<number>, id: number): Membership => (set.has(id) ? 1 : 0);
  const data = {
    conditions: request.conditions,
    outcome: request.outcome,
    cases: cases.map((c): QcaCase => ({
      id: String(c.id),
      label: c.name,
      conditions: conditionSets.map((set) => member(set, c.id)),
      outcome: member(outcomeSet, c.id),
    })),
  };
  try {
    const analysis = analyseQca(data, {
      consistencyThreshold: request.consistencyThreshold,
      frequencyThreshold: request.frequencyThreshold,
      negateOutcome: request.negateOutcome,
      expectations: request.expectations,
    });
    const names = analysis.truthTable.conditions;
    const write = (set: { solutions: { terms: { literals: TermLiteral[] }[] }[] }) => set.solutions.map((s) => formatSolution(s.terms, names));
    return {
      analysis,
      caseNames: Object.fromEntries([...distinctCaseNames(cases, listGroups(store))].map(([c, name]) => [String(c.id), name])),
      formatted: {
        complex: write(analysis.complex),
        parsimonious: write(analysis.parsimonious),
        intermediate: analysis.intermediate.flatMap(write),
      },
      rData: qcaCsv(data, { consistencyThreshold: request.consistencyThreshold, frequencyThreshold: request.frequencyThreshold }),
    };
  } catch (error) {
    if (error instanceof QcaInputError) throw new AppError('qcaInvalid', error.message, { reason: error.message });
    throw error;
  }
}

/** The ids of the cases in the crisp set the text names. */
export function casesIn(store: Store, text: string): Set<number> {
  const test = parseCaseTest(text);
  return new Set(test.kind === 'code' ? casesWithCode(store, test) : casesPassing(store, test));
}

function casesWithCode(store: Store, test: Extract<CaseTest, { kind: 'code' }>): number[] {
  const code = findCodeByFullPath(store, test.path);
  return casesWithAnyCode(store, codeSubtree(store, code.id));
}

function casesPassing(store: Store, test: Extract<CaseTest, { kind: 'attribute' }>): number[] {
  const all = listAttributes(store);
  const [attribute, ...others] = matchByName(all, test.attribute);
  if (!attribute || others.length > 0) {
    throw new AppError('attributeNotFound', `No attribute named ${test.attribute} (attributes: ${all.map((a) => a.name).join(', ') || 'none'})`, {
      attribute: test.attribute,
    });
  }
  return attributeValues(store, attribute.id)
    .filter(({ value }) => passes(decodeAttributeValue(attribute.type, value), test.op, test.value))
    .map(({ caseId }) => caseId);
}

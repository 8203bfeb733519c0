/**
 * A spreadsheet into the project: a case table (cells become coded documents), an attribute
 * sheet (columns become case attributes) or a survey (answers become documents, the rest
 * attributes). Before anything is written the dialog shows what each column will become, as
 * the services propose it (a code by the header's name, a type by the values), and the user
 * may change it. How the sheet is read at first comes from its columns (proposeSheetReading):
 * an attribute sheet is not taken for a case table whose every column becomes a code.
 */
import { useEffect, useRef, useState } from 'react';
import type { AttributeSheetPreview, CaseTablePreview, ColumnMapping, ColumnType, GroupColumn, SheetImportReport, SurveyColumns } from '../../../shared/sheets.js';
import { attributeTypes, type AttributeType } from '../../../shared/entities.js';
import { findByName, nameKey } from '../../../shared/names.js';
import { planSheetCases, type SheetCasePlan } from '../../../shared/sheet-cases.js';
import { groupsToMap, type SheetGroupChoice } from '../../../shared/sheet-group-map.js';
import { proposeSheetReading, type SheetReading } from '../../../shared/sheet-mode.js';
import { caseTableGroup, columnTypes, MAX_SHEET_BYTES, sheetFormat } from '../../../shared/sheets.js';
import { call, CallError, fileBytes } from '../api.js';
import { useApp } from '../app-context.js';
import { t } from '../i18n/index.js';
import { importErrorText, importWarningText } from '../import-report-text.js';
import { DialogFrame } from './dialog-frame.js';
import { SheetGroupMapField } from './sheet-group-map-field.js';

/** The spreadsheets the import reads. */
export const SHEET_EXTENSIONS = '.csv,.tsv,.xlsx';
const modes = ['caseTable', 'attributes', 'survey'] as const;
type Mode = (typeof modes)[number];

type Preview = { mode: 'caseTable'; value: CaseTablePreview } | { mode: 'attributes' | 'survey'; value: AttributeSheetPreview };

/** `initialFile`: a file already chosen (the case list's Import case table…), read as the dialog opens. */
export function SheetImportDialog({ onClose, initialFile }: { onClose(): void; initialFile?: File }) {
  const { data, act } = useApp();
  const [file, setFile] = useState<{ name: string; content: Uint8Array } | null>(null);
  const [mode, setMode] = useState<Mode>('caseTable');
  // The group typed by the user; until then a case table's is its file's name (Programmers.csv),
  // a sheet read otherwise has none (its Group column, if any, gives each row's).
  const [typedGroup, setGroup] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping[]>([]);
  // The fact column the user mapped to the group (null: none) once they changed the mapping:
  // the preview is asked again with it, so the cases it counts carry that column's groups.
  const [tableGroupByHand, setTableGroupByHand] = useState<number | null | undefined>(undefined);
  // A case table with a column mapped to the group needs no group of its own but for empty cells.
  const tableGroupColumn = mode === 'caseTable' ? mapping.findIndex((m) => m.kind === 'group') : -1;
  const group = typedGroup ?? (mode === 'caseTable' && tableGroupColumn < 0 && file ? caseTableGroup(file.name) : '');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [types, setTypes] = useState<Record<string, ColumnType>>({});
  const [headers, setHeaders] = useState<string[]>([]);
  const [survey, setSurvey] = useState<SurveyColumns | null>(null);
  // The column giving the group, as the user chose it; undefined: as the services find it.
  const [groupColumn, setGroupColumn] = useState<GroupColumn | undefined>(undefined);
  // Rows naming a case P1 find their group's case 1, where the sheet's names allow it (the seed
  // study's cases.csv names the cases its tables number); offered only where it finds a case.
  const [byNumber, setByNumber] = useState(true);
  // The project's group the user put each of the sheet's groups into, by its nameKey ('': a new group).
  const [groupChoices, setGroupChoices] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<SheetImportReport | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  // How the sheet was read without being told (proposeSheetReading), unless the user picked a
  // mode: as a case table an attribute sheet made a code of each column, the group's included.
  const modeByHand = useRef(false);
  const [reading, setReading] = useState<SheetReading | null>(null);

  const fail = (caught: unknown) => setError(caught instanceof CallError ? importErrorText(caught.error) : String(caught));
  /** What the attribute and survey calls take beside the file: the survey's columns, the group's column if chosen. */
  const surveyAndGroup = { ...(mode === 'survey' && survey ? { survey } : {}), ...(groupColumn !== undefined ? { groupColumn } : {}) };

  // Each change of file, mode or survey columns asks the services again what the columns will become.
  useEffect(() => {
    if (!file) return;
    let current = true;
    setError(null);
    const input = { fileName: file.name, content: file.content };
    const ask = mode === 'caseTable'
      ? call('sheets.previewCaseTable', { ...input, ...(tableGroupByHand !== undefined ? { groupColumn: tableGroupByHand } : {}) })
        .then((value): Preview => ({ mode, value }))
      : call('sheets.previewAttributes', { ...input, ...surveyAndGroup }).then((value): Preview => ({ mode, value }));
    ask.then(
      (next) => {
        if (!current) return;
        const proposed = next.mode === 'caseTable' && !modeByHand.current && tableGroupByHand === undefined ? proposeSheetReading(next.value, data.cases.map((c) => c.name)) : null;
        if (next.mode === 'caseTable' && proposed && proposed.mode !== 'caseTable') {
          setReading(proposed);
          if (proposed.mode === 'survey') setSurvey({ caseColumn: next.value.caseColumn, textColumns: proposed.textColumns });
          setMode(proposed.mode);
          return;
        }
        setPreview(next);
        if (next.mode === 'caseTable') {
          // The user's mapping stays; the services' proposal fills it only until it is changed.
          if (tableGroupByHand === undefined) setMapping(next.value.columns.map((c) => c.mapping));
          setHeaders([next.value.caseColumn, ...next.value.columns.map((c) => c.header)]);
        } else {
          setTypes({});
          setHeaders(next.value.columns.map((c) => c.header));
        }
      },
      (caught: unknown) => {
        if (!current) return;
        setPreview(null);
        fail(caught);
      },
    );
    return () => {
      current = false;
    };
  }, [file, mode, survey, groupColumn, tableGroupByHand]);

  const choose = async (chosen: File) => {
    setReport(null);
    setSurvey(null);
    setGroupColumn(undefined);
    setTableGroupByHand(undefined);
    setReading(null);
    setGroupChoices({});
    if (!modeByHand.current) setMode('caseTable');
    const format = sheetFormat(chosen.name);
    if (format && chosen.size > MAX_SHEET_BYTES) {
      // Refused here, in the words the import would use, before a byte is sent: past the size a
      // call carries, the server would refuse it too, with nothing but a status to say.
      setFile(null);
      setPreview(null);
      fail(new CallError({ code: 'tooLarge', message: `${chosen.name} is too large`, params: { file: chosen.name, limit: MAX_SHEET_BYTES, format } }));
      return;
    }
    setFile({ name: chosen.name, content: await fileBytes(chosen) });
  };

  useEffect(() => {
    if (initialFile) void choose(initialFile);
  }, []);

  // The sheet's groups the project spells otherwise or lacks: each starts in the project's group
  // of the same name but for capitals and spaces, else as a new group, until the user picks one.
  const groupsOfSheet = preview ? groupsToMap(preview.value.cases, data.groups) : [];
  const chosenGroup = (choice: SheetGroupChoice) => groupChoices[nameKey(choice.name)] ?? choice.sameAs?.name ?? '';
  const groupMap = groupsOfSheet.flatMap((choice) => (chosenGroup(choice) ? [{ from: choice.name, to: chosenGroup(choice) }] : []));
  const numberPlan = preview ? planSheetCases(preview.value.cases, group, data, { byNumber: true, groupMap }) : null;
  // Asked of the import only where the dialog offered it, so the import does what the line said.
  const numbering = byNumber && numberPlan !== null && numberPlan.byNumber > 0;
  const plan = preview ? (numbering ? numberPlan : planSheetCases(preview.value.cases, group, data, { groupMap })) : null;

  const start = () => {
    if (!file) return;
    const base = {
      fileName: file.name, content: file.content, ...(group.trim() ? { groupName: group.trim() } : {}), ...(groupMap.length ? { groupMap } : {}),
    };
    void act(async () => {
      try {
        setReport(mode === 'caseTable'
          ? await call('sheets.importCaseTable', { ...base, mapping, columnFramework: t('import.columnFramework'), tableCoder: t('import.tableCoder'), byNumber: numbering })
          : await call('sheets.importAttributes', { ...base, types, ...surveyAndGroup, byNumber: numbering }));
      } catch (caught) {
        fail(caught);
      }
    });
  };

  const codeOptions = data.codebook.codes.map((code) => ({
    value: `code:${code.id}`,
    label: `${data.codebook.frameworks.find((f) => f.id === code.frameworkId)?.name ?? ''} / ${code.name}`,
  }));
  const mappingValue = (m: ColumnMapping) => (m.kind === 'code' ? `code:${m.codeId}` : m.kind);
  const formerGroupColumn = (i: number): ColumnMapping => {
    const proposed = preview?.mode === 'caseTable' ? preview.value.columns[i]?.mapping : undefined;
    return proposed && proposed.kind !== 'group' ? proposed : { kind: 'skip' };
  };
  const setColumnMapping = (index: number, value: string, header: string, proposed: ColumnMapping) => {
    const next = mapping.map((m, i): ColumnMapping => {
      // One column gives the group: another chosen for it puts the first back as proposed (skipped if proposed as the group).
      if (i !== index) return value === 'group' && m.kind === 'group' ? formerGroupColumn(i) : m;
      if (value === 'skip') return { kind: 'skip' };
      if (value === 'new') return { kind: 'new', name: header };
      if (value === 'group') return { kind: 'group' };
      // The type the services proposed for the column, else an existing attribute's, else text.
      if (value === 'attribute') return { kind: 'attribute', type: proposed.kind === 'attribute' ? proposed.type : attributeOf(header)?.type ?? 'text' };
      return { kind: 'code', codeId: Number(value.slice('code:'.length)) };
    });
    setMapping(next);
    const groupIndex = next.findIndex((m) => m.kind === 'group');
    if (groupIndex !== tableGroupColumn) setTableGroupByHand(groupIndex < 0 ? null : groupIndex);
  };
  // As the import finds it (attributeColumnsOf): the exact spelling first, so the type offered is the one it will keep.
  const attributeOf = (header: string) => findByName(data.attributes, header);
  const surveyReady = mode !== 'survey' || (survey !== null && survey.textColumns.length > 0);
  const setSurveyColumns = (caseColumn: string, textColumns: string[]) =>
    setSurvey(textColumns.length > 0 ? { caseColumn, textColumns } : null);
  const surveyCase = survey?.caseColumn ?? headers[0] ?? '';
  const surveyTexts = survey?.textColumns ?? [];
  const shownGroupColumn = preview && preview.mode !== 'caseTable' ? preview.value.columns.find((c) => c.role === 'group')?.header ?? '' : '';
  /** A mode picked by hand; a survey picked over a case table starts with the columns of free text as its answers. */
  const pickMode = (next: Mode) => {
    modeByHand.current = true;
    if (next === 'survey' && survey === null && preview?.mode === 'caseTable') {
      const texts = preview.value.columns.filter((c) => c.looks === 'text').map((c) => c.header);
      if (texts.length > 0) setSurvey({ caseColumn: preview.value.caseColumn, textColumns: texts });
    }
    setMode(next);
  };

  return (
    <DialogFrame className="sheet-import" label={t('sheets.title')} onEscape={onClose}>
      <h2>{t('sheets.title')}</h2>
      {report === null && (
        <>
          <div className="field">
            {/* The first thing to do, before the kind of sheet below. */}
            <button type="button" data-autofocus onClick={() => picker.current?.click()}>{t('sheets.choose')}</button>
            <input
              ref={picker} type="file" hidden accept={SHEET_EXTENSIONS} aria-label={t('sheets.choose')}
              onChange={(event) => {
                const chosen = event.target.files?.[0];
                event.target.value = '';
                if (chosen) void choose(chosen);
              }}
            />
            {file && <span data-user-data="file-name"> {file.name}</span>}
          </div>
          <fieldset className="field">
            <legend>{t('sheets.mode')}</legend>
            {modes.map((m) => (
              <label key={m}>
                <input type="radio" name="sheet-mode" value={m} checked={mode === m} onChange={() => pickMode(m)} /> {t(`sheets.modes.${m}`)}
              </label>
            ))}
          </fieldset>
          {reading && reading.mode === mode && <p className="hint" role="status" data-testid="sheet-reading">{readingText(reading)}</p>}
          {mode !== 'caseTable' && preview && preview.mode !== 'caseTable' && (
            <div className="field">
              <label htmlFor="sheet-group-column">{t('sheets.groupColumn')}</label>
              <select id="sheet-group-column" value={shownGroupColumn} onChange={(e) => setGroupColumn(e.target.value === '' ? null : e.target.value)}>
                <option value="">{t('sheets.noGroupColumn')}</option>
                {preview.value.columns.filter((c) => c.role === 'group' || c.role === 'attribute').map((c) => (
                  <option key={c.header} value={c.header} data-user-data="column">{c.header}</option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="sheet-group">{t(mode === 'caseTable' && tableGroupColumn < 0 ? 'sheets.groupOfTable' : 'sheets.group')}</label>
            <input id="sheet-group" list="sheet-groups" value={group} onChange={(e) => setGroup(e.target.value)} data-user-data="group" />
            <datalist id="sheet-groups">{data.groups.map((g) => <option key={g.id} value={g.name} />)}</datalist>
          </div>
          {mode === 'survey' && headers.length > 0 && (
            <>
              <div className="field">
                <label htmlFor="sheet-case-column">{t('sheets.caseColumn')}</label>
                <select id="sheet-case-column" value={surveyCase} onChange={(e) => setSurveyColumns(e.target.value, surveyTexts.filter((c) => c !== e.target.value))}>
                  {headers.map((h) => <option key={h} value={h} data-user-data="column">{h}</option>)}
                </select>
              </div>
              <fieldset className="field">
                <legend>{t('sheets.textColumns')}</legend>
                {headers.filter((h) => h !== surveyCase && h !== shownGroupColumn).map((h) => (
                  <label key={h}>
                    <input
                      type="checkbox" checked={surveyTexts.includes(h)}
                      onChange={(e) => setSurveyColumns(surveyCase, e.target.checked ? [...surveyTexts, h] : surveyTexts.filter((c) => c !== h))}
                    />{' '}
                    <span data-user-data="column">{h}</span>
                  </label>
                ))}
              </fieldset>
            </>
          )}
          <SheetGroupMapField
            choices={groupsOfSheet} groups={data.groups} chosen={chosenGroup}
            onChoose={(choice, to) => setGroupChoices((current) => ({ ...current, [nameKey(choice.name)]: to }))}
          />
          {error && <p className="message warning" role="alert">{error}</p>}
          {preview && (
            <>
              <p role="status">{t('sheets.rows', { count: preview.value.rowCount })}</p>
              {numberPlan?.firstByNumber && (
                <div className="field field-checkbox" data-testid="sheet-by-number">
                  <label htmlFor="sheet-by-number">{t('sheets.byNumber', { ...numberPlan.firstByNumber, count: numberPlan.byNumber })}</label>
                  <input id="sheet-by-number" type="checkbox" checked={byNumber} onChange={(e) => setByNumber(e.target.checked)} />
                </div>
              )}
              {plan && <SheetCasesLine plan={plan} projectHasCases={data.cases.length > 0} />}
              {preview.value.encoding && (
                <p className={preview.value.encodingUnsure ? 'message warning' : 'hint'}>
                  {t(preview.value.encodingUnsure ? 'import-documents.encodingUnsure' : 'import-documents.encoding', { encoding: preview.value.encoding })}
                </p>
              )}
              {preview.mode === 'caseTable' ? (
                <table className="sheet-columns">
                  <thead><tr><th>{t('sheets.column')}</th><th>{t('sheets.becomes')}</th></tr></thead>
                  <tbody>
                    {preview.value.columns.map((column, i) => {
                      const m = mapping[i] ?? column.mapping;
                      const existing = attributeOf(column.header);
                      return (
                        <tr key={`${i}:${column.header}`}>
                          <td data-user-data="column">{column.header}</td>
                          <td>
                            <select
                              aria-label={column.header} value={mappingValue(m)}
                              onChange={(e) => setColumnMapping(i, e.target.value, column.header, column.mapping)}
                            >
                              {codeOptions.map((o) => <option key={o.value} value={o.value} data-user-data="code">{o.label}</option>)}
                              <option value="new">{t('sheets.newCode')}</option>
                              <option value="skip">{t('sheets.skip')}</option>
                              <option value="group">{t('sheets.roles.group')}</option>
                              <option value="attribute">{t('sheets.roles.attribute')}</option>
                            </select>
                            {m.kind === 'new' && (
                              <input
                                aria-label={t('sheets.newCodeName', { column: column.header })} value={m.name} data-user-data="code"
                                onChange={(e) => setMapping((current) => current.map((x, j) => (j === i ? { kind: 'new', name: e.target.value } : x)))}
                              />
                            )}
                            {m.kind === 'attribute' && (
                              <select
                                aria-label={t('sheets.attributeType', { column: column.header })} value={m.type}
                                // An existing attribute keeps its type: the import refuses another.
                                title={existing ? t('sheets.existing') : undefined}
                                onChange={(e) => setMapping((current) => current.map((x, j) => (j === i ? { kind: 'attribute', type: e.target.value as AttributeType } : x)))}
                              >
                                {attributeTypes
                                  .filter((type) => !existing || existing.type === type)
                                  .map((type) => <option key={type} value={type}>{t(`sheets.types.${type}`)}</option>)}
                              </select>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              ) : (
                <table className="sheet-columns">
                  <thead><tr><th>{t('sheets.column')}</th><th>{t('sheets.role')}</th><th>{t('sheets.type')}</th></tr></thead>
                  <tbody>
                    {preview.value.columns.map((column) => (
                      <tr key={column.header}>
                        <td data-user-data="column">{column.header}</td>
                        <td>{t(`sheets.roles.${column.role}`)}</td>
                        <td>
                          {column.role === 'attribute' && column.type && (
                            <select
                              aria-label={column.header} value={types[column.header] ?? column.type}
                              title={column.existing ? t('sheets.existing') : undefined}
                              onChange={(e) => setTypes((current) => ({ ...current, [column.header]: e.target.value as ColumnType }))}
                            >
                              {columnTypes
                                .filter((type) => !column.existing || type === column.type || type === 'skip')
                                .map((type) => <option key={type} value={type}>{t(`sheets.types.${type}`)}</option>)}
                            </select>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <h3>{t('sheets.sample')}</h3>
              <table className="sheet-sample" data-user-data="sample">
                <thead>
                  <tr>{preview.value.sample.header.map((cell, c) => <th key={c} scope="col">{cell}</th>)}</tr>
                </thead>
                <tbody>
                  {preview.value.sample.rows.map((row, r) => (
                    <tr key={r}>{row.map((cell, c) => <td key={c}>{cell}</td>)}</tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
      {report && (
        <>
          <p role="status">{t('sheets.report', report)}</p>
          {report.warnings.map(importWarningText).map((w) => <p key={w} className="hint">{w}</p>)}
        </>
      )}
      <div className="modal-buttons">
        {/* Made anew when the report comes, so the focus, left on the Import button that went, lands on Close. */}
        <button type="button" key={report ? 'close' : 'cancel'} autoFocus={!!report} onClick={onClose}>{report ? t('sheets.close') : t('common.cancel')}</button>
        {report === null && (
          <button type="button" className="primary" disabled={!preview || !surveyReady} onClick={start}>{t('sheets.import')}</button>
        )}
      </div>
    </DialogFrame>
  );
}

/** Why the sheet is read as it is, where the dialog chose without being told. */
function readingText(reading: SheetReading): string {
  if (reading.mode === 'survey') return t('sheets.readAsSurvey');
  return t(reading.mode === 'attributes' && reading.reason === 'values' ? 'sheets.readAsAttributesByValues' : 'sheets.readAsAttributes');
}

/** How many of the cases shown by name in the warning; the rest are counted. */
const NAMED_NEW_CASES = 5;

/**
 * What the import will do with the sheet's cases. New cases in a project that has some are a
 * warning: a sheet naming its cases otherwise (P1 for a case named 1), or a case renamed since
 * the table was last imported, would otherwise make every one of them again unnoticed.
 */
function SheetCasesLine({ plan, projectHasCases }: { plan: SheetCasePlan; projectHasCases: boolean }) {
  if (plan.created.length === 0) return <p className="hint" data-testid="sheet-cases">{t('sheets.casesAllThere', { count: plan.matched })}</p>;
  if (!projectHasCases) return <p className="hint" data-testid="sheet-cases">{t('sheets.casesNew', { count: plan.created.length })}</p>;
  // The list ends the sentence: with a full stop, or with the ellipsis of the names left out.
  const named = plan.created.slice(0, NAMED_NEW_CASES).join(', ') + (plan.created.length > NAMED_NEW_CASES ? ', …' : '.');
  return (
    <p className="message warning" data-testid="sheet-cases">
      {t('sheets.casesSomeNew', { matched: plan.matched, count: plan.created.length })} <span data-user-data="case">{named}</span>
      {plan.sameNameElsewhere > 0 && <> {t('sheets.casesElsewhere', { count: plan.sameNameElsewhere })}</>}
    </p>
  );
}

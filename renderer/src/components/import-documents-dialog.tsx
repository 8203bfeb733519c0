/**
 * Many files into their cases: choose (or drop) the files and the case for all (or a new one,
 * or a new case per file named from it); of several files each has its own case, at first the
 * one it is named after (fileCaseChoice), else the case for all, since researchers name interviews
 * after their cases; one named after cases of several groups («2» of two groups) has none until
 * the user chooses, and says why. Without a case open there is no case for all at first: a file named after
 * no case says so and is not imported until a case is chosen for it. Import, and read
 * the report — each file created, skipped as a duplicate, or refused and why, with the
 * encoding a text file was read in and a choice to re-read it in another. Files go one per
 * call, so the report fills in as they are read and Stop takes effect between files (and
 * within the file being read, through documents.cancelImport).
 */
import { useEffect, useRef, useState } from 'react';
import { MAX_IMPORT_BYTES, type Input } from '../../../shared/contract.js';
import type { DocumentImportFile } from '../../../shared/entities.js';
import { call, fileBytes } from '../api.js';
import { useApp } from '../app-context.js';
import { caseNameFromFile, casesNamedInFile, fileCaseChoice } from '../../../shared/case-for-file.js';
import { t } from '../i18n/index.js';
import { encodingText, fileStatusText, rereadEncodings, warningTexts } from '../import-report-text.js';
import { DialogFrame } from './dialog-frame.js';
import { casesInListOrder } from '../case-order.js';
import { caseLabel } from '../case-label.js';

export const DOCUMENT_EXTENSIONS = '.txt,.text,.md,.markdown,.html,.htm,.docx,.odt,.rtf,.pdf';

type Target = Input<'documents.import'>['target'];

/**
 * Where a file goes: a case, the new case named in the dialog (made by the first file that goes
 * there), or a new case named from the file (found by that name for the next file of the same case).
 */
type Into = { caseId: number } | 'new' | { caseName: string };

interface Line {
  file: File;
  into: Into;
  line: DocumentImportFile;
}

/** `files` are those chosen or dropped so far; more dropped once the import has started wait for the next one. */
/** `caseId`: the case open in the app, if one is; `documentId`: else the document open, whose case files go to. */
export function ImportDocumentsDialog({ files, onAddFiles, caseId: initialCaseId, documentId, onClose }: {
  files: File[];
  onAddFiles(files: File[]): void;
  caseId: number | null;
  documentId?: number | null;
  onClose(): void;
}) {
  const { data, act } = useApp();
  // No case is taken for the files unasked (the first one was, and files landed in it unnoticed):
  // the open case, else none until the user chooses, or a new one in a project that has none.
  const [choice, setChoice] = useState(initialCaseId !== null ? String(initialCaseId) : data.cases.length > 0 ? '' : 'new');
  // Over an open document the files go to its case, not the first one: the list of documents
  // says which (the view names only the document), unless a case was picked by hand meanwhile.
  const chosenByHand = useRef(false);
  useEffect(() => {
    if (initialCaseId !== null || documentId == null) return;
    void call('documents.list', {}).then((documents) => {
      const caseId = documents.find((d) => d.id === documentId)?.caseId;
      if (caseId !== undefined && !chosenByHand.current) setChoice(String(caseId));
    });
  }, [initialCaseId, documentId]);
  // Cases picked on a file's row, or set for every listed file by the choice for all.
  const [picked, setPicked] = useState<ReadonlyMap<File, string>>(new Map());
  const several = files.length > 1;
  /** A single file goes where the choice for all says; of several, each where its row says. */
  const choiceFor = (file: File): string => fileCaseChoice(file.name, { picked: several ? picked.get(file) : undefined, forAll: choice, several, cases: data.cases });
  /**
   * Sets every row; a new case per file leaves a file named after a case in that case, and one
   * named after cases of several groups without a case until the user says which.
   */
  const chooseForAll = (value: string) => {
    chosenByHand.current = true;
    setChoice(value);
    const forFile = (file: File) => (value === 'own' ? fileCaseChoice(file.name, { picked: undefined, forAll: value, several: true, cases: data.cases }) : value);
    setPicked(new Map(files.map((file) => [file, forFile(file)])));
  };
  const [newName, setNewName] = useState('');
  const [newGroup, setNewGroup] = useState('');
  const [allowDuplicates, setAllowDuplicates] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number; file: string } | null>(null);
  const [lines, setLines] = useState<Line[] | null>(null);
  const [encodings, setEncodings] = useState<Record<number, string>>({});
  // Where files for the new case go: after the first of them, an existing case.
  const newCase = useRef<Target | null>(null);
  const stopped = useRef(false);
  const importId = useRef('');
  const picker = useRef<HTMLInputElement>(null);

  /** `run`: the file's place in the import run (imports.begin); a file read again in another encoding has none. */
  const importOne = async (file: File, into: Into, encoding?: string, run?: { id: number; file: number }): Promise<DocumentImportFile> => {
    if (file.size > MAX_IMPORT_BYTES) {
      // Larger than the contract carries: refused here, in the words the services would use.
      const format = /\.([^.]+)$/.exec(file.name)?.[1] ?? '';
      return { fileName: file.name, status: 'refused', reason: 'tooLarge', params: { limit: MAX_IMPORT_BYTES, format }, warnings: [] };
    }
    const group = newGroup.trim() ? { groupName: newGroup.trim() } : {};
    const report = await call('documents.import', {
      target: into === 'new' ? newCase.current! : 'caseName' in into ? { ...into, ...group } : into,
      files: [{ fileName: file.name, content: await fileBytes(file), ...(encoding ? { encoding } : {}) }],
      allowDuplicates,
      importId: importId.current,
      ...(run ? { run } : {}),
    });
    if (into === 'new' && report.caseId !== null) newCase.current = { caseId: report.caseId };
    return report.files[0]!;
  };

  const start = () => {
    newCase.current = { caseName: newName.trim(), ...(newGroup.trim() ? { groupName: newGroup.trim() } : {}) };
    const intos = files.map((file): Into => {
      const chosen = choiceFor(file);
      if (chosen === 'own') return { caseName: caseNameFromFile(file.name) };
      return chosen === 'new' ? 'new' : { caseId: Number(chosen) };
    });
    stopped.current = false;
    importId.current = crypto.randomUUID();
    const done: Line[] = [];
    setLines([]);
    void act(async () => {
      // Recorded in the project first: should CaseCoder die part-way, reopening it says which files came in.
      let run: number;
      try {
        ({ id: run } = await call('imports.begin', { kind: 'documents', files: files.map((file) => file.name) }));
      } catch (error) {
        // Nothing was imported: the dialog goes back to its choices, the bar says why.
        setLines(null);
        throw error;
      }
      try {
        for (const [index, file] of files.entries()) {
          const into = intos[index]!;
          if (stopped.current) {
            done.push({ file, into, line: { fileName: file.name, status: 'refused', reason: 'cancelled', params: {}, warnings: [] } });
            continue;
          }
          setProgress({ done: index + 1, total: files.length, file: file.name });
          done.push({ file, into, line: await importOne(file, into, undefined, { id: run, file: index }) });
          setLines([...done]);
        }
      } finally {
        setProgress(null);
        setLines([...done]);
        // Not in place of the import's own error: a record left (the project closed meanwhile) is said when it next opens.
        await call('imports.end', { id: run }).catch(() => {});
      }
    });
  };

  const stop = () => {
    stopped.current = true;
    void call('documents.cancelImport', { importId: importId.current });
  };

  /** Reads the file again in the chosen encoding, in place of the document the first reading made. */
  const reread = (index: number) => {
    const { file, into, line } = lines![index]!;
    const encoding = encodings[index] ?? rereadEncodings[0]!;
    void act(async () => {
      if (line.status === 'created' && line.documentId !== undefined) await call('documents.delete', { id: line.documentId });
      const next = await importOne(file, into, encoding);
      setLines((current) => current!.map((l, i) => (i === index ? { file, into, line: next } : l)));
    });
  };


  const choices = files.map(choiceFor);
  const wantsNewCase = files.length === 0 ? choice === 'new' : choices.includes('new');
  const wantsGroup = wantsNewCase || choices.includes('own');
  const unchosen = choices.filter((c) => c === '').length;
  /** Per file, the cases of several groups its name matches alike (none when it names one case, or none). */
  const sharedNames = files.map((file) => {
    const named = casesNamedInFile(file.name, data.cases);
    return named.length > 1 ? named : [];
  });
  /** Files without a case because their name matches cases of several groups; the others have none because they name none. */
  const ambiguous = choices.filter((c, i) => c === '' && sharedNames[i]!.length > 0).length;
  /** A file whose case is the one chosen for all: not named after a case, nor picked on its row. */
  const byChoiceForAll = (file: File, value: string) => value !== '' && value !== 'own' && !picked.has(file) && casesNamedInFile(file.name, data.cases).length === 0;
  const canStart = files.length > 0 && unchosen === 0 && (!wantsNewCase || newName.trim() !== '');
  /** `file`: a row's options, whose new case per file is named; else the choice for all's. */
  const caseOptions = (value: string, file?: File) => (
    <>
      {/* Shown only while nothing is chosen: it cannot be chosen back. */}
      {value === '' && <option value="" disabled>{t('import-documents.chooseCase')}</option>}
      {casesInListOrder(data.cases, data.groups).map((c) => <option key={c.id} value={c.id}>{caseLabel(c, data.groups)}</option>)}
      <option value="new">{t('import-documents.newCase')}</option>
      {file ? (
        <option value="own">{t('import-documents.ownCaseNamed', { case: caseNameFromFile(file.name) })}</option>
      ) : (
        <option value="own">{t('import-documents.ownCase')}</option>
      )}
    </>
  );
  const forAll = (
    <div className="field">
      <label htmlFor="import-case">{t(several ? 'import-documents.intoCaseAll' : 'import-documents.intoCase')}</label>
      <select id="import-case" value={several ? choice : choices[0] ?? choice} onChange={(e) => chooseForAll(e.target.value)} aria-invalid={!several && unchosen > 0}>
        {caseOptions(several ? choice : choices[0] ?? choice, several ? undefined : files[0])}
      </select>
    </div>
  );
  /** In the report of several files, the case each went to (the new one by the name it was given). */
  const caseOf = (into: Into): string => {
    if (into === 'new') return newName.trim();
    if ('caseName' in into) return into.caseName;
    const item = data.cases.find((c) => c.id === into.caseId);
    return item ? caseLabel(item, data.groups) : '';
  };
  const finished = lines !== null && progress === null;
  const counts = lines && {
    created: lines.filter((l) => l.line.status === 'created').length,
    duplicates: lines.filter((l) => l.line.status === 'duplicate').length,
    refused: lines.filter((l) => l.line.status === 'refused').length,
  };

  return (
    <DialogFrame className="import-documents" label={t('import-documents.title')} onEscape={onClose}>
      <h2>{t('import-documents.title')}</h2>
      {lines === null && (
        <>
          <p>{t('import-documents.hint')} <span data-untranslated="formats">{DOCUMENT_EXTENSIONS.split(',').join(' ')}</span></p>
          <div className="field">
            <button type="button" onClick={() => picker.current?.click()}>{t('import-documents.choose')}</button>
            <input
              ref={picker} type="file" multiple hidden accept={DOCUMENT_EXTENSIONS} aria-label={t('import-documents.choose')}
              onChange={(event) => {
                if (event.target.files) onAddFiles(Array.from(event.target.files));
                event.target.value = '';
              }}
            />
          </div>
          {several && forAll}
          {several && <p className="hint">{t('import-documents.matchHint')}</p>}
          {files.length === 0 ? <p className="hint">{t('import-documents.noFiles')}</p> : (
            <ul className={several ? 'import-files import-files-cases' : 'import-files'}>
              {files.map((file, i) => (
                <li key={`${i}:${file.name}`} className={choices[i] === '' ? 'unchosen' : undefined}>
                  <span className="file-name" data-user-data="file-name" title={file.name}>{file.name}</span>
                  {several && (
                    <select
                      aria-label={t('import-documents.caseFor', { file: file.name })} value={choices[i]} aria-invalid={choices[i] === ''}
                      onChange={(e) => {
                        const value = e.target.value;
                        setPicked((current) => new Map(current).set(file, value));
                      }}
                    >
                      {caseOptions(choices[i]!, file)}
                    </select>
                  )}
                  {/* Sent to the open case, it looked just like the files named after theirs. */}
                  {several && byChoiceForAll(file, choices[i]!) && <span className="hint by-choice">{t('import-documents.namedAfterNone')}</span>}
                  {/* «2» is a case of two groups: the name says neither, so the user chooses. */}
                  {several && choices[i] === '' && sharedNames[i]!.length > 0 && (
                    <span className="hint by-choice" data-testid="import-ambiguous-file">
                      {t('import-documents.namedAfterSeveral', { case: sharedNames[i]![0]!.name, cases: sharedNames[i]!.map((c) => caseLabel(c, data.groups)).join(', ') })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {unchosen > ambiguous && <p className="message warning" data-testid="import-unchosen">{t('import-documents.unchosen', { count: unchosen - ambiguous })}</p>}
          {ambiguous > 0 && <p className="message warning" data-testid="import-ambiguous">{t('import-documents.ambiguous', { count: ambiguous })}</p>}
          {!several && forAll}
          {wantsGroup && (
            <>
              {wantsNewCase && (
                <div className="field">
                  <label htmlFor="import-new-case">{t('import-documents.newCaseName')}</label>
                  <input id="import-new-case" value={newName} onChange={(e) => setNewName(e.target.value)} />
                </div>
              )}
              <div className="field">
                <label htmlFor="import-new-group">{t(choices.includes('own') ? 'import-documents.newCasesGroup' : 'import-documents.newCaseGroup')}</label>
                <input id="import-new-group" list="import-groups" value={newGroup} onChange={(e) => setNewGroup(e.target.value)} />
                <datalist id="import-groups">{data.groups.map((g) => <option key={g.id} value={g.name} />)}</datalist>
              </div>
            </>
          )}
          <div className="field field-checkbox">
            <label htmlFor="import-duplicates">{t('import-documents.allowDuplicates')}</label>
            <input id="import-duplicates" type="checkbox" checked={allowDuplicates} onChange={(e) => setAllowDuplicates(e.target.checked)} />
          </div>
        </>
      )}
      {progress && <p role="status">{t('import-documents.reading', progress)}</p>}
      {finished && counts && <p role="status">{t('import-documents.summary', counts)}</p>}
      {lines !== null && (
        <ul className="import-report">
          {lines.map(({ line, into }, index) => (
            <li key={index} data-status={line.status}>
              <strong data-user-data="file-name">{line.fileName}</strong>
              {' → '}<span data-user-data="case">{caseOf(into)}</span>: {fileStatusText(line)}
              {encodingText(line) && <span data-untranslated="encoding"> · {encodingText(line)}</span>}
              {warningTexts(line).map((w) => <div key={w} className="hint">{w}</div>)}
              {finished && line.encoding !== undefined && (
                <span className="reread">
                  {' '}
                  <select
                    data-untranslated="encoding"
                    aria-label={t('import-documents.rereadAs')}
                    value={encodings[index] ?? line.encoding}
                    onChange={(e) => setEncodings((current) => ({ ...current, [index]: e.target.value }))}
                  >
                    {[...new Set([line.encoding, ...rereadEncodings])].map((name) => <option key={name} value={name}>{name}</option>)}
                  </select>
                  <button type="button" onClick={() => reread(index)} disabled={(encodings[index] ?? line.encoding) === line.encoding}>
                    {t('import-documents.reread')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="modal-buttons">
        {/* Close is made anew when the import ends, so the focus, left on a button that went, lands on it. */}
        {progress ? (
          <button type="button" onClick={stop}>{t('import-documents.cancel')}</button>
        ) : (
          <button type="button" key={finished ? 'close' : 'cancel'} autoFocus={finished} onClick={onClose}>{finished ? t('import-documents.close') : t('common.cancel')}</button>
        )}
        {lines === null && (
          <button type="button" className="primary" disabled={!canStart} onClick={start}>{t('import-documents.start')}</button>
        )}
      </div>
    </DialogFrame>
  );
}

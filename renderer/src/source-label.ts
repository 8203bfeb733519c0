/**
 * Where a line of text comes from, as the search hits and the code-all preview name it: the
 * case, by its label in lists (caseLabel: «Programmers · Anna»), then the document. A document
 * named after its case, as the demo's and pasted texts are («Вера — interview»), is named by the
 * rest of its name, so the case is not read twice («Вера — Вера — interview»).
 */
export function sourceLabel(caseName: string, documentName: string, caseShown = caseName): string {
  const rest = nameAfterCase(caseName, documentName);
  return rest ? `${caseShown} — ${rest}` : caseShown;
}

// What ends the case's name as a word at the start of a document's name: spaces, a long dash,
// a hyphen between spaces, a colon or comma before a space, underscores. «Anna-Maria» or
// «Anna's diary» in Anna's case are other names and are kept whole.
const AFTER_CASE = /^(?:\s*[–—]\s*|\s+-\s+|[:,]?\s+|_+)/u;

function nameAfterCase(caseName: string, documentName: string): string {
  if (documentName === caseName) return '';
  if (!documentName.startsWith(caseName)) return documentName;
  const separator = AFTER_CASE.exec(documentName.slice(caseName.length));
  return separator ? documentName.slice(caseName.length + separator[0].length) : documentName;
}

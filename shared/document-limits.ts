/**
 * The longest document text CaseCoder holds, in UTF-16 units: what one import reads at most
 * (main/import/limits.ts) and what the open check allows a project file (main/db/row-probes.ts,
 * which job threads load, unlike the import's code). A long book is about 2 million.
 */
export const MAX_DOCUMENT_CHARS = 20_000_000;

/**
 * Who pre-codes a case table's cells (each cell a document of its case, coded with its column's
 * code): the table, not a person. The valence a column gives is part of the material, no one's
 * reading of it, so a copy for a second coder keeps it and inter-coder agreement leaves it out;
 * recorded under the person importing, it counted as their coding against the second coder's
 * nothing (κ 0.05 for the seed study's valence in a review).
 *
 * One fixed GUID finds it in any project, whatever its name (the UI's language at the first
 * import) and however it came (a merge matches coders by GUID, REFI-QDA carries users' GUIDs).
 */
export const CASE_TABLE_CODER_GUID = '5c0a7e1b-7ab1-4c0d-8e5e-ca5e7ab1e000';

/** Its name where the import was not given one in the user's language (shared/i18n: import.tableCoder). */
export const DEFAULT_TABLE_CODER_NAME = 'Case table';

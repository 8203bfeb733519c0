/**
 * Which REFI-QDA file a name says: read by the importer (main/refi/parse-project.ts), and by the
 * page before it uploads one (shared/uploads.ts), so both judge a file alike.
 */
export type RefiFormat = 'qdpx' | 'qde' | 'qdc';

const REFI_EXTENSION = /\.(qdpx|qde|qdc)$/i;

/** The REFI-QDA format a file name says, or null for any other file. */
export function refiFormatOf(fileName: string): RefiFormat | null {
  return (REFI_EXTENSION.exec(fileName)?.[1]?.toLowerCase() as RefiFormat | undefined) ?? null;
}

/** A project package (not a codebook alone): what a merge can take. */
export function isRefiProject(fileName: string): boolean {
  const format = refiFormatOf(fileName);
  return format === 'qdpx' || format === 'qde';
}

/**
 * Files too large to carry in a call: a teammate's project to merge (the reference corpus of
 * issue 13 is 224 MB), a REFI-QDA package to import or merge. The services read them where they
 * lie: by path on the command line and in the desktop app. Browser mode's page knows no paths,
 * so it streams the file to UPLOAD_PATH first, and the call names the handle that answers
 * (main/api/uploads.ts). How large an upload may be is said here, by the file's name, so the page
 * refuses a file past it before sending a byte, with the same limit the server holds it to.
 */
import { refiFormatOf } from './refi-format.js';

const MB = 1024 * 1024;

export const UPLOAD_PATH = '/api/upload';
/** The uploaded file's name, URI-encoded (a header is ASCII; names are often Cyrillic). */
export const UPLOAD_NAME_HEADER = 'x-casecoder-file-name';

/** Bytes of a REFI-QDA file an import reads at most (main/refi/limits.ts), from a path or an upload alike. */
export const MAX_PACKAGE_BYTES = 512 * MB;
/**
 * Bytes of any other upload: a project to merge. The services read a project of any size where it
 * lies; an upload is first written whole to the temporary folder, so it is bounded, at about ten
 * times the reference corpus. A larger one is merged with `casecoder merge`.
 */
export const MAX_PROJECT_UPLOAD_BYTES = 2048 * MB;

export type UploadKind = 'package' | 'project';

/** What an upload of that name is held to: a REFI-QDA file by the import's limit, anything else as a project. */
export function uploadKind(fileName: string): UploadKind {
  return refiFormatOf(fileName) ? 'package' : 'project';
}

export function uploadLimit(kind: UploadKind): number {
  return kind === 'package' ? MAX_PACKAGE_BYTES : MAX_PROJECT_UPLOAD_BYTES;
}

/**
 * Loads better-sqlite3. Under Electron the module must be the build for Electron's ABI, kept
 * apart from Node's build (which the tests and the command line use): the Electron shell
 * names it through CASECODER_SQLITE_BINDING.
 */
import Database from 'better-sqlite3';

export function openSqlite(path: string): Database.Database {
  const nativeBinding = process.env.CASECODER_SQLITE_BINDING;
  return new Database(path, nativeBinding ? { nativeBinding } : {});
}

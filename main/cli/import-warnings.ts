/** An import warning worded for the command line, which speaks English (the UI words it in the user's language). */
import type { ImportWarning } from '../../shared/entities.js';

export function importWarningText({ code, params }: ImportWarning): string {
  switch (code) {
    case 'encodingUnsure':
      return `the encoding ${params.encoding} is a guess: check the text, or re-read it with --encoding NAME`;
    case 'unknownCodePage':
      return `RTF code page ${params.codePage} is unknown: some letters may be wrong`;
    case 'alreadyImported':
      return `${params.count} texts were already documents of their cases and were not imported again`;
    case 'codeCreated':
      return `column "${params.column}" matched no code: created code ${params.code}`;
  }
}

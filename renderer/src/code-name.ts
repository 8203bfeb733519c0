import type { Code } from '../../shared/entities.js';

/** Framework/Code, as the CLI and the codebook name a code. */
export function codeName(codebook: { frameworks: { id: number; name: string }[] }, code: Code): string {
  return `${codebook.frameworks.find((f) => f.id === code.frameworkId)?.name ?? ''}/${code.name}`;
}

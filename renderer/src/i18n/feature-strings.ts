/// <reference types="vite/client" />
/**
 * Strings of a feature live beside the core bundles in i18n/features/<name>.ts, so a new screen
 * adds its words without editing en/ru/kk.ts. Each file's default export holds the three
 * languages; its keys sit under the file's name (features/charts.ts → t('charts.title')).
 * Vite (and vitest) collect the files at build time, so there is no list to keep.
 */
import type { Bundle } from './bundle.js';

export interface FeatureStrings {
  en: Bundle;
  ru: Bundle;
  kk: Bundle;
}

type Language = keyof FeatureStrings;

const modules = import.meta.glob<{ default: FeatureStrings }>('./features/*.ts', { eager: true });

/** Feature name (the file's base name) → its strings. */
export const features: ReadonlyMap<string, FeatureStrings> = new Map(
  Object.entries(modules).map(([path, module]) => [path.replace(/^.*\/|\.ts$/g, ''), module.default]),
);

/** The core bundle with every feature's strings under the feature's name; a name the core already uses is refused. */
export function withFeatures(language: Language, core: Bundle, from: ReadonlyMap<string, FeatureStrings> = features): Bundle {
  const merged: Bundle = { ...core };
  for (const [name, strings] of from) {
    if (name in core) throw new Error(`i18n feature "${name}" collides with a core key of the same name`);
    merged[name] = strings[language];
  }
  return merged;
}

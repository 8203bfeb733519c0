/** The languages CaseCoder speaks: its screens and messages, its exports' captions and notes, the sorting of names. */
export const languages = ['en', 'ru', 'kk'] as const;
export type Language = (typeof languages)[number];

/**
 * Save a copy for a second coder, who codes the same material blind for inter-coder agreement:
 * the dialog's option, what is said once it is written, and why a copy failed
 * (main/services/session.ts saveCopy).
 */
import type { FeatureStrings } from '../feature-strings.js';

export default {
  en: {
    withoutCodings: 'Without codings, for a second coder (no segments, codings or their memos, and no undo history)',
    savedWithoutCodings: 'A copy without codings was saved for a second coder: {{path}}',
    errors: {
      copyDiskFull: 'The disk is full: no copy was saved at {{path}}. Your project is unchanged; free some space and try again.',
      copyUnwritable: 'No copy was saved: {{path}} is in a folder or on a disk that cannot be written. Your project is unchanged; choose another place.',
      copyNoFolder: 'No copy was saved: {{folder}} is a file, not a folder. Your project is unchanged; choose another place.',
      copyFailed: 'No copy was saved at {{path}} ({{detail}}). Your project is unchanged.',
    },
  },
  ru: {
    withoutCodings: 'Без кодирований, для второго кодировщика (без сегментов, кодирований и их мемо, без истории отмены)',
    savedWithoutCodings: 'Копия без кодирований для второго кодировщика сохранена: {{path}}',
    errors: {
      copyDiskFull: 'Диск заполнен: копия {{path}} не сохранена. Ваш проект не изменён; освободите место и повторите.',
      copyUnwritable: 'Копия не сохранена: {{path}} находится в папке или на диске, куда нельзя записывать. Ваш проект не изменён; выберите другое место.',
      copyNoFolder: 'Копия не сохранена: {{folder}} — это файл, а не папка. Ваш проект не изменён; выберите другое место.',
      copyFailed: 'Копия {{path}} не сохранена ({{detail}}). Ваш проект не изменён.',
    },
  },
  kk: {
    withoutCodings: 'Кодтауларсыз, екінші кодтаушы үшін (үзінділер, кодтаулар, олардың мемолары және болдырмау тарихы жоқ)',
    savedWithoutCodings: 'Екінші кодтаушыға арналған кодтауларсыз көшірме сақталды: {{path}}',
    errors: {
      copyDiskFull: 'Диск толы: {{path}} көшірмесі сақталмады. Жобаңыз өзгермеді; орын босатып, қайталап көріңіз.',
      copyUnwritable: 'Көшірме сақталмады: {{path}} жазуға болмайтын қалтада немесе дискіде. Жобаңыз өзгермеді; басқа орын таңдаңыз.',
      copyNoFolder: 'Көшірме сақталмады: {{folder}} қалта емес, файл. Жобаңыз өзгермеді; басқа орын таңдаңыз.',
      copyFailed: '{{path}} көшірмесі сақталмады ({{detail}}). Жобаңыз өзгермеді.',
    },
  },
} satisfies FeatureStrings;

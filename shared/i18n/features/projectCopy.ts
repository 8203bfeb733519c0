/**
 * Save a copy for a second coder, who codes the same material blind for inter-coder agreement:
 * the dialog's option, what is said once it is written, and why a copy failed
 * (main/services/session.ts saveCopy).
 */
import type { FeatureStrings } from '../bundle.js';

export default {
  en: {
    withoutCodings: 'Without codings, for a second coder (no segments, codings or their memos, and no undo history)',
    savedWithoutCodings: 'A copy without codings was saved for a second coder: {{path}}',
    whoCodesCopyBy: 'Copy made by {{name}} for a second coder, who codes the same material without seeing the first coder\'s codings. Your name is recorded with every coding you make here, so that the two can be compared.',
    whoCodesCopy: 'This copy was made for a second coder, who codes the same material without seeing the first coder\'s codings. Your name is recorded with every coding you make here, so that the two can be compared.',
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
    // Named, not made the subject of a verb: a Russian verb in the past says whether its subject is a man or a woman, which a name does not tell.
    whoCodesCopyBy: 'Автор копии: {{name}}. Копия сделана для второго кодировщика, который кодирует тот же материал, не видя кодирований первого. Ваше имя записывается с каждым вашим кодированием, чтобы их можно было сравнить.',
    whoCodesCopy: 'Эта копия сделана для второго кодировщика, который кодирует тот же материал, не видя кодирований первого. Ваше имя записывается с каждым вашим кодированием, чтобы их можно было сравнить.',
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
    whoCodesCopyBy: 'Бұл көшірмені {{name}} екінші кодтаушыға арнап жасады: ол сол материалды бірінші кодтаушының кодтауларын көрмей кодтайды. Мұнда жасаған әр кодтауыңызбен бірге атыңыз жазылады, сонда екеуін салыстыруға болады.',
    whoCodesCopy: 'Бұл көшірме екінші кодтаушыға арналған: ол сол материалды бірінші кодтаушының кодтауларын көрмей кодтайды. Мұнда жасаған әр кодтауыңызбен бірге атыңыз жазылады, сонда екеуін салыстыруға болады.',
    errors: {
      copyDiskFull: 'Диск толы: {{path}} көшірмесі сақталмады. Жобаңыз өзгермеді; орын босатып, қайталап көріңіз.',
      copyUnwritable: 'Көшірме сақталмады: {{path}} жазуға болмайтын қалтада немесе дискіде. Жобаңыз өзгермеді; басқа орын таңдаңыз.',
      copyNoFolder: 'Көшірме сақталмады: {{folder}} қалта емес, файл. Жобаңыз өзгермеді; басқа орын таңдаңыз.',
      copyFailed: '{{path}} көшірмесі сақталмады ({{detail}}). Жобаңыз өзгермеді.',
    },
  },
} satisfies FeatureStrings;

/**
 * What the command line says beyond the app's words: its own refusals of an input or output file
 * and the hints that name its options. Option names (--coder, --encoding, --out…) stay as typed.
 */
import type { FeatureStrings } from '../feature-strings.js';

export default {
  en: {
    coderRequired: 'this records codings, so it needs a coder name: give --coder NAME or set CASECODER_CODER',
    encodingUnsure: 'the encoding {{encoding}} is a guess: check the text, or re-read it with --encoding NAME',
    notCarried: 'not carried: {{line}}',
    notMerged: 'not merged: {{line}}',
    errors: {
      outputIsFolder: '--{{option}} {{file}} is a folder: name a file to write',
      outputFolderMissing: '--{{option}} {{file}}: there is no folder {{folder}}; make it first or name another file',
      outputFolderReadOnly: '--{{option}} {{file}}: the folder {{folder}} cannot be written (it or its disk is read-only); name a file elsewhere',
      outputDiskFull: 'The disk is full: {{file}} was not written. Free some space and try again',
      outputReadOnly: '{{file}} cannot be written here (a read-only file, folder or disk); name a file elsewhere',
      inputTooLarge: 'Cannot read {{file}}: it is larger than {{limit, number}} MB, the largest file CaseCoder imports',
      inputMissing: 'Cannot read {{file}}: no such file',
      inputIsFolder: 'Cannot read {{file}}: it is a folder',
      inputUnreadable: 'Cannot read {{file}}: {{reason}}',
      noBackups: 'No backups of {{file}} to restore',
      filesNotImported_one: '{{failed, number}} of {{count, number}} file not imported',
      filesNotImported_other: '{{failed, number}} of {{count, number}} files not imported',
    },
  },
  ru: {
    coderRequired: 'команда записывает кодировки, поэтому нужно имя кодировщика: укажите --coder ИМЯ или задайте CASECODER_CODER',
    encodingUnsure: 'кодировка {{encoding}} определена предположительно: проверьте текст или прочитайте файл заново с --encoding ИМЯ',
    notCarried: 'не перенесено: {{line}}',
    notMerged: 'не объединено: {{line}}',
    errors: {
      outputIsFolder: '--{{option}} {{file}} — это папка: укажите файл для записи',
      outputFolderMissing: '--{{option}} {{file}}: папки {{folder}} нет; создайте её или укажите другой файл',
      outputFolderReadOnly: '--{{option}} {{file}}: в папку {{folder}} нельзя записывать (она или её диск только для чтения); укажите файл в другом месте',
      outputDiskFull: 'Диск заполнен: {{file}} не записан. Освободите место и повторите',
      outputReadOnly: '{{file}} нельзя записать здесь (файл, папка или диск только для чтения); укажите файл в другом месте',
      inputTooLarge: 'Не удаётся прочитать {{file}}: он больше {{limit, number}} МБ — предела для файлов, которые импортирует CaseCoder',
      inputMissing: 'Не удаётся прочитать {{file}}: такого файла нет',
      inputIsFolder: 'Не удаётся прочитать {{file}}: это папка',
      inputUnreadable: 'Не удаётся прочитать {{file}}: {{reason}}',
      noBackups: 'У {{file}} нет резервных копий для восстановления',
      filesNotImported_one: 'Не импортировано файлов: {{failed, number}} из {{count, number}}',
      filesNotImported_few: 'Не импортировано файлов: {{failed, number}} из {{count, number}}',
      filesNotImported_many: 'Не импортировано файлов: {{failed, number}} из {{count, number}}',
      filesNotImported_other: 'Не импортировано файлов: {{failed, number}} из {{count, number}}',
    },
  },
  kk: {
    coderRequired: 'бұл пәрмен кодтауларды жазады, сондықтан кодтаушы аты керек: --coder АТЫ деп беріңіз немесе CASECODER_CODER орнатыңыз',
    encodingUnsure: '{{encoding}} кодтауы болжаммен анықталды: мәтінді тексеріңіз немесе файлды --encoding АТЫ арқылы қайта оқыңыз',
    notCarried: 'көшірілмеді: {{line}}',
    notMerged: 'біріктірілмеді: {{line}}',
    errors: {
      outputIsFolder: '--{{option}} {{file}} — қалта: жазылатын файлды көрсетіңіз',
      outputFolderMissing: '--{{option}} {{file}}: {{folder}} қалтасы жоқ; алдымен оны жасаңыз немесе басқа файлды көрсетіңіз',
      outputFolderReadOnly: '--{{option}} {{file}}: {{folder}} қалтасына жазу мүмкін емес (ол немесе оның дискісі тек оқуға арналған); файлды басқа жерден көрсетіңіз',
      outputDiskFull: 'Диск толы: {{file}} жазылмады. Орын босатып, қайталап көріңіз',
      outputReadOnly: '{{file}} мұнда жазылмайды (файл, қалта немесе диск тек оқуға арналған); файлды басқа жерден көрсетіңіз',
      inputTooLarge: '{{file}} оқылмайды: ол {{limit, number}} МБ-тан үлкен, ал CaseCoder импорттайтын файлдың шегі осы',
      inputMissing: '{{file}} оқылмайды: мұндай файл жоқ',
      inputIsFolder: '{{file}} оқылмайды: бұл — қалта',
      inputUnreadable: '{{file}} оқылмайды: {{reason}}',
      noBackups: '{{file}} жобасының қалпына келтіретін сақтық көшірмесі жоқ',
      filesNotImported_one: 'Импортталмаған файлдар: {{count, number}} ішінен {{failed, number}}',
      filesNotImported_other: 'Импортталмаған файлдар: {{count, number}} ішінен {{failed, number}}',
    },
  },
} satisfies FeatureStrings;

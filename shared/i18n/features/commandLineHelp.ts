/**
 * The command line's --help: the words of its help pages (Usage, Options, the list of commands),
 * each command's summary and details, and every option's help (`commands.<command>.options.<option>`,
 * else `sharedOptions.<option>` for an option several commands take in the same sense). Option
 * names, placeholders (PROJECT, CASE, FRAMEWORK/CODE), values an option takes and examples stay
 * as typed; `{{choices}}` is the list of values an option takes, filled in by the command.
 */
import type { FeatureStrings } from '../bundle.js';

export default {
  en: {
    usage: 'Usage:',
    options: 'Options:',
    showHelp: 'Show this help',
    overview: {
      commands: 'Commands:',
      more: 'Run casecoder <command> --help for its options. PROJECT is a .casecoder file (the extension may be left off).',
      coder: 'Coder name: --coder, else $CASECODER_CODER, else the one set in the app (settings under $CASECODER_HOME if set).',
    },
    sharedOptions: {
      framework: 'Only the codes of this framework',
      coder: 'Who codes (default: $CASECODER_CODER, else your settings)',
      case: 'Only documents of this case',
      group: 'Only documents of cases in this group',
      'no-group': 'Only the cases in no group',
      out: 'File the table is written to (replaced if it exists)',
      number: 'Number the table as a journal does ("Table N."): 3, 1.2, A1',
      title: 'Title in place of the default one',
      note: 'Note printed under the table',
      language: "Language of captions and notes: {{choices}} (left out: the system's, from LC_ALL or LANG)",
    },
    commands: {
      agreement: {
        summary: "Inter-coder agreement per code and framework: percent, Cohen's kappa, Krippendorff's alpha",
        details: 'Only documents every named coder coded are compared. Figures are given character by character (every code point a unit) and by segment (segments of different coders matched by overlap); n/a marks a figure that is 0/0, with the reason.',
        options: {
          coders: 'The coders to compare: two or more names, comma-separated',
          overlap: 'Segments are one unit when shared / combined length is at least this (above 0, at most 1; default {{default}})',
          json: 'Print the whole report as JSON, every disagreement included',
        },
      },
      autocode: {
        summary: 'Code every search hit (or its sentence or paragraph) with a code, as one undoable step',
        details: 'QUERY is read as by casecoder search. START and END are code points.',
        options: {
          code: 'The code to apply',
          scope: 'What to code around each hit (default: hit)',
          'dry-run': 'Only list the spans that would be coded',
          'leave-out': 'A word found, spelt as casecoder search lists it: spans holding only such words are not coded; once per word',
        },
      },
      cases: {
        summary: 'List the cases with their groups and numbers of documents and segments',
        summaryWithSubcommands: 'List the cases with their groups and numbers of documents and segments (also: cases rename, cases move)',
        details: 'casecoder cases rename PROJECT ... and casecoder cases move PROJECT ... rename a case or move it to another group.',
        options: {
          json: 'Print the cases as JSON (with groupName beside groupId)',
        },
        rename: {
          summary: 'Rename a case',
          options: {
            case: 'Name of the case',
            group: 'Group of the case, when cases of other groups share its name',
            to: 'New name (no other case of its group may have it)',
          },
        },
        move: {
          summary: 'Move a case to another group',
          options: {
            case: 'Name of the case',
            group: 'Its group now, when cases of other groups share its name',
            to: 'Group to move it to (created when missing)',
            'no-group': 'Take the case out of any group instead',
          },
        },
      },
      code: {
        summary: "Code the one place a quote occurs in a case's documents",
        details: 'The quote must occur exactly once in all the documents of the case; if it occurs more often, give a longer one.',
        options: {
          case: 'Name of the case',
          group: 'Group of the case, when cases of other groups share its name',
          quote: 'Text as it is in the document (line endings aside)',
          code: 'Code path, e.g. STEEPL/Economic or FRAMEWORK/PARENT/CHILD',
        },
      },
      codes: {
        summary: 'List the frameworks and their codes, each with the path other commands take',
        details: 'A code path is FRAMEWORK/CODE, or FRAMEWORK/PARENT/CHILD for a sub-code.',
        options: {
          json: 'Print {frameworks, codes} as JSON, each code with its path',
        },
      },
      compare: {
        summary: "Compare groups (or an attribute's values): per code, the share of cases with it in each",
        details: 'Codes whose shares differ most come first. Only selected cases count (see casecoder selection).',
        options: {
          by: "Split the cases by group (the default) or by this attribute's values",
          json: 'Print the comparison as JSON: per code, the cases with it in each part and their share',
          format: 'Write it as a table instead: {{choices}} (with --out)',
        },
      },
      documents: {
        summary: 'List the documents with their cases, groups, lengths, source formats and encodings',
        details: 'CHARACTERS counts code points, the unit of every position CaseCoder stores and exports.',
        options: {
          case: 'Only the documents of this case',
          group: 'Only the documents of cases in this group (with --case: the case of that name in it)',
          json: 'Print the documents as JSON',
          'with-text': "Add each document's text to the JSON (implies --json)",
        },
      },
      export: {
        summary: 'Export the project for other tools: a REFI-QDA project (.qdpx) or codebook (.qdc)',
        details: 'Frameworks travel as top-level codes; groups and choice lists as described variables, which other tools show as text.',
        options: {
          format: 'qdpx (the whole project) or qdc (the codebook)',
          out: 'File to write (replaced if it exists)',
        },
      },
      import: {
        summary: 'Import documents (text, Markdown, HTML, Word, OpenDocument, RTF, PDF) into a case, case tables (a case per row), or REFI-QDA projects and codebooks',
        details: "Each .txt, .md, .html, .docx, .odt, .rtf or .pdf file becomes one document of a case, chosen as the app chooses it:\na file named after a case (P1_interview.docx, P1 notes.pdf: the case's name, then _, -, a space or a dot) goes to it,\nthe others to CASE (one file alone: to CASE if given); a file left without a case stops the import before anything\nis written. With --case-per-file each file not named after a case makes one named after it. The encoding of text files\n(UTF-8, UTF-16, Windows-1251, Kazakh KZ-1048 and PT154, KOI8-R, Windows-1252...) is detected and printed, \"unsure\" when it is a guess.\nA file that cannot be read is reported on stderr and the others still import (the command then ends with status 1);\na file whose text is already a document of CASE is skipped unless --allow-duplicates.\nA case table's cells (CSV or XLSX) become documents of their row's case, each coded whole with its column's code,\nbut a column of short values (a city, a profession, an age) sets a case attribute; cells already documents of their\ncase are skipped. An attribute sheet sets case attributes (a Group, Группа or Топ\ncolumn sets the group; types are inferred); a survey also makes each text column a document of the respondent.\nA .qdpx, .qde or .qdc file (REFI-QDA, from NVivo, ATLAS.ti, MAXQDA, QualCoder...) brings its sources, codes, cases,\nvariables, codings and notes; what cannot be carried (PDF, pictures, audio, video, graphs, links) is listed.",
        options: {
          'case-table': 'Each FILE is a case table: CSV, a row per case, a column per fact type',
          group: 'Group of the cases (created when missing); documents are matched to its cases only',
          coder: 'Coder of the codings a case table makes (default: $CASECODER_CODER, else your settings)',
          case: 'Case the documents go to (created when missing); of several files, those named after a case go to it',
          'case-per-file': 'A new case per document, named after its file (P1_interview.docx makes P1) unless a case is',
          encoding: 'Read text, Markdown and HTML files in this encoding (e.g. koi8-r, windows-1252, rk1048 for KZ-1048, pt154) instead of detecting it',
          'allow-duplicates': 'Import a file whose text is already a document of the case as a second copy',
          attributes: 'Each FILE is an attribute sheet (CSV or XLSX): a row per case, its name first, a column per attribute',
          survey: 'Each FILE is a survey (CSV or XLSX): a row per respondent; needs --case-column and --text-columns',
          'case-column': "Survey column naming each row's case",
          'text-columns': 'Survey columns whose answers become documents of the case, named by the column',
          types: 'Attribute types instead of the inferred ones: text, number, date, boolean, choice or skip',
          'by-number': "A sheet's case named by letters and a number (P1, E-4) is its group's case named by the number (1, 4) when the name is not a case",
          'map-group': "Puts a group of the sheet into a group the project has, named otherwise (Programmers=Бағдарламашылар); may be repeated",
        },
      },
      merge: {
        summary: "Bring teammates' projects into this one, keeping every coder's codings",
        details: 'OTHER is a .casecoder project or a REFI-QDA package (.qdpx, .qde) from another tool. Each is merged in turn, as one step the app can undo; their files are never modified.',
        options: {
          prefer: 'How to settle conflicts (default: ours; a document with different text is kept as both)',
          'dry-run': 'Print the merge report and change nothing',
          json: 'Print the merge reports as JSON',
        },
      },
      new: {
        summary: 'Create a project file with the Valence and STEEPL frameworks',
        details: "PROJECT gets the .casecoder extension when it has none. An existing file is never overwritten.\nWithout --language the codebook follows the system's language, as the app does on its first start: LC_ALL, else\nLC_MESSAGES, else LANG (ru_RU.UTF-8 gives Валентность/Позитивное and STEEPL/Экономические), English when it is\nnone of en, ru, kk. A script that names codes should pass --language. The names are the project's from then on:\nnothing translates them later.",
        options: {
          name: "The project's name (default: the file name)",
          language: "Language of the starting codebook's names and descriptions: {{choices}} (default: the system's, else en)",
        },
      },
      qca: {
        summary: 'Crisp-set QCA: the truth table and the complex, parsimonious and intermediate solutions',
        details: 'Give --condition once per condition, in order; solutions name them as written. Consistency and coverage are over cases.',
        options: {
          condition: 'A condition, once per condition: a code FRAMEWORK/CODE (the case has a segment so coded) or an attribute test such as "Age >= 30"',
          outcome: 'The outcome, written like a condition',
          group: 'Only cases of this group',
          expect: 'Directional expectations for the intermediate solution, one per condition: present, absent or either (or 1, 0, -)',
          'include-candidates': 'Count candidate cases too (selected cases only unless given)',
          'include-excluded': 'Count excluded cases too',
          'incl-cut': 'Consistency threshold for a row to have the outcome (default 1)',
          'n-cut': 'Fewest cases for a row to count as observed (default 1)',
          negate: 'Analyse the absence of the outcome',
          'r-csv': "Also write the data as a CSV that R's QCA package reads",
          json: 'Print the whole analysis as JSON',
        },
      },
      restore: {
        summary: "List a project's backups, or put one back in its place",
        details: 'The app snapshots a project when it opens it and every 10 minutes of editing, beside it in PROJECT.backups/. Restoring keeps the current file as a snapshot first; close the project in the app before restoring.',
        options: {
          backup: 'The backup to restore (see the list); --latest takes the newest',
          latest: 'Restore the newest backup',
          json: 'List the backups as JSON',
        },
      },
      salvage: {
        summary: 'Import the data of a project altered outside CaseCoder into a fresh project',
        details: 'For a project CaseCoder refuses to open because it was altered outside it. Its rows are read from a private copy and pass the same checks as a merge; its own triggers, views and undo history are left behind. The new project is PROJECT (imported).casecoder beside it; PROJECT itself is never changed.',
        options: {
          json: 'Print what came across as JSON',
        },
      },
      search: {
        summary: 'Full-text search: every hit with its case, group, document, position and context',
        details: 'QUERY: words (any form: бюрократии finds бюрократия), "exact phrases", prefix*, AND OR NOT (И ИЛИ НЕ), NEAR, NEAR/5, ( ). START and END are code points into the document. After the hits, stderr lists the words found with their hits, most first (50, then how many more), and those left out.',
        options: {
          json: 'Print the hits and counts as JSON',
          code: 'Only inside segments coded with this code',
          'leave-out': 'A word found whose hits to leave out, spelt as the words found are listed (полит* finds политес: --leave-out политес); once per word',
        },
      },
      segments: {
        summary: 'List the coded segments, optionally only those of a case, group, code or coder',
        options: {
          json: 'Print every matching segment as JSON, full quotes included',
          case: 'Only segments of this case',
          group: 'Only segments of cases in this group (with --case: the group of that case)',
          code: 'Only segments coded with this code',
          coder: 'Only segments this coder coded',
          format: 'Write the segments to a file instead: {{choices}} (with --out)',
          out: 'File the segments are written to (replaced if it exists; - for stdout)',
        },
      },
      select: {
        summary: 'Record a case selection decision: candidate, selected or excluded, with a reason',
        details: 'Earlier decisions on the case stay in its history (casecoder selection PROJECT --json).',
        options: {
          case: 'The case, by name',
          group: 'Its group, when several cases share the name',
          status: 'New status: {{choices}}',
          reason: 'Why (goes into the selection table)',
          criteria: 'Criteria the case meets, comma-separated; new ones join the checklist',
          coder: 'Who decided (recorded with the decision)',
        },
      },
      selection: {
        summary: "Show the case selection log: the funnel, each case's status, reason and criteria",
        options: {
          json: "Print the whole log as JSON, with every decision's history",
          format: 'Write the methods-section table instead: {{choices}} (with --out)',
        },
      },
      summaries: {
        summary: 'Show or write the case summaries of a framework (cases × its codes), or set one summary',
        details: 'Only selected cases are shown (see casecoder selection).',
        options: {
          framework: 'Framework whose codes make the columns',
          json: "Print the grid as JSON: each cell's number of coded segments, and the summaries written",
          format: 'Write the grid as a table instead: {{choices}} (with --out)',
          quotes: 'Put the coded segments behind each summary into the table',
          case: "Set this case's summary (with --code and --set)",
          group: "The case's group, when several cases share the name",
          code: 'The code of the summary to set, by path',
          set: "The summary's text",
          coder: 'Who wrote the summary',
        },
      },
      table: {
        summary: 'Build a cross-case table and write it to a file',
        details: 'Left out, --rows and --cols take the defaults of each table (for a crosstab: rows the STEEPL framework, columns the Valence one).\nA FRAMEWORK is named as in the project; the Valence and STEEPL frameworks also by their English,\nRussian or Kazakh name (Valence, Валентность, Валенттілік).',
        options: {
          kind: 'Which table: {{choices}}',
          rows: 'Framework whose codes make the rows (crosstab, cooccurrence)',
          cols: 'Framework whose codes make the columns (case-matrix, crosstab, code-case)',
          group: 'Only cases of this group',
          format: 'File format: {{choices}}',
          out: 'File to write (replaced if it exists)',
          count: 'What counts count: {{choices}} (default segments)',
          appendix: 'Add an appendix listing the segment ids behind each cell',
          'include-all-cases': 'Count candidate and excluded cases too, not only selected ones',
        },
      },
      words: {
        summary: 'Word frequencies of the project, a group, a case or the text coded with a code',
        details: "Stop words (Russian, Kazakh, English, with the project's own changes) are left out; SHARE is of all words.",
        options: {
          json: 'Print the list as JSON',
          code: 'Only the text of segments coded with this code',
          stems: 'Count word forms together (бюрократия, бюрократии, …)',
          limit: 'How many words (default 100)',
        },
      },
    },
  },
  ru: {
    usage: 'Использование:',
    options: 'Параметры:',
    showHelp: 'Показать эту справку',
    overview: {
      commands: 'Команды:',
      more: 'casecoder <command> --help покажет параметры команды. PROJECT — файл .casecoder (расширение можно не писать).',
      coder: 'Имя кодировщика: --coder, иначе $CASECODER_CODER, иначе имя, заданное в приложении (настройки в $CASECODER_HOME, если переменная задана).',
    },
    sharedOptions: {
      framework: 'Только коды этой схемы',
      coder: 'Кто кодирует (по умолчанию: $CASECODER_CODER, иначе имя из настроек)',
      case: 'Только документы этого кейса',
      group: 'Только документы кейсов этой группы',
      'no-group': 'Только кейсы без группы',
      out: 'Файл, в который записывается таблица (заменяется, если уже есть)',
      number: 'Номер таблицы, как в журнале («Таблица N.»): 3, 1.2, A1',
      title: 'Заголовок вместо заданного по умолчанию',
      note: 'Примечание под таблицей',
      language: 'Язык подписей и примечаний: {{choices}} (если не указан — язык системы, из LC_ALL или LANG)',
    },
    commands: {
      agreement: {
        summary: 'Согласованность кодировщиков по каждому коду и схеме: процент согласия, каппа Коэна, альфа Криппендорфа',
        details: 'Сравниваются только документы, которые закодировали все названные кодировщики. Показатели даются посимвольно (каждая кодовая точка — единица) и по сегментам (сегменты разных кодировщиков сопоставляются по перекрытию); n/a отмечает показатель 0/0 и называет причину.',
        options: {
          coders: 'Кодировщики для сравнения: два имени или больше, через запятую',
          overlap: 'Сегменты считаются одной единицей, если общая длина составляет не меньше этой доли объединённой (больше 0, не больше 1; по умолчанию {{default}})',
          json: 'Вывести весь отчёт в JSON, со всеми расхождениями',
        },
      },
      autocode: {
        summary: 'Закодировать каждое найденное совпадение (или его предложение, абзац) одним кодом — одним шагом, который можно отменить',
        details: 'QUERY понимается так же, как в casecoder search. START и END — кодовые точки.',
        options: {
          code: 'Код, который нужно присвоить',
          scope: 'Что кодировать вокруг каждого совпадения (по умолчанию: hit — само совпадение)',
          'dry-run': 'Только перечислить фрагменты, которые были бы закодированы',
          'leave-out': 'Найденное слово, написанное так, как его перечисляет casecoder search: фрагменты, где есть только такие слова, не кодируются; по разу на каждое слово',
        },
      },
      cases: {
        summary: 'Перечислить кейсы с их группами и числом документов и сегментов',
        summaryWithSubcommands: 'Перечислить кейсы с их группами и числом документов и сегментов (а также: cases rename, cases move)',
        details: 'casecoder cases rename PROJECT ... и casecoder cases move PROJECT ... переименовывают кейс или переносят его в другую группу.',
        options: {
          json: 'Вывести кейсы в JSON (с groupName рядом с groupId)',
        },
        rename: {
          summary: 'Переименовать кейс',
          options: {
            case: 'Название кейса',
            group: 'Группа кейса, если в других группах есть кейсы с тем же названием',
            to: 'Новое название (у других кейсов той же группы его быть не должно)',
          },
        },
        move: {
          summary: 'Перенести кейс в другую группу',
          options: {
            case: 'Название кейса',
            group: 'Его нынешняя группа, если в других группах есть кейсы с тем же названием',
            to: 'Группа, в которую перенести кейс (создаётся, если её нет)',
            'no-group': 'Вместо этого вывести кейс из группы',
          },
        },
      },
      code: {
        summary: 'Закодировать единственное место в документах кейса, где встречается цитата',
        details: 'Цитата должна встречаться ровно один раз во всех документах кейса; если она встречается чаще, укажите более длинную.',
        options: {
          case: 'Название кейса',
          group: 'Группа кейса, если в других группах есть кейсы с тем же названием',
          quote: 'Текст точно как в документе (переносы строк не учитываются)',
          code: 'Путь кода, например STEEPL/Economic или FRAMEWORK/PARENT/CHILD',
        },
      },
      codes: {
        summary: 'Перечислить схемы кодирования и их коды, у каждого — путь, который принимают другие команды',
        details: 'Путь кода — FRAMEWORK/CODE, для подкода — FRAMEWORK/PARENT/CHILD.',
        options: {
          json: 'Вывести {frameworks, codes} в JSON, каждый код с его путём',
        },
      },
      compare: {
        summary: 'Сравнить группы (или значения атрибута): по каждому коду — доля кейсов с ним в каждой',
        details: 'Первыми идут коды, доли которых различаются сильнее всего. Учитываются только отобранные кейсы (см. casecoder selection).',
        options: {
          by: 'Делить кейсы по группам (по умолчанию) или по значениям этого атрибута',
          json: 'Вывести сравнение в JSON: по каждому коду — кейсы с ним в каждой части и их доля',
          format: 'Вместо этого записать таблицу: {{choices}} (вместе с --out)',
        },
      },
      documents: {
        summary: 'Перечислить документы с их кейсами, группами, длиной, исходными форматами и кодировками',
        details: 'CHARACTERS считает кодовые точки — единицу всех позиций, которые CaseCoder хранит и экспортирует.',
        options: {
          case: 'Только документы этого кейса',
          group: 'Только документы кейсов этой группы (с --case: кейс с этим названием в ней)',
          json: 'Вывести документы в JSON',
          'with-text': 'Добавить в JSON текст каждого документа (включает --json)',
        },
      },
      export: {
        summary: 'Экспортировать проект для других программ: проект REFI-QDA (.qdpx) или кодовую книгу (.qdc)',
        details: 'Схемы кодирования переносятся как коды верхнего уровня; группы и списки вариантов — как описанные переменные, которые другие программы показывают как текст.',
        options: {
          format: 'qdpx (весь проект) или qdc (кодовая книга)',
          out: 'Файл для записи (заменяется, если уже есть)',
        },
      },
      import: {
        summary: 'Импортировать документы (текст, Markdown, HTML, Word, OpenDocument, RTF, PDF) в кейс, таблицы кейсов (кейс на строку) или проекты и кодовые книги REFI-QDA',
        details: 'Каждый файл .txt, .md, .html, .docx, .odt, .rtf или .pdf становится документом кейса, который выбирается так же, как в приложении:\nфайл, названный по кейсу (P1_interview.docx, P1 notes.pdf: название кейса, затем _, -, пробел или точка), попадает в этот кейс,\nостальные — в CASE (единственный файл — в CASE, если он указан); файл, оставшийся без кейса, останавливает импорт,\nпока ничего не записано. С --case-per-file каждый файл, не названный по кейсу, создаёт кейс со своим названием. Кодировка текстовых\nфайлов (UTF-8, UTF-16, Windows-1251, казахские KZ-1048 и PT154, KOI8-R, Windows-1252...) определяется и выводится, с пометкой, если она угадана.\nФайл, который не удаётся прочитать, указывается в stderr, остальные всё равно импортируются (тогда команда завершается со статусом 1);\nфайл, текст которого уже есть среди документов CASE, пропускается, если не указан --allow-duplicates.\nЯчейки таблицы кейсов (CSV или XLSX) становятся документами кейса своей строки, и каждый целиком получает код своего столбца,\nно столбец коротких значений (город, профессия, возраст) задаёт атрибут кейса; ячейки, которые уже есть среди документов\nих кейса, пропускаются. Таблица атрибутов задаёт атрибуты кейсов (столбец Group, Группа или Топ\nзадаёт группу; типы определяются сами); опрос к тому же делает каждый текстовый столбец документом респондента.\nФайл .qdpx, .qde или .qdc (REFI-QDA, из NVivo, ATLAS.ti, MAXQDA, QualCoder...) приносит свои источники, коды, кейсы,\nпеременные, сегменты с их кодами и мемо; то, что перенести нельзя (PDF, изображения, аудио, видео, графы, ссылки), перечисляется.',
        options: {
          'case-table': 'Каждый FILE — таблица кейсов: CSV, строка на кейс, столбец на вид сведений',
          group: 'Группа кейсов (создаётся, если её нет); документы сопоставляются только с её кейсами',
          coder: 'Кодировщик, от имени которого таблица кейсов кодирует (по умолчанию: $CASECODER_CODER, иначе имя из настроек)',
          case: 'Кейс, в который попадают документы (создаётся, если его нет); из нескольких файлов названные по кейсу попадают в свой кейс',
          'case-per-file': 'Новый кейс на каждый документ, названный по его файлу (P1_interview.docx создаёт P1), если нет кейса с таким названием',
          encoding: 'Читать текстовые, Markdown- и HTML-файлы в этой кодировке (например, koi8-r, windows-1252, rk1048 для KZ-1048, pt154), не определяя её',
          'allow-duplicates': 'Импортировать второй копией файл, текст которого уже есть среди документов кейса',
          attributes: 'Каждый FILE — таблица атрибутов (CSV или XLSX): строка на кейс, сначала его название, столбец на атрибут',
          survey: 'Каждый FILE — опрос (CSV или XLSX): строка на респондента; нужны --case-column и --text-columns',
          'case-column': 'Столбец опроса, который называет кейс каждой строки',
          'text-columns': 'Столбцы опроса, ответы из которых становятся документами кейса с названием по столбцу',
          types: 'Типы атрибутов вместо определённых автоматически: text, number, date, boolean, choice или skip',
          'by-number': 'Кейс таблицы, названный буквами и номером (P1, E-4), — кейс его группы, названный этим номером (1, 4), если кейса с таким именем нет',
          'map-group': 'Помещает группу таблицы в группу проекта, названную иначе (Programmers=Бағдарламашылар); можно указать несколько раз',
        },
      },
      merge: {
        summary: 'Объединить с этим проектом проекты коллег, сохранив кодирование каждого кодировщика',
        details: 'OTHER — проект .casecoder или пакет REFI-QDA (.qdpx, .qde) из другой программы. Каждый объединяется по очереди, одним шагом, который можно отменить в приложении; их файлы никогда не меняются.',
        options: {
          prefer: 'Как разрешать конфликты (по умолчанию: ours; документ с другим текстом сохраняется в обоих вариантах)',
          'dry-run': 'Вывести отчёт об объединении и ничего не менять',
          json: 'Вывести отчёты об объединении в JSON',
        },
      },
      new: {
        summary: 'Создать файл проекта со схемами кодирования Валентность (Valence) и STEEPL',
        details: 'PROJECT получает расширение .casecoder, если его нет. Существующий файл никогда не перезаписывается.\nБез --language кодовая книга следует языку системы, как приложение при первом запуске: LC_ALL, иначе\nLC_MESSAGES, иначе LANG (ru_RU.UTF-8 даёт Валентность/Позитивное и STEEPL/Экономические), английский, если это\nне en, ru и не kk. Скрипту, который обращается к кодам по названиям, стоит передавать --language. С этого момента\nназвания принадлежат проекту: позже их ничто не переводит.',
        options: {
          name: 'Название проекта (по умолчанию: имя файла)',
          language: 'Язык названий и описаний начальной кодовой книги: {{choices}} (по умолчанию: язык системы, иначе en)',
        },
      },
      qca: {
        summary: 'QCA на чётких множествах: таблица истинности и сложное, экономное и промежуточное решения',
        details: 'Указывайте --condition по разу на каждое условие, по порядку; решения называют условия так, как они записаны. Согласованность и покрытие считаются по кейсам.',
        options: {
          condition: 'Условие, по разу на каждое: код FRAMEWORK/CODE (у кейса есть сегмент с этим кодом) или проверка атрибута, например "Age >= 30"',
          outcome: 'Исход, записанный так же, как условие',
          group: 'Только кейсы этой группы',
          expect: 'Направленные ожидания для промежуточного решения, по одному на условие: present, absent или either (или 1, 0, -)',
          'include-candidates': 'Учитывать и кейсы-кандидаты (без этого — только отобранные)',
          'include-excluded': 'Учитывать и исключённые кейсы',
          'incl-cut': 'Порог согласованности, начиная с которого у строки есть исход (по умолчанию 1)',
          'n-cut': 'Наименьшее число кейсов, при котором строка считается наблюдаемой (по умолчанию 1)',
          negate: 'Анализировать отсутствие исхода',
          'r-csv': 'Также записать данные в CSV, который читает пакет QCA для R',
          json: 'Вывести весь анализ в JSON',
        },
      },
      restore: {
        summary: 'Перечислить резервные копии проекта или вернуть одну из них на его место',
        details: 'Приложение сохраняет снимок проекта, когда открывает его, и через каждые 10 минут правки — рядом с ним, в PROJECT.backups/. Перед восстановлением текущий файл сначала сохраняется как снимок; закройте проект в приложении, прежде чем восстанавливать.',
        options: {
          backup: 'Резервная копия для восстановления (см. список); --latest берёт самую новую',
          latest: 'Восстановить самую новую резервную копию',
          json: 'Вывести список резервных копий в JSON',
        },
      },
      salvage: {
        summary: 'Импортировать данные проекта, изменённого вне CaseCoder, в новый проект',
        details: 'Для проекта, который CaseCoder отказывается открывать, потому что его изменили вне CaseCoder. Его строки читаются из отдельной копии и проходят те же проверки, что при объединении; его собственные триггеры, представления и история отмены не переносятся. Новый проект — PROJECT (imported).casecoder рядом с ним; сам PROJECT никогда не меняется.',
        options: {
          json: 'Вывести в JSON то, что удалось перенести',
        },
      },
      search: {
        summary: 'Полнотекстовый поиск: каждое совпадение с кейсом, группой, документом, позицией и контекстом',
        details: 'QUERY: слова (в любой форме: бюрократии находит бюрократия), "точные фразы", префикс*, AND OR NOT (И ИЛИ НЕ), NEAR, NEAR/5, ( ). START и END — кодовые точки в документе. После совпадений в stderr перечислены найденные слова с числом совпадений, по убыванию (50, затем сколько ещё), и убранные.',
        options: {
          json: 'Вывести совпадения и их число в JSON',
          code: 'Только внутри сегментов, закодированных этим кодом',
          'leave-out': 'Найденное слово, совпадения которого убрать, написанное так же, как в списке найденных слов (полит* находит политес: --leave-out политес); по разу на каждое слово',
        },
      },
      segments: {
        summary: 'Перечислить закодированные сегменты, при желании — только кейса, группы, кода или кодировщика',
        options: {
          json: 'Вывести все подходящие сегменты в JSON, с полными цитатами',
          case: 'Только сегменты этого кейса',
          group: 'Только сегменты кейсов этой группы (с --case: группа этого кейса)',
          code: 'Только сегменты, закодированные этим кодом',
          coder: 'Только сегменты, закодированные этим кодировщиком',
          format: 'Вместо этого записать сегменты в файл: {{choices}} (вместе с --out)',
          out: 'Файл, в который записываются сегменты (заменяется, если уже есть; - — стандартный вывод)',
        },
      },
      select: {
        summary: 'Записать решение об отборе кейса: кандидат (candidate), отобран (selected) или исключён (excluded), с причиной',
        details: 'Прежние решения по кейсу остаются в его истории (casecoder selection PROJECT --json).',
        options: {
          case: 'Кейс, по названию',
          group: 'Его группа, если несколько кейсов носят это название',
          status: 'Новый статус: {{choices}}',
          reason: 'Почему (попадает в таблицу отбора)',
          criteria: 'Критерии, которым кейс соответствует, через запятую; новые добавляются в список критериев',
          coder: 'Кто принял решение (записывается вместе с решением)',
        },
      },
      selection: {
        summary: 'Показать журнал отбора кейсов: воронку, статус каждого кейса, причину и критерии',
        options: {
          json: 'Вывести весь журнал в JSON, с историей каждого решения',
          format: 'Вместо этого записать таблицу для раздела «Методы»: {{choices}} (вместе с --out)',
        },
      },
      summaries: {
        summary: 'Показать или записать резюме кейсов по схеме кодирования (кейсы × её коды) или задать одно резюме',
        details: 'Показываются только отобранные кейсы (см. casecoder selection).',
        options: {
          framework: 'Схема кодирования, коды которой образуют столбцы',
          json: 'Вывести сетку в JSON: число закодированных сегментов в каждой ячейке и написанные резюме',
          format: 'Вместо этого записать сетку как таблицу: {{choices}} (вместе с --out)',
          quotes: 'Добавить в таблицу закодированные сегменты, на которых основано каждое резюме',
          case: 'Задать резюме этого кейса (вместе с --code и --set)',
          group: 'Группа кейса, если несколько кейсов носят это название',
          code: 'Код резюме, которое нужно задать, по пути',
          set: 'Текст резюме',
          coder: 'Кто написал резюме',
        },
      },
      table: {
        summary: 'Построить сравнительную таблицу по кейсам и записать её в файл',
        details: 'Если --rows и --cols не указаны, берутся значения по умолчанию для каждой таблицы (для crosstab: строки — схема STEEPL, столбцы — схема\nвалентности). FRAMEWORK — название схемы в проекте; схемы валентности и STEEPL находятся и по английскому, русскому или казахскому\nназванию (Valence, Валентность, Валенттілік).',
        options: {
          kind: 'Какая таблица: {{choices}}',
          rows: 'Схема кодирования, коды которой образуют строки (crosstab, cooccurrence)',
          cols: 'Схема кодирования, коды которой образуют столбцы (case-matrix, crosstab, code-case)',
          group: 'Только кейсы этой группы',
          format: 'Формат файла: {{choices}}',
          out: 'Файл для записи (заменяется, если уже есть)',
          count: 'Что считать: {{choices}} (по умолчанию segments)',
          appendix: 'Добавить приложение со списком id сегментов за каждой ячейкой',
          'include-all-cases': 'Учитывать также кандидатов и исключённые кейсы, а не только отобранные',
        },
      },
      words: {
        summary: 'Частоты слов в проекте, группе, кейсе или в тексте, закодированном кодом',
        details: 'Стоп-слова (русские, казахские, английские, с изменениями самого проекта) не учитываются; SHARE — доля от всех слов.',
        options: {
          json: 'Вывести список в JSON',
          code: 'Только текст сегментов, закодированных этим кодом',
          stems: 'Считать формы слова вместе (бюрократия, бюрократии, …)',
          limit: 'Сколько слов (по умолчанию 100)',
        },
      },
    },
  },
  kk: {
    usage: 'Қолданылуы:',
    options: 'Параметрлер:',
    showHelp: 'Осы анықтаманы көрсету',
    overview: {
      commands: 'Пәрмендер:',
      more: 'Пәрменнің параметрлерін casecoder <command> --help көрсетеді. PROJECT — .casecoder файлы (кеңейтімін жазбауға болады).',
      coder: 'Кодтаушы аты: --coder, болмаса $CASECODER_CODER, болмаса қолданбада орнатылған ат (CASECODER_HOME берілсе, баптаулар $CASECODER_HOME ішінде).',
    },
    sharedOptions: {
      framework: 'Тек осы схеманың кодтары',
      coder: 'Кім кодтайды (әдепкі: $CASECODER_CODER, болмаса баптаулардағы ат)',
      case: 'Тек осы кейстің құжаттары',
      group: 'Тек осы топтағы кейстердің құжаттары',
      'no-group': 'Тек ешбір топқа кірмейтін кейстер',
      out: 'Кесте жазылатын файл (бар болса, ауыстырылады)',
      number: 'Кестенің журналдағыдай нөмірі («Кесте N.»): 3, 1.2, A1',
      title: 'Әдепкі тақырыптың орнына қойылатын тақырып',
      note: 'Кестенің астына жазылатын ескертпе',
      language: 'Жазулар мен ескертпелердің тілі: {{choices}} (берілмесе — LC_ALL немесе LANG бойынша жүйенің тілі)',
    },
    commands: {
      agreement: {
        summary: 'Әр код пен схема бойынша кодтаушылар келісімі: пайыз, Коэн каппасы, Криппендорф альфасы',
        details: 'Аталған кодтаушылардың бәрі кодтаған құжаттар ғана салыстырылады. Көрсеткіштер таңба бойынша (әр код нүктесі — бір бірлік) және үзінді бойынша (әр кодтаушының үзінділері қабаттасуы бойынша сәйкестендіріледі) беріледі; n/a 0/0 болатын көрсеткішті себебімен бірге белгілейді.',
        options: {
          coders: 'Салыстырылатын кодтаушылар: екі не одан көп ат, үтір арқылы',
          overlap: 'Ортақ ұзындық біріккен ұзындықтың кемінде осы үлесіне тең болса, үзінділер бір бірлік саналады (0-ден үлкен, 1-ден аспайды; әдепкі {{default}})',
          json: 'Бүкіл есепті барлық алшақтықтарымен бірге JSON түрінде шығару',
        },
      },
      autocode: {
        summary: 'Іздеудің әр сәйкестігін (не оның сөйлемін, абзацын) бір кодпен кодтау — болдырмауға болатын бір қадам ретінде',
        details: 'QUERY casecoder search пәрменіндегідей оқылады. START пен END — код нүктелері.',
        options: {
          code: 'Берілетін код',
          scope: 'Әр сәйкестіктің айналасынан нені кодтау керек (әдепкі: hit — сәйкестіктің өзі)',
          'dry-run': 'Кодталатын аралықтарды тек тізіп шығу',
          'leave-out': 'casecoder search тізетіндей жазылған табылған сөз: тек осындай сөздер бар үзінділер кодталмайды; әр сөзге бір рет',
        },
      },
      cases: {
        summary: 'Кейстерді топтарымен, құжаттары мен үзінділерінің санымен тізу',
        summaryWithSubcommands: 'Кейстерді топтарымен, құжаттары мен үзінділерінің санымен тізу (сондай-ақ: cases rename, cases move)',
        details: 'casecoder cases rename PROJECT ... және casecoder cases move PROJECT ... кейстің атын өзгертеді немесе оны басқа топқа ауыстырады.',
        options: {
          json: 'Кейстерді JSON түрінде шығару (groupId жанында groupName бар)',
        },
        rename: {
          summary: 'Кейстің атын өзгерту',
          options: {
            case: 'Кейстің аты',
            group: 'Кейстің тобы, басқа топтарда аттас кейстер болса',
            to: 'Жаңа аты (оның тобындағы басқа кейсте мұндай ат болмауы керек)',
          },
        },
        move: {
          summary: 'Кейсті басқа топқа ауыстыру',
          options: {
            case: 'Кейстің аты',
            group: 'Оның қазіргі тобы, басқа топтарда аттас кейстер болса',
            to: 'Кейс ауыстырылатын топ (жоқ болса, жасалады)',
            'no-group': 'Оның орнына кейсті топтан шығару',
          },
        },
      },
      code: {
        summary: 'Кейс құжаттарында дәйексөз кездесетін жалғыз орынды кодтау',
        details: 'Дәйексөз кейстің барлық құжаттарында дәл бір рет кездесуі керек; жиірек кездессе, ұзынырақ дәйексөз беріңіз.',
        options: {
          case: 'Кейстің аты',
          group: 'Кейстің тобы, басқа топтарда аттас кейстер болса',
          quote: 'Құжаттағыдай мәтін (жол соңдары есепке алынбайды)',
          code: 'Код жолы, мысалы STEEPL/Economic немесе FRAMEWORK/PARENT/CHILD',
        },
      },
      codes: {
        summary: 'Схемалар мен олардың кодтарын тізу, әр кодты басқа пәрмендер қабылдайтын жолымен',
        details: 'Код жолы — FRAMEWORK/CODE, ішкі код үшін FRAMEWORK/PARENT/CHILD.',
        options: {
          json: '{frameworks, codes} жинағын JSON түрінде шығару, әр кодты өз жолымен',
        },
      },
      compare: {
        summary: 'Топтарды (не атрибут мәндерін) салыстыру: әр код бойынша әр бөліктегі осы коды бар кейстердің үлесі',
        details: 'Үлестері ең көп ерекшеленетін кодтар алдымен шығады. Тек іріктелген кейстер саналады (casecoder selection қараңыз).',
        options: {
          by: 'Кейстерді топ бойынша (әдепкі) немесе осы атрибуттың мәндері бойынша бөлу',
          json: 'Салыстыруды JSON түрінде шығару: әр код бойынша әр бөліктегі осы коды бар кейстер және олардың үлесі',
          format: 'Оның орнына кесте ретінде жазу: {{choices}} (--out параметрімен бірге)',
        },
      },
      documents: {
        summary: 'Құжаттарды тізу: кейстері, топтары, ұзындықтары, бастапқы форматтары мен кодтамалары',
        details: 'CHARACTERS код нүктелерін санайды — CaseCoder сақтайтын және экспорттайтын барлық позициялардың бірлігі.',
        options: {
          case: 'Тек осы кейстің құжаттары',
          group: 'Тек осы топтағы кейстердің құжаттары (--case берілсе: топтағы сол аттас кейс)',
          json: 'Құжаттарды JSON түрінде шығару',
          'with-text': 'JSON-ға әр құжаттың мәтінін қосу (--json қоса қосылады)',
        },
      },
      export: {
        summary: 'Жобаны басқа бағдарламалар үшін экспорттау: REFI-QDA жобасы (.qdpx) немесе код кітабы (.qdc)',
        details: 'Схемалар жоғарғы деңгейдегі кодтар ретінде беріледі; топтар мен таңдау тізімдері — сипатталған айнымалылар ретінде, оларды басқа бағдарламалар мәтін ретінде көрсетеді.',
        options: {
          format: 'qdpx (бүкіл жоба) немесе qdc (код кітабы)',
          out: 'Жазылатын файл (бар болса, ауыстырылады)',
        },
      },
      import: {
        summary: 'Құжаттарды (мәтін, Markdown, HTML, Word, OpenDocument, RTF, PDF) кейске, кейстер кестелерін (әр жолда бір кейс) немесе REFI-QDA жобалары мен код кітаптарын импорттау',
        details: 'Әр .txt, .md, .html, .docx, .odt, .rtf немесе .pdf файлы кейстің бір құжатына айналады; кейс қолданбадағыдай таңдалады:\nкейстің атымен аталған файл (P1_interview.docx, P1 notes.pdf: алдымен кейс аты, содан кейін _, -, бос орын не нүкте) соған барады,\nқалғандары CASE кейсіне (жалғыз файл: CASE берілсе, соған); кейссіз қалған файл ештеңе жазылмай тұрып\nимпортты тоқтатады. --case-per-file берілсе, кейс атымен аталмаған әр файл өз атымен кейс жасайды. Мәтіндік файлдардың\nкодтамасы (UTF-8, UTF-16, Windows-1251, қазақ KZ-1048 және PT154, KOI8-R, Windows-1252...) анықталып, шығарылады; болжам болса, бұл белгіленеді.\nОқылмайтын файл stderr-ге хабарланады, қалғандары бәрібір импортталады (пәрмен сонда 1 күйімен аяқталады);\nмәтіні CASE құжаттарының арасында бұрыннан бар файл --allow-duplicates берілмесе, өткізіп жіберіледі.\nКейстер кестесінің (CSV не XLSX) ұяшықтары өз жолындағы кейстің құжаттарына айналады, әрқайсысы тұтасымен өз бағанының кодын алады,\nбірақ қысқа мәндер бағаны (қала, мамандық, жас) кейс атрибутын орнатады; өз кейсінің құжаттары арасында бұрыннан бар\nұяшықтар өткізіп жіберіледі. Атрибуттар кестесі кейс атрибуттарын орнатады (Group, Группа немесе Топ\nбағаны топты орнатады; түрлері өздігінен анықталады); сауалнама, оған қоса, әр мәтіндік бағанды респонденттің құжатына айналдырады.\n.qdpx, .qde немесе .qdc файлы (REFI-QDA, NVivo, ATLAS.ti, MAXQDA, QualCoder... бағдарламаларынан) өз дереккөздерін, кодтарын, кейстерін,\nайнымалыларын, кодталған үзінділері мен мемоларын әкеледі; көшірілмейтіні (PDF, суреттер, аудио, видео, графтар, сілтемелер) тізіліп шығады.',
        options: {
          'case-table': 'Әр FILE — кейстер кестесі: CSV, әр жолда бір кейс, әр бағанда бір дерек түрі',
          group: 'Кейстердің тобы (жоқ болса, жасалады); құжаттар тек оның кейстеріне сәйкестендіріледі',
          coder: 'Кейстер кестесі жасайтын кодтаулардың кодтаушысы (әдепкі: $CASECODER_CODER, болмаса баптаулардағы ат)',
          case: 'Құжаттар баратын кейс (жоқ болса, жасалады); бірнеше файлдың ішінде кейс атымен аталғандары сол кейске барады',
          'case-per-file': 'Әр құжатқа өз файлының атымен аталған жаңа кейс (P1_interview.docx P1 кейсін жасайды), егер сондай кейс болмаса',
          encoding: 'Мәтін, Markdown және HTML файлдарын кодтамасын анықтамай, осы кодтамада оқу (мысалы, koi8-r, windows-1252, KZ-1048 үшін rk1048, pt154)',
          'allow-duplicates': 'Мәтіні кейстің құжаттарында бұрыннан бар файлды екінші көшірме ретінде импорттау',
          attributes: 'Әр FILE — атрибуттар кестесі (CSV не XLSX): әр жолда бір кейс, алдымен оның аты, әр бағанда бір атрибут',
          survey: 'Әр FILE — сауалнама (CSV не XLSX): әр жолда бір респондент; --case-column және --text-columns керек',
          'case-column': 'Әр жолдың кейсін атайтын сауалнама бағаны',
          'text-columns': 'Жауаптары кейстің баған атымен аталған құжаттарына айналатын сауалнама бағандары',
          types: 'Өздігінен анықталғандардың орнына атрибут түрлері: text, number, date, boolean, choice немесе skip',
          'by-number': 'Кестеде әріптер мен нөмірмен аталған кейс (P1, E-4) — сол аты бар кейс болмаса, өз тобындағы нөмірімен аталған кейс (1, 4)',
          'map-group': 'Кесте тобын жобаның басқаша аталған тобына орналастырады (Programmers=Бағдарламашылар); бірнеше рет беруге болады',
        },
      },
      merge: {
        summary: 'Әріптестердің жобаларын осы жобаға біріктіру, әр кодтаушының кодтауларын сақтай отырып',
        details: 'OTHER — .casecoder жобасы немесе басқа бағдарламаның REFI-QDA пакеті (.qdpx, .qde). Әрқайсысы кезекпен, қолданбада болдырмауға болатын бір қадам ретінде біріктіріледі; олардың файлдары ешқашан өзгертілмейді.',
        options: {
          prefer: 'Қайшылықтарды қалай шешу керек (әдепкі: ours; мәтіні өзгеше құжат екі нұсқада да сақталады)',
          'dry-run': 'Біріктіру есебін шығарып, ештеңені өзгертпеу',
          json: 'Біріктіру есептерін JSON түрінде шығару',
        },
      },
      new: {
        summary: 'Валенттілік (Valence) және STEEPL схемалары бар жоба файлын жасау',
        details: 'PROJECT кеңейтімі жоқ болса, .casecoder кеңейтімін алады. Бар файл ешқашан қайта жазылмайды.\n--language берілмесе, код кітабы қолданба алғаш іске қосылғандағыдай жүйенің тілін ұстанады: LC_ALL, болмаса\nLC_MESSAGES, болмаса LANG (ru_RU.UTF-8 Валентность/Позитивное және STEEPL/Экономические береді), ол en, ru, kk\nтілдерінің ешқайсысы болмаса — ағылшын тілі. Кодтарды атымен атайтын скрипт --language беруі керек. Содан бастап\nатаулар жобаныкі: кейін оларды ештеңе аудармайды.',
        options: {
          name: 'Жобаның аты (әдепкі: файлдың аты)',
          language: 'Бастапқы код кітабындағы атаулар мен сипаттамалардың тілі: {{choices}} (әдепкі: жүйенің тілі, болмаса en)',
        },
      },
      qca: {
        summary: 'Анық жиындар QCA-сы: ақиқат кестесі және күрделі, үнемді, аралық шешімдер',
        details: '--condition параметрін әр шартқа бір рет, ретімен беріңіз; шешімдер оларды жазылғандай атайды. Сәйкестік пен қамту кейстер бойынша есептеледі.',
        options: {
          condition: 'Шарт, әрқайсысына бір рет: FRAMEWORK/CODE коды (кейсте осы кодпен кодталған үзінді бар) немесе "Age >= 30" сияқты атрибут тексерісі',
          outcome: 'Нәтиже, шарт сияқты жазылады',
          group: 'Тек осы топтың кейстері',
          expect: 'Аралық шешімге арналған бағытты күтулер, әр шартқа біреуден: present, absent немесе either (не 1, 0, -)',
          'include-candidates': 'Үміткер кейстерді де санау (берілмесе, тек іріктелген кейстер)',
          'include-excluded': 'Алынып тасталған кейстерді де санау',
          'incl-cut': 'Жолда нәтиже бар деп саналатын сәйкестік шегі (әдепкі 1)',
          'n-cut': 'Жол байқалған деп саналатын кейстердің ең аз саны (әдепкі 1)',
          negate: 'Нәтиженің болмауын талдау',
          'r-csv': 'Деректерді R-дің QCA пакеті оқитын CSV түрінде де жазу',
          json: 'Бүкіл талдауды JSON түрінде шығару',
        },
      },
      restore: {
        summary: 'Жобаның сақтық көшірмелерін тізу немесе біреуін орнына қайтару',
        details: 'Қолданба жобаны ашқанда және әр 10 минут өңдеу сайын оның суретін жанындағы PROJECT.backups/ қалтасына сақтайды. Қалпына келтірер алдында қазіргі файл алдымен сурет ретінде сақталады; қалпына келтірмес бұрын жобаны қолданбада жабыңыз.',
        options: {
          backup: 'Қалпына келтірілетін сақтық көшірме (тізімді қараңыз); --latest ең жаңасын алады',
          latest: 'Ең жаңа сақтық көшірмені қалпына келтіру',
          json: 'Сақтық көшірмелерді JSON түрінде тізу',
        },
      },
      salvage: {
        summary: 'CaseCoder-ден тыс өзгертілген жобаның деректерін жаңа жобаға импорттау',
        details: 'CaseCoder-ден тыс өзгертілгені үшін CaseCoder ашпайтын жобаға арналған. Оның жолдары жеке көшірмеден оқылып, біріктірудегідей тексерістерден өтеді; оның өз триггерлері, көріністері мен болдырмау тарихы көшірілмейді. Жаңа жоба — жанындағы PROJECT (imported).casecoder; PROJECT-тің өзі ешқашан өзгертілмейді.',
        options: {
          json: 'Көшірілгенді JSON түрінде шығару',
        },
      },
      search: {
        summary: 'Толық мәтінді іздеу: әр сәйкестік кейсімен, тобымен, құжатымен, орнымен және контекстімен',
        details: 'QUERY: сөздер (кез келген формада: бюрократии сөзі бюрократия сөзін табады), "нақты тіркестер", префикс*, AND OR NOT (И ИЛИ НЕ), NEAR, NEAR/5, ( ). START пен END — құжаттағы код нүктелері. Сәйкестіктерден кейін stderr-де табылған сөздер сәйкестік санымен, көбінен азына қарай (50, содан кейін тағы қаншасы бар), және алып тасталғандары тізіледі.',
        options: {
          json: 'Сәйкестіктер мен олардың санын JSON түрінде шығару',
          code: 'Тек осы кодпен кодталған үзінділердің ішінде',
          'leave-out': 'Сәйкестіктері алып тасталатын табылған сөз, табылған сөздер тізіміндегідей жазылады (полит* политес сөзін табады: --leave-out политес); әр сөзге бір рет',
        },
      },
      segments: {
        summary: 'Кодталған үзінділерді тізу, қаласаңыз тек бір кейстің, топтың, кодтың не кодтаушының үзінділерін',
        options: {
          json: 'Сәйкес келетін әр үзіндіні толық дәйексөздерімен бірге JSON түрінде шығару',
          case: 'Тек осы кейстің үзінділері',
          group: 'Тек осы топтағы кейстердің үзінділері (--case берілсе: сол кейстің тобы)',
          code: 'Тек осы кодпен кодталған үзінділер',
          coder: 'Тек осы кодтаушы кодтаған үзінділер',
          format: 'Оның орнына үзінділерді файлға жазу: {{choices}} (--out параметрімен бірге)',
          out: 'Үзінділер жазылатын файл (бар болса, ауыстырылады; - стандартты шығыс үшін)',
        },
      },
      select: {
        summary: 'Кейсті іріктеу туралы шешімді жазу: үміткер (candidate), іріктелген (selected) немесе алынып тасталған (excluded), себебімен',
        details: 'Кейс туралы бұрынғы шешімдер оның тарихында қалады (casecoder selection PROJECT --json).',
        options: {
          case: 'Кейс, аты бойынша',
          group: 'Оның тобы, бірнеше кейс аттас болса',
          status: 'Жаңа күй: {{choices}}',
          reason: 'Себебі (іріктеу кестесіне түседі)',
          criteria: 'Кейс сәйкес келетін критерийлер, үтір арқылы; жаңалары тізімге қосылады',
          coder: 'Кім шешті (шешіммен бірге жазылады)',
        },
      },
      selection: {
        summary: 'Кейстерді іріктеу журналын көрсету: воронка, әр кейстің күйі, себебі мен критерийлері',
        options: {
          json: 'Бүкіл журналды әр шешімнің тарихымен бірге JSON түрінде шығару',
          format: 'Оның орнына «Әдістер» бөліміне арналған кестені жазу: {{choices}} (--out параметрімен бірге)',
        },
      },
      summaries: {
        summary: 'Схема бойынша кейс түйіндемелерін (кейстер × оның кодтары) көрсету не жазу, немесе бір түйіндемені орнату',
        details: 'Тек іріктелген кейстер көрсетіледі (casecoder selection қараңыз).',
        options: {
          framework: 'Кодтары бағандарды құрайтын схема',
          json: 'Торды JSON түрінде шығару: әр ұяшықтағы кодталған үзінділер саны және жазылған түйіндемелер',
          format: 'Оның орнына торды кесте ретінде жазу: {{choices}} (--out параметрімен бірге)',
          quotes: 'Әр түйіндеменің артындағы кодталған үзінділерді кестеге қосу',
          case: 'Осы кейстің түйіндемесін орнату (--code және --set параметрлерімен бірге)',
          group: 'Кейстің тобы, бірнеше кейс аттас болса',
          code: 'Орнатылатын түйіндеменің коды, жолы бойынша',
          set: 'Түйіндеменің мәтіні',
          coder: 'Түйіндемені кім жазды',
        },
      },
      table: {
        summary: 'Кейстерді салыстыратын кесте құрып, оны файлға жазу',
        details: '--rows пен --cols берілмесе, әр кестенің әдепкі мәндері алынады (crosstab үшін: жолдар — STEEPL схемасы, бағандар — валенттілік\nсхемасы). FRAMEWORK — схеманың жобадағы атауы; валенттілік пен STEEPL схемаларын ағылшынша, орысша немесе қазақша атауымен де\nтабуға болады (Valence, Валентность, Валенттілік).',
        options: {
          kind: 'Қай кесте: {{choices}}',
          rows: 'Кодтары жолдарды құрайтын схема (crosstab, cooccurrence)',
          cols: 'Кодтары бағандарды құрайтын схема (case-matrix, crosstab, code-case)',
          group: 'Тек осы топтың кейстері',
          format: 'Файл форматы: {{choices}}',
          out: 'Жазылатын файл (бар болса, ауыстырылады)',
          count: 'Нені санау: {{choices}} (әдепкі segments)',
          appendix: 'Әр ұяшықтың артындағы үзінділердің id тізімі бар қосымша қосу',
          'include-all-cases': 'Тек іріктелгендерді емес, үміткер және алынып тасталған кейстерді де санау',
        },
      },
      words: {
        summary: 'Жобадағы, топтағы, кейстегі немесе кодпен кодталған мәтіндегі сөз жиіліктері',
        details: 'Тоқтау сөздер (орысша, қазақша, ағылшынша, жобаның өз өзгерістерімен) есепке алынбайды; SHARE — барлық сөздердің ішіндегі үлес.',
        options: {
          json: 'Тізімді JSON түрінде шығару',
          code: 'Тек осы кодпен кодталған үзінділердің мәтіні',
          stems: 'Сөз формаларын бірге санау (бюрократия, бюрократии, …)',
          limit: 'Қанша сөз (әдепкі 100)',
        },
      },
    },
  },
} satisfies FeatureStrings;

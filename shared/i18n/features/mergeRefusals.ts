/**
 * The merge report's list of a teammate's rows that were not merged because they break a rule.
 * (The file is not named merge.ts: "merge" is a core key of en.ts.)
 */
import type { FeatureStrings } from '../bundle.js';

export default {
  en: {
    title_one: '{{count, number}} item will not be merged',
    title_other: '{{count, number}} items will not be merged',
    line: '{{what}}: {{count, number}} — {{reason}}',
    exampleField: '{{row}}: {{field}}',
    exampleValue: '{{row}}: {{field}} «{{value}}»',
    exampleLength: '{{row}} ({{field}} {{value, number}})',
    fields: {
      type: 'type', choices: 'choices', exclusive: 'exclusive', description: 'description', text: 'text',
      documentLength: 'document length', quote: 'quote', colour: 'colour', target: 'linked to', memberKind: 'kind of member',
      status: 'status', reason: 'reason', criteria: 'criteria met', createdAt: 'date',
    },
    tables: {
      coder: 'Coders', case_group: 'Groups', attribute: 'Attributes', case_attribute: 'Attribute values', framework: 'Frameworks',
      code: 'Codes', case_: 'Cases', document: 'Documents', segment: 'Segments', coding: 'Codings', memo: 'Memos',
      memo_link: 'Memo links', code_set: 'Sets', set_member: 'Set members',
      selection_criterion: 'Selection criteria', case_decision: 'Selection decisions', case_summary: 'Case summaries',
    },
    reasons: {
      badName: 'the name is empty or longer than 500 characters',
      badJson: 'the stored list is not valid JSON',
      badValue: 'a value does not fit its type',
      spanOutside: 'the span lies outside its document',
      quoteMismatch: 'the quoted text is not the text the span covers',
      codeCycle: 'the codes are each other\'s parents (a cycle)', codeTooDeep: 'the code is nested deeper than {{limit, number}} levels',
      codeOrphan: 'the parent code is missing or in another framework',
      unknownCoder: 'the coder is not in the file',
      refusedParent: 'what it belongs to was not merged',
    },
  },
  ru: {
    title_one: '{{count, number}} объект не будет перенесён',
    title_few: '{{count, number}} объекта не будут перенесены',
    title_many: '{{count, number}} объектов не будут перенесены',
    title_other: '{{count, number}} объекта не будут перенесены',
    line: '{{what}}: {{count, number}} — {{reason}}',
    exampleField: '{{row}}: {{field}}',
    exampleValue: '{{row}}: {{field}} «{{value}}»',
    exampleLength: '{{row}} ({{field}} {{value, number}})',
    fields: {
      type: 'тип', choices: 'варианты', exclusive: 'взаимоисключающая', description: 'описание', text: 'текст',
      documentLength: 'длина документа', quote: 'цитата', colour: 'цвет', target: 'связано с', memberKind: 'вид элемента',
      status: 'статус', reason: 'причина', criteria: 'выполненные критерии', createdAt: 'дата',
    },
    tables: {
      coder: 'Кодировщики', case_group: 'Группы', attribute: 'Атрибуты', case_attribute: 'Значения атрибутов', framework: 'Схемы кодирования',
      code: 'Коды', case_: 'Кейсы', document: 'Документы', segment: 'Сегменты', coding: 'Кодирования', memo: 'Мемо',
      memo_link: 'Связи мемо', code_set: 'Наборы', set_member: 'Элементы наборов',
      selection_criterion: 'Критерии отбора', case_decision: 'Решения об отборе', case_summary: 'Резюме кейсов',
    },
    reasons: {
      badName: 'название пустое или длиннее 500 символов',
      badJson: 'сохранённый список — не корректный JSON',
      badValue: 'значение не подходит к своему типу',
      spanOutside: 'фрагмент выходит за пределы документа',
      quoteMismatch: 'цитата не совпадает с текстом фрагмента',
      codeCycle: 'коды являются родителями друг друга (цикл)', codeTooDeep: 'код вложен глубже {{limit, number}} уровней',
      codeOrphan: 'родительского кода нет или он в другой схеме кодирования',
      unknownCoder: 'кодировщика нет в файле',
      refusedParent: 'то, к чему они относятся, не объединено',
    },
  },
  kk: {
    title_one: '{{count, number}} нысан біріктірілмейді',
    title_other: '{{count, number}} нысан біріктірілмейді',
    line: '{{what}}: {{count, number}} — {{reason}}',
    exampleField: '{{row}}: {{field}}',
    exampleValue: '{{row}}: {{field}} «{{value}}»',
    exampleLength: '{{row}} ({{field}} {{value, number}})',
    fields: {
      type: 'түрі', choices: 'нұсқалар', exclusive: 'үйлеспейтін', description: 'сипаттамасы', text: 'мәтін',
      documentLength: 'құжат ұзындығы', quote: 'дәйексөз', colour: 'түсі', target: 'байланысқан нысан', memberKind: 'мүше түрі',
      status: 'мәртебе', reason: 'себеп', criteria: 'орындалған өлшемдер', createdAt: 'күні',
    },
    tables: {
      coder: 'Кодтаушылар', case_group: 'Топтар', attribute: 'Атрибуттар', case_attribute: 'Атрибут мәндері', framework: 'Кодтау схемалары',
      code: 'Кодтар', case_: 'Кейстер', document: 'Құжаттар', segment: 'Үзінділер', coding: 'Кодтаулар', memo: 'Мемолар',
      memo_link: 'Мемо байланыстары', code_set: 'Жиындар', set_member: 'Жиын мүшелері',
      selection_criterion: 'Іріктеу критерийлері', case_decision: 'Іріктеу шешімдері', case_summary: 'Кейс түйіндемелері',
    },
    reasons: {
      badName: 'атауы бос немесе 500 таңбадан ұзын',
      badJson: 'сақталған тізім дұрыс JSON емес',
      badValue: 'мән өз түріне сай емес',
      spanOutside: 'үзінді құжаттан тыс жатыр',
      quoteMismatch: 'дәйексөз үзінді мәтініне сай емес',
      codeCycle: 'кодтар бір-бірінің аталық коды (цикл)', codeTooDeep: 'код {{limit, number}} деңгейден тереңірек кірістірілген',
      codeOrphan: 'аталық код жоқ немесе басқа кодтау схемасында',
      unknownCoder: 'кодтаушы файлда жоқ',
      refusedParent: 'тиесілі нысаны біріктірілмеді',
    },
  },
} satisfies FeatureStrings;

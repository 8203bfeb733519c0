/**
 * Why a file was refused, in the reader's language: a service error whose parameters carry `why`
 * has its `reason` said from here (errorText in ../index.ts), with any `kind` named from `kinds`.
 * The REFI-QDA import names these (shared/refi-report.ts, RefiRefusalReason), and the open
 * check the data it refuses in a project file (main/db/row-probes.ts, RowProblem). A parser's own
 * words (`detail`) stay as it wrote them, in English, for whoever repairs the file.
 */
import type { FeatureStrings } from '../bundle.js';

export default {
  en: {
    doctype: 'it declares a DOCTYPE, which REFI-QDA files never need',
    noRoot: 'it has no root element',
    syntax: 'its XML is broken at line {{line}}, column {{column}} ({{detail}})',
    tooManyElements: 'it has more elements than the limit ({{limit, number}})',
    tooDeep: 'its elements are nested deeper than the limit ({{limit, number}})',
    encoding: 'it is written in the encoding {{encoding}}; REFI-QDA XML is UTF-8',
    namespace: 'its root element is not in a urn:QDA-XML namespace',
    root: 'its root element is <{{element}}>, not <Project> or <CodeBook>',
    afterSources: '<{{element}}> comes after <Sources>; REFI-QDA lists it before them',
    missingAttribute: 'an element <{{element}}> has no {{attribute}}',
    invalidAttribute: 'an element <{{element}}> has an invalid {{attribute}} "{{value}}"',
    variableType: 'the variable "{{name}}" has an unknown type {{type}}',
    valueWithoutVariable: 'a <VariableValue> has no <VariableRef>',
    codingWithoutCode: 'a <Coding> has no <CodeRef>',
    selectionPosition: 'the selection {{guid}} has {{attribute}} "{{value}}", which is not a number',
    sharedGuid: 'two objects ({{kind}}) share the GUID {{guid}}',
    danglingReference: 'it refers to an object ({{kind}}) {{guid}} that it does not define',
    codeCycle: "its codes are each other's parents", codeTooDeep: 'its codes are nested deeper than {{limit, number}} levels',
    documentTooLong: 'a document in it is longer than {{limit, number}} characters',
    unwrittenValue: 'its table {{table}} holds a value of a type or form CaseCoder never writes',
    kinds: {
      code: 'code', variable: 'variable', case: 'case', source: 'source', selection: 'selection', note: 'memo', set: 'set',
      coding: 'coding', user: 'user', object: 'any kind',
    },
  },
  ru: {
    doctype: 'в нём объявлен DOCTYPE, а файлам REFI-QDA он не нужен',
    noRoot: 'в нём нет корневого элемента',
    syntax: 'разметка XML нарушена в строке {{line}}, позиция {{column}} ({{detail}})',
    tooManyElements: 'элементов в нём больше предела ({{limit, number}})',
    tooDeep: 'элементы вложены глубже предела ({{limit, number}})',
    encoding: 'он записан в кодировке {{encoding}}, а XML REFI-QDA пишется в UTF-8',
    namespace: 'его корневой элемент не из пространства имён urn:QDA-XML',
    root: 'его корневой элемент — <{{element}}>, а не <Project> или <CodeBook>',
    afterSources: '<{{element}}> идёт после <Sources>, а в REFI-QDA он стоит перед ними',
    missingAttribute: 'у элемента <{{element}}> нет {{attribute}}',
    invalidAttribute: 'у элемента <{{element}}> недопустимое значение {{attribute}}: «{{value}}»',
    variableType: 'у переменной «{{name}}» неизвестный тип {{type}}',
    valueWithoutVariable: 'у <VariableValue> нет <VariableRef>',
    codingWithoutCode: 'у <Coding> нет <CodeRef>',
    selectionPosition: 'у выделения {{guid}} значение {{attribute}} «{{value}}» — не число',
    sharedGuid: 'у двух объектов (вид: {{kind}}) один GUID {{guid}}',
    danglingReference: 'в нём есть ссылка на объект (вид: {{kind}}) {{guid}}, которого в файле нет',
    codeCycle: 'его коды являются родителями друг друга', codeTooDeep: 'его коды вложены глубже {{limit, number}} уровней',
    documentTooLong: 'в нём есть документ длиннее {{limit, number}} символов',
    unwrittenValue: 'в его таблице {{table}} есть значение такого типа или вида, какого CaseCoder не записывает',
    kinds: {
      code: 'код', variable: 'переменная', case: 'кейс', source: 'источник', selection: 'выделение', note: 'мемо', set: 'набор',
      coding: 'кодирование', user: 'пользователь', object: 'любой',
    },
  },
  kk: {
    doctype: 'онда DOCTYPE жарияланған, ал REFI-QDA файлдарына ол керек емес',
    noRoot: 'онда түбір элемент жоқ',
    syntax: 'XML белгіленуі бұзылған: {{line}}-жол, {{column}}-позиция ({{detail}})',
    tooManyElements: 'элементтер саны шектен асады ({{limit, number}})',
    tooDeep: 'элементтердің кірістірілу тереңдігі шектен асады ({{limit, number}})',
    encoding: 'ол {{encoding}} кодтамасында жазылған, ал REFI-QDA XML UTF-8 кодтамасында болады',
    namespace: 'оның түбір элементі urn:QDA-XML атаулар кеңістігінде емес',
    root: 'оның түбір элементі <Project> немесе <CodeBook> емес, <{{element}}>',
    afterSources: '<{{element}}> элементі <Sources> элементінен кейін тұр, ал REFI-QDA-да ол одан бұрын болады',
    missingAttribute: '<{{element}}> элементінде {{attribute}} жоқ',
    invalidAttribute: '<{{element}}> элементіндегі {{attribute}} мәні жарамсыз: «{{value}}»',
    variableType: '«{{name}}» айнымалысының түрі белгісіз: {{type}}',
    valueWithoutVariable: '<VariableValue> элементінде <VariableRef> жоқ',
    codingWithoutCode: '<Coding> элементінде <CodeRef> жоқ',
    selectionPosition: '{{guid}} белгілеуіндегі {{attribute}} мәні «{{value}}» — сан емес',
    sharedGuid: 'екі нысанның (түрі: {{kind}}) GUID-і бірдей: {{guid}}',
    danglingReference: 'онда файлда жоқ нысанға (түрі: {{kind}}) сілтеме бар: {{guid}}',
    codeCycle: 'оның кодтары бір-бірінің аталық коды', codeTooDeep: 'оның кодтары {{limit, number}} деңгейден тереңірек кірістірілген',
    documentTooLong: 'ондағы бір құжат {{limit, number}} таңбадан ұзын',
    unwrittenValue: 'оның {{table}} кестесінде CaseCoder ешқашан жазбайтын түрдегі не пішіндегі мән бар',
    kinds: {
      code: 'код', variable: 'айнымалы', case: 'кейс', source: 'дереккөз', selection: 'белгілеу', note: 'мемо', set: 'жиын',
      coding: 'кодтау', user: 'пайдаланушы', object: 'кез келген',
    },
  },
} satisfies FeatureStrings;

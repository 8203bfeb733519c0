/**
 * Writing a memo, new or again (renderer/src/memo-dialog.ts): a segment's memos opened from its
 * mark, the coding menu, its card or the segment list, and a memo emptied to delete it. A
 * coding (a code one coder applied to a segment) has memos too, as REFI-QDA packages carry them,
 * written from the menus (the text's, the segment list row's) and after its code.
 */
import type { FeatureStrings } from '../bundle.js';

export default {
  en: {
    segmentTitle: 'Memo on this segment',
    segmentListTitle: 'Memos on this segment',
    mark: 'Memos on this segment: {{count, number}}',
    codingMark: 'Memos on the coding {{code}}: {{count, number}}',
    codingTitle: 'Memos on the coding {{code}}',
    segmentPanel: 'On the segment',
    codingPanel: 'On the code {{code}} ({{coder}})',
    codingNoteTitle: 'Memo on the coding {{code}} ({{coder}})',
    /** After a code whose coding has no memo yet (the list under the document, the segment's card). */
    writeCodingNote: 'Write a memo on the coding {{code}} ({{coder}})',
    /** An item of the text's coding menu and of the segment list row's menu. */
    codingNoteItem: 'Memo on the coding {{code}} ({{coder}})…',
    segmentItem: 'Memo on the segment…',
    rowMenu: 'Memos of the segment',
    /** What a memo in the document's Memos tab is on, under its passage. */
    onCoding: 'On the coding {{code}} ({{coder}})',
    clearToDelete: 'Clear the text to delete the memo (Ctrl+Z brings it back).',
    deleted: 'Memo deleted.',
    saved: 'Memo saved',
  },
  ru: {
    segmentTitle: 'Мемо к этому сегменту',
    segmentListTitle: 'Все мемо к этому сегменту',
    mark: 'Мемо к сегменту: {{count, number}}',
    codingMark: 'Мемо к кодированию «{{code}}»: {{count, number}}',
    codingTitle: 'Мемо к кодированию «{{code}}»',
    segmentPanel: 'К сегменту',
    codingPanel: 'К коду «{{code}}» ({{coder}})',
    codingNoteTitle: 'Мемо к кодированию «{{code}}» ({{coder}})',
    writeCodingNote: 'Написать мемо к кодированию «{{code}}» ({{coder}})',
    codingNoteItem: 'Мемо к кодированию «{{code}}» ({{coder}})…',
    segmentItem: 'Мемо к сегменту…',
    rowMenu: 'Мемо сегмента',
    onCoding: 'К кодированию «{{code}}» ({{coder}})',
    clearToDelete: 'Сотрите текст, чтобы удалить мемо (Ctrl+Z вернёт его).',
    deleted: 'Мемо удалено.',
    saved: 'Мемо сохранено',
  },
  kk: {
    segmentTitle: 'Осы үзіндіге мемо',
    segmentListTitle: 'Осы үзіндіге мемолар',
    mark: 'Үзіндідегі мемолар: {{count, number}}',
    codingMark: '«{{code}}» кодтауындағы мемолар: {{count, number}}',
    codingTitle: '«{{code}}» кодтауына мемолар',
    segmentPanel: 'Үзіндіге',
    codingPanel: '«{{code}}» кодына ({{coder}})',
    codingNoteTitle: '«{{code}}» кодтауына мемо ({{coder}})',
    writeCodingNote: '«{{code}}» кодтауына мемо жазу ({{coder}})',
    codingNoteItem: '«{{code}}» кодтауына мемо ({{coder}})…',
    segmentItem: 'Үзіндіге мемо…',
    rowMenu: 'Үзіндінің мемолары',
    onCoding: '«{{code}}» кодтауына ({{coder}})',
    clearToDelete: 'Мемоны жою үшін мәтінін өшіріңіз (Ctrl+Z оны қайтарады).',
    deleted: 'Мемо жойылды.',
    saved: 'Мемо сақталды',
  },
} satisfies FeatureStrings;

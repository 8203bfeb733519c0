/**
 * Writing a memo, new or again (renderer/src/memo-dialog.ts): a segment's memos opened from its
 * mark, the coding menu, its card or the segment list, and a memo emptied to delete it.
 */
import type { FeatureStrings } from '../bundle.js';

export default {
  en: {
    segmentTitle: 'Memo on this segment',
    segmentListTitle: 'Memos on this segment',
    mark: 'Memos on this segment: {{count, number}}',
    clearToDelete: 'Clear the text to delete the memo (Ctrl+Z brings it back).',
    deleted: 'Memo deleted.',
  },
  ru: {
    segmentTitle: 'Мемо к этому сегменту',
    segmentListTitle: 'Все мемо к этому сегменту',
    mark: 'Мемо к сегменту: {{count, number}}',
    clearToDelete: 'Сотрите текст, чтобы удалить мемо (Ctrl+Z вернёт его).',
    deleted: 'Мемо удалено.',
  },
  kk: {
    segmentTitle: 'Осы үзіндіге мемо',
    segmentListTitle: 'Осы үзіндіге мемолар',
    mark: 'Үзіндідегі мемолар: {{count, number}}',
    clearToDelete: 'Мемоны жою үшін мәтінін өшіріңіз (Ctrl+Z оны қайтарады).',
    deleted: 'Мемо жойылды.',
  },
} satisfies FeatureStrings;

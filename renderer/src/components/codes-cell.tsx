/**
 * The segment table's codes cell: a segment's codes, each followed by its coders where they
 * differ on the segment (shared/codes-by-coder.ts), quieter than the codes, and by a memo mark
 * where a coding of it has memos (REFI-QDA packages carry them); where the coder's column is
 * folded into the codes' (segment-row-lines.ts, rowLayout), then the segment's coders, quiet too;
 * and the widths of the cell's pieces of text, which its column and the rows' lines are fitted to.
 */
import type { ListedSegmentRow, NotedCoding } from '../../../shared/entities.js';
import { codersAfterCode, codesOfSegment } from '../../../shared/codes-by-coder.js';
import { t } from '../i18n/index.js';
import { textPieces, type Piece } from '../wrapped-width.js';
import { MemoMark } from './memo-mark.js';

/** A memo mark after a code: its least width and its margin (styles.css, .memo-mark.on-code). */
const CODE_MARK_PX = 20;

type Row = Pick<ListedSegmentRow, 'codedBy' | 'coders' | 'notedCodings'>;

/**
 * The segment's coders after its codes, apart as the column heads are («Коды · Кодировщик»); the
 * dot kept with the first coder, so no line ends on it.
 */
export const codersAfterCodes = (row: Pick<Row, 'coders'>) => ` ·\u00a0${row.coders.join(', ')}`;

/** The codings of each code that have memos, by code (a code two coders applied may have memos on each one's coding). */
function notedByCode(row: Row): Map<string, NotedCoding[]> {
  const byCode = new Map<string, NotedCoding[]>();
  for (const coding of row.notedCodings) byCode.set(coding.code, [...(byCode.get(coding.code) ?? []), coding]);
  return byCode;
}

/** Without `onMemo` (a picture of the cell, segment-row-peek.tsx), no memo marks; with `withCoders`, the segment's coders after the codes. */
export function CodesCell({ row, onMemo, withCoders = false }: { row: Row; onMemo?(codings: readonly NotedCoding[]): void; withCoders?: boolean }) {
  const noted = notedByCode(row);
  const codes = codesOfSegment(row).map(({ code, coders }, i) => {
    const codings = noted.get(code);
    const count = codings?.reduce((sum, coding) => sum + coding.memoCount, 0) ?? 0;
    return (
      <span key={code}>
        {i > 0 && ', '}{code}{coders && <span className="coded-by">{codersAfterCode(coders)}</span>}
        {codings && onMemo && (
          // Out of the tab order as the segment's mark is: the row's menu key lists these memos with the segment's.
          <MemoMark
            className="on-code" count={count} tabbable={false} onOpen={() => onMemo(codings)}
            label={t('memoDialogs.codingMark', { code, count })} tip={codings[0]!.firstText}
          />
        )}
      </span>
    );
  });
  return withCoders ? <>{codes}<span className="coded-by folded-coders" data-user-data="coder">{codersAfterCodes(row)}</span></> : codes;
}

/**
 * The cell's pieces as it breaks them into lines (wrapped-width.ts): a code's coders and its
 * comma go with its last word, and so does its mark; `withCoders`, the segment's coders after.
 */
export function codesCellPieces(row: Row, px: (text: string) => number, withCoders = false): Piece[] {
  const noted = notedByCode(row);
  const codes = codesOfSegment(row);
  const pieces = codes.flatMap(({ code, coders }, i) => {
    const pieces = textPieces(`${code}${coders ? codersAfterCode(coders) : ''}${i < codes.length - 1 ? ',' : ''}`, px);
    const last = pieces[pieces.length - 1];
    if (last && noted.has(code)) last.px += CODE_MARK_PX;
    return pieces;
  });
  return withCoders ? [...pieces, ...textPieces(codersAfterCodes(row), px)] : pieces;
}

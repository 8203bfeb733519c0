import { describe, expect, it } from 'vitest';
import { snapToGraphemes } from '../../../shared/offsets.js';
import { snapSelection } from '../../../renderer/src/text-selection.js';

describe('snapSelection', () => {
  // Family emoji (a ZWJ sequence), a flag, e + combining acute, CR LF, Kazakh and Russian letters.
  const text = 'Бірінші жол 👨‍👩‍👧 x\r\nсecond 🇰🇿 line é\nтретья строка 👍🏽 end\n\nlast';

  it('snaps exactly as over the whole text, for every selection in it', () => {
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        expect(snapSelection(text, start, end)).toEqual(snapToGraphemes(text, start, end));
      }
    }
  });

  it('widens a selection that cuts a cluster on a later line', () => {
    const inside = text.indexOf('👍') + 1;
    expect(snapSelection(text, inside, inside + 1)).toEqual([inside - 1, inside + 3]);
  });
});

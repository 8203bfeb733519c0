import { describe, expect, it } from 'vitest';
import { snapToGraphemes } from '../../../shared/offsets.js';
import { snapSelection, trimSelection } from '../../../renderer/src/text-selection.js';

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

describe('trimSelection', () => {
  const text = 'Да. \u00a0Но интернет\tмедленный. \r\n\r\nДальше';

  it('leaves out the spaces, tabs and line breaks at the ends of a selection, never those inside', () => {
    const word = text.indexOf('Но');
    expect(trimSelection(text, word - 2, text.indexOf('.', word) + 3)).toEqual([word, text.indexOf('.', word) + 1]);
    expect(trimSelection(text, word, text.indexOf('медленный') + 9)).toEqual([word, text.indexOf('медленный') + 9]);
    expect(trimSelection(text, text.indexOf('\r'), text.length)).toEqual([text.indexOf('Дальше'), text.length]);
  });

  it('makes a selection of white space only empty', () => {
    const [start, end] = trimSelection(text, 3, 5);
    expect(start).toBe(end);
  });
});

import { describe, expect, it } from 'vitest';
import { parseCaseTest, passes } from '../../../shared/method/case-tests.js';

describe('conditions written as codes or attribute tests', () => {
  it('reads a code path, and attribute tests with typed or ASCII operators', () => {
    expect(parseCaseTest(' Valence/Negative ')).toEqual({ kind: 'code', path: 'Valence/Negative' });
    expect(parseCaseTest('Age ≥ 30')).toEqual({ kind: 'attribute', attribute: 'Age', op: '>=', value: '30' });
    expect(parseCaseTest('Age>=30')).toEqual({ kind: 'attribute', attribute: 'Age', op: '>=', value: '30' });
    expect(parseCaseTest('City = Almaty')).toEqual({ kind: 'attribute', attribute: 'City', op: '=', value: 'Almaty' });
    expect(parseCaseTest('City ≠ Almaty')).toMatchObject({ op: '!=' });
    expect(parseCaseTest('Years in firm < 2')).toEqual({ kind: 'attribute', attribute: 'Years in firm', op: '<', value: '2' });
  });

  it('compares numbers as numbers, text without regard to case, and yes/no as booleans', () => {
    expect(passes(30, '>=', '30')).toBe(true);
    expect(passes(9, '>=', '30')).toBe(false);
    // As text "9" > "30"; as numbers it is not.
    expect(passes('9', '>', '30')).toBe(false);
    expect(passes('almaty', '=', 'Almaty')).toBe(true);
    expect(passes('2021-05-01', '<', '2022-01-01')).toBe(true);
    expect(passes(true, '=', 'yes')).toBe(true);
    expect(passes(false, '=', 'yes')).toBe(false);
  });

  it('passes no test for a case without a value, not even "!="', () => {
    expect(passes(undefined, '!=', 'Almaty')).toBe(false);
    expect(passes(undefined, '<', '30')).toBe(false);
  });
});

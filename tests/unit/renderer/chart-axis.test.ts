/**
 * Code names under a bar chart (renderer/src/chart-axis.ts): level while they fit their bars,
 * turned with room below and to the left when they would run together, and cut when very long.
 */
import { describe, expect, it } from 'vitest';
import { codeAxis } from '../../../renderer/src/chart-axis.js';

describe('the code axis of a bar chart', () => {
  it('stays level, at recharts\' own sizes, while the names fit their bars (STEEPL in 560 px)', () => {
    const { chart, axis } = codeAxis(['Sociocultural', 'Technological', 'Economic', 'Environmental', 'Political', 'Legal'], 560, 300);
    expect(chart).toEqual({ width: 560, height: 300, margin: { top: 5, right: 5, bottom: 5, left: 5 } });
    expect(axis).not.toHaveProperty('angle');
    expect(axis.height).toBe(30);
  });

  it('turns names that would run together, and makes room for them, the plot keeping its height', () => {
    const names = Array.from({ length: 15 }, (_, i) => `Визы и документы ${i + 1}`);
    const { chart, axis } = codeAxis(names, 15 * 60, 300);
    expect(axis).toMatchObject({ angle: -35, textAnchor: 'end', interval: 0 });
    expect(axis.height).toBeGreaterThan(60);
    expect(chart.height - axis.height).toBe(300 - 30);
    expect(chart.margin.left).toBeGreaterThan(5);
  });

  it('cuts a name past 28 letters, counting letters, not UTF-16 units', () => {
    const { axis } = codeAxis(['x'], 560, 300);
    expect(axis.tickFormatter('Социокультурные изменения в семье мигранта')).toBe('Социокультурные изменения в…');
    expect([...axis.tickFormatter('😀'.repeat(40))]).toHaveLength(28);
    expect(axis.tickFormatter('Семья 65')).toBe('Семья 65');
  });
});

/**
 * Code names under a bar chart (renderer/src/chart-axis.ts): level while they fit their bars,
 * turned with room below and to the left when they would run together, and cut when very long.
 */
import { describe, expect, it } from 'vitest';
import { codeAxis } from '../../../renderer/src/chart-axis.js';

describe('the code axis of a bar chart', () => {
  it('stays level, at recharts\' own sizes and a line for the axis label, while the names fit their bars with room between (STEEPL in 620 px)', () => {
    const { chart, axis } = codeAxis(['Sociocultural', 'Technological', 'Economic', 'Environmental', 'Political', 'Legal'], 620, 300);
    expect(chart).toEqual({ width: 620, height: 318, margin: { top: 12, right: 5, bottom: 5, left: 5 } });
    expect(axis).not.toHaveProperty('angle');
    expect(axis.height).toBe(30 + 18);
  });

  it('turns names that would run together, and makes room for them, the plot keeping its height', () => {
    const names = Array.from({ length: 15 }, (_, i) => `Визы и документы ${i + 1}`);
    const { chart, axis } = codeAxis(names, 15 * 60, 300);
    expect(axis).toMatchObject({ angle: -35, textAnchor: 'end', interval: 0 });
    expect(axis.height).toBeGreaterThan(60);
    expect(chart.height - axis.height).toBe(300 - 30);
    expect(chart.margin.left).toBeGreaterThan(5);
  });

  it('turns names by their width as drawn: Russian STEEPL at 12 px ran together in 670 px', () => {
    const names = ['Социокультурные', 'Технологические', 'Экономические', 'Экологические', 'Политические', 'Правовые'];
    // Drawn, «Социокультурные» takes 105 of its bar's 112 px: too close to the next to read apart.
    const drawn = (name: string) => [...name].length * 7;
    expect(codeAxis(names, 670, 300, drawn).axis).toMatchObject({ angle: -35 });
    expect(codeAxis(names, 1000, 300, drawn).axis).not.toHaveProperty('angle');
  });

  it('cuts a name past 28 letters, counting letters, not UTF-16 units', () => {
    const { axis } = codeAxis(['x'], 560, 300);
    expect(axis.tickFormatter('Социокультурные изменения в семье мигранта')).toBe('Социокультурные изменения в…');
    expect([...axis.tickFormatter('😀'.repeat(40))]).toHaveLength(28);
    expect(axis.tickFormatter('Семья 65')).toBe('Семья 65');
  });
});

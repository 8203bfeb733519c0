/** How wide a text is drawn in a font, measured as the browser draws it (a canvas of its own). */
let canvas: CanvasRenderingContext2D | null | undefined;

export function textPx(text: string, font: string): number {
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas) return 0;
  if (canvas.font !== font) canvas.font = font;
  return canvas.measureText(text).width;
}

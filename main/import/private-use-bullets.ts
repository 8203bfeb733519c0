/**
 * Word and LibreOffice draw list bullets with the Symbol and Wingdings fonts, whose glyphs sit
 * at U+F020–U+F0FF (the code + 0xF000) when the PDF maps them to no real character, and show
 * as boxes. Symbol 0xB7 is the Adobe Symbol encoding's «bullet» (U+2022), Word's default
 * bullet, and stands for it anywhere. The others are Wingdings (Word's bullet library), read
 * by the Wingdings → Unicode chart (https://www.alanwood.net/demos/wingdings.html, after the
 * Unicode 7.0 Wingdings mapping); since Symbol has other glyphs at those codes (0x76 is Greek
 * nu), they are read as bullets only at the start of a line.
 */
const WINGDINGS_BULLETS: Record<string, string> = {
  '\uF06C': '●', // 0x6C black circle
  '\uF06E': '■', // 0x6E black square
  '\uF06F': '□', // 0x6F white square
  '\uF071': '❑', // 0x71 Word's «hollow square» bullet
  '\uF075': '◆', // 0x75 black diamond
  '\uF076': '❖', // 0x76 Word's «four diamonds» bullet
  '\uF09F': '•', // 0x9F bullet
  '\uF0A7': '▪', // 0xA7 Word's level-3 «§» bullet: small black square
  '\uF0A8': '◻', // 0xA8 white medium square
  '\uF0D8': '➢', // 0xD8 Word's arrowhead bullet (U+2B9A in Unicode 7, drawn by few fonts; U+27A2 is its look-alike)
  '\uF0FC': '✔', // 0xFC Word's check-mark bullet
};

export function normaliseBullets(line: string): string {
  const text = line.replace(/\uF0B7/g, '•');
  const first = text[0];
  return first !== undefined && first in WINGDINGS_BULLETS ? WINGDINGS_BULLETS[first] + text.slice(1) : text;
}

/**
 * Case folding that keeps UTF-16 offsets: every code unit folds to exactly one code unit, so an
 * index into the folded text is an index into the original. Letters fold to lower case when
 * their lower case is one code unit (İ and a few others stay as they are); curly apostrophes
 * fold to `'`; whitespace, `_` and `-` fold to a space, so "Night-King", "Night_King" and
 * "Night  King" all read as "night king".
 */

/** Folded code unit for each UTF-16 code unit. */
export const FOLD = new Uint16Array(65536);
/** 1 for code units that belong to a word: letters, digits and combining marks (BMP only). */
export const WORD = new Uint8Array(65536);

/** 1 for the code units `\s` matches (white space and line breaks, those `trim` removes). */
export const WHITE = new Uint8Array(65536);

export const SPACE = 0x20;
export const APOSTROPHE = 0x27;

{
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      FOLD[c] = c; // surrogates: astral characters (emoji and the like) are not word characters
      continue;
    }
    const s = String.fromCharCode(c);
    const lower = s.toLowerCase();
    FOLD[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
    WORD[c] = wordChar.test(s) ? 1 : 0;
    WHITE[c] = /\s/.test(s) ? 1 : 0;
  }
  for (const c of [0x2019, 0x2018, 0x02bc, 0x2032, 0xff07]) FOLD[c] = APOSTROPHE;
  for (let c = 0; c < 65536; c++) if (/^[\s_\-\u2010\u2011]$/u.test(String.fromCharCode(c))) FOLD[c] = SPACE;
}

/** Folds a pattern the same way the scanner folds text, with runs of separators made one space. */
export function foldPattern(text: string): string {
  const codes: number[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = FOLD[text.charCodeAt(i)]!;
  let out = "";
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out.replace(/ +/g, " ").trim();
}

export function isWordUnit(code: number): boolean {
  return WORD[code] === 1;
}

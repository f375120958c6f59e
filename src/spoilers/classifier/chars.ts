import type { FeatureSink } from "./features.ts";
import { namespace, step } from "./hash.ts";

const CHAR = namespace("c");

/** Lower-case of one UTF-16 code unit (ASCII inline, the rest through a small cache). */
const LOWER = new Map<number, number>();
function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = LOWER.get(c);
  if (l === undefined) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    LOWER.set(c, l);
  }
  return l;
}

let charScratch = new Uint16Array(256);

/** Character n-grams of the lower-cased sentence with a space before and after it. */
export function emitChars(norm: string, charMin: number, charMax: number, value: number, emit: FeatureSink): void {
  const len = norm.length + 2;
  if (charScratch.length < len) charScratch = new Uint16Array(Math.max(len, charScratch.length * 2));
  const codes = charScratch;
  codes[0] = 32;
  codes[len - 1] = 32;
  for (let i = 0; i < norm.length; i++) codes[i + 1] = lowerCode(norm.charCodeAt(i));
  for (let i = 0; i < len; i++) {
    let h = CHAR;
    const top = Math.min(charMax, len - i);
    for (let k = 0; k < top; k++) {
      h = step(h, codes[i + k]!);
      if (k + 1 >= charMin) emit(step(h, k), value);
    }
  }
}

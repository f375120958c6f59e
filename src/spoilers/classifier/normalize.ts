/**
 * Canonical form of a sentence before any feature is read from it.
 *
 * The TV Tropes training text keeps traces of removed wiki mark-up: doubled and tripled spaces
 * and a space before punctuation where a link or a spoiler tag was cut out. Those traces follow
 * the label (the label itself came from spoiler tags) but never occur in what people write, so
 * the classifier must not see them: every run of whitespace becomes one space, and none is kept
 * at either end, before closing punctuation or after an opening bracket; curly quotes become
 * straight ones. One pass, copying unchanged stretches whole.
 */
export function normalizeSentence(text: string): string {
  const n = text.length;
  let out = "";
  let run = 0; // start of the stretch of `text` not yet copied to `out`
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const straight = straightQuote(c);
    if (straight !== 0) {
      out += text.slice(run, i) + String.fromCharCode(straight);
      run = ++i;
      continue;
    }
    if (!isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isSpace(text.charCodeAt(j))) j++;
    const before = i > 0 ? lastCode(out, text, run, i) : -1;
    const keep = before !== -1 && j < n && !isClosing(text.charCodeAt(j)) && !isOpening(before);
    if (keep && c === 32 && j === i + 1) {
      i = j; // a plain single space: stays in the stretch
      continue;
    }
    out += text.slice(run, i) + (keep ? " " : "");
    run = i = j;
  }
  return run === 0 ? text : out + text.slice(run);
}

/** The last character that precedes position `i`, whether already copied to `out` or not. */
function lastCode(out: string, text: string, run: number, i: number): number {
  if (i > run) return text.charCodeAt(i - 1);
  return out.length > 0 ? out.charCodeAt(out.length - 1) : -1;
}

/** The characters JavaScript's `\s` matches. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function straightQuote(c: number): number {
  if (c < 0x2018) return 0;
  if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032) return 39;
  if (c === 0x201c || c === 0x201d || c === 0x201f || c === 0x2033) return 34;
  return 0;
}

/** . , ; : ! ? ) ] } */
function isClosing(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 125;
}

/** ( [ { */
function isOpening(c: number): boolean {
  return c === 40 || c === 91 || c === 123;
}

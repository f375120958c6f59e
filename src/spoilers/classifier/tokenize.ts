/** A token of the fast tokenizer: the classifier's own, so that training and scoring agree. */
export interface Token {
  /** Lower-cased text. */
  readonly text: string;
  readonly kind: TokenKind;
  /** Starts with an upper-case letter. */
  readonly capitalized: boolean;
  /** Two or more letters, all upper-case ("EVEN", "CIA"). */
  readonly shouting: boolean;
  /** Offset of the token in the tokenized string (UTF-16 code units). */
  readonly start: number;
}

export type TokenKind = "word" | "number" | "punct";

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function isWordChar(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
}

/**
 * Splits a (normalised) sentence into words, numbers and single punctuation marks, in one pass.
 * Hyphens and apostrophes inside a word keep it whole ("half-brother", "didn't"), except the
 * possessive, which becomes its own token ("Walt's" gives "walt", "'s").
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      out.push({ text: text[i]!, kind: "punct", capitalized: false, shouting: false, start: i });
      i++;
      continue;
    }
    const start = i;
    let letters = 0;
    let uppers = 0;
    let digits = 0;
    let end = i;
    while (end < n) {
      const d = text.charCodeAt(end);
      if (isWordChar(d)) {
        if (isDigit(d)) digits++;
        else {
          letters++;
          if (isUpper(d)) uppers++;
        }
        end++;
        continue;
      }
      // an inner hyphen or apostrophe joins two word characters, except the possessive 's
      if ((d === 45 || d === 39) && end + 1 < n && isWordChar(text.charCodeAt(end + 1))) {
        if (d === 39 && isPossessive(text, end + 1)) break;
        end++;
        continue;
      }
      break;
    }
    const raw = text.slice(start, end);
    out.push({
      text: uppers === 0 ? raw : raw.toLowerCase(),
      kind: letters === 0 && digits > 0 ? "number" : "word",
      capitalized: isUpper(c),
      shouting: letters >= 2 && uppers === letters,
      start,
    });
    if (end < n && text.charCodeAt(end) === 39 && isPossessive(text, end + 1)) {
      out.push({ text: "'s", kind: "word", capitalized: false, shouting: false, start: end });
      end += 2;
    }
    i = end;
  }
  return out;
}

/** An "s" or "S" that ends a word: the possessive after an apostrophe. */
function isPossessive(text: string, at: number): boolean {
  const s = text.charCodeAt(at);
  return (s === 115 || s === 83) && (at + 1 >= text.length || !isWordChar(text.charCodeAt(at + 1)));
}

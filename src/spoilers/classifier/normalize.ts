/**
 * Canonical form of a sentence before any feature is read from it.
 *
 * The TV Tropes training text keeps traces of removed wiki mark-up: doubled and tripled spaces
 * and a space before punctuation where a link or a spoiler tag was cut out. Those traces follow
 * the label (the label itself came from spoiler tags) but never occur in what people write, so
 * the classifier must not see them: every run of whitespace becomes one space, spaces before
 * closing punctuation and after opening brackets go, curly quotes become straight ones.
 */
export function normalizeSentence(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .replace(/ ([.,;:!?)\]}])/g, "$1")
    .replace(/([(\[{]) /g, "$1")
    .trim();
}

import { AfterimageError } from "../model/errors.ts";
import type { Position } from "../model/position.ts";
import type { Story } from "../model/story.ts";
import { lexiconOf, type Lexicon } from "./lexicon.ts";
import { addAll } from "./idset.ts";
import { carryOver, clearEvidence, emptyEvidence, link, mayBeVague, scan, type Evidence, type Hits } from "./link.ts";
import { mayReveal, reveals, type Sensitivity } from "./match.ts";
import { readerView, type ReaderView } from "./reader.ts";
import { POINTS, scoreOf } from "./score.ts";
import { isOneSentence, paragraphs, sentences, trim, type Range } from "./sentences.ts";

/** Who flagged a span: the story model, or the generic classifier. */
export type Detector = "story" | "classifier";

/**
 * The narrowest port of a generic sentence classifier (issue #4, src/spoilers/classifier): a
 * 0..1 spoiler score for one sentence and the score from which it counts as a spoiler.
 */
export interface SentenceScorer {
  score(sentence: string): number;
  readonly threshold: number;
}

export interface CheckOptions {
  /** The compiled story the text is about. */
  readonly work: Story;
  /**
   * A generic classifier to combine with the story model. It may flag a sentence the story
   * model leaves just under the line, only where the sentence is about later facts that no
   * known fact explains: never text only about what the reader has seen.
   */
  readonly classifier?: SentenceScorer;
  /** The reader's position: a Position of that story, or its text ("S07E03", "47m"). */
  readonly at: Position | string;
  /** "high" (default) flags every later fact; "low" lets minor facts through. */
  readonly sensitivity?: Sensitivity;
}

export interface SpoilerSpan {
  /** UTF-16 code unit offsets into the text (JavaScript string indices); end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Ids of the later facts the span reveals, strongest first. */
  readonly facts: readonly string[];
  readonly by: readonly Detector[];
  /** 0..1, at least 0.5. */
  readonly score: number;
}

export interface CheckResult {
  readonly spoiler: boolean;
  /** 0..1: the strongest span's score; 0 when nothing is flagged (a graded score below the line would hint at what is to come). */
  readonly score: number;
  /** Every fact the flagged spans reveal and where the story reveals it, in story order. */
  readonly reveals: readonly { readonly fact: string; readonly at: string }[];
  readonly spans: readonly SpoilerSpan[];
}

/** The longest text checked: 100 KiB of ASCII, in UTF-16 code units. */
export const MAX_TEXT = 100 * 1024;

export const NOT_A_SPOILER: CheckResult = Object.freeze({ spoiler: false, score: 0, reveals: [], spans: [] });

/**
 * Finds the spans of `text` that reveal something a reader at `at` has not reached. Pure and
 * synchronous; the story's matcher is compiled on first use and cached.
 */
export function check(text: string, options: CheckOptions): CheckResult {
  assertCheckable(text);
  const story = options.work;
  const position = typeof options.at === "string" ? story.scale.parse(options.at) : options.at;
  const sensitivity = options.sensitivity ?? "high";
  if (sensitivity !== "high" && sensitivity !== "low") {
    throw new AfterimageError("invalid-input", `sensitivity must be \`high\` or \`low\`, not \`${String(sensitivity)}\``);
  }
  const lexicon = lexiconOf(story);
  const view = readerView(lexicon, position.ord);
  const spans = storySpans(lexicon, view, text, sensitivity, options.classifier);
  return resultOf(lexicon, spans);
}

/**
 * For works with no story model: the sentences a generic classifier scores at or above its
 * threshold. No facts and no positions: the classifier knows neither.
 */
export function classify(text: string, classifier: SentenceScorer): CheckResult {
  assertCheckable(text);
  const spans: SpoilerSpan[] = [];
  let top = 0;
  for (const paragraph of paragraphs(text)) {
    for (const sentence of sentences(text, paragraph)) {
      if (sentence.end <= sentence.start) continue;
      const score = classifier.score(text.slice(sentence.start, sentence.end));
      top = Math.max(top, score);
      if (score >= classifier.threshold) spans.push({ start: sentence.start, end: sentence.end, facts: [], by: ["classifier"], score: round(score) });
    }
  }
  // Without a story there is nothing later to hint at, so the score is the classifier's own
  // probability for the most spoiling sentence, flagged or not (it ranks texts for ROC curves).
  return { spoiler: spans.length > 0, score: round(top), reveals: [], spans };
}

function assertCheckable(text: unknown): asserts text is string {
  if (typeof text !== "string") throw new AfterimageError("invalid-input", "the text must be a string");
  if (text.length > MAX_TEXT) {
    throw new AfterimageError("invalid-input", `the text is ${text.length} characters long; at most ${MAX_TEXT} can be checked at once`);
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Evidence of a paragraph, a sentence and the sentence before it: reused, as checking is synchronous. */
interface Buffers {
  readonly paragraph: Evidence;
  readonly sentence: Evidence;
  readonly previous: Evidence;
}

const buffers = new WeakMap<Lexicon, Buffers>();

function buffersOf(lexicon: Lexicon): Buffers {
  let b = buffers.get(lexicon);
  if (!b) {
    b = { paragraph: emptyEvidence(lexicon), sentence: emptyEvidence(lexicon), previous: emptyEvidence(lexicon) };
    buffers.set(lexicon, b);
  }
  return b;
}

/** The spans the story model flags (with the classifier's vote, when one is given), sentence by sentence. */
export function storySpans(lexicon: Lexicon, view: ReaderView, text: string, sensitivity: Sensitivity, classifier?: SentenceScorer): SpoilerSpan[] {
  const hits = scan(lexicon, text);
  if (hits.term.length === 0) return [];
  const floor = classifier ? POINTS.classifierFloor : POINTS.threshold;
  const spans: SpoilerSpan[] = [];
  const bag = buffersOf(lexicon).paragraph;
  let cursor = 0;
  for (const paragraph of paragraphs(text)) {
    clearEvidence(bag);
    const first = cursor;
    cursor = link(lexicon, view, text, hits, first, paragraph, bag);
    if (isOneSentence(text, paragraph)) {
      // The paragraph's evidence is its one sentence's (trimming drops only white space).
      carryOver(lexicon, text, paragraph, bag);
      const span = spanOf(lexicon, view, text, trim(text, paragraph), bag, sensitivity, floor, classifier);
      if (span) spans.push(span);
      continue;
    }
    if (!paragraphMayReveal(lexicon, view, text, paragraph, bag, sensitivity, floor)) continue;
    spans.push(...sentenceSpans(lexicon, view, text, hits, first, paragraph, sensitivity, floor, classifier));
  }
  return spans;
}

/**
 * Whether any sentence of a paragraph might reveal a later fact, from the evidence of the whole
 * paragraph linked as one bag of words: every sentence's evidence is a subset of it (a pronoun
 * in any of them may refer to the topic tags, so those count as named, or to someone unnamed).
 * Consumes the bag.
 */
export function paragraphMayReveal(lexicon: Lexicon, view: ReaderView, text: string, paragraph: Range, bag: Evidence, sensitivity: Sensitivity, floor: number): boolean {
  addAll(bag.entities, bag.topics);
  bag.vague = lexicon.someoneUnnamed && (bag.generic !== 0 || mayBeVague(lexicon, text, paragraph));
  return mayReveal(lexicon, view, bag, sensitivity, floor);
}

function sentenceSpans(
  lexicon: Lexicon,
  view: ReaderView,
  text: string,
  hits: Hits,
  first: number,
  paragraph: Range,
  sensitivity: Sensitivity,
  floor: number,
  classifier: SentenceScorer | undefined,
): SpoilerSpan[] {
  const out: SpoilerSpan[] = [];
  const buffers = buffersOf(lexicon);
  let ev = buffers.sentence;
  let previous = buffers.previous;
  clearEvidence(previous);
  let cursor = first;
  for (const sentence of sentences(text, paragraph)) {
    clearEvidence(ev);
    cursor = link(lexicon, view, text, hits, cursor, sentence, ev);
    carryOver(lexicon, text, sentence, ev, previous);
    const span = spanOf(lexicon, view, text, sentence, ev, sensitivity, floor, classifier);
    if (span) out.push(span);
    // This sentence's evidence is the next one's previous; the old previous is free to reuse.
    const free = previous;
    previous = ev;
    ev = free;
  }
  return out;
}

/** The span a sentence makes, if it reveals a later fact (or the classifier flags it near one). */
function spanOf(
  lexicon: Lexicon,
  view: ReaderView,
  text: string,
  sentence: Range,
  ev: Evidence,
  sensitivity: Sensitivity,
  floor: number,
  classifier: SentenceScorer | undefined,
): SpoilerSpan | undefined {
  const found = reveals(lexicon, view, ev, sensitivity, floor);
  if (found.near === 0) return undefined;
  // The classifier is asked only about sentences that are about later facts no known fact explains.
  const vote = classifier ? classifier.score(text.slice(sentence.start, sentence.end)) : 0;
  const agrees = classifier !== undefined && vote >= Math.max(classifier.threshold, POINTS.classifierVote);
  if (found.facts.length > 0) {
    return {
      start: sentence.start,
      end: sentence.end,
      facts: found.facts.map((r) => lexicon.facts[r.fact]!.fact.id),
      by: agrees ? ["story", "classifier"] : ["story"],
      score: scoreOf(found.facts[0]!.points),
    };
  }
  if (agrees) return { start: sentence.start, end: sentence.end, facts: [], by: ["classifier"], score: round(Math.max(0.5, vote)) };
  return undefined;
}

/** The result for a set of flagged spans: the overall score and every fact revealed, in story order. */
export function resultOf(lexicon: Lexicon, spans: readonly SpoilerSpan[]): CheckResult {
  if (spans.length === 0) return NOT_A_SPOILER;
  const indexes = [...new Set(spans.flatMap((s) => s.facts))].map((id) => lexicon.factIndex.get(id)!).sort((a, b) => a - b);
  const revealed = indexes.map((i) => lexicon.facts[i]!.fact).map((f) => ({ fact: f.id, at: f.at.label }));
  return { spoiler: true, score: Math.max(...spans.map((s) => s.score)), reveals: revealed, spans };
}

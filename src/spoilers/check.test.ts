import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { arbitraryStory } from "../../test/support/arbitrary-story.ts";
import { isAfterimageError } from "../model/errors.ts";
import { check, MAX_TEXT, NOT_A_SPOILER } from "./check.ts";
import { bundled, RIVERS, storyFrom } from "./testing/stories.ts";

const strangers = bundled("all-of-us-strangers");
const rivers = storyFrom(RIVERS);

const flagged = (text: string, at: string, story = strangers) => check(text, { work: story, at });

test("the whisky-bottle night is fine at 10m; finding Harry's body is flagged at 60m and fine at the end", () => {
  assert.deepEqual(flagged("The night Harry turned up drunk with a bottle of Japanese whisky was so sad.", "10m"), NOT_A_SPOILER);
  const body = flagged("Adam finds Harry's body in his flat.", "60m");
  assert.equal(body.spoiler, true);
  assert.deepEqual(body.reveals, [{ fact: "harry-body-found", at: "~92m" }]);
  assert.deepEqual(body.spans, [{ start: 0, end: 36, facts: ["harry-body-found"], by: ["story"], score: body.score }]);
  assert.ok(body.score >= 0.5 && body.score <= 1);
  assert.deepEqual(flagged("Adam finds Harry's body in his flat.", "end"), NOT_A_SPOILER);
});

/** One sentence per fact: flagged just before the fact's position, fine once it is reached. */
const PER_FACT: [fact: string, text: string, before: string, after: string][] = [
  ["harry-knocks", "That night Harry knocked on Adam's door, drunk, with a bottle of Japanese whisky.", "2m", "10m"],
  ["parents-crash", "Adam's parents were killed in a car crash just before Christmas.", "10m", "35m"],
  ["coming-out", "Adam comes out to his mum as gay.", "20m", "45m"],
  ["father-bullying", "Adam's dad admits he knew Adam was bullied.", "40m", "60m"],
  ["ketamine-night", "Adam and Harry take ketamine at a club.", "50m", "70m"],
  ["diner-farewell", "Adam's parents say goodbye to him at a diner and vanish.", "70m", "90m"],
  ["harry-body-found", "Adam finds Harry's body, decomposing.", "60m", "95m"],
  ["harry-died-that-night", "Harry was dead all along.", "50m", "95m"],
  ["harry-reappears", "Harry comes back in the pink jumper.", "60m", "100m"],
  ["promise-safe", "The Power of Love plays as Adam holds Harry.", "95m", "end"],
  ["final-star", "In the final shot Adam and Harry become a star.", "95m", "end"],
];

/** The same for Owl Creek, told as readers talk of it: mostly "he", seldom a name. */
const OWL_CREEK: [fact: string, text: string, before: string, after: string][] = [
  ["scout-revealed", "The grey-clad soldier who stopped for water was a Federal scout all along.", "ch2@40%", "end"],
  ["caught-at-the-bridge", "He was caught trying to set fire to the bridge.", "ch2@40%", "ch3"],
  ["rope-breaks", "The rope snaps and he plunges into the creek.", "ch1", "ch3@20%"],
  ["frees-himself", "Underwater he works his hands free and tears the noose away.", "ch2", "ch3@50%"],
  ["under-fire", "The soldiers fire volley after volley at him while he swims for it.", "ch3@5%", "ch3@50%"],
  ["wife-at-gate", "He finally makes it home and sees his wife waiting at the gate.", "ch3@55%", "end"],
  ["twist-never-escaped", "The whole escape only happens in his mind in the instant before the rope snaps his neck.", "ch3@75%", "end"],
  ["farquhar-dead", "In the end Farquhar hangs dead beneath the bridge.", "ch3@75%", "end"],
];

for (const [story, cases] of [[strangers, PER_FACT], [bundled("an-occurrence-at-owl-creek-bridge"), OWL_CREEK]] as const) {
  for (const [fact, text, before, after] of cases) {
    test(`${story.work.id}, ${fact}: "${text}" is flagged at ${before} and fine at ${after}`, () => {
      const early = flagged(text, before, story);
      assert.ok(early.reveals.some((r) => r.fact === fact), `reveals ${JSON.stringify(early.reveals)} at ${before}`);
      assert.deepEqual(flagged(text, after, story), NOT_A_SPOILER);
    });
  }
}

test("every fact's own statement is no spoiler once the reader has reached it", () => {
  for (const story of [strangers, rivers]) {
    for (const f of story.facts) assert.deepEqual(check(f.statement, { work: story, at: f.at }), NOT_A_SPOILER, `${f.id} at ${f.at.label}`);
  }
});

test("an adverb in -ly is no evidence: 'finally' in a later fact's statement does not make a scene the reader saw a spoiler", () => {
  // They meet at Dragonstone in S07E03; a later statement says Jon "finally" rides in to Eastwatch.
  const got = bundled("game-of-thrones");
  assert.deepEqual(check("Jon and Dany finally meet at Dragonstone", { work: got, at: "S07E03" }), NOT_A_SPOILER);
  assert.equal(check("Jon and Dany finally meet at Dragonstone", { work: got, at: "S07E02" }).spoiler, true);
});

test("a cue written as a proper name names its scene without the fact's characters", () => {
  const got = bundled("game-of-thrones");
  assert.deepEqual(check("Nobody was ready for the Red Wedding.", { work: got, at: "S03E08" }).reveals, [{ fact: "red-wedding", at: "~S03E09@45:00" }]);
  assert.deepEqual(check("Nobody was ready for the Red Wedding.", { work: got, at: "S03E10" }), NOT_A_SPOILER);
  // The story writes it as a name; people need not.
  assert.equal(check("nobody was ready for the red wedding", { work: got, at: "S03E08" }).spoiler, true);
});

test("words of death do not count towards a death when the text has that character kill someone else", () => {
  const got = bundled("game-of-thrones");
  // Jon kills a White Walker at Hardhome; he is stabbed by his brothers later, in S05E10.
  assert.deepEqual(check("Jon kills a White Walker with Longclaw!", { work: got, at: "S05E08" }), NOT_A_SPOILER);
  assert.deepEqual(check("A White Walker kills Jon!", { work: got, at: "S05E08" }).reveals.map((r) => r.fact), ["jon-stabbed"]);
});

test("words of death said of someone by name ('Joffrey's death') are not about anyone else's death", () => {
  const got = bundled("game-of-thrones");
  // Tommen is crowned at S04E05 after Joffrey's death; his own comes at S06E10.
  assert.deepEqual(check("Tommen is crowned king after Joffrey's death.", { work: got, at: "S04E05" }), NOT_A_SPOILER);
  assert.deepEqual(check("Tommen is crowned king after the death of Joffrey.", { work: got, at: "S04E05" }), NOT_A_SPOILER);
  assert.ok(check("Tommen is crowned king, and then Tommen's death.", { work: got, at: "S04E05" }).reveals.some((r) => r.fact === "tommen-suicide"));
});

test("a cue that says something is not so is told only by a text that says so too", () => {
  const got = bundled("game-of-thrones");
  const strangers = bundled("all-of-us-strangers");
  assert.deepEqual(check("Arya says a lot in this episode.", { work: got, at: "S08E03" }), NOT_A_SPOILER);
  assert.deepEqual(check("Arya says no to Gendry.", { work: got, at: "S08E03" }).reveals.map((r) => r.fact), ["gendry-legitimized"]);
  assert.ok(check("Harry wasn't real.", { work: strangers, at: "91m" }).reveals.some((r) => r.fact === "twist-not-real-world"));
  assert.deepEqual(check("I can't believe Harry is real.", { work: strangers, at: "91m" }), NOT_A_SPOILER);
});

test("'#RIPViserion' reveals the dragon's death until it is seen", () => {
  const got = bundled("game-of-thrones");
  const text = "Nothing will be the same now #ripviserion #gameofthrones";
  assert.ok(check(text, { work: got, at: "S07E03" }).reveals.some((r) => r.fact === "viserion-killed"));
  assert.deepEqual(check(text, { work: got, at: "S07E07" }), NOT_A_SPOILER);
});

test("two names the story has not yet put together hint at a later meeting; once together, names alone say nothing", () => {
  const pair = "Mara and Oskar, what a pair.";
  assert.deepEqual(flagged(pair, "S01E01", rivers).reveals.map((r) => r.fact), ["mara-and-oskar-marry", "mara-mourns-oskar"]);
  assert.deepEqual(flagged(pair, "S01E02", rivers), NOT_A_SPOILER);
  assert.deepEqual(flagged("Mara and Summer, what a pair.", "S01E01", rivers), NOT_A_SPOILER, "a known relation puts them together");
});

test("the premise is no spoiler at the start", () => {
  assert.deepEqual(flagged("Adam is a lonely screenwriter in a London tower block, writing about his parents.", "start"), NOT_A_SPOILER);
});

test("a pronoun carries the entities of the sentence before it; the span is that sentence alone", () => {
  const text = "Harry knocked that night. Later Adam finds his body.";
  const result = flagged(text, "60m");
  assert.deepEqual(result.spans.map((s) => text.slice(s.start, s.end)), ["Later Adam finds his body."]);
  assert.ok(result.reveals.some((r) => r.fact === "harry-body-found"));
});

test("after a sentence naming three or more, a pronoun carries nothing over: whom it means is a guess", () => {
  const got = bundled("game-of-thrones");
  const text = "The Hound kills Beric in a trial by combat, but Thoros brings Beric back to life. At Harrenhal Jaime tells Brienne he killed the Mad King.";
  assert.deepEqual(check(text, { work: got, at: "S07E03" }), NOT_A_SPOILER);
});

test("a pronoun after two names of its own sentence refers to them, not back", () => {
  const got = bundled("game-of-thrones");
  const text =
    "The Hound's face was burned when his older brother Gregor, the Mountain, held it in a brazier over a toy. In retaliation for Tyrion's arrest, Jaime attacks Ned in the streets, killing his men; Ned's leg is speared.";
  assert.deepEqual(check(text, { work: got, at: "S01E05" }), NOT_A_SPOILER);
});

test("without a pronoun nothing is carried over", () => {
  const result = flagged("Oskar arrives in the valley. Somebody drowns in the flood.", "S01E02", rivers);
  assert.equal(result.spoiler, false);
  assert.equal(flagged("Oskar arrives in the valley. He drowns in the flood.", "S01E02", rivers).spoiler, true);
});

test("in a story of a handful of people, a text naming no one still speaks of one of them: 'He was dead all along'", () => {
  for (const text of ["He was dead all along.", "What a film. Turns out he died that night.", "The neighbour was dead the whole time."]) {
    const early = flagged(text, "60m");
    assert.equal(early.spoiler, true, text);
    assert.ok(early.reveals.some((r) => r.fact === "harry-died-that-night"), JSON.stringify(early.reveals));
    assert.deepEqual(flagged(text, "end"), NOT_A_SPOILER);
  }
  const owlCreek = bundled("an-occurrence-at-owl-creek-bridge");
  const escape = check("The escape never happened.", { work: owlCreek, at: "50%" });
  assert.ok(escape.reveals.some((r) => r.fact === "twist-never-escaped"), JSON.stringify(escape.reveals));
  assert.deepEqual(check("The escape never happened.", { work: owlCreek, at: "end" }), NOT_A_SPOILER);
});

test("in a story of many people, a pronoun with no one to refer to could be anyone: it matches no fact", () => {
  const got = bundled("game-of-thrones");
  assert.deepEqual(check("I bet they kill the queen off next.", { work: got, at: "S07E03" }), NOT_A_SPOILER);
});

test("a cue said in full, names and words, reveals its fact however common its words", () => {
  const got = bundled("game-of-thrones");
  for (const [text, fact, before] of [["Bran becomes king.", "bran-king", "S08E05"], ["The Hound is still alive.", "hound-alive", "S06E03"]] as const) {
    assert.ok(check(text, { work: got, at: before }).reveals.some((r) => r.fact === fact), `${text} at ${before}`);
    assert.deepEqual(check(text, { work: got, at: "end" }), NOT_A_SPOILER);
  }
});

test("a known fact told in full by one of its cues explains a later fact the text only brushes", () => {
  // Arya is blinded at the end of S05E10; "goes" is a word of a later scene's cue ("going home").
  const got = bundled("game-of-thrones");
  assert.deepEqual(check("Arya goes blind.", { work: got, at: "S05E10" }), NOT_A_SPOILER);
});

test("a name revealed later is itself a reveal", () => {
  const result = flagged("Mara is the Queen of Ash!", "S01E02", rivers);
  assert.deepEqual(result.reveals, [{ fact: "mara-is-queen", at: "S01E04" }]);
  assert.deepEqual(flagged("Mara is the Queen of Ash!", "S01E04", rivers), NOT_A_SPOILER);
});

test("generic spoiler language next to an entity reveals the entity's death", () => {
  for (const text of ["RIP Oskar", "Oskar is dead.", "oskar dies, I'm devastated"]) {
    assert.deepEqual(flagged(text, "S01E02", rivers).reveals, [{ fact: "oskar-drowns", at: "S01E03" }], text);
  }
  assert.equal(flagged("I can't believe it, what a twist", "S01E02", rivers).spoiler, false);
});

test("low sensitivity lets minor facts through", () => {
  const text = "Summer howls at the flood";
  assert.equal(check(text, { work: rivers, at: "S01E02" }).spoiler, true);
  assert.equal(check(text, { work: rivers, at: "S01E02", sensitivity: "low" }).spoiler, false);
  assert.equal(check("Oskar drowns in the flood.", { work: rivers, at: "S01E02", sensitivity: "low" }).spoiler, true);
});

test("offsets are UTF-16 code units (JavaScript string indices)", () => {
  const text = "😀👨‍👩‍👧 Fine. Oskar drowns in the flood.";
  const [span] = flagged(text, "S01E02", rivers).spans;
  assert.ok(span);
  assert.equal(text.slice(span.start, span.end), "Oskar drowns in the flood.");
  assert.equal(span.start, 17);
});

test("hashtag-only sentences belong to the sentence before them", () => {
  const text = "He drowns in the flood!! #Oskar #TheRivers";
  const result = flagged(text, "S01E02", rivers);
  assert.deepEqual(result.spans.map((s) => text.slice(s.start, s.end)), [text]);
});

test("bad input is an AfterimageError naming no content", () => {
  const error = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      assert.ok(isAfterimageError(e));
      return e.code;
    }
    assert.fail("no error");
  };
  assert.equal(error(() => check("x".repeat(MAX_TEXT + 1), { work: rivers, at: "S01E01" })), "invalid-input");
  assert.equal(error(() => check("x", { work: rivers, at: "S09E01" })), "invalid-position");
  assert.equal(error(() => check("x", { work: rivers, at: "S01E01", sensitivity: "medium" as "low" })), "invalid-input");
});

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

test(`the invariant: a result names only later facts, only in flagged spans, and nothing is flagged at the end (${RUNS} generated stories)`, () => {
  const withText = arbitraryStory().chain((g) =>
    fc.record({
      g: fc.constant(g),
      i: fc.nat({ max: g.positions.length - 1 }),
      words: fc.array(
        fc.constantFrom(
          ...g.story.facts.flatMap((f) => [f.statement, ...f.cues]),
          ...g.story.entities.flatMap((e) => e.names.map((n) => n.name)),
          "he",
          "dies",
          "the twist",
          ".",
        ),
        { maxLength: 12 },
      ),
    }),
  );
  fc.assert(
    fc.property(withText, ({ g, i, words }) => {
      const { story } = g;
      const text = words.join(" ");
      const at = story.scale.parse(g.positions[i]!);
      const result = check(text, { work: story, at });
      const later = new Set(story.facts.filter((f) => f.at.ord > at.ord).map((f) => f.id));
      if (!result.spoiler) assert.deepEqual(result, NOT_A_SPOILER);
      for (const r of result.reveals) assert.ok(later.has(r.fact), `${r.fact} is not later than ${at.label}`);
      for (const s of result.spans) for (const f of s.facts) assert.ok(later.has(f));
      const out = JSON.stringify(result);
      for (const f of story.facts) for (const secret of [f.statement, ...f.cues]) assert.ok(!out.includes(secret));
      assert.deepEqual(check(text, { work: story, at: story.scale.end }), NOT_A_SPOILER);
    }),
    { numRuns: RUNS },
  );
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { loadClassifier } from "./load.ts";

// The committed model (models/spoiler-classifier.json): no ../shared needed.
const classifier = loadClassifier();

const SPOILER = "It turns out he was dead the whole time, and she kills him in the final episode.";
const INNOCUOUS = "The show is set in a small coastal town and has great music.";

test("the committed model loads and scores in [0, 1]", () => {
  for (const s of [SPOILER, INNOCUOUS, "", "Season 2 premieres in May."]) {
    const p = classifier.score(s);
    assert.ok(p >= 0 && p <= 1);
  }
  assert.ok(classifier.threshold > 0 && classifier.threshold < 1);
  assert.ok(classifier.info.features > 1000);
});

test("an obvious spoiler scores above an innocuous sentence, on either side of the threshold", () => {
  assert.ok(classifier.score(SPOILER) > classifier.score(INNOCUOUS));
  assert.ok(classifier.score(SPOILER) >= classifier.threshold);
  assert.ok(classifier.score(INNOCUOUS) < classifier.threshold);
});

test("deaths, reveals and endings score above descriptions of a show", () => {
  const spoilers = ["Walt dies in the series finale.", "The killer is revealed to be her own father.", "In the end, Sarah betrays the team and escapes."];
  const descriptions = ["The actors are great and the jokes land.", "Each episode is about thirty minutes long.", "The series was filmed in Vancouver."];
  const lowestSpoiler = Math.min(...spoilers.map((s) => classifier.score(s)));
  const highestDescription = Math.max(...descriptions.map((s) => classifier.score(s)));
  assert.ok(lowestSpoiler > highestDescription, `${lowestSpoiler} <= ${highestDescription}`);
});

test("mark-up spacing makes no difference", () => {
  assert.equal(classifier.score("  She  kills him in the end ."), classifier.score("She kills him in the end."));
});

test("a missing model file is a clear error", () => {
  assert.throws(() => loadClassifier("/nonexistent/model.json"), /ENOENT/);
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { buildMatrix, buildVocabulary, predictLinear, type Extractor } from "./sparse.ts";

// features: each word's length as a hash, value 1; repeats within a text count once (binary)
const extract: Extractor = (text, emit) => {
  for (const w of text.split(" ")) emit(w.length, 1);
};

test("vocabulary keeps features seen in at least minCount texts; the matrix drops the rest", () => {
  const vocab = buildVocabulary(["a bb", "cc ddd", "e"], extract, 2);
  assert.deepEqual([...vocab.hashes], [1, 2]);
  const x = buildMatrix(["a bb ccc", "zzzz"], extract, vocab, true);
  assert.deepEqual([...x.indptr], [0, 2, 2]);
  assert.deepEqual([...x.indices], [0, 1]);
  assert.deepEqual([...predictLinear(x, [0.5, 2], -1)], [1.5, -1]);
});

test("binary keeps a repeated feature once, counts add it up", () => {
  const vocab = buildVocabulary(["a b"], extract, 1);
  assert.deepEqual([...buildMatrix(["a b c"], extract, vocab, true).values], [1]);
  assert.deepEqual([...buildMatrix(["a b c"], extract, vocab, false).values], [3]);
});

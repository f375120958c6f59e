/** Rows of sparse features in compressed-row form; columns are vocabulary ids. */
export interface SparseMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly indptr: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

/** Emits the (hash, value) features of one text. */
export type Extractor = (text: string, emit: (hash: number, value: number) => void) => void;

/** Feature hashes to column ids; `hashes[col]` is the hash of column `col`. */
export interface Vocabulary {
  readonly column: ReadonlyMap<number, number>;
  readonly hashes: Uint32Array;
}

/** Collects one text's features, merging repeats: summed (counts) or the first kept (binary, as scoring does). */
function collect(text: string, extract: Extractor, binary: boolean): Map<number, number> {
  const feats = new Map<number, number>();
  extract(text, (hash, value) => {
    const old = feats.get(hash);
    if (old === undefined) feats.set(hash, value);
    else if (!binary) feats.set(hash, old + value);
  });
  return feats;
}

/** The vocabulary of features seen in at least `minCount` texts, in first-seen order. */
export function buildVocabulary(texts: readonly string[], extract: Extractor, minCount: number): Vocabulary {
  const df = new Map<number, number>();
  for (const text of texts) {
    for (const hash of collect(text, extract, true).keys()) df.set(hash, (df.get(hash) ?? 0) + 1);
  }
  const column = new Map<number, number>();
  const hashes: number[] = [];
  for (const [hash, count] of df) {
    if (count < minCount) continue;
    column.set(hash, hashes.length);
    hashes.push(hash);
  }
  return { column, hashes: Uint32Array.from(hashes) };
}

/** The feature matrix of `texts` over `vocab`; features outside it are dropped, as at scoring time. */
export function buildMatrix(texts: readonly string[], extract: Extractor, vocab: Vocabulary, binary: boolean): SparseMatrix {
  const indptr = new Int32Array(texts.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  texts.forEach((text, r) => {
    const row: Array<[number, number]> = [];
    for (const [hash, value] of collect(text, extract, binary)) {
      const col = vocab.column.get(hash);
      if (col !== undefined) row.push([col, value]);
    }
    row.sort((a, b) => a[0] - b[0]);
    for (const [col, value] of row) {
      indices.push(col);
      values.push(value);
    }
    indptr[r + 1] = indices.length;
  });
  return { rows: texts.length, cols: vocab.hashes.length, indptr, indices: Int32Array.from(indices), values: Float32Array.from(values) };
}

/** Row-wise dot products with a weight vector, plus a bias. */
export function predictLinear(x: SparseMatrix, weights: ArrayLike<number>, bias: number): Float64Array {
  const out = new Float64Array(x.rows);
  for (let r = 0; r < x.rows; r++) {
    let z = bias;
    for (let k = x.indptr[r]!; k < x.indptr[r + 1]!; k++) z += x.values[k]! * weights[x.indices[k]!]!;
    out[r] = z;
  }
  return out;
}

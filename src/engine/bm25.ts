/** Okapi BM25 over pre-tokenised documents; small enough to build per query. */
export interface Bm25Doc<T> {
  readonly item: T;
  readonly terms: readonly string[];
}

const K1 = 1.2;
const B = 0.75;

export function bm25<T>(docs: readonly Bm25Doc<T>[], query: readonly string[]): { item: T; score: number }[] {
  if (docs.length === 0 || query.length === 0) return [];
  const avgLength = docs.reduce((sum, d) => sum + d.terms.length, 0) / docs.length;
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const unique = [...new Set(query)];
  return docs
    .map((d) => {
      let score = 0;
      for (const q of unique) {
        const n = df.get(q);
        if (!n) continue;
        let tf = 0;
        for (const t of d.terms) if (t === q) tf++;
        if (tf === 0) continue;
        const idf = Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
        score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.terms.length) / avgLength));
      }
      return { item: d.item, score };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score);
}

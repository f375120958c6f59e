/** A small, honest timing harness: warm up, run N times, report ops/s and p50/p99 per call. */
export interface Row {
  readonly name: string;
  readonly runs: number;
  readonly opsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

export function measure(name: string, body: (i: number) => unknown, runs = 2000): Row {
  for (let i = 0; i < Math.min(200, runs); i++) body(i);
  const times = new Float64Array(runs);
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    body(i);
    times[i] = performance.now() - t;
  }
  const total = performance.now() - start;
  times.sort();
  return { name, runs, opsPerSecond: (runs / total) * 1000, p50Ms: times[Math.floor(runs * 0.5)]!, p99Ms: times[Math.floor(runs * 0.99)]! };
}

export function printTable(rows: readonly Row[]): void {
  console.log(`${"benchmark".padEnd(52)} ${"runs".padStart(7)} ${"ops/s".padStart(10)} ${"p50 ms".padStart(9)} ${"p99 ms".padStart(9)}`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(52)} ${String(r.runs).padStart(7)} ${r.opsPerSecond.toFixed(0).padStart(10)} ${r.p50Ms.toFixed(3).padStart(9)} ${r.p99Ms.toFixed(3).padStart(9)}`);
  }
}

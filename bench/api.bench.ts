/**
 * `npm run bench:api`: requests/s and p50/p99 latency of the API on loopback, with autocannon
 * at a fixed concurrency, on SQLite and on PostgreSQL side by side:
 *   - POST /v1/check with tweet-sized texts against the Game of Thrones model;
 *   - GET /v1/works/game-of-thrones/known at a mid-series position.
 * Each server runs `src/main.ts` in its own process (logging at info to /dev/null, rate limits
 * off), and autocannon runs here: both share this machine's cores. Figures are printed, not
 * asserted. Target on a 2-core machine: 2,000 check requests/s with p99 under 10 ms. Besides
 * the measured rate, each row gives the server's CPU time per request (from /proc), which does
 * not depend on what else the machine is doing.
 *
 * Options (environment): BENCH_CONNECTIONS (10), BENCH_SECONDS (10), BENCH_DATABASES
 * ("sqlite,postgres"), AFTERIMAGE_TEST_POSTGRES_URL (postgres://postgres@127.0.0.1:5432/test).
 * Tweets come from ../shared/data/got-tweets/dev.csv when it is there, else from a small
 * built-in set.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { parseCsv } from "../src/spoilers/classifier/train/csv.ts";

interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: RawRequest) => RawRequest;
}
type Autocannon = (options: { url: string; connections: number; duration: number; overallRate?: number; requests: RawRequest[] }) => Promise<Result>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const DATABASES = (process.env.BENCH_DATABASES ?? "sqlite,postgres").split(",");
const POSTGRES = process.env.AFTERIMAGE_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const WORK = "game-of-thrones";
const KNOWN_AT = "S04E05";
const CHECK_AT = "S07E03";
/** The target: 2,000 check requests/s; one run offers exactly that, to read p99 at that load. */
const TARGET_RATE = 2000;

function tweets(): string[] {
  const file = join(ROOT, "..", "shared", "data", "got-tweets", "dev.csv");
  if (existsSync(file)) {
    const rows = parseCsv(readFileSync(file, "utf8")).slice(1);
    const texts = [...new Set(rows.map((r) => r[0] ?? "").filter((t) => t.length > 0 && t.length <= 280))];
    if (texts.length > 0) return texts;
  }
  return [
    "Jon Snow is the best character on this show, no contest #GameofThrones",
    "Can't wait for tonight's episode!!! Winter is here",
    "Cersei really said shame shame shame and walked off lol",
    "Who else thinks Arya is going to be the one to end it all? #GoT",
    "The dragons this season look incredible, HBO spent all the money",
    "Littlefinger scheming again, some things never change",
    "Rewatching season 1 and Ned deserved better",
    "Daenerys and her dragons heading to Westeros, finally",
  ];
}

interface Server {
  url: string;
  /** CPU time the server process has used so far, in ms (user + system, from /proc). */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** Clock ticks per second for /proc/<pid>/stat times: 100 on Linux. */
const TICKS = 100;

function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
  } catch {
    return Number.NaN; // not Linux: the column stays empty
  }
}

/** A port nothing listens on now (the server then binds it: its logs can go to /dev/null). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function startServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  // Logs at info, as in production, written to /dev/null: neither a pipe nor this process pays for them.
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", AFTERIMAGE_DATABASE_URL: databaseUrl, AFTERIMAGE_RATE_LIMIT_IP: "0", AFTERIMAGE_RATE_LIMIT_KEY: "0", LOG_LEVEL: "info" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  let exited = false;
  child.once("exit", () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (exited) throw new Error("the server exited before it was ready");
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    cpuMs: () => cpuMsOf(child.pid!),
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** As fast as the server answers (rate undefined), or at a fixed offered rate. */
async function run(url: string, requests: RawRequest[], seconds: number, rate?: number): Promise<Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: seconds, requests, ...(rate ? { overallRate: rate } : {}) });
}

function checkRequests(texts: string[]): RawRequest[] {
  let i = 0;
  return [
    {
      method: "POST",
      path: "/v1/check",
      headers: { "content-type": "application/json" },
      setupRequest: (req) => ({ ...req, body: JSON.stringify({ work: WORK, at: CHECK_AT, text: texts[i++ % texts.length] }) }),
    },
  ];
}

const knownRequests: RawRequest[] = [{ method: "GET", path: `/v1/works/${WORK}/known?at=${KNOWN_AT}` }];

interface Row {
  database: string;
  endpoint: string;
  result: Result;
  /** Server CPU per request, ms: what a quiet core could serve is 1000 / this. */
  cpuPerRequest: number;
}

async function benchDatabase(database: string, texts: string[]): Promise<Row[]> {
  let url: string;
  let cleanup: () => Promise<void>;
  if (database === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "afterimage-bench-"));
    url = `sqlite:${join(dir, "afterimage.db")}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const schema = `afterimage_bench_${process.pid}`;
    url = `${POSTGRES}${POSTGRES.includes("?") ? "&" : "?"}schema=${schema}`;
    cleanup = async () => {
      const client = new pg.Client({ connectionString: POSTGRES });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    };
  }
  const server = await startServer(url);
  try {
    const rows: Row[] = [];
    for (const [endpoint, requests, rate] of [
      [`POST /v1/check (${WORK} at ${CHECK_AT}, tweets)`, checkRequests(texts), undefined],
      [`POST /v1/check, offered ${TARGET_RATE}/s`, checkRequests(texts), TARGET_RATE],
      [`GET /v1/works/${WORK}/known?at=${KNOWN_AT}`, knownRequests, undefined],
    ] as const) {
      await run(server.url, requests, 2); // warm up: JIT, the model's matcher, connections
      const cpuBefore = server.cpuMs();
      const result = await run(server.url, requests, SECONDS, rate);
      const served = result.requests.average * SECONDS;
      rows.push({ database, endpoint, result, cpuPerRequest: (server.cpuMs() - cpuBefore) / served });
    }
    return rows;
  } finally {
    await server.stop();
    await cleanup();
  }
}

const texts = tweets();
console.log(`API benchmark: ${CONNECTIONS} connections, ${SECONDS} s per run, ${texts.length} distinct tweets, Node ${process.version}`);
const rows: Row[] = [];
for (const database of DATABASES) rows.push(...(await benchDatabase(database, texts)));

const table = rows.map((r) => ({
  database: r.database,
  endpoint: r.endpoint,
  "req/s": Math.round(r.result.requests.average),
  "p50 ms": r.result.latency.p50,
  "p99 ms": r.result.latency.p99,
  "errors+non2xx": r.result.errors + r.result.non2xx + r.result.timeouts,
  "server CPU ms/req": Number(r.cpuPerRequest.toFixed(3)),
  "req/s per server core": Math.round(1000 / r.cpuPerRequest),
}));
console.table(table);
console.log(
  "req/s and latency are as measured, with autocannon and anything else on this machine competing for its cores;\n" +
    "req/s per server core is the server's own CPU cost turned into a rate: what one otherwise idle core could serve.",
);

/**
 * `npm start` as a real process: a new SQLite file seeded with the bundled works, structured
 * logs with request ids, and a graceful SIGTERM that lets an in-flight request finish, also
 * when the signal goes to npm.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { spawn } from "node:child_process";
import { exited, ROOT, startServer, waitForLine, type ServerProcess } from "../store/support/processes.ts";

describe("server process (npm start)", () => {
  let dir: string;
  let file: string;
  let server: ServerProcess;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "afterimage-server-"));
    file = join(dir, "data", "afterimage.db");
    server = await startServer({ AFTERIMAGE_DATABASE_URL: `sqlite:${file}`, AFTERIMAGE_RATE_LIMIT_IP: "0" });
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("creates the SQLite file, migrates it and seeds the bundled works", async () => {
    assert.ok(existsSync(file));
    const seeded = await server.waitForLog((l) => l.msg === "bundled works seeded");
    assert.ok((seeded.added as string[]).includes("game-of-thrones"));
    const works = (await (await fetch(`${server.url}/v1/works`)).json()) as { works: { id: string }[] };
    assert.ok(works.works.some((w) => w.id === "game-of-thrones"));
    assert.equal((await fetch(`${server.url}/readyz`)).status, 200);
  });

  it("logs one JSON line per request with its request id", async () => {
    const res = await fetch(`${server.url}/healthz`, { headers: { "X-Request-Id": "log-me-1" } });
    assert.equal(res.headers.get("x-request-id"), "log-me-1");
    const line = await server.waitForLog((l) => l.reqId === "log-me-1");
    assert.equal(line.status, 200);
    assert.equal(line.path, "/healthz");
    assert.equal(typeof line.ms, "number");
  });

  it("refuses bodies over 1 MB over the wire, declared or chunked", async () => {
    const declared = await fetch(`${server.url}/v1/check`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "x".repeat(1024 * 1024 + 1) });
    assert.equal(declared.status, 413);
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 17; i++) controller.enqueue(new TextEncoder().encode("y".repeat(64 * 1024)));
        controller.close();
      },
    });
    const chunked = await fetch(`${server.url}/v1/check`, { method: "POST", headers: { "Content-Type": "application/json" }, body: chunks, duplex: "half" } as RequestInit);
    assert.equal(chunked.status, 413);
    assert.equal(((await chunked.json()) as { code: string }).code, "payload-too-large");
    const small = await fetch(`${server.url}/v1/check`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ work: "game-of-thrones", at: "S01E01", text: "Winter is coming." }) });
    assert.equal(small.status, 200);
  });

  it("serves the pages at / next to the API", async () => {
    const res = await fetch(`${server.url}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type")!, /^text\/html/);
  });

  it("on SIGTERM finishes the request in flight, then exits 0", async () => {
    const body = JSON.stringify({ work: "game-of-thrones", at: "S01E01", text: "Winter is coming." });
    const socket = connect(Number(new URL(server.url).port), "127.0.0.1");
    let received = "";
    const continued = new Promise<void>((resolve) =>
      socket.on("data", (d) => {
        received += d.toString();
        if (received.includes("100 Continue")) resolve();
      }),
    );
    const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
    socket.write(
      `POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n`,
    );
    await continued; // the server has the request's headers: it is in flight
    const exit = server.stop();
    await server.waitForLog((l) => l.msg === "shutting down: finishing in-flight requests");
    socket.end(body);
    await closed;
    assert.match(received, /HTTP\/1\.1 200 OK/);
    assert.match(received, /"spoiler":/);
    assert.equal(await exit, 0);
    assert.ok(server.logs.some((l) => l.msg === "stopped"));
  });

  it("on the next start, finds the works already there and seeds nothing", async () => {
    const again = await startServer({ AFTERIMAGE_DATABASE_URL: `sqlite:${file}` });
    try {
      const ready = await again.waitForLog((l) => l.msg === "database ready");
      assert.deepEqual(ready.applied, []);
      const seeded = await again.waitForLog((l) => l.msg === "bundled works seeded");
      assert.deepEqual(seeded.added, []);
      assert.deepEqual(seeded.updated, []);
    } finally {
      assert.equal(await again.stop(), 0);
    }
  });

  it("through `npm start` itself, SIGTERM reaches the server and it stops cleanly", async () => {
    const npm = spawn("npm", ["start"], { cwd: ROOT, env: { ...process.env, PORT: "0", HOST: "127.0.0.1", AFTERIMAGE_DATABASE_URL: `sqlite:${file}` }, stdio: ["ignore", "pipe", "pipe"] });
    await waitForLine(npm, (l) => l.includes('"msg":"listening"'));
    const stopped = waitForLine(npm, (l) => l.includes('"msg":"stopped"'));
    npm.kill("SIGTERM");
    await stopped;
    assert.equal(await exited(npm), 0);
  });

  it("refuses bad settings with a message and exit code 2", async () => {
    await assert.rejects(startServer({ PORT: "not-a-port", AFTERIMAGE_DATABASE_URL: `sqlite:${file}` }), /PORT/);
  });
});

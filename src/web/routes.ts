import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import type { Position } from "../model/position.ts";
import type { Story } from "../model/story.ts";
import type { Catalog } from "../store/catalog.ts";
import { asset } from "./assets.ts";
import { html, type Html } from "./escape.ts";
import { forget, remember, rememberedAll, rememberedAt } from "./memory.ts";
import { aheadPage } from "./pages/ahead.ts";
import { askPage } from "./pages/ask.ts";
import { checkPage, MAX_TEXT, type CheckInput } from "./pages/check.ts";
import { endingPage, recapPage } from "./pages/ending.ts";
import { isRecapLength, type RecapLength } from "../explain/index.ts";
import { workFrame } from "./pages/frame.ts";
import { libraryPage } from "./pages/library.ts";
import { errorPage, notFoundPage } from "./pages/not-found.ts";
import { readerPage } from "./pages/reader.ts";
import { timelinePage } from "./pages/timeline-chart.ts";
import { workPage } from "./pages/work.ts";
import { parseAt, shapeOf } from "./position.ts";
import { workUrl, type Section } from "./urls.ts";

export interface WebDeps {
  readonly catalog: Catalog;
  /**
   * Paths the web routes must leave to the app they are mounted in (the API's own 404s).
   * Default: /v1/*, /openapi.json, /healthz, /readyz.
   */
  readonly isApiPath?: (path: string) => boolean;
}

const gzip = compress({ encoding: "gzip", threshold: 2048 });

const API_PATH = (path: string) => path === "/v1" || path.startsWith("/v1/") || path === "/openapi.json" || path === "/healthz" || path === "/readyz";

/** Strict by default: our own script and stylesheet only, no inline script, nothing from elsewhere. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The web reader: server-rendered pages that work without JavaScript, each computed from the
 * engine at the reader's position. Mount at "/" next to the API.
 */
export function webRoutes(deps: WebDeps): Hono {
  const web = new Hono();
  const isApi = deps.isApiPath ?? API_PATH;

  web.use("*", async (c, next) => {
    await next();
    if (isApi(c.req.path)) return;
    c.header("X-Content-Type-Options", "nosniff");
    if (c.res.headers.get("Content-Type")?.startsWith("text/html")) {
      c.header("Content-Security-Policy", CSP);
      c.header("Referrer-Policy", "no-referrer");
      c.header("X-Frame-Options", "DENY");
      c.header("Cache-Control", "private, no-cache");
      c.header("Vary", "Cookie");
    }
  });

  // Pages of a long series run to a few hundred kilobytes of HTML; gzip makes them phone-sized.
  web.use("*", async (c, next) => (isApi(c.req.path) ? next() : gzip(c, next)));

  web.onError((err, c) => {
    if (isApi(c.req.path)) throw err;
    if (err instanceof HTTPException) return err.getResponse();
    console.error("web: page failed", c.req.method, c.req.path, err);
    return page(c, errorPage(), 500);
  });

  web.get("/assets/:name", (c) => {
    const a = asset(c.req.param("name"));
    if (!a) return c.text("Not found", 404);
    const fresh = c.req.query("v") === a.hash;
    return c.body(new Uint8Array(a.body), 200, {
      "Content-Type": a.type,
      "Cache-Control": fresh ? "public, max-age=31536000, immutable" : "public, max-age=300",
      ETag: `"${a.hash}"`,
    });
  });

  web.get("/", async (c) => page(c, libraryPage(await deps.catalog.works(), rememberedAll(c))));
  web.get("/works", (c) => c.redirect("/", 301));
  web.get("/works/", (c) => c.redirect("/", 301));

  web.get("/reader", async (c) => page(c, readerPage(await deps.catalog.works(), rememberedAll(c))));
  // The one state-changing form: same-origin only (Origin or Sec-Fetch-Site must say so).
  web.post("/reader/forget", csrf(), async (c) => {
    const form = await c.req.parseBody();
    if (typeof form.work === "string" && /^[a-z0-9-]{1,100}$/.test(form.work)) forget(c, form.work);
    return c.redirect("/reader", 303);
  });

  const sections: readonly [Section, (c: Context, story: Story, at: Position) => Html | Promise<Html>][] = [
    ["", (_c, story, at) => workPage(story, at)],
    ["timeline", (_c, story, at) => timelinePage(story, at)],
    ["recap", (c, story, at) => recapPage(story, at, isRecapLength(c.req.query("length")) ? (c.req.query("length") as RecapLength) : "medium")],
    ["ask", (c, story, at) => askPage(story, at, c.req.query("q"))],
    ["check", (c, story, at) => checkPage(story, at, undefined)],
    ["ending", async (c, story, at) => endingPage(story, at, await otherWorks(deps.catalog, story, rememberedAll(c)))],
  ];
  for (const [section, render] of sections) {
    web.get(`/works/:id${section ? `/${section}` : ""}`, (c) => workRoute(c, deps, section, render));
  }

  web.post("/works/:id/check", bodyLimit({ maxSize: 256 * 1024, onError: (c) => c.text("The text is too long to check.", 413) }), async (c) => {
    const story = await deps.catalog.work(c.req.param("id"));
    if (!story) return page(c, notFoundPage({ work: c.req.param("id"), path: c.req.path }, await deps.catalog.works()), 404);
    const form = await c.req.parseBody();
    const parsed = parseAt(story, typeof form.at === "string" ? form.at : undefined);
    if (!parsed.ok) return page(c, badPosition(story, "check", String(form.at ?? ""), parsed.message), 400);
    const text = typeof form.text === "string" ? form.text : "";
    const input: CheckInput = {
      text: text.slice(0, MAX_TEXT),
      truncated: text.length > MAX_TEXT,
      sensitivity: form.sensitivity === "low" ? "low" : "high",
    };
    return page(c, checkPage(story, parsed.at, input));
  });

  web.get("*", async (c, next) => {
    if (isApi(c.req.path)) return next();
    return page(c, notFoundPage({ path: c.req.path }, await deps.catalog.works()), 404);
  });

  return web;
}

async function workRoute(c: Context, deps: WebDeps, section: Section, render: (c: Context, story: Story, at: Position) => Html | Promise<Html>): Promise<Response> {
  const id = c.req.param("id")!;
  const story = await deps.catalog.work(id);
  if (!story) return page(c, notFoundPage({ work: id, path: c.req.path }, await deps.catalog.works()), 404);
  const q = c.req.query();
  const keep: Record<string, string> = section === "ask" && q.q ? { q: q.q } : section === "recap" && q.length ? { length: q.length } : {};

  // The progress control: the exact input wins when it was edited, otherwise the slider's stop.
  if (q.set === "1") {
    let text = q.at ?? "";
    const stop = q.stop === undefined ? undefined : shapeOf(story).stops[Number(q.stop)];
    if (stop && q.was !== undefined && text.trim() === q.was) text = stop.label;
    const parsed = parseAt(story, text);
    if (!parsed.ok) return page(c, badPosition(story, section, text, parsed.message), 400);
    remember(c, story.work.id, parsed.at.label);
    return c.redirect(workUrl(story.work.id, section, parsed.at.label, keep), 303);
  }

  if (q.at === undefined) {
    const remembered = rememberedAt(c, story.work.id);
    const start = remembered && parseAt(story, remembered).ok ? remembered : "start";
    return c.redirect(workUrl(story.work.id, section, start, keep), 302);
  }
  const parsed = parseAt(story, q.at);
  if (!parsed.ok) return page(c, badPosition(story, section, q.at, parsed.message), 400);
  const at = parsed.at;
  if (at.label !== q.at) return c.redirect(workUrl(story.work.id, section, at.label, { ...keep, ...(q.go ? { go: q.go } : {}) }), 302);

  const rememberedText = rememberedAt(c, story.work.id);
  const remembered = rememberedText === undefined ? undefined : parseAt(story, rememberedText);
  if (remembered?.ok && remembered.at.ord < at.ord && q.go !== "1") {
    return page(c, aheadPage(story, section, at, remembered.at));
  }
  return page(c, await render(c, story, at));
}

function badPosition(story: Story, section: Section, typed: string, message: string): Html {
  const body = html`<div class="empty"><p>Pick a position with the slider, or type one in the box above.</p></div>`;
  return workFrame({ story, at: undefined, typed, error: `That position could not be read: ${plain(message)}`, section, body });
}

/** Error messages mark code with backticks; on a page they read better as quotes. */
function plain(message: string): string {
  return message.replace(/`([^`]*)`/g, "“$1”");
}

async function otherWorks(catalog: Catalog, story: Story, remembered: ReadonlyMap<string, string>) {
  const all = await catalog.works();
  return all
    .filter((s) => s.work.id !== story.work.id)
    .map((s) => {
      const label = remembered.get(s.work.id);
      const at = label === undefined ? undefined : parseAt(s, label);
      return at?.ok ? { story: s, finished: at.at.ord >= s.scale.end.ord, at: at.at.label } : { story: s, finished: false };
    });
}

function page(c: Context, body: Html, status: 200 | 400 | 404 | 500 = 200): Response {
  return c.html(body.value, status);
}

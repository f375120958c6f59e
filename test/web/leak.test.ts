/**
 * The leak test: for every bundled work (and the lighthouse fixture) and a set of positions
 * around each twist, every page is loaded in Chromium, its scripts run, and the whole DOM —
 * text, attributes, <title>, <meta>, SVG, any inline JSON — must contain nothing the story
 * reveals after the position.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import type { Story } from "../../src/model/story.ts";
import { launchBrowser, startWeb, testStories } from "./harness.ts";
import { containsWord, knownTexts, laterStrings, probePositions } from "./later.ts";

const stories = testStories();
let web: Awaited<ReturnType<typeof startWeb>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
/** Two tabs: while one renders, the other's DOM is being checked. */
let tabs: Page[];

before(async () => {
  web = await startWeb(stories);
  browser = await launchBrowser();
  tabs = [await browser.context.newPage(), await browser.context.newPage()];
  page = tabs[0]!;
});

after(async () => {
  await browser?.close();
  await web?.close();
});

/** Everything a page carries, decoded: all text (head included) and every attribute value, plus the raw HTML. */
async function pageCorpus(p: Page): Promise<string> {
  return p.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML, document.documentElement.textContent ?? ""];
    for (const el of Array.from(document.querySelectorAll("*"))) for (const a of Array.from(el.attributes)) parts.push(a.value);
    return parts.join("\n");
  });
}

async function assertNoLeak(story: Story, path: string, atLabel: string, userText = "", method: "get" | "post" = "get", form?: Record<string, string>, page: Page = tabs[0]!) {
  const at = story.scale.parse(atLabel);
  if (method === "get") {
    const response = await page.goto(web.url + path, { waitUntil: "load" });
    assert.ok(response && response.status() < 500, `${path}: status ${response?.status()}`);
  } else {
    await page.goto(web.url + path, { waitUntil: "load" });
    for (const [name, value] of Object.entries(form ?? {})) await page.fill(`[name=${name}]`, value);
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click("form.check-form button[type=submit]")]);
    assert.ok(await page.locator(".check-result").count(), `${path}: the checker answered`);
  }
  const corpus = await pageCorpus(page);
  const leaks = laterStrings(story, at).filter((s) => !containsWord(userText, s.text, true) && containsWord(corpus, s.text));
  assert.deepEqual(
    leaks.map((l) => `${l.what} (revealed at ${l.at}): ${l.text}`),
    [],
    `${path} at ${atLabel} shows what is revealed later`,
  );
}

/** A question that a later fact answers: its cues, so that Ask has something to point forward to. */
function laterQuestion(story: Story, ord: number): string {
  const later = story.facts.find((f) => f.at.ord > ord && f.cues.length > 0);
  return later ? `${later.cues.slice(0, 2).join(" ")}?` : "what happens?";
}

describe("no page shows what is revealed after the reader's position", () => {
  test("the detector itself: the end of a work seen from its start is a leak", async () => {
    const story = stories[0]!;
    await page.goto(`${web.url}/works/${story.work.id}?at=end`, { waitUntil: "load" });
    const corpus = await pageCorpus(page);
    const found = laterStrings(story, story.scale.start).filter((s) => containsWord(corpus, s.text));
    assert.ok(found.length >= 5, `found ${found.length}`);
    assert.ok(found.some((f) => f.what.startsWith("fact ")));
    assert.ok(found.some((f) => f.what === "spoiler tag"));
  });

  test("the library (position zero)", async () => {
    await page.goto(`${web.url}/`, { waitUntil: "load" });
    const corpus = await pageCorpus(page);
    const everyWorkAtZero = stories.map((s) => knownTexts(s, s.scale.start)).join("\n");
    for (const story of stories) {
      const leaks = laterStrings(story, story.scale.start, everyWorkAtZero).filter((s) => containsWord(corpus, s.text));
      assert.deepEqual(leaks.map((l) => `${story.work.id}: ${l.what}: ${l.text}`), []);
    }
  });

  for (const story of stories) {
    const id = story.work.id;
    test(`${story.work.title}: every page at ${probePositions(story).length} positions`, async () => {
      const positions = probePositions(story);
      await Promise.all(
        tabs.map(async (tab, t) => {
          for (const at of positions.filter((_, i) => i % tabs.length === t)) {
            const q = encodeURIComponent(at.label);
            const question = laterQuestion(story, at.ord);
            for (const [path, asked] of [
              [`/works/${id}?at=${q}`, ""],
              [`/works/${id}/timeline?at=${q}`, ""],
              [`/works/${id}/recap?at=${q}&length=long`, ""],
              [`/works/${id}/ask?at=${q}&q=${encodeURIComponent(question)}`, question],
              [`/works/${id}/check?at=${q}`, ""],
              [`/works/${id}/ending?at=${q}`, ""],
            ] as const) {
              await assertNoLeak(story, path, at.label, asked, "get", undefined, tab);
            }
          }
        }),
      );
    });

    test(`${story.work.title}: the checker names where, never what`, async () => {
      const positions = probePositions(story);
      for (const at of [positions[0]!, positions[Math.floor(positions.length / 2)]!]) {
        const text = story.facts
          .filter((f) => f.at.ord > at.ord)
          .flatMap((f) => f.cues.slice(0, 2))
          .slice(0, 12)
          .join(". ");
        if (!text) continue;
        await assertNoLeak(story, `/works/${id}/check?at=${encodeURIComponent(at.label)}`, at.label, text, "post", { text });
      }
    });
  }
});

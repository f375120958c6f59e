/**
 * Hostile text through story files, the question box, the checker and the URL: every page is
 * loaded in Chromium with the content security policy bypassed (so escaping alone is tested),
 * pointed at, focused and clicked, and nothing may run or turn into markup.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { fixture, launchBrowser, startWeb } from "./harness.ts";

const story = fixture("./xss-story.yaml");
const ID = story.work.id;
const PAYLOAD = `<script>window.__xss=1</script><img src=x onerror="window.__xss=1">"><svg onload="window.__xss=1">`;

let web: Awaited<ReturnType<typeof startWeb>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const dialogs: string[] = [];

before(async () => {
  web = await startWeb([story, fixture("lighthouse.yaml")]);
  browser = await launchBrowser({ bypassCSP: true });
  page = await browser.context.newPage();
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});

after(async () => {
  await browser?.close();
  await web?.close();
});

async function assertInert(where: string) {
  // Touch everything that could carry a handler: hover and focus the chart's points, open spoilers.
  for (const pt of (await page.$$(".pt")).slice(0, 6)) {
    await pt.hover();
    await pt.focus();
  }
  for (const label of (await page.$$(".flag label")).slice(0, 4)) await label.evaluate((el) => (el as HTMLElement).click());
  const found = await page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown };
    const withHandlers = Array.from(document.querySelectorAll("*")).filter((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name)));
    const javascriptLinks = Array.from(document.querySelectorAll("a")).filter((a) => /^\s*javascript:/i.test(a.getAttribute("href") ?? "") || /^\s*javascript:/i.test(a.getAttribute("xlink:href") ?? ""));
    return {
      ran: w.__xss,
      inlineScripts: Array.from(document.scripts).filter((s) => !s.src).length,
      handlers: withHandlers.map((el) => el.outerHTML.slice(0, 80)),
      javascriptLinks: javascriptLinks.length,
      iframes: document.querySelectorAll("iframe").length,
      imgs: document.querySelectorAll("img").length,
      autofocus: document.querySelectorAll("[autofocus]").length,
    };
  });
  assert.deepEqual(found, { ran: undefined, inlineScripts: 0, handlers: [], javascriptLinks: 0, iframes: 0, imgs: 0, autofocus: 0 }, where);
  assert.deepEqual(dialogs, [], where);
}

const PAGES = ["", "/timeline", "/recap", "/ask", "/check", "/ending"];

for (const at of ["start", "20m", "45m", "end"]) {
  test(`story text is inert on every page at ${at}`, async () => {
    for (const section of PAGES) {
      await page.goto(`${web.url}/works/${ID}${section}?at=${at}`, { waitUntil: "load" });
      await assertInert(`${section || "/"} at ${at}`);
    }
  });
}

test("the story's hostile title shows as text, in the page and in <title>", async () => {
  await page.goto(`${web.url}/works/${ID}?at=end`, { waitUntil: "load" });
  assert.match(await page.title(), /<script>window\.__xss=\(window\.__xss\|\|0\)\+1<\/script>/);
  assert.match(await page.locator("h1").innerText(), /<script>/);
});

test("the library and the progress page are inert", async () => {
  for (const path of ["/", "/reader"]) {
    await page.goto(web.url + path, { waitUntil: "load" });
    await assertInert(path);
  }
});

test("a hostile question, position and path are inert", async () => {
  await page.goto(`${web.url}/works/${ID}/ask?at=end&q=${encodeURIComponent(PAYLOAD)}`, { waitUntil: "load" });
  await assertInert("ask");
  assert.equal(await page.inputValue("#q"), PAYLOAD);
  await page.goto(`${web.url}/works/${ID}?at=${encodeURIComponent(PAYLOAD)}`, { waitUntil: "load" });
  await assertInert("bad position");
  await page.goto(`${web.url}/works/${encodeURIComponent(PAYLOAD)}`, { waitUntil: "load" });
  await assertInert("unknown work");
  await page.goto(`${web.url}/${encodeURIComponent(PAYLOAD)}`, { waitUntil: "load" });
  await assertInert("unknown path");
});

test("a hostile text pasted into the checker is shown, flagged and redacted as text", async () => {
  const text = `${PAYLOAD} Then it was a dream all along </textarea><script>window.__xss=1</script>, the hero arrives.`;
  for (const work of [ID, "the-lighthouse-keeper"]) {
    await page.goto(`${web.url}/works/${work}/check?at=start`, { waitUntil: "load" });
    await page.fill("textarea[name=text]", `${text} Nell drowned; the visits are her ghost.`);
    await Promise.all([page.waitForNavigation(), page.click("form.check-form button[type=submit]")]);
    await assertInert(`check ${work}`);
    assert.equal(await page.inputValue("textarea[name=text]"), `${text} Nell drowned; the visits are her ghost.`);
  }
  assert.ok(await page.locator(".flag").count() > 0, "the lighthouse text is flagged");
  assert.match(await page.inputValue("#redacted-markdown"), /&lt;script&gt;/);
});

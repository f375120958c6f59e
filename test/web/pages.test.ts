/**
 * The web reader in a real browser: the progress control with and without JavaScript, the
 * remembered position, the chart's tooltips, the checker's blur and copy, keyboard use,
 * landmarks and labels, dark mode, and no sideways scrolling at 360 px.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { fixture, launchBrowser, startWeb, testStories } from "./harness.ts";

const ID = "the-lighthouse-keeper";
let web: Awaited<ReturnType<typeof startWeb>>;

before(async () => {
  web = await startWeb([fixture("lighthouse.yaml"), ...testStories({ fixtures: false })]);
});
after(async () => {
  await web?.close();
});

describe("with JavaScript", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  before(async () => {
    browser = await launchBrowser();
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: web.url });
    page = await browser.context.newPage();
  });
  after(async () => {
    await browser?.close();
  });

  test("typing an exact position moves every part of the page, and the library remembers it", async () => {
    await page.goto(`${web.url}/works/${ID}?at=start`);
    assert.equal(await page.locator(".fact").count(), 1);
    await page.fill("#at-input", "0:40:00");
    await Promise.all([page.waitForURL(`**/works/${ID}?at=40m`), page.press("#at-input", "Enter")]);
    assert.match(await page.locator(".known").innerText(), /A ship sank in a storm/);
    assert.equal(await page.inputValue("#at-input"), "40m");
    assert.match(await page.locator("[data-now]").innerText(), /40m/);
    await page.goto(`${web.url}/`);
    assert.match(await page.locator(".work-item", { hasText: "The Lighthouse Keeper" }).innerText(), /Continue at 40m/);
  });

  test("the slider works from the keyboard: the exact box follows live, then the page moves", async () => {
    await page.goto(`${web.url}/works/${ID}?at=40m&go=1`);
    await page.focus("#at-slider");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    assert.equal(await page.inputValue("#at-input"), "42m");
    assert.equal(await page.getAttribute("#at-slider", "aria-valuetext"), "42m");
    await page.waitForURL(`**/works/${ID}?at=42m`);
    assert.match(await page.locator(".known").innerText(), /A ship sank/);
  });

  test("a shared link beyond the remembered position asks before showing anything", async () => {
    await page.goto(`${web.url}/works/${ID}/ending?at=end`);
    assert.match(await page.locator("h1").innerText(), /further than you are/);
    assert.doesNotMatch(await page.content(), /drowned/);
    await Promise.all([page.waitForURL(`**/ending?at=end`), page.click("text=I’m at end now")]);
    assert.match(await page.locator(".article").innerText(), /Nell drowned/);
  });

  test("the timeline shows an event on hover and on keyboard focus", async () => {
    await page.goto(`${web.url}/works/${ID}/timeline?at=end`);
    const tip = page.locator("[data-chart-tip]");
    assert.equal(await tip.isHidden(), true);
    await page.locator(".pt").first().hover();
    assert.equal(await tip.isVisible(), true);
    assert.match(await tip.innerText(), /storm|Nell|relief/);
    await page.mouse.move(0, 0);
    await page.locator(".pt").nth(1).focus();
    assert.equal(await tip.isVisible(), true);
    assert.equal(await page.locator(".pt.active").count(), 1);
    await page.keyboard.press("Escape");
    assert.equal(await tip.isHidden(), true);
  });

  test("flagged spans are blurred until clicked, and a redacted copy goes to the clipboard", async () => {
    await page.goto(`${web.url}/works/${ID}/check?at=30m`);
    await page.fill("textarea[name=text]", "What a film. Nell drowned in the storm; the visits are her ghost.");
    await Promise.all([page.waitForNavigation(), page.click("form.check-form button[type=submit]")]);
    const hidden = page.locator(".hidden-text").first();
    assert.match(await hidden.evaluate((el) => getComputedStyle(el).filter), /blur/);
    assert.match(await page.locator(".flag-at").first().innerText(), /~90m/);
    await page.locator(".flag label").first().evaluate((el) => (el as HTMLElement).click());
    await page.waitForFunction(() => getComputedStyle(document.querySelector(".hidden-text")!).filter === "none");
    assert.equal(await hidden.getAttribute("aria-hidden"), "false");
    await page.click("[data-copy=redacted-discord]");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^What a film\. \|\|Nell drowned/);
  });

  test("with a reader token, setting the position also saves it to the reader's profile", async () => {
    await page.goto(`${web.url}/reader`);
    await page.fill("#token", "reader-token-123");
    await page.click("form[data-token-form] button[type=submit]");
    assert.match(await page.locator("[data-token-status]").innerText(), /Saved/);
    const puts: { url: string; body: string | null; auth: string | undefined }[] = [];
    await page.route("**/v1/readers/me/progress/**", async (route) => {
      puts.push({ url: route.request().url(), body: route.request().postData(), auth: route.request().headers().authorization });
      await route.fulfill({ status: 200, contentType: "application/json", body: "{}" });
    });
    await page.goto(`${web.url}/works/${ID}?at=40m`);
    await page.fill("#at-input", "50m");
    await Promise.all([page.waitForURL(`**?at=50m`), page.press("#at-input", "Enter")]);
    await page.waitForTimeout(100);
    assert.equal(puts.length, 1);
    assert.match(puts[0]!.url, new RegExp(`/v1/readers/me/progress/${ID}$`));
    assert.deepEqual(JSON.parse(puts[0]!.body ?? "{}"), { at: "50m" });
    assert.equal(puts[0]!.auth, "Bearer reader-token-123");
    await page.unroute("**/v1/readers/me/progress/**");

    // The library continues from the profile's position (it follows the reader across devices).
    await page.route("**/v1/readers/me", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ id: "r1", progress: [{ work: ID, at: "60m", updatedAt: "2024-01-01" }] }) }));
    await page.goto(`${web.url}/`);
    const button = page.locator(`.work-item[data-work="${ID}"] [data-continue] a`);
    await page.waitForFunction(() => /60m/.test(document.querySelector(".work-item[data-work='the-lighthouse-keeper'] [data-continue]")?.textContent ?? ""));
    assert.equal(await button.innerText(), "Continue at 60m");
    assert.match((await button.getAttribute("href")) ?? "", /at=60m&set=1$/);
    await page.goto(`${web.url}/reader`);
    await page.waitForSelector("[data-profile]:not([hidden])");
    assert.match(await page.locator("[data-profile-list]").innerText(), /The Lighthouse Keeper\s+at 60m/);
    await page.unroute("**/v1/readers/me");
  });

  test("a new reader profile can be created from the progress page", async () => {
    await page.route("**/v1/readers", (route) => route.fulfill({ status: 201, contentType: "application/json", body: JSON.stringify({ reader: { id: "r2" }, token: "aik_new_token" }) }));
    await page.goto(`${web.url}/reader`);
    await page.click("[data-token-create]");
    await page.waitForSelector("[data-token-new]:not([hidden])");
    assert.equal(await page.locator("[data-token-value]").innerText(), "aik_new_token");
    assert.equal(await page.evaluate(() => localStorage.getItem("afterimage:reader-token")), "aik_new_token");
    await page.unroute("**/v1/readers");
    await page.evaluate(() => localStorage.removeItem("afterimage:reader-token"));
  });

  test("the skip link comes first and moves focus to the main content", async () => {
    await page.goto(`${web.url}/works/${ID}?at=20m`);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Skip to content");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => location.hash), "#main");
  });
});

describe("without JavaScript", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  before(async () => {
    browser = await launchBrowser({ javaScriptEnabled: false });
    page = await browser.context.newPage();
  });
  after(async () => {
    await browser?.close();
  });

  test("the slider and the Set button move the position with a plain form submit", async () => {
    await page.goto(`${web.url}/works/${ID}?at=start`);
    await page.locator("#at-slider").fill("25");
    await Promise.all([page.waitForURL(`**/works/${ID}?at=25m`), page.click(".progress-exact button")]);
    assert.match(await page.locator(".known").innerText(), /Nell is alive/);
  });

  test("every page reads fine: ask, check and the ending are plain forms and links", async () => {
    await page.goto(`${web.url}/works/${ID}/ask?at=25m`);
    await page.fill("#q", "Where is Nell?");
    await Promise.all([page.waitForNavigation(), page.click(".ask-form button")]);
    assert.match(await page.locator(".answer").innerText(), /Nell/);
    await page.goto(`${web.url}/works/${ID}/check?at=25m`);
    await page.fill("textarea[name=text]", "Nell drowned and is a ghost.");
    await Promise.all([page.waitForNavigation(), page.click("form.check-form button[type=submit]")]);
    assert.equal(await page.locator(".flag").count(), 1);
    await page.locator(".flag label").first().click({ position: { x: 4, y: 4 } });
    await page.waitForTimeout(300); // the unblur transition (no page script runs here to wait on)
    assert.equal(await page.locator(".hidden-text").first().evaluate((el) => getComputedStyle(el).filter), "none");
    await page.goto(`${web.url}/works/${ID}/ending?at=end&go=1`);
    assert.match(await page.locator(".article").innerText(), /What happened/);
  });

  test("your progress lists the remembered position and forgets it on request", async () => {
    await page.goto(`${web.url}/reader`);
    assert.match(await page.locator("[data-remembered]").innerText(), /The Lighthouse Keeper\s+at 25m/);
    await Promise.all([page.waitForNavigation(), page.click("[data-remembered] button")]);
    assert.match(await page.locator("main").innerText(), /You have not set a position/);
  });
});

const pagesOf = (id: string, at: string) => [
  "/",
  "/reader",
  `/works/${id}?at=${at}`,
  `/works/${id}/timeline?at=${at}`,
  `/works/${id}/recap?at=${at}`,
  `/works/${id}/ask?at=${at}&q=who`,
  `/works/${id}/check?at=${at}`,
  `/works/${id}/ending?at=end`,
  "/works/nope",
];

describe("accessibility and layout", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  before(async () => {
    browser = await launchBrowser({ width: 360, height: 740 });
    page = await browser.context.newPage();
  });
  after(async () => {
    await browser?.close();
  });

  test("landmarks, one h1, labelled controls and named links on every page", async () => {
    for (const path of pagesOf(ID, "40m")) {
      await page.goto(web.url + path);
      const report = await page.evaluate(() => {
        const unlabelled = Array.from(document.querySelectorAll("input, select, textarea"))
          .filter((el) => (el as HTMLInputElement).type !== "hidden")
          .filter((el) => !((el as HTMLInputElement).labels?.length || el.getAttribute("aria-label") || el.getAttribute("aria-labelledby")))
          .map((el) => el.outerHTML.slice(0, 60));
        const unnamedLinks = Array.from(document.querySelectorAll("a, button"))
          .filter((el) => !(el.textContent?.trim() || el.getAttribute("aria-label")))
          .map((el) => el.outerHTML.slice(0, 60));
        const navs = Array.from(document.querySelectorAll("nav"));
        return {
          lang: document.documentElement.lang,
          main: document.querySelectorAll("main").length,
          banner: document.querySelectorAll("body > header").length,
          contentinfo: document.querySelectorAll("body > footer").length,
          h1: document.querySelectorAll("h1").length,
          unlabelledNavs: navs.filter((n) => !n.getAttribute("aria-label") && !n.getAttribute("aria-labelledby")).length,
          unlabelled,
          unnamedLinks,
          title: document.title.length > 0,
        };
      });
      assert.deepEqual(report, { lang: "en", main: 1, banner: 1, contentinfo: 1, h1: 1, unlabelledNavs: 0, unlabelled: [], unnamedLinks: [], title: true }, path);
    }
  });

  test("nothing scrolls sideways at 360 px, for every bundled work", async () => {
    const works = [ID, ...testStories({ fixtures: false }).map((s) => s.work.id)];
    for (const id of works) {
      for (const path of pagesOf(id, "start")) {
        await page.goto(web.url + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${path} is ${overflow}px too wide`);
      }
    }
  });

  test("dark mode follows the system setting", async () => {
    const dark = await launchBrowser({ colorScheme: "dark" });
    try {
      const p = await dark.context.newPage();
      await p.goto(`${web.url}/`);
      const bg = await p.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
      assert.ok(r! + g! + b! < 120, `dark background, got ${bg}`);
    } finally {
      await dark.close();
    }
  });
});

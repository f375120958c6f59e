/**
 * `npm run screenshots`: every web page at 1280 px and 390 px wide, written to docs/screenshots/.
 * Serves the web routes over the bundled works on a random port and drives Debian's Chromium
 * through playwright-core (no browser download).
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { shapeOf } from "../src/web/position.ts";
import { launchBrowser, startWeb, testStories } from "../test/web/harness.ts";

const OUT = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));
const WIDTHS = [1280, 390] as const;
const MAX_HEIGHT = 3200;

const bundled = testStories({ fixtures: false });
const stories = bundled.length > 0 ? bundled : testStories();
const main = stories.find((s) => s.work.id === "all-of-us-strangers") ?? stories[0]!;
const id = main.work.id;
// A slider stop about 45% of the way in: always a valid position, whatever the kind of work.
const stops = shapeOf(main).stops;
const mid = stops[Math.round((stops.length - 1) * 0.45)]!.label;

interface Shot {
  readonly name: string;
  readonly path: string;
  /** Runs in the page before the screenshot (fill a form, hover). */
  readonly prepare?: (page: import("playwright-core").Page) => Promise<void>;
  readonly dark?: boolean;
}

const shots: Shot[] = [
  { name: "library", path: "/" },
  { name: "work", path: `/works/${id}?at=${encodeURIComponent(mid)}` },
  { name: "work-end", path: `/works/${id}?at=end` },
  { name: "timeline", path: `/works/${id}/timeline?at=end` },
  { name: "timeline-middle", path: `/works/${id}/timeline?at=${encodeURIComponent(mid)}` },
  { name: "ending", path: `/works/${id}/ending?at=end` },
  { name: "ask", path: `/works/${id}/ask?at=${encodeURIComponent(mid)}&q=${encodeURIComponent("How did his parents die?")}` },
  { name: "ask-later", path: `/works/${id}/ask?at=${encodeURIComponent(mid)}&q=${encodeURIComponent("Is Harry dead?")}` },
  {
    name: "check",
    path: `/works/${id}/check?at=${encodeURIComponent(mid)}`,
    prepare: async (page) => {
      await page.fill("textarea[name=text]", "Loved it. The bit where he finds Harry's body in the flat wrecked me, and the final star at the end too. His parents are so warm.");
      await Promise.all([page.waitForNavigation(), page.click("form.check-form button[type=submit]")]);
    },
  },
  { name: "recap", path: `/works/${id}/recap?at=${encodeURIComponent(mid)}` },
  { name: "not-found", path: "/works/no-such-work" },
  { name: "work-dark", path: `/works/${id}?at=${encodeURIComponent(mid)}`, dark: true },
];

const web = await startWeb(stories);
mkdirSync(OUT, { recursive: true });
const written: string[] = [];
try {
  for (const width of WIDTHS) {
    const browser = await launchBrowser({ width, height: width > 500 ? 900 : 844 });
    try {
      const page = await browser.context.newPage();
      for (const shot of shots) {
        await page.emulateMedia({ colorScheme: shot.dark ? "dark" : "light" });
        await page.goto(web.url + shot.path, { waitUntil: "load" });
        await shot.prepare?.(page);
        const file = `${OUT}${shot.name}-${width}.png`;
        // Whole pages, cut at MAX_HEIGHT so that the long ones (the ending explained) stay viewable.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) } });
        written.push(file);
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await web.close();
}
for (const f of written) console.log(f);

import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { chromium, type BrowserContext } from "playwright-core";
import { loadStory } from "../../src/model/load.ts";
import type { Story } from "../../src/model/story.ts";
import { memoryCatalog } from "../../src/store/catalog.ts";
import { BUNDLED_STORIES, loadStoryFiles, storyFilesIn } from "../../src/store/story-files.ts";
import { webRoutes } from "../../src/web/routes.ts";

/** The web routes over the given stories on a random local port. */
export async function startWeb(stories: readonly Story[]): Promise<{ url: string; close: () => Promise<void> }> {
  const app = webRoutes({ catalog: memoryCatalog(stories) });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Every bundled work (stories/) plus the lighthouse fixture; files being written may be skipped. */
export function testStories(options: { bundled?: boolean; fixtures?: boolean } = {}): Story[] {
  const out: Story[] = options.fixtures === false ? [] : [fixture("lighthouse.yaml")];
  if (options.bundled !== false) {
    for (const file of storyFilesIn(BUNDLED_STORIES)) {
      const loaded = loadStoryFiles([file]);
      if (loaded.ok) out.push(...loaded.stories);
      else console.warn(`skipping ${file}: ${loaded.problems.length} problems`);
    }
  }
  return out;
}

/** A story file from test/fixtures/ (or, with a leading "./", from test/web/). */
export function fixture(name: string): Story {
  const url = name.startsWith("./") ? new URL(name, import.meta.url) : new URL(`../fixtures/${name}`, import.meta.url);
  const loaded = loadStory(readFileSync(url, "utf8"), name);
  if (!loaded.ok) throw new Error(`fixture ${name}: ${loaded.problems.map((p) => p.message).join("; ")}`);
  return loaded.story;
}

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A fresh Chromium profile per call; close() removes it. */
export async function launchBrowser(options: { javaScriptEnabled?: boolean; width?: number; height?: number; colorScheme?: "light" | "dark"; bypassCSP?: boolean } = {}): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's Chromium with \`apt-get install -y chromium\` (.ci/run does this)`);
  const dir = mkdtempSync(join(tmpdir(), "afterimage-chromium-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? "light",
    bypassCSP: options.bypassCSP ?? false,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** The static files in src/web/assets/: read once, served with a content hash in the URL. */
const TYPES: Record<string, string> = {
  "app.css": "text/css; charset=utf-8",
  "app.js": "text/javascript; charset=utf-8",
  "icon.svg": "image/svg+xml",
};

export interface Asset {
  readonly body: Buffer;
  readonly type: string;
  readonly hash: string;
}

let loaded: Map<string, Asset> | undefined;

function assets(): Map<string, Asset> {
  if (!loaded) {
    loaded = new Map(
      Object.entries(TYPES).map(([name, type]) => {
        const body = readFileSync(new URL(`./assets/${name}`, import.meta.url));
        return [name, { body, type, hash: createHash("sha256").update(body).digest("hex").slice(0, 12) }];
      }),
    );
  }
  return loaded;
}

export function asset(name: string): Asset | undefined {
  return assets().get(name);
}

/** The URL of an asset with its content hash, so it can be cached for a year. */
export function assetUrl(name: string): string {
  const a = asset(name);
  return `/assets/${name}${a ? `?v=${a.hash}` : ""}`;
}

/** Colour contrast of the stylesheet's palette, light and dark (WCAG 2 AA: 4.5 for text, 3 for focus rings). */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

const css = readFileSync(new URL("../../src/web/assets/app.css", import.meta.url), "utf8");

function palette(block: string): Map<string, string> {
  return new Map([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
}

const light = palette(/:root\s*\{([^}]*)\}/.exec(css)![1]!);
const dark = new Map([...light, ...palette(/prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)![1]!)]);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function ratio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

const TEXT_PAIRS: [string, string][] = [
  ["text", "bg"], ["text", "surface"], ["text", "surface-2"], ["text", "warm-soft"], ["text", "accent-soft"],
  ["muted", "bg"], ["muted", "surface"], ["muted", "surface-2"], ["muted", "accent-soft"],
  ["accent", "bg"], ["accent", "surface"], ["accent-strong", "accent-soft"],
  ["on-accent", "accent"], ["on-accent", "accent-strong"],
  ["warm", "bg"], ["warm", "surface"], ["warm", "warm-soft"],
  ["believed", "bg"], ["bg", "text"],
];

for (const [name, colours] of [["light", light], ["dark", dark]] as const) {
  test(`${name} palette: text is at least 4.5:1 against every background it is used on`, () => {
    const failures = TEXT_PAIRS.map(([fg, bg]) => ({ fg, bg, r: ratio(colours.get(fg)!, colours.get(bg)!) })).filter((p) => p.r < 4.5);
    assert.deepEqual(failures.map((f) => `${f.fg} on ${f.bg}: ${f.r.toFixed(2)}`), []);
  });
  test(`${name} palette: the focus ring stands out (3:1)`, () => {
    assert.ok(ratio(colours.get("focus")!, colours.get("bg")!) >= 3);
    assert.ok(ratio(colours.get("focus")!, colours.get("surface")!) >= 3);
  });
}

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The invented test film (test/fixtures/lighthouse.yaml) and variants of it. */
export const LIGHTHOUSE_PATH = fileURLToPath(new URL("../../fixtures/lighthouse.yaml", import.meta.url));
export const LIGHTHOUSE = readFileSync(LIGHTHOUSE_PATH, "utf8");
export const LIGHTHOUSE_ID = "the-lighthouse-keeper";

/** The lighthouse film with another logline: a second, different version of the same work. */
export function lighthouseWith(logline: string): string {
  return LIGHTHOUSE.replace(/logline: .*/, `logline: ${logline}`);
}

/** The lighthouse film under another id (a different work). */
export function lighthouseAs(id: string): string {
  return LIGHTHOUSE.replace(`id: ${LIGHTHOUSE_ID}`, `id: ${id}`);
}

import { query } from "./escape.ts";

export type Section = "" | "timeline" | "recap" | "ask" | "check" | "ending";

/** Every work page URL carries the position, so a shared link is safe for whoever opens it. */
export function workUrl(work: string, section: Section, at: string, extra: Record<string, string | undefined> = {}): string {
  return `/works/${encodeURIComponent(work)}${section ? `/${section}` : ""}${query({ at, ...extra })}`;
}

import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";

/**
 * Where the reader said they are, per work, remembered in a cookie so that it works without
 * JavaScript. Only an explicit use of the progress control writes it: opening a shared link
 * never moves the reader's own position (a link at the end must not become their progress).
 */
const PREFIX = "at-";
const YEAR = 365 * 24 * 3600;

export function rememberedAt(c: Context, work: string): string | undefined {
  const value = getCookie(c, PREFIX + work);
  return value && value.length <= 40 ? value : undefined;
}

export function rememberedAll(c: Context): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(getCookie(c))) {
    if (name.startsWith(PREFIX) && value.length <= 40) out.set(name.slice(PREFIX.length), value);
  }
  return out;
}

export function remember(c: Context, work: string, label: string): void {
  setCookie(c, PREFIX + work, label, { path: "/", maxAge: YEAR, sameSite: "Lax", httpOnly: true });
}

export function forget(c: Context, work: string): void {
  setCookie(c, PREFIX + work, "", { path: "/", maxAge: 0, sameSite: "Lax", httpOnly: true });
}

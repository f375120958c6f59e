/** A work version's entity tag: strong, opaque to clients, `"v<version>"`. */
export function etagOf(version: number): string {
  return `"v${version}"`;
}

/**
 * The versions an If-Match header names: `*` for any, or the listed strong tags. Weak tags
 * never match (If-Match uses strong comparison) and tags that are not ours match nothing.
 */
export function parseIfMatch(header: string): "*" | number[] {
  if (header.trim() === "*") return "*";
  return header
    .split(",")
    .map((t) => /^"v(\d+)"$/.exec(t.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]));
}

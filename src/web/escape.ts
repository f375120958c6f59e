/**
 * HTML escaping for every page. Templates are written with the `html` tag: each interpolated
 * value is escaped unless it is already `Html` (the output of another `html` template or of
 * `raw`, which is only for markup this module's callers wrote themselves). Arrays are joined,
 * and `undefined`, `null` and `false` render as nothing, so conditionals read naturally.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Renderable = Html | string | number | boolean | null | undefined | readonly Renderable[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML text and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function render(value: Renderable): string {
  if (value === undefined || value === null || value === false || value === true) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Renderable[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Trusted markup written in this code base (never story or user text). */
export function raw(markup: string): Html {
  return new Html(markup);
}

export function join(items: readonly Renderable[], separator: Renderable = ""): Html {
  return new Html(items.map(render).join(render(separator)));
}

/** An http(s) URL from a story file or undefined; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A query string from pairs, skipping undefined values. Position characters that are legal in a
 * query (~ : @) stay readable, so a shared link reads `?at=~47m` or `?at=S01E03@12:30`.
 */
export function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) search.set(k, v);
  const s = search.toString().replace(/%7E/gi, "~").replace(/%3A/gi, ":").replace(/%40/g, "@");
  return s ? `?${s}` : "";
}

import { AfterimageError } from "./errors.ts";

/**
 * A point in a work, totally ordered by `ord`. Each work kind has its own scale that turns
 * the reader's syntax into `ord` and back. "Revealed at P" means a reader at Q knows it iff
 * P.ord <= Q.ord; approximation never changes the order, only the label.
 */
export interface Position {
  readonly ord: number;
  readonly approx: boolean;
  readonly label: string;
}

export interface PositionScale {
  readonly kind: "film" | "series" | "book";
  readonly start: Position;
  readonly end: Position;
  /** Parses the reader's syntax; throws AfterimageError("invalid-position") with what was expected. */
  parse(text: string): Position;
  /** The canonical label of an ord (parse(format(ord)).ord === ord for every ord the scale produces). */
  format(ord: number, approx?: boolean): string;
  /** A one-line description of the syntax, for error messages and help. */
  readonly syntax: string;
}

export function knows(reader: Position, revealedAt: Position): boolean {
  return revealedAt.ord <= reader.ord;
}

export function invalidPosition(text: string, why: string, scale: Pick<PositionScale, "syntax">): AfterimageError {
  return new AfterimageError("invalid-position", `${why}; expected ${scale.syntax}`, { position: text });
}

export function splitApprox(text: string): { body: string; approx: boolean } {
  const trimmed = text.trim();
  return trimmed.startsWith("~") ? { body: trimmed.slice(1).trim(), approx: true } : { body: trimmed, approx: false };
}

/** `mm:ss` or `h:mm:ss` to seconds; undefined when it is not a clock. */
export function parseClock(text: string): number | undefined {
  const m = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(text);
  if (!m) return undefined;
  const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
  return c === undefined ? a * 60 + b : a * 3600 + b * 60 + c;
}

export function formatClock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}

export function percentOf(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)%$/.exec(text);
  return m ? Number(m[1]) / 100 : undefined;
}

/** What a work kind supplies; `scaleOf` adds what every kind shares: `~`, `start`, `end` and labels. */
export interface ScaleSpec {
  readonly kind: PositionScale["kind"];
  readonly syntax: string;
  /** The ord of the end of the work. */
  readonly end: number;
  /** The label of an ord after the start, without `~` ("end" for the end where the kind says so). */
  label(ord: number): string;
  /**
   * The ord of a lower-cased position other than `start` and `end`; `fail(why)` throws the
   * invalid-position error (`text` is what the reader wrote, for the message).
   */
  ord(lower: string, fail: (why: string) => never, text: string): number;
}

export function scaleOf(spec: ScaleSpec): PositionScale {
  const format = (ord: number, approx = false): string => {
    const body = ord <= 0 ? "start" : spec.label(ord);
    return approx && body !== "start" && body !== "end" ? `~${body}` : body;
  };
  return {
    kind: spec.kind,
    syntax: spec.syntax,
    start: { ord: 0, approx: false, label: "start" },
    end: { ord: spec.end, approx: false, label: format(spec.end) },
    format,
    parse(text: string): Position {
      const { body, approx } = splitApprox(text);
      const lower = body.toLowerCase();
      const fail = (why: string): never => {
        throw invalidPosition(text, why, spec);
      };
      const ord = lower === "start" ? 0 : lower === "end" ? spec.end : spec.ord(lower, fail, text);
      return { ord, approx, label: format(ord, approx) };
    },
  };
}

import { formatClock, invalidPosition, parseClock, percentOf, splitApprox, type Position, type PositionScale } from "../position.ts";

/** Film positions in whole seconds from the start: `91m`, `1:31:00`, `91:00`, `87%`, `start`, `end`. */
export function filmScale(runtimeMinutes: number): PositionScale {
  const endSeconds = Math.round(runtimeMinutes * 60);
  const syntax = `a time in the film (runtime ${runtimeMinutes} min) such as \`47m\`, \`1:31:00\`, \`91:00\`, \`87%\`, \`start\` or \`end\`, optionally prefixed with ~`;

  const format = (ord: number, approx = false): string => {
    const body = ord === 0 ? "start" : ord === endSeconds ? "end" : ord % 60 === 0 ? `${ord / 60}m` : formatClock(ord);
    return approx && ord !== 0 && ord !== endSeconds ? `~${body}` : body;
  };

  const seconds = (body: string): number | undefined => {
    const lower = body.toLowerCase();
    if (lower === "start") return 0;
    if (lower === "end") return endSeconds;
    const minutes = /^(\d+(?:\.\d+)?)\s*m(?:in)?$/.exec(lower);
    if (minutes) return Math.round(Number(minutes[1]) * 60);
    const clock = parseClock(lower);
    if (clock !== undefined) return clock;
    const pct = percentOf(lower);
    return pct === undefined ? undefined : Math.round(endSeconds * pct);
  };

  const scale: PositionScale = {
    kind: "film",
    syntax,
    start: { ord: 0, approx: false, label: "start" },
    end: { ord: endSeconds, approx: false, label: "end" },
    format,
    parse(text: string): Position {
      const { body, approx } = splitApprox(text);
      const ord = seconds(body);
      if (ord === undefined) throw invalidPosition(text, `\`${text}\` is not a film position`, scale);
      if (ord > endSeconds) throw invalidPosition(text, `\`${text}\` is past the end of the film (${runtimeMinutes} min)`, scale);
      return { ord, approx, label: format(ord, approx) };
    },
  };
  return scale;
}

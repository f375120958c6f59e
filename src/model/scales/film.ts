import { formatClock, parseClock, percentOf, scaleOf, type PositionScale } from "../position.ts";

/** Film positions in whole seconds from the start: `91m`, `1:31:00`, `91:00`, `87%`, `start`, `end`. */
export function filmScale(runtimeMinutes: number): PositionScale {
  const end = Math.round(runtimeMinutes * 60);
  return scaleOf({
    kind: "film",
    syntax: `a time in the film (runtime ${runtimeMinutes} min) such as \`47m\`, \`1:31:00\`, \`91:00\`, \`87%\`, \`start\` or \`end\`, optionally prefixed with ~`,
    end,
    label: (ord) => (ord === end ? "end" : ord % 60 === 0 ? `${ord / 60}m` : formatClock(ord)),
    ord(lower, fail, text) {
      const minutes = /^(\d+(?:\.\d+)?)\s*m(?:in)?$/.exec(lower);
      const pct = percentOf(lower);
      const ord = minutes ? Math.round(Number(minutes[1]) * 60) : parseClock(lower) ?? (pct === undefined ? undefined : Math.round(end * pct));
      if (ord === undefined) return fail(`\`${text}\` is not a film position`);
      if (ord > end) return fail(`\`${text}\` is past the end of the film (${runtimeMinutes} min)`);
      return ord;
    },
  });
}

import { formatClock, parseClock, scaleOf, type PositionScale } from "../position.ts";

export interface SeasonShape {
  readonly number: number;
  readonly episodes: readonly { readonly number: number; readonly runtime?: number | undefined }[];
}

/** Room for one episode on the ord axis: 100,000 s (over 27 hours); the last slot is the episode's end. */
const SLOT = 100_000;
const EPISODE_END = SLOT - 1;

/**
 * Series positions: `S07E03` (end of the episode), `S07E03@12:30` (12:30 into it), `S07` (end of
 * the season), `start`, `end`. ord = global episode index * SLOT + seconds into the episode.
 */
export function seriesScale(seasons: readonly SeasonShape[]): PositionScale {
  const flat = seasons.flatMap((s) => s.episodes.map((e) => ({ season: s.number, episode: e.number, runtime: e.runtime })));
  const indexOf = new Map(flat.map((e, i) => [`${e.season}x${e.episode}`, i]));
  const last = flat.length - 1;
  const code = (season: number, episode: number) => `S${pad(season)}E${pad(episode)}`;
  const syntax = `an episode such as \`S01E01\`, a time in one such as \`S01E01@12:30\`, a season such as \`S01\`, \`start\` or \`end\` (seasons ${seasons[0]?.number ?? 1}–${seasons.at(-1)?.number ?? 1})`;

  return scaleOf({
    kind: "series",
    syntax,
    end: last * SLOT + EPISODE_END,
    label(ord) {
      const ep = flat[Math.floor(ord / SLOT)];
      if (!ep) return "end";
      const offset = ord % SLOT;
      return offset === EPISODE_END ? code(ep.season, ep.episode) : `${code(ep.season, ep.episode)}@${formatClock(offset)}`;
    },
    ord(lower, fail, text) {
      const m = /^s(\d{1,2})(?:e(\d{1,3})(?:@(.+))?)?$/.exec(lower);
      if (!m) return fail(`\`${text}\` is not a series position`);
      const seasonNumber = Number(m[1]);
      const season = seasons.find((s) => s.number === seasonNumber);
      if (!season) return fail(`\`${text}\` is past the end of the series (${seasons.length} seasons)`);
      if (m[2] === undefined) return indexOf.get(`${seasonNumber}x${season.episodes.at(-1)!.number}`)! * SLOT + EPISODE_END;
      const episodeNumber = Number(m[2]);
      const index = indexOf.get(`${seasonNumber}x${episodeNumber}`);
      if (index === undefined) {
        return fail(`\`${code(seasonNumber, episodeNumber)}\` is past the end of season ${seasonNumber} (${season.episodes.length} episodes)`);
      }
      if (m[3] === undefined) return index * SLOT + EPISODE_END;
      const offset = parseClock(m[3]);
      if (offset === undefined) return fail(`\`${m[3]}\` is not a time into the episode (mm:ss or h:mm:ss)`);
      const runtime = flat[index]!.runtime;
      if (offset >= EPISODE_END || (runtime !== undefined && offset > runtime * 60)) {
        return fail(`\`${text}\` is past the end of ${code(seasonNumber, episodeNumber)}${runtime ? ` (${runtime} min)` : ""}`);
      }
      return index * SLOT + offset;
    },
  });
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

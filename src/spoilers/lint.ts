import type { FieldPath } from "../model/compile.ts";
import type { Story } from "../model/story.ts";
import { lexiconOf } from "./lexicon.ts";
import { emptyEvidence, link, scan } from "./link.ts";
import { readerView } from "./reader.ts";

/** Something in a story file that loads but reads wrongly to the checker, with where it is. */
export interface StoryWarning {
  readonly path: FieldPath;
  readonly message: string;
}

/**
 * A fact's statement or cue that uses a name the audience learns only after the fact ("Ramsay"
 * for a scene before his name is said): checked at the fact's own position, the checker reads
 * that name as a reveal of something later, so the fact's own words are flagged there.
 */
export function laterNamesInFacts(story: Story): StoryWarning[] {
  const lexicon = lexiconOf(story);
  const fileIndex = new Map(story.file.facts.map((f, i) => [f.id, i]));
  const warnings: StoryWarning[] = [];
  for (const fact of story.facts) {
    const view = readerView(lexicon, fact.at.ord);
    const at = fileIndex.get(fact.id)!;
    const texts: [FieldPath, string][] = [[["facts", at, "statement"], fact.statement], ...fact.cues.map((cue, j): [FieldPath, string] => [["facts", at, "cues", j], cue])];
    for (const [path, text] of texts) {
      const hits = scan(lexicon, text);
      const ev = emptyEvidence(lexicon);
      link(lexicon, view, text, hits, 0, { start: 0, end: text.length }, ev);
      if (ev.lateNames.size === 0) continue;
      const names = [...new Set(hits.term.flatMap((t, k) => (view.lateNames.has(t) ? [text.slice(hits.start[k], hits.end[k])] : [])))];
      const label = names.map((n) => `"${n}"`).join(", ");
      warnings.push({ path, message: `uses ${label}, a name the audience learns only after this fact (${fact.at.label}): the checker reads it there as a reveal of something later` });
    }
  }
  return warnings;
}

/**
 * Related works, by shared non-spoiler tags only. The model has no links between works, so the
 * caller passes the other works; a tag that is a spoiler in either work never counts, and the
 * stated reason names only the shared public tags.
 */
import type { Story, WorkInfo } from "../model/story.ts";
import { NO_CITES, paragraph, type ListItem, type Section } from "./article.ts";
import { listJoin } from "./prose.ts";
import type { ReaderView } from "./view.ts";

/** What explain needs of another work: a compiled story, or just its public metadata. */
export type RelatedCandidate =
  | Story
  | (Pick<WorkInfo, "id" | "title" | "kind" | "year"> & { readonly tags: readonly { readonly name: string; readonly spoiler: boolean }[] });

const MAX_RELATED = 5;

export interface RelatedWork {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly shared: readonly string[];
}

export function relatedWorks(view: ReaderView, candidates: readonly RelatedCandidate[]): RelatedWork[] {
  const own = new Map(view.work.tags.filter((t) => !t.spoiler).map((t) => [t.name.toLowerCase(), t.name]));
  return candidates
    .map((c) => ("file" in c ? c.work : c))
    .filter((w) => w.id !== view.work.id)
    .map((w) => ({
      id: w.id,
      title: w.title,
      year: w.year,
      shared: [...new Set(w.tags.filter((t) => !t.spoiler && own.has(t.name.toLowerCase())).map((t) => own.get(t.name.toLowerCase())!))],
    }))
    .filter((w) => w.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length || a.title.localeCompare(b.title))
    .slice(0, MAX_RELATED);
}

export function relatedSection(view: ReaderView, candidates: readonly RelatedCandidate[]): Section | undefined {
  const works = relatedWorks(view, candidates);
  if (works.length === 0) return undefined;
  const items: ListItem[] = works.map((w) => ({ text: `${w.title} (${w.year})`, note: `also tagged ${listJoin(w.shared)}`, cites: NO_CITES }));
  return {
    id: "related",
    title: "Related works",
    blocks: [paragraph("Other works that share its public tags (never its spoiler ones):"), { type: "list", ordered: false, items, cites: NO_CITES }],
  };
}

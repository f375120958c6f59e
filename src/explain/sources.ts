/**
 * What the creators said (sourced quotes and paraphrases, with person, outlet, interviewer and
 * date) and the disputed details, each value with the sources that give it.
 */
import type { Source } from "../model/story.ts";
import { cites, paragraph, subheading, type Attribution, type Block, type Section } from "./article.ts";
import { asSentence, listJoin } from "./prose.ts";
import type { ReaderView } from "./view.ts";

/** "Andrew Haigh, interviewed by Evan Ross Katz (2023)", "Daily Mail (2024)". */
export function sourceName(s: Source): string {
  const who = s.person ?? s.outlet ?? "an uncredited source";
  const where = [s.person && s.outlet ? `in ${s.outlet}` : undefined, s.interviewer ? `interviewed by ${s.interviewer}` : undefined].filter(Boolean);
  const named = `${who}${where.length > 0 ? `, ${where.join(", ")}` : ""}`;
  return /\)$/.test(named) ? `${named}, ${s.date}` : `${named} (${s.date})`;
}

export function attribution(s: Source): Attribution {
  return {
    ...(s.person ? { person: s.person } : {}),
    ...(s.role ? { role: s.role } : {}),
    ...(s.outlet ? { outlet: s.outlet } : {}),
    ...(s.interviewer ? { interviewer: s.interviewer } : {}),
    date: s.date,
    ...(s.url && /^https?:\/\//i.test(s.url) ? { url: s.url } : {}),
  };
}

/** Quotes and paraphrases of named people: the creators first, then anyone else quoted. */
export function creatorSources(view: ReaderView): Source[] {
  const creators = new Set(view.work.creators.map((c) => c.name));
  const said = view.sources.filter((s) => s.person && (s.kind === "quote" || s.kind === "paraphrase"));
  return [...said.filter((s) => creators.has(s.person!)), ...said.filter((s) => !creators.has(s.person!))];
}

export function roleOf(view: ReaderView, s: Source): string | undefined {
  if (s.role) return s.role;
  const roles = view.work.creators.filter((c) => c.name === s.person).map((c) => c.role);
  return roles.length > 0 ? listJoin(roles) : undefined;
}

export function creatorsSection(view: ReaderView): Section | undefined {
  const said = creatorSources(view);
  if (said.length === 0) return undefined;
  const people = [...new Set(said.map((s) => s.person!))];
  const intro = people.map((person) => {
    const s = said.find((x) => x.person === person)!;
    const role = roleOf(view, s);
    return role ? `${person}, ${view.noun}'s ${role},` : person;
  });
  const blocks: Block[] = [
    paragraph(`What ${listJoin(intro)} ${people.length === 1 ? "has" : "have"} said, with where and when; a paraphrase is their point in our words, a quote their own.`, cites({ sources: said.map((s) => s.id) })),
  ];
  for (const s of said) {
    const role = roleOf(view, s);
    const attr = attribution(s);
    blocks.push({ type: "source", kind: s.kind, text: s.text, attribution: role && !attr.role ? { ...attr, role } : attr, cites: cites({ sources: [s.id] }) });
  }
  return { id: "creators", title: "What the creators said", blocks };
}

export function disputedSection(view: ReaderView): Section | undefined {
  if (view.disputed.length === 0) return undefined;
  const blocks: Block[] = [];
  for (const d of view.disputed) {
    const sourceIds = d.values.flatMap((v) => v.sources.filter((id) => view.sourceById.has(id)));
    blocks.push(subheading(asSentence(d.question).replace(/\.$/, ""), cites({ sources: sourceIds })));
    blocks.push(paragraph("Published accounts give different answers:", cites({ sources: sourceIds })));
    blocks.push({
      type: "list",
      ordered: false,
      items: d.values.map((v) => {
        const known = v.sources.flatMap((id) => view.sourceById.get(id) ?? []);
        return { text: v.value, note: known.length > 0 ? `according to ${known.map(sourceName).join("; ")}` : "source not yet public", cites: cites({ sources: known.map((s) => s.id) }) };
      }),
      cites: cites({ sources: sourceIds }),
    });
  }
  return { id: "disputed", title: "Disputed details", blocks };
}

/**
 * The questions readers ask after the ending, answered from the model: what the ending means,
 * what is real and what is not, and whether the central pair are OK.
 */
import type { Reality } from "../model/schema.ts";
import { cites, mergeCites, paragraph, subheading, type Block, type Cites, type Section } from "./article.ts";
import { centralPair, deaths, fateOf, saysDead, type Fate } from "./fates.ts";
import { asSentence, capitalise, listJoin, lowerFirst, numberWord, smooth, stripStop } from "./prose.ts";
import { pronounFor } from "./pronouns.ts";
import { keyEvents, statusOf } from "./readings.ts";
import { creatorSources, sourceName } from "./sources.ts";
import type { ReaderView } from "./view.ts";

const AS: Record<Reality, string> = {
  real: "real",
  imagined: "imagined",
  ghost: "meetings with ghosts",
  dream: "dreamed",
  lie: "lies",
  ambiguous: "open questions",
};

export function questionsSection(view: ReaderView): Section | undefined {
  const blocks = [...endingMeaning(view), ...whatIsReal(view), ...areTheyOk(view)];
  return blocks.length > 0 ? { id: "questions", title: "The questions readers ask", blocks } : undefined;
}

function endingMeaning(view: ReaderView): Block[] {
  const endings = view.facts.filter((f) => f.kind === "ending");
  const last = endings.at(-1);
  const sentences: string[] = [];
  let c: Cites = cites({});
  if (last) {
    sentences.push(`${capitalise(view.noun)} ends on this: ${lowerFirst(asSentence(last.statement), view.proper)}`);
    c = mergeCites(c, cites({ facts: [last.id] }));
  }
  const rows = keyEvents(view);
  if (view.readings.length > 0) {
    // Each reading's dominant take on the key events it addresses, readings with the same take together.
    const takes = new Map<string, string[]>();
    for (const r of view.readings) {
      const addressed = rows.filter((e) => statusOf(r, e.id) !== undefined);
      if (addressed.length === 0) continue;
      const counts = new Map<Reality, number>();
      for (const e of addressed) counts.set(statusOf(r, e.id)!, (counts.get(statusOf(r, e.id)!) ?? 0) + 1);
      const unreal = [...counts].filter(([st]) => st !== "real").sort((a, b) => b[1] - a[1])[0];
      const whole = addressed.length === rows.length;
      const take = unreal
        ? `${numberWord(unreal[1])} of the ${numberWord(addressed.length)} key events${whole ? "" : " it addresses"} as ${AS[unreal[0]]}`
        : `${whole ? `all ${numberWord(addressed.length)} key events` : addressed.length === 1 ? "the key event it addresses" : `all ${numberWord(addressed.length)} key events it addresses`} as real`;
      takes.set(take, [...(takes.get(take) ?? []), `“${r.name}”`]);
    }
    if (takes.size > 0) {
      const parts = [...takes].map(([take, names]) => `${listJoin(names)} ${names.length === 1 ? "takes" : "take"} ${names.length === 1 ? take.replace("they address", "it addresses") : take.replace("it addresses", "they address")}`);
      sentences.push(`What it means depends on the reading: ${parts.length > 1 ? `${parts.slice(0, -1).join("; ")}; and ${parts.at(-1)}` : parts[0]}.`);
    } else {
      sentences.push(`Readers have put forward ${numberWord(view.readings.length)} readings of it: ${listJoin(view.readings.map((r) => `“${r.name}”`))}.`);
    }
    c = mergeCites(c, cites({ readings: view.readings.map((r) => r.id), events: rows.map((e) => e.id) }));
  }
  const creator = creatorSources(view)[0];
  if (creator) {
    sentences.push(
      creator.kind === "quote"
        ? `In the words of ${sourceName(creator)}: “${creator.text.trim()}”`
        : `In our paraphrase of ${sourceName(creator)}: ${lowerFirst(asSentence(firstSentence(creator.text)), view.proper)}`,
    );
    c = mergeCites(c, cites({ sources: [creator.id] }));
  }
  if (sentences.length === 0) return [];
  return [subheading("What does the ending mean?"), paragraph(sentences.join(" "), c)];
}

function whatIsReal(view: ReaderView): Block[] {
  const rows = keyEvents(view);
  if (view.readings.length === 0 || rows.length === 0) return [];
  const addressing = (id: string) => view.readings.filter((r) => statusOf(r, id) !== undefined);
  const shared = (id: string): Reality | undefined => {
    const statuses = new Set(addressing(id).map((r) => statusOf(r, id)));
    return statuses.size === 1 ? [...statuses][0] : undefined;
  };
  const real = rows.filter((e) => shared(e.id) === "real");
  const unreal = rows.filter((e) => shared(e.id) !== undefined && shared(e.id) !== "real");
  const split = rows.filter((e) => shared(e.id) === undefined);
  const everyone = (events: typeof rows) => events.every((e) => addressing(e.id).length === view.readings.length);
  const all = (events: typeof rows) =>
    !everyone(events) ? "The readings that address them" : view.readings.length === 1 ? "The one reading" : view.readings.length === 2 ? "Both readings" : `All ${numberWord(view.readings.length)} readings`;
  const readingIds = view.readings.map((r) => r.id);
  const blocks: Block[] = [subheading("What is real and what is not?")];
  const list = (events: typeof rows, note?: (id: string) => string): Block => ({
    type: "list",
    ordered: false,
    items: events.map((e) => ({ text: asSentence(e.summary), ...(note ? { note: note(e.id) } : {}), cites: cites({ events: [e.id] }) })),
    cites: cites({ events: events.map((e) => e.id) }),
  });
  if (real.length > 0) {
    const these = real.length === 1 ? "this key event really happens" : `these ${numberWord(real.length)} key events really happen`;
    blocks.push(paragraph(`${all(real)} agree that ${these}:`, cites({ readings: readingIds, events: real.map((e) => e.id) })), list(real));
  } else {
    blocks.push(paragraph("No key event is real under every reading.", cites({ readings: readingIds })));
  }
  if (unreal.length > 0) {
    const lead = real.length > 0 && everyone(unreal) === everyone(real) ? "They agree, too, that" : `${all(unreal)} agree that`;
    const these = unreal.length === 1 ? "this one is not real" : `these ${numberWord(unreal.length)} are not real`;
    blocks.push(paragraph(`${lead} ${these}:`, cites({ readings: readingIds, events: unreal.map((e) => e.id) })), list(unreal, (id) => shared(id)!));
  }
  if (split.length > 0) {
    const other = real.length + unreal.length === 0 ? `all ${numberWord(split.length)}` : `the other ${split.length === 1 ? "one" : numberWord(split.length)}`;
    blocks.push(paragraph(`They part ways over ${other}, which the table above sets side by side.`, cites({ readings: readingIds, events: split.map((e) => e.id) })));
  }
  return blocks;
}

function areTheyOk(view: ReaderView): Block[] {
  const pair = centralPair(view);
  if (pair.length === 0) return [];
  const name = (id: string) => view.characters.find((c) => c.id === id)!.name;
  const died = deaths(view);
  const question = pair.length === 2 ? `Are ${name(pair[0]!)} and ${name(pair[1]!)} OK?` : `Is ${name(pair[0]!)} OK?`;
  const sentences: string[] = [];
  let c: Cites = cites({});
  const fates = new Map<string, Fate>();
  for (const id of pair) {
    const fate = fateOf(view, id, died, [...fates.values()].some((f) => f.dead) ? "Nor" : "Not");
    fates.set(id, fate);
    sentences.push(...fate.sentences);
    c = mergeCites(c, fate.cites);
  }
  const anyDead = [...fates.values()].some((f) => f.dead);
  for (const id of pair) {
    const fate = fates.get(id)!;
    if (fate.dead || fate.sentences.length > 0) continue;
    const doubting = view.readings.filter((r) => saysDead(r, view.characters.find((x) => x.id === id)!.names));
    const gender = view.cast.characters.find((x) => x.id === id)?.gender;
    const who = gender ? pronounFor(gender, "subject") : name(id);
    const but = doubting.length > 0
      ? `, although ${doubting.length === 1 ? `one reading, ${doubting[0]!.name}, holds` : `${numberWord(doubting.length)} readings hold`} that ${who} is dead${anyDead ? " too" : ""}`
      : "";
    sentences.push(`As far as ${view.noun} shows, ${name(id)} is alive at the end${but}.`);
    c = mergeCites(c, cites({ readings: doubting.map((r) => r.id) }));
  }
  const together = view.facts.filter((f) => f.kind === "ending" && pair.every((id) => f.entities.includes(id))).slice(-2);
  if (together.length > 0) {
    const parts = together.map((f) => lowerFirst(stripStop(f.statement), view.proper));
    sentences.push(`At the end, ${parts.join(", and ")}.`);
    c = mergeCites(c, cites({ facts: together.map((f) => f.id) }));
  }
  if (view.readings.length > 0) sentences.push("Whether that is a happy ending depends on which reading you hold; each is set out above.");
  return [subheading(question), paragraph(smooth(sentences.join(" "), view.proper), c)];
}

function firstSentence(text: string): string {
  return text.trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? text;
}

/**
 * The "ending explained" article, for a reader who has finished: headline and standfirst, a
 * spoiler warning, the premise, what happened in shown order, the twist, the chronology, what is
 * real under each reading, what the creators said, disputed details, the questions readers ask
 * and related works. Sections with nothing to say are left out.
 */
import { cites, paragraph, type Section } from "./article.ts";
import { chronologySection } from "./chronology.ts";
import { endingHeadline, endingStandfirst } from "./headline.ts";
import { narrativeByPart } from "./narrative.ts";
import { Narrator } from "./narrator.ts";
import { questionsSection } from "./questions.ts";
import { realitySection } from "./readings.ts";
import { relatedSection, type RelatedCandidate } from "./related.ts";
import { creatorSources, creatorsSection, disputedSection } from "./sources.ts";
import { twistMoments, twistSection } from "./twist.ts";
import type { ReaderView } from "./view.ts";

export interface Drafted {
  readonly headline: string;
  readonly standfirst: string;
  readonly sections: readonly Section[];
}

export function endingArticle(view: ReaderView, related: readonly RelatedCandidate[]): Drafted {
  const narrator = new Narrator(view.cast);
  const premiseFacts = view.facts.filter((f) => f.kind === "premise");
  const story = view.facts.filter((f) => f.kind !== "premise");
  const moments = twistMoments(view);
  const creator = creatorSources(view)[0]?.person;
  const shape = { twists: moments.length, readings: view.readings.length, creator };

  const warning: Section = {
    id: "spoiler-warning",
    title: "Spoiler warning",
    blocks: [
      {
        type: "warning",
        text: `This article gives away all of ${view.work.title}, ending included. Not finished yet? Ask for a recap at your position instead: it stops exactly where you are.`,
        cites: cites({}),
      },
    ],
  };
  const premise: Section = {
    id: "premise",
    title: "The premise",
    blocks: [
      paragraph(view.work.logline.trim()),
      ...narrator.paragraphs(premiseFacts.map((f) => ({ text: f.statement, ord: view.ord(f.at), cites: cites({ facts: [f.id] }) }))).map((p) => paragraph(p.text, p.cites)),
    ],
  };
  const happened: Section | undefined = story.length > 0
    ? { id: "what-happened", title: "What happened", blocks: narrativeByPart(view, story, narrator) }
    : undefined;

  const sections = [
    warning,
    premise,
    happened,
    twistSection(view),
    chronologySection(view),
    realitySection(view),
    creatorsSection(view),
    disputedSection(view),
    questionsSection(view),
    relatedSection(view, related),
  ].filter((s): s is Section => s !== undefined);

  return {
    headline: endingHeadline(view, shape),
    standfirst: endingStandfirst(view, shape, moments[0]?.at),
    sections,
  };
}

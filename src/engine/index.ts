export { ask, type Answer } from "./ask.ts";
export { character, type CharacterCard } from "./character.ts";
export { known, type Known, type KnownFact } from "./known.ts";
export { nextReveal } from "./next-reveal.ts";
export { reality, type Reading } from "./reality.ts";
export { metEntities, knownNames, findMetEntity } from "./reader.ts";
export { workAt, type WorkView } from "./work.ts";
export { timeline, type Timeline, type TimelineEvent, type TimelineOrder } from "./timeline.ts";

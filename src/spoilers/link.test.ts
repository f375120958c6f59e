import assert from "node:assert/strict";
import { test } from "node:test";
import { lexiconOf, nameVariants, typos } from "./lexicon.ts";
import { carryOver, emptyEvidence, link, scan } from "./link.ts";
import { readerView } from "./reader.ts";
import { bundled, RIVERS, storyFrom } from "./testing/stories.ts";

const story = storyFrom(RIVERS);

const lexicon = lexiconOf(story);

/** What a reader at `at` has linked in a whole text. */
function evidence(text: string, at = "S01E01") {
  const ev = emptyEvidence(lexicon);
  link(lexicon, readerView(lexicon, story.scale.parse(at).ord), text, scan(lexicon, text), 0, { start: 0, end: text.length }, ev);
  return ev;
}

/** The ids of the entities linked in a text, as a reader at `at` would have them linked. */
function linked(text: string, at = "S01E01"): string[] {
  return [...evidence(text, at).entities].map((e) => lexicon.entities[e]!.id).sort();
}

let got: { story: ReturnType<typeof bundled>; lexicon: ReturnType<typeof lexiconOf> } | undefined;

/** What a reader at S07E03 has linked in a text about Game of Thrones: for rules that need a story of its size. */
function gotEvidence(text: string) {
  if (!got) {
    const story = bundled("game-of-thrones");
    got = { story, lexicon: lexiconOf(story) };
  }
  const ev = emptyEvidence(got.lexicon);
  link(got.lexicon, readerView(got.lexicon, got.story.scale.parse("S07E03").ord), text, scan(got.lexicon, text), 0, { start: 0, end: text.length }, ev);
  return ev;
}

/** The ids of the Game of Thrones entities linked in a text at S07E03. */
function gotNamed(text: string): string[] {
  return [...gotEvidence(text).entities].map((e) => got!.lexicon.entities[e]!.id).sort();
}

test("names match in any case, with possessives, plurals and as hashtags", () => {
  assert.deepEqual(linked("MARA VELL"), ["mara"]);
  assert.deepEqual(linked("mara's boat"), ["mara"]);
  assert.deepEqual(linked("Oskar’s hat"), ["oskar"]);
  assert.deepEqual(linked("#MaraVell forever"), ["mara"]);
  assert.deepEqual(linked("two Oskars"), ["oskar"]);
});

test("hashtags that are just names, in the run of tags ending a post, label its topic and name no one", () => {
  assert.deepEqual(linked("What a day! #MaraVell #Oskar"), []);
  assert.deepEqual(linked("What a day 😍 #Oskar"), []);
  assert.deepEqual(linked("Oskar saves #Mara"), ["mara", "oskar"], "right after a word, a tag is part of the sentence");
  assert.deepEqual(linked("Oskar saves #Mara #TheRivers #Oskar"), ["mara", "oskar"]);
  assert.deepEqual(linked("#Mara is back"), ["mara"], "words follow: the tag is part of the sentence");
});

test("a character's name in brackets after the actor who plays them says who they play, not what they do", () => {
  assert.deepEqual(linked("Ilse Brand (Mara Vell) talks about fame"), []);
  assert.deepEqual(linked("ilse brand ( Mara ) on set"), []);
  assert.deepEqual(linked("Ilse Brand (Oskar) on set"), ["oskar"], "not her part");
  assert.deepEqual(linked("Ilse Brand says Mara wins (Mara!)"), ["mara"]);
});

test("a name the reader cannot know yet reveals even as a topic tag", () => {
  const ev = evidence("What a day! #QueenOfAsh");
  assert.deepEqual([...ev.entities], []);
  assert.deepEqual([...ev.lateNames].map((f) => lexicon.facts[f]!.fact.id), ["mara-is-queen"]);
});

test("fan names and nicknames link to their entity; 'the X' also without 'the'", () => {
  assert.deepEqual(linked("#Marskar is endgame"), ["mara-and-oskar"]);
  assert.deepEqual(linked("the ferrywoman waved"), ["mara"]);
  assert.deepEqual(linked("Ferrywoman again"), ["mara"]);
});

test("a group is also named in the singular", () => {
  assert.deepEqual(linked("a grey warden stood guard"), ["wardens"]);
  assert.deepEqual(linked("The Wardens"), ["wardens"]);
});

test("a name that is a common word counts only when capitalised", () => {
  assert.deepEqual(linked("last summer was hot"), []);
  assert.deepEqual(linked("Summer howled"), ["wolf"]);
  assert.deepEqual(nameVariants("Summer"), [{ form: "summer", capitals: 1 }]);
  assert.deepEqual(nameVariants("Ghost"), [{ form: "ghost", capitals: 0 }], "rare enough as a word to match in any case");
  assert.deepEqual(nameVariants("the Watch")[0], { form: "the watch", capitals: 1 });
  assert.equal(nameVariants("the Wall")[0]?.capitals, 0, "\"the wall\" is the Wall in any case");
  assert.deepEqual(nameVariants("No One"), [{ form: "no one", capitals: 2 }]);
  assert.equal(nameVariants("the Hound")[0]?.capitals, 0);
});

test("in a fact's cues too, a name that is a common word is the name only when capitalised", () => {
  const told = lexiconOf(storyFrom(RIVERS.replace("cues: [howls]", "cues: [howls, summer storm, Summer runs]")));
  const howls = told.facts[told.factIndex.get("ghost-howls")!]!;
  const wolf = told.entityIndex.get("wolf")!;
  const storm = howls.cues.find((c) => c.concepts.length === 2);
  assert.ok(storm, "\"summer storm\" is two words, not the wolf and a storm");
  assert.deepEqual(storm.entities, []);
  assert.ok(howls.cues.some((c) => c.entities.includes(wolf) && c.concepts.length === 1), "\"Summer runs\" names the wolf");
  const plural = lexiconOf(storyFrom(RIVERS.replace("cues: [howls]", "cues: [howls, Summers pass]")));
  const pass = plural.facts[plural.factIndex.get("ghost-howls")!]!.cues.find((c) => c.concepts.length === 2);
  assert.ok(pass, "\"Summers\" is the word in the plural, as in texts: the wolf's name is an English word and takes none");
});

test("in a fact's cues too, a name inside a longer name is part of it", () => {
  const told = lexiconOf(storyFrom(RIVERS.replace("cues: [howls]", "cues: [howls, the Lord of Summer listens]")));
  const howls = told.facts[told.factIndex.get("ghost-howls")!]!;
  const lord = howls.cues.find((c) => c.entities.includes(told.entityIndex.get("oskar")!));
  assert.ok(lord);
  assert.deepEqual(lord.entities, [told.entityIndex.get("oskar")], "\"Summer\" in \"Lord of Summer\" is no wolf");
});

test("a first name right before a surname that is no word of English or of the story is someone else's", () => {
  assert.deepEqual(linked("Mara Thompson wins an award"), [], "another Mara");
  assert.deepEqual(linked("I met Oskar McAllister today"), []);
  assert.deepEqual(linked("Mara Vell wins"), ["mara"], "her own surname");
  assert.deepEqual(linked("Mara Drowns In The Flood"), ["mara"], "a headline in title case");
  assert.deepEqual(linked("Mara Oskar forever"), ["mara", "oskar"], "another name of the story");
  assert.deepEqual(linked("Oskar MVP"), ["oskar"], "capitals only: an abbreviation");
  assert.deepEqual(linked("Oskar Ferry"), ["oskar"], "a word of the story");
  assert.deepEqual(linked("Mara Velll wins"), ["mara"], "her own surname misspelt");
});

test("a name with a possessive and a noun of death, or after 'the death of', is whose death the text speaks of", () => {
  const dead = (text: string) => [...evidence(text).dead].map((e) => lexicon.entities[e]!.id);
  assert.deepEqual(dead("Mara weeps at Oskar's funeral"), ["oskar"]);
  assert.deepEqual(dead("Mara’s untimely death"), ["mara"]);
  assert.deepEqual(dead("after the death of Oskar"), ["oskar"]);
  assert.deepEqual(dead("Mara's boat"), []);
  assert.deepEqual(dead("Oskar dies"), [], "no possessive: the words of death are not tied to a name");
});

test("a cue that says something is not so needs a text that says so too; 'can't believe' negates nothing", () => {
  const told = lexiconOf(storyFrom(RIVERS.replace("cues: [secret wedding]", "cues: [secret wedding, Oskar won't marry]")));
  const marry = told.facts[told.factIndex.get("mara-and-oskar-marry")!]!;
  const cue = marry.cues.find((c) => c.concepts.includes(told.negation));
  assert.ok(cue, "the negation is one of the cue's words");
  assert.ok(!marry.statement.includes(told.negation), "not in statements");
  const concepts = (text: string) => {
    const ev = emptyEvidence(told);
    link(told, readerView(told, story.scale.parse("S01E01").ord), text, scan(told, text), 0, { start: 0, end: text.length }, ev);
    return ev.concepts;
  };
  assert.ok(cue.concepts.every((c) => concepts("Oskar won't marry her").has(c)));
  assert.ok(cue.concepts.every((c) => concepts("Oskar wasnt going to marry").has(c)), "written without the apostrophe");
  assert.ok(!concepts("Oskar will marry her").has(told.negation));
  assert.ok(!concepts("I can't believe Oskar will marry her").has(told.negation), "a figure of speech");
});

test("an abbreviation written in capitals must be in capitals", () => {
  assert.deepEqual(linked("OD is back"), ["oskar"]);
  assert.deepEqual(linked("I od on coffee"), []);
});

test("words inside other words are not names", () => {
  assert.deepEqual(linked("Maradona and Oskarsson"), []);
});

test("common misspellings of a name still link, unless they are words or other names", () => {
  assert.deepEqual(linked("Osakr arrives"), ["oskar"]);
  assert.deepEqual(linked("Mara Vel and Marra Vell"), ["mara"]);
  assert.deepEqual(linked("the Feryywoman"), []);
  assert.deepEqual(linked("two Osakrs"), [], "a misspelling takes no plural (\"James\" is no misspelt \"Jaime\")");
  assert.ok(typos("jaime").includes("jamie"));
  assert.ok(typos("littlefinger").includes("little finger"));
  assert.ok(!typos("jon").length, "short names have no misspellings");
});

test("a name inside a longer name is part of it, not a name of its own", () => {
  assert.deepEqual(linked("the Lord of Summer rode north"), ["oskar"]);
  assert.deepEqual(linked("Summer and the Lord of Summer"), ["oskar", "wolf"]);
});

test("a word inside a longer name is part of the name, not a word of its own", () => {
  assert.equal(evidence("The Grey Wardens").concepts.size, 0);
});

test("a name right before a verb of killing, in the active voice with an object, is who kills; a name as that object is who is killed; in the passive with 'by', the other way round", () => {
  const roles = (text: string) => {
    const ev = evidence(text);
    const ids = (set: Iterable<number>) => [...set].map((e) => lexicon.entities[e]!.id).sort();
    return { killers: ids(ev.killers), victims: ids(ev.victims) };
  };
  assert.deepEqual(roles("Mara kills Oskar"), { killers: ["mara"], victims: ["oskar"] });
  assert.deepEqual(roles("Mara didn't kill the Wardens."), { killers: ["mara"], victims: ["wardens"] });
  assert.deepEqual(roles("Mara finally stabbed poor Oskar"), { killers: ["mara"], victims: ["oskar"] });
  assert.deepEqual(roles("Mara can't kill him"), { killers: ["mara"], victims: [] });
  assert.deepEqual(roles("Mara won’t kill Oskar"), { killers: ["mara"], victims: ["oskar"] });
  assert.deepEqual(roles("Mara is threatening to kill Oskar"), { killers: ["mara"], victims: ["oskar"] });
  assert.deepEqual(roles("Oskar is about to be killed"), { killers: [], victims: [] });
  assert.deepEqual(roles("Oskar killed by Mara"), { killers: ["mara"], victims: ["oskar"] }, "passive, with its agent");
  assert.deepEqual(roles("Oskar was stabbed by the Wardens"), { killers: ["wardens"], victims: ["oskar"] });
  assert.deepEqual(roles("Oskar: beheaded by Mara"), { killers: ["mara"], victims: ["oskar"] }, "as a card reads");
  assert.deepEqual(roles("Oskar was saved by Mara"), { killers: [], victims: [] });
  assert.deepEqual(roles("Oskar killed in the flood"), { killers: [], victims: [] }, "no object");
  assert.deepEqual(roles("Oskar is killed"), { killers: [], victims: [] });
  assert.deepEqual(roles("Oskar kills"), { killers: [], victims: [] });
});

test("'#RIP' run together with a name is words of death about that name, and no mere topic tag", () => {
  const ev = evidence("What a day! #RIPOskar");
  assert.deepEqual([...ev.entities].map((e) => lexicon.entities[e]!.id), ["oskar"]);
  assert.notEqual(ev.generic, 0);
  assert.deepEqual(linked("What a day! #ripmaravell"), ["mara"]);
  assert.deepEqual(linked("What a day! #Oskar"), [], "a bare name tag is still a topic");
});

test("the work's title written out is the name of the work: its words are no words of the story", () => {
  assert.equal(gotEvidence("Game of Thrones, again").concepts.size, 0);
  assert.ok(gotEvidence("thrones, again").concepts.size > 0, "the same word outside the title is a word of the story");
});

test("a place's name takes no plural, there being one of it, nor does a name made of English words", () => {
  assert.deepEqual(gotNamed("Bran climbs the walls of Winterfell"), ["bran-stark", "winterfell"]);
  assert.deepEqual(gotNamed("Bran climbs the Wall"), ["bran-stark", "the-wall"]);
  assert.deepEqual(gotNamed("Bran at  the   Wall"), ["bran-stark", "the-wall"], "runs of spaces are one, as in the pattern");
  assert.deepEqual(gotNamed("too many Jons"), ["jon-snow"], "a character's name does take one");
  assert.deepEqual(gotNamed("Cersei and Jaime are twins"), ["cersei-lannister", "jaime-lannister"], "a place called by an English word is it only capitalised");
  assert.deepEqual(gotNamed("Robb rides to the Twins"), ["robb-stark", "the-twins"]);
  assert.deepEqual(gotNamed("the Hound calls her little bird"), ["sandor-clegane", "sansa-stark"]);
  assert.deepEqual(gotNamed("Varys and his little birds"), ["varys"], "his spies, not Sansa");
});

test("a misspelling of a name that is an English word is that word; a compound split in two is still the name", () => {
  assert.deepEqual(gotNamed("she claims the throne"), [], "no misspelt Thorne");
  assert.deepEqual(gotNamed("the euro is strong"), [], "no misspelt Euron");
  assert.deepEqual(gotNamed("Alliser Throne again"), ["alliser-thorne"], "with his first name it is him");
  assert.deepEqual(gotNamed("little finger is back"), ["petyr-baelish"]);
});

test("words of ending about the work itself ('the end of the show') are not spoiler language", () => {
  const generic = (text: string) => evidence(text).generic;
  assert.notEqual(generic("Mara at the end"), 0);
  assert.equal(generic("Mara at the end of the show"), 0);
  assert.equal(generic("Mara at the end of season2"), 0);
  assert.equal(generic("Mara talks about the ending of 'The Rivers'"), 0);
  assert.equal(generic("Mara talks about the ending of #TheRivers"), 0);
  assert.notEqual(generic("Mara talks about the ending of Oskar"), 0);
});

test("a pronoun for a person, or spoiler language, naming no one speaks of someone unnamed; a name, a carried name or a topic tag is someone", () => {
  const vague = (text: string) => {
    const ev = evidence(text);
    carryOver(lexicon, text, { start: 0, end: text.length }, ev);
    return ev.vague;
  };
  assert.equal(vague("He was dead all along."), true);
  assert.equal(vague("Her smile though"), true);
  assert.equal(vague("The escape never happened."), true);
  assert.equal(vague("It rains."), false, "'it' is no person");
  assert.equal(vague("Nobody came."), false);
  assert.equal(vague("Mara says he was dead all along."), false);
  assert.equal(vague("He was dead all along! #Oskar"), false, "the topic tag is whom it means");
});

/**
 * The best-known spoilers of Game of Thrones, as people say them (written for this test, not taken
 * from any data): each is flagged for a reader at the end of the episode before it happens, and
 * for that reader it names the fact; at the end of the series none is flagged.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { check, NOT_A_SPOILER } from "./check.ts";
import { bundled } from "./testing/stories.ts";

const got = bundled("game-of-thrones");

const WELL_KNOWN: [before: string, text: string, fact: string][] = [
  ["S01E01@40:00", "Bran is pushed out of the tower window by Jaime.", "bran-pushed"],
  ["S01E06", "Robert dies after a boar hunt.", "robert-dies"],
  ["S01E08", "Joffrey has Ned beheaded.", "ned-executed"],
  ["S01E09", "Dany walks into the pyre and comes out with three baby dragons.", "dragons-born"],
  ["S02E08", "Stannis loses the Battle of the Blackwater.", "blackwater"],
  ["S03E08", "Robb and his mother are murdered at the wedding.", "red-wedding"],
  ["S04E01", "Joffrey gets poisoned at his own wedding.", "joffrey-poisoned"],
  ["S04E07", "Oberyn's head gets crushed by the Mountain.", "oberyn-dies"],
  ["S04E09", "Tyrion shoots his father on the toilet.", "tywin-killed"],
  ["S05E08", "Stannis burns his daughter alive.", "shireen-burned"],
  ["S05E09", "Jon gets stabbed by his own men.", "jon-stabbed"],
  ["S06E01", "Jon comes back to life.", "jon-resurrected"],
  ["S06E03", "The Hound is still alive.", "hound-alive"],
  ["S06E04", "Hodor's name comes from hold the door.", "hodor-hold-the-door"],
  ["S06E08", "Ramsay is eaten by his own dogs.", "ramsay-dies"],
  ["S06E09", "Cersei blows up the Sept with wildfire.", "sept-destroyed"],
  ["S06E09", "Jon's mother is Lyanna.", "tower-of-joy-jon"],
  ["S07E05", "The Night King kills a dragon and turns it into a wight.", "viserion-killed"],
  ["S07E06", "Littlefinger gets his throat cut by Arya.", "littlefinger-executed"],
  ["S07E06", "Jon is the true heir to the Iron Throne.", "jon-is-aegon"],
  ["S08E02", "Arya kills the Night King with a dagger.", "arya-kills-night-king"],
  ["S08E04", "Dany burns King's Landing.", "dany-burns-kings-landing"],
  ["S08E04", "Cersei and Jaime die under the Red Keep.", "cersei-jaime-die"],
  ["S08E05", "Jon stabs Dany.", "jon-kills-dany"],
  ["S08E05", "Bran becomes king.", "bran-king"],
];

for (const [before, text, fact] of WELL_KNOWN) {
  test(`"${text}" reveals ${fact} to a reader at ${before}, and nothing at the end`, () => {
    const result = check(text, { work: got, at: before });
    assert.ok(result.reveals.some((r) => r.fact === fact), `reveals ${JSON.stringify(result.reveals)}`);
    assert.deepEqual(check(text, { work: got, at: "end" }), NOT_A_SPOILER);
  });
}

/** Writes schema/story.schema.json from the zod story schema, so editors autocomplete story files. */
import { writeFileSync } from "node:fs";
import { storyJsonSchema } from "../src/model/json-schema.ts";

const target = new URL("../schema/story.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(storyJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);

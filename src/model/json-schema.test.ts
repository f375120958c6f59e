import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { storyJsonSchema } from "./json-schema.ts";

test("schema/story.schema.json is the one generated from the zod schema (run `npm run schema`)", () => {
  const committed = JSON.parse(readFileSync(new URL("../../schema/story.schema.json", import.meta.url), "utf8"));
  assert.deepEqual(committed, storyJsonSchema());
});

test("the JSON Schema describes positions and requires the work", () => {
  const schema = storyJsonSchema() as { required?: string[]; properties: Record<string, unknown> };
  assert.ok(schema.required?.includes("work"));
  assert.match(JSON.stringify(schema.properties.facts), /S07E03@12:30/);
});

import { z } from "zod";
import { StoryFile } from "./schema.ts";

/** The story file's JSON Schema, derived from the zod schema (its input side: defaults optional). */
export function storyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(StoryFile, { io: "input", target: "draft-2020-12" }),
    $id: "https://afterimage.dev/schema/story.schema.json",
    title: "Afterimage story file",
  };
}

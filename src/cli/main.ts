import { Command } from "commander";
import { registerCheck } from "./commands/check.ts";
import { registerExplain } from "./commands/explain.ts";
import { registerKeys } from "./commands/keys.ts";
import { registerStoryCommands } from "./commands/story.ts";
import { registerValidate } from "./commands/validate.ts";

const program = new Command("afterimage")
  .description("Know a story without being spoiled by it.")
  .showHelpAfterError()
  .exitOverride((err) => {
    // Usage errors (unknown command or option) are bad input: exit 2 like every other.
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

registerStoryCommands(program);
registerValidate(program);
registerExplain(program);
registerCheck(program);
registerKeys(program);

await program.parseAsync(process.argv);

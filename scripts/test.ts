/**
 * Runs every test: `*.test.ts` beside the code and end-to-end tests under test/, with node's
 * own runner (Node 20's --test does not expand ** globs, so the files are listed here).
 * Pass file or directory paths to run a subset.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function testFiles(path: string): string[] {
  if (statSync(path).isFile()) return path.endsWith(".test.ts") ? [path] : [];
  return readdirSync(path)
    .filter((name) => name !== "node_modules" && !name.startsWith("."))
    .flatMap((name) => testFiles(join(path, name)));
}

const roots = process.argv.slice(2);
const files = (roots.length > 0 ? roots : ["src", "test"]).flatMap(testFiles).sort();
const run = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...files], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "test" },
});
process.exit(run.status ?? 1);

import { Option, type Command } from "commander";
import { readConfig } from "../../config.ts";
import { createApiKey } from "../../store/api-keys.ts";
import { openStore } from "../../store/open.ts";
import type { Scope, Store } from "../../store/store.ts";
import { EXIT_INVALID, guarded, printJson } from "../output.ts";

/**
 * API keys in the database AFTERIMAGE_DATABASE_URL names (default: the embedded SQLite file):
 * `keys create --scope editor|reader` prints the key once (only its scrypt hash is stored),
 * `keys list` shows ids, names and scopes, `keys revoke ID` stops a key working.
 */
export function registerKeys(program: Command): void {
  const keys = program.command("keys").description("manage API keys (editor: import works; reader: save progress)");

  keys
    .command("create")
    .description("create a key and print it once")
    .addOption(new Option("--scope <scope>", "what the key may do").choices(["editor", "reader"]).makeOptionMandatory())
    .option("--name <name>", "a note to recognise the key by", "")
    .option("--json", "machine-readable output")
    .action((o: { scope: Scope; name: string; json?: boolean }) =>
      guarded(() =>
        withStore(async (store) => {
          const { key, token } = await createApiKey(store, o.scope, o.name);
          if (o.json) return printJson({ id: key.id, name: key.name, scope: key.scope, createdAt: key.createdAt, token });
          process.stdout.write(`${token}\n`);
          process.stderr.write(`created ${key.scope} key ${key.id}${key.name ? ` (${key.name})` : ""}: this is the only time it is shown\n`);
        }),
      ),
    );

  keys
    .command("list")
    .description("list keys (never their secrets)")
    .option("--json", "machine-readable output")
    .action((o: { json?: boolean }) =>
      guarded(() =>
        withStore(async (store) => {
          const list = (await store.keys()).map(({ secretHash: _hash, ...k }) => k);
          if (o.json) return printJson(list);
          for (const k of list) {
            const state = k.revokedAt ? `revoked ${k.revokedAt}` : `last used ${k.lastUsedAt ?? "never"}`;
            process.stdout.write(`${k.id}  ${k.scope.padEnd(6)}  ${k.createdAt}  ${state}${k.name ? `  ${k.name}` : ""}\n`);
          }
          if (list.length === 0) process.stdout.write("no keys\n");
        }),
      ),
    );

  keys
    .command("revoke <id>")
    .description("stop a key working (every node within its key cache time, 10 s)")
    .action((id: string) =>
      guarded(() =>
        withStore(async (store) => {
          if (!(await store.revokeKey(id))) {
            process.stderr.write(`afterimage: no key \`${id}\`\n`);
            process.exitCode = EXIT_INVALID;
            return;
          }
          process.stdout.write(`revoked ${id}\n`);
        }),
      ),
    );
}

async function withStore(body: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore(readConfig().AFTERIMAGE_DATABASE_URL);
  try {
    await store.migrate();
    await body(store);
  } finally {
    await store.close();
  }
}

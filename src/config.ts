import { z } from "zod";

/**
 * Every setting the server and the key commands read, in one place: each is an environment
 * variable with a default, documented here and in docs/deploy.md. Nothing else reads
 * process.env for configuration.
 */
const intFrom = (min: number) => z.coerce.number().int().min(min);

export const SETTINGS = {
  PORT: { schema: intFrom(0).max(65535).default(3000), doc: "HTTP port (0 picks a free one)" },
  HOST: { schema: z.string().min(1).default("0.0.0.0"), doc: "Address to listen on" },
  AFTERIMAGE_DATABASE_URL: {
    schema: z.string().regex(/^(sqlite:|postgres(ql)?:\/\/)/, "must start with sqlite: or postgres://").default("sqlite:./data/afterimage.db"),
    doc: "sqlite:PATH (embedded, default) or postgres://user@host:port/db[?schema=NAME]",
  },
  AFTERIMAGE_DATABASE_POOL: { schema: intFrom(1).default(10), doc: "PostgreSQL connections per node" },
  AFTERIMAGE_SEED: { schema: z.enum(["bundled", "none"]).default("bundled"), doc: "Import the bundled works at start-up (see docs/deploy.md)" },
  AFTERIMAGE_CACHE_TTL_MS: { schema: intFrom(0).default(1000), doc: "How stale a node's list of current work versions may get before it asks the database again" },
  AFTERIMAGE_RATE_LIMIT_IP: { schema: intFrom(0).default(100), doc: "Requests per second per client IP (bursts of twice that); 0 turns the limit off" },
  AFTERIMAGE_RATE_LIMIT_KEY: { schema: intFrom(0).default(200), doc: "Requests per second per API key (bursts of twice that); 0 turns the limit off" },
  AFTERIMAGE_TRUST_PROXY: { schema: z.enum(["0", "1"]).default("0").transform((v) => v === "1"), doc: "1: take the client IP from X-Forwarded-For (behind a load balancer)" },
  AFTERIMAGE_SHUTDOWN_TIMEOUT_MS: { schema: intFrom(0).default(10000), doc: "On SIGTERM, how long in-flight requests may take before connections are closed" },
  LOG_LEVEL: { schema: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"), doc: "pino log level" },
} as const;

type Settings = typeof SETTINGS;
export type Config = { readonly [K in keyof Settings]: z.output<Settings[K]["schema"]> };

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and checks every setting; throws ConfigError naming each bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, { schema }] of Object.entries(SETTINGS)) {
    const raw = env[name];
    const parsed = (schema as z.ZodType).safeParse(raw === "" ? undefined : raw);
    if (parsed.success) out[name] = parsed.data;
    else problems.push(`${name}=${JSON.stringify(raw)}: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  if (problems.length > 0) throw new ConfigError(`invalid settings:\n  ${problems.join("\n  ")}`);
  return out as Config;
}

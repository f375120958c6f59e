import type { Logger } from "pino";
import type { SentenceScorer } from "../spoilers/index.ts";
import type { Store } from "../store/store.ts";
import type { WorkCache } from "../store/work-cache.ts";

/** What the API needs from the outside: built once in main.ts (or a test) and handed to createApp. */
export interface ApiDeps {
  readonly store: Store;
  /** Compiled works by (work, version): the DB-backed catalog. */
  readonly cache: WorkCache;
  readonly logger: Logger;
  readonly limits?: Partial<Limits>;
  /** False once the node is draining (SIGTERM): /readyz answers 503. */
  readonly accepting?: () => boolean;
  /** The generic spoiler classifier, loaded at start-up; loaded on first use when absent. */
  readonly classifier?: SentenceScorer;
  /** Seconds, for rate limiting (tests freeze it). */
  readonly clock?: () => number;
}

export interface Limits {
  /** Requests per second per client IP (0: off); bursts of twice that. */
  readonly perIp: number;
  /** Requests per second per API key (0: off). */
  readonly perKey: number;
  /** Take the client IP from X-Forwarded-For. */
  readonly trustProxy: boolean;
  /** Largest request body, bytes. */
  readonly bodyBytes: number;
  /** How long a verified key is trusted before it is checked against the database again. */
  readonly keyCacheMs: number;
}

export const DEFAULT_LIMITS: Limits = { perIp: 100, perKey: 200, trustProxy: false, bodyBytes: 1024 * 1024, keyCacheMs: 10_000 };

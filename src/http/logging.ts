import { pino, type Logger } from "pino";

/** Structured JSON logs on stdout, one line per event; `level: "silent"` for tests. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "afterimage" },
    // Credentials never reach the logs, whatever a caller logs by mistake.
    redact: ["req.headers.authorization", "headers.authorization", "token"],
  });
}

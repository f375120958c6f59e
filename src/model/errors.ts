/**
 * The core's typed errors. Each carries a stable code; adapters (CLI, HTTP) map codes to exit
 * codes and problem+json responses in one place each. Messages never name anything that a
 * reader at the requested position has not reached.
 */
export type ErrorCode =
  | "invalid-position"
  | "invalid-story"
  | "unknown-work"
  | "unknown-entity"
  | "invalid-input";

export class AfterimageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "AfterimageError";
  }
}

export function isAfterimageError(e: unknown): e is AfterimageError {
  return e instanceof AfterimageError;
}

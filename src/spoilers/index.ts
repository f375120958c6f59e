/**
 * The spoiler checker: which spans of a text reveal something a reader has not reached, and
 * redaction of those spans in a platform's spoiler markup. Pure: no I/O.
 */
export { check, classify, MAX_TEXT, NOT_A_SPOILER, type CheckOptions, type CheckResult, type Detector, type SentenceScorer, type SpoilerSpan } from "./check.ts";
export { redact, REDACT_FORMATS, type RedactFormat, type RedactOptions } from "./redact.ts";
export type { Sensitivity } from "./match.ts";

// When to try a request again, and how long to wait.
import { isGraphError, type GraphError } from '../errors';

export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Upper bound on any single wait, Retry-After included (a hostile or buggy header cannot stall a run). */
  maxDelayMs: number;
  /** First backoff when the server gave no Retry-After; doubles each attempt. */
  baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 6, maxDelayMs: 60_000, baseDelayMs: 1_000 };

/**
 * Reads (GET) are safe to repeat after any transient failure. A write is repeated only when the
 * server said it did not process it (429, 503); after a 504, a timeout or a dropped connection the
 * outcome is unknown, so the caller must read back before writing again.
 */
export function isRetryable(e: unknown, method: string): e is GraphError {
  if (!isGraphError(e)) return false;
  if (e.status === 429 || e.status === 503) return true;
  const unknownOutcome = e.status === 504 || e.name === 'RequestTimeoutError' || e.name === 'NetworkError';
  return unknownOutcome && method === 'GET';
}

/** Delay before attempt `attempt + 1` (attempt counts from 1). */
export function retryDelayMs(e: GraphError, attempt: number, o: RetryOptions): number {
  const backoff = o.baseDelayMs * 2 ** (attempt - 1);
  const wanted = e.retryAfterMs !== undefined ? e.retryAfterMs : backoff;
  return Math.min(Math.max(0, wanted), o.maxDelayMs);
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - nowMs);
}

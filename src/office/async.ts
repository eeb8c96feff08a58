// Promises over Office.js callbacks. Office calls report failure through `asyncResult.status`
// and sometimes never call back at all, so every call here settles exactly once: with the value,
// with an OfficeCallError, or with a timeout. Nothing is thrown inside an Office callback (an
// exception there would be swallowed by Office.js or, in the JS-only runtime, end the handler).

/** Why an Office call failed. `code` is Office's error code or name; never the email's content. */
export class OfficeCallError extends Error {
  override readonly name = 'OfficeCallError';
  constructor(
    /** Which call, e.g. "body.getAsync". */
    readonly call: string,
    /** Office's error name/code, 'timeout' or 'unsupported'. */
    readonly code: string,
  ) {
    super(`${call} failed (${code})`);
  }
}

export function isOfficeCallError(e: unknown): e is OfficeCallError {
  return e instanceof OfficeCallError || (e instanceof Error && e.name === 'OfficeCallError' && typeof (e as OfficeCallError).call === 'string');
}

/** The part of `Office.AsyncResult` these helpers read; real results and test stubs both fit. */
export interface AsyncResultLike<T> {
  status: Office.AsyncResultStatus | 'succeeded' | 'failed';
  value: T;
  error?: { name?: string; code?: number | string; message?: string };
}

export const DEFAULT_TIMEOUT_MS = 3000;

/**
 * Call an Office async method and get a promise. `start` receives the callback to hand to Office.
 * Rejects with OfficeCallError on a failed result, on a synchronous throw (e.g. an API missing on
 * this client) and when Office has not answered within `timeoutMs`.
 */
export function officeCall<T>(call: string, start: (callback: (r: AsyncResultLike<T>) => void) => void, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => settle(() => reject(new OfficeCallError(call, 'timeout'))), timeoutMs);
    function settle(fn: () => void): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    }
    try {
      start((r) => {
        settle(() => {
          if (r && String(r.status) === 'succeeded') resolve(r.value);
          else reject(new OfficeCallError(call, errorCode(r)));
        });
      });
    } catch (e) {
      // A method missing on an older client throws TypeError synchronously.
      settle(() => reject(new OfficeCallError(call, e instanceof TypeError ? 'unsupported' : e instanceof Error ? e.name : 'exception')));
    }
  });
}

function errorCode<T>(r: AsyncResultLike<T> | undefined): string {
  if (!r) return 'no-result';
  const err = r.error;
  if (!err) return 'failed';
  return String(err.name || err.code || 'failed');
}

/** Race a promise against a deadline; the loser is ignored, never left to throw unhandled. */
export function withDeadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new OfficeCallError(what, 'timeout')), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/** `Office.context.requirements.isSetSupported('Mailbox', v)`, false when Office is not there. */
export function mailboxSupports(version: string): boolean {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('Mailbox', version);
  } catch {
    return false; // an old client without the requirements API supports none of the newer sets
  }
}

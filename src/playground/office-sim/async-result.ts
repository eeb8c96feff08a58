// Office.js calling conventions: optional `options` ({ asyncContext, … }) then a callback that
// receives an AsyncResult. Callbacks always run later (a macrotask), never inside the call,
// as in Outlook, so code that relies on synchronous callbacks fails here as it would there.

export const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' } as const;

export interface SimError {
  name: string;
  message: string;
  code: number;
}

export interface SimAsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error: SimError | undefined;
  asyncContext: unknown;
  diagnostics?: unknown;
}

export type Callback<T> = (r: SimAsyncResult<T>) => void;

/** Split trailing `[options], [callback]` arguments the way Office.js does. */
export function splitArgs<T>(args: unknown[]): { options: Record<string, unknown>; callback: Callback<T> | undefined } {
  let options: Record<string, unknown> = {};
  let callback: Callback<T> | undefined;
  for (const a of args) {
    if (typeof a === 'function') callback = a as Callback<T>;
    else if (a && typeof a === 'object') options = a as Record<string, unknown>;
  }
  return { options, callback };
}

export function succeed<T>(callback: Callback<T> | undefined, options: Record<string, unknown>, value: T): void {
  if (!callback) return;
  setTimeout(() => callback({ status: 'succeeded', value, error: undefined, asyncContext: options.asyncContext }), 0);
}

/** Office error names and codes (learn.microsoft.com "Office Add-ins error codes" for Outlook). */
export const ERRORS = {
  InvalidAttachmentId: 9002,
  InvalidEventDispatch: 9017,
  NumberOfRecipientsExceeded: 9041,
  DataExceedsMaximumSize: 1000,
  InvalidParameterValueError: 9016,
  GenericResponseError: 9020,
  HostNotAvailable: 9051,
} as const;
export type ErrorName = keyof typeof ERRORS;

export function fail<T>(callback: Callback<T> | undefined, options: Record<string, unknown>, name: ErrorName, message: string): void {
  if (!callback) return;
  const error: SimError = { name, message, code: ERRORS[name] };
  setTimeout(() => callback({ status: 'failed', value: undefined as unknown as T, error, asyncContext: options.asyncContext }), 0);
}

/** A copy made in the caller's realm, so objects from the parent page never leak into the add-in. */
export function copy<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

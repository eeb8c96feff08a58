// `event.completed` exactly once, whatever happens: a second call is ignored, and a throw from
// Office's own completed() is contained (there is nothing better to do with it).

export interface CompletableEvent {
  completed(options?: Record<string, unknown>): void;
}

export interface Completion {
  /** Completes the event; returns false (and does nothing) when it was already completed. */
  complete(options?: Record<string, unknown>): boolean;
  readonly done: boolean;
}

export function completion(event: CompletableEvent): Completion {
  let done = false;
  return {
    complete(options) {
      if (done) return false;
      done = true;
      try {
        if (options) event.completed(options);
        else event.completed();
      } catch (e) {
        console.error(`[council-email-policy] event.completed failed (${e instanceof Error ? e.name : typeof e})`);
      }
      return true;
    },
    get done() {
      return done;
    },
  };
}

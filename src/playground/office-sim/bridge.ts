// What the playground page puts on its window for its iframes (same origin), and what the event
// runtime iframe exposes back. Types only, shared by both bundles.
import type { MailboxStore } from './store';

export interface PlaygroundHost {
  store: MailboxStore;
}

export interface LaunchEventRuntime {
  /**
   * Run the handler associated under `functionName` for a launch event, as Outlook does. Resolves
   * with the options passed to event.completed() (a plain copy), or rejects when no function is
   * associated under that name (which, under SoftBlock, would stop every send in Outlook).
   */
  dispatch(functionName: string, eventType: string): Promise<Record<string, unknown>>;
  /** Names associated so far. */
  associated(): string[];
}

export const HOST_KEY = '__cepPlayground';
export const RUNTIME_KEY = '__cepEventRuntime';

// Keeps the findings current while the user writes. Recipients and attachments have Office events;
// the body and subject do not, so they are polled cheaply and re-checked only when their text
// changed. Work is serialised (one read/check at a time) and the previous findings stay on screen
// until the new ones are ready, so the list never flickers empty.
import type { PolicyConfig } from '../../policy/config';
import type { CheckResult } from '../../policy/engine';
import type { MailDraft } from '../../policy/types';
import type { ComposePort, Unsubscribe } from '../../office/port';
import type { Rule } from '../../policy/rule';
import { RULES } from '../../policy/rules';
import { changedInputs, recheck } from './recheck';

/**
 * The pane-only rules (a part-of-speech tagger, 120 KB gzipped) in their own chunk, fetched after
 * the first check so they never delay it.
 */
export async function loadPaneRules(): Promise<readonly Rule[]> {
  const m = await import(/* webpackChunkName: "pane-rules" */ '../../policy/rules/pane');
  return m.TASKPANE_RULES;
}

export interface LiveState {
  status: 'loading' | 'ready' | 'error';
  draft?: MailDraft;
  result?: CheckResult;
  /** Set when the last read failed; the previous result is kept. Never holds message content. */
  problem?: string;
}

/** The first check of the draft, made before the pane's UI had loaded (start.tsx): the pane starts from it. */
export interface FirstCheck {
  draft: MailDraft;
  result: CheckResult;
}

export interface LiveOptions {
  /** How often the body and subject are read; 1.5 s keeps typing smooth and the pane current. */
  pollMs?: number;
  /** Where the pane-only rules come from (tests may pass their own); they join after the first check. */
  paneRules?: () => Promise<readonly Rule[]>;
  /** Shown at once instead of "Checking…"; start() still reads the draft again and re-checks what changed since. */
  first?: FirstCheck;
}

export class LiveChecker {
  private state: LiveState;
  private listeners = new Set<(s: LiveState) => void>();
  private queue: Promise<void> = Promise.resolve();
  private polling = false;
  private timer: ReturnType<typeof setInterval> | undefined;
  private unsubs: Unsubscribe[] = [];
  private rules: readonly Rule[] = RULES;

  constructor(
    private readonly port: ComposePort,
    private readonly config: PolicyConfig,
    private readonly options: LiveOptions = {},
  ) {
    this.state = options.first ? { status: 'ready', draft: options.first.draft, result: options.first.result } : { status: 'loading' };
  }

  getState = (): LiveState => this.state;

  subscribe = (listener: (s: LiveState) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  start(): void {
    this.unsubs.push(this.port.onRecipientsChanged(() => void this.refresh()));
    this.unsubs.push(this.port.onAttachmentsChanged(() => void this.refresh()));
    this.timer = setInterval(() => void this.poll(), this.options.pollMs ?? 1500);
    void this.refresh().then(() => this.addPaneRules());
  }

  /** Load the pane-only rules and check the whole draft again with them. A failed load keeps the send rules. */
  private addPaneRules(): Promise<void> {
    const load = this.options.paneRules ?? loadPaneRules;
    return this.enqueue(async () => {
      let rules: readonly Rule[];
      try {
        rules = await load();
      } catch {
        return; // the pane still shows everything the send check enforces
      }
      this.rules = rules;
      if (this.state.draft) this.apply(this.state.draft, 'all');
    });
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    for (const u of this.unsubs.splice(0)) u();
  }

  /** Re-read the whole draft and re-check what changed (after an event or a fix). */
  refresh(): Promise<void> {
    return this.enqueue(async () => {
      const draft = await this.port.readDraft();
      const prev = this.state.draft;
      this.apply(draft, prev && this.state.result ? changedInputs(prev, draft) : 'all');
    });
  }

  /** Read body and subject; re-check only if either text changed. Skipped while other work runs. */
  poll(): Promise<void> {
    if (this.polling || !this.state.draft) return Promise.resolve();
    this.polling = true;
    return this.enqueue(async () => {
      const [body, subject] = await Promise.all([this.port.readBody(), this.port.readSubject()]);
      const prev = this.state.draft;
      if (!prev) return;
      if (body.text === prev.body.text && subject === prev.subject) return;
      const draft: MailDraft = { ...prev, body, subject };
      this.apply(draft, changedInputs(prev, draft));
    }).finally(() => {
      this.polling = false;
    });
  }

  private apply(draft: MailDraft, changed: ReturnType<typeof changedInputs> | 'all'): void {
    const result = recheck(this.state.result, draft, this.config, changed, this.rules);
    this.set({ status: 'ready', draft, result });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task).catch((e: unknown) => {
      // Only the error's name: an Office error message could quote the item.
      const name = e instanceof Error ? e.name : 'error';
      this.set({ ...this.state, status: this.state.result ? 'ready' : 'error', problem: `Outlook did not return the message (${name}).` });
    });
    this.queue = run;
    return run;
  }

  private set(next: LiveState): void {
    this.state = next;
    for (const l of this.listeners) l(next);
  }
}

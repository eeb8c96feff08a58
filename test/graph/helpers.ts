// Shared set-up for the Graph tests: a fake clock, a policy whose labels carry Exchange tag GUIDs,
// and a mailbox seeded with sent messages that carry retention decisions.
import { resolvePolicy, type PolicyConfig } from '../../src/policy/config';
import { DEFAULT_RETENTION_LABELS } from '../../src/policy/data/retention-schedule';
import { PROP } from '../../src/policy/records';
import { FakeTokenProvider } from '../../src/graph/auth/fake-token';
import { GraphClient } from '../../src/graph/client/graph-client';
import type { Clock } from '../../src/graph/client/clock';
import { customPropertiesId } from '../../src/graph/retention/props';
import type { FakeGraph } from './fake-graph/server';
import { mulberry32 } from './fake-graph/rng';

export const MAILBOX = 'clerk@waretowncouncil.gov.uk';

/**
 * Sleeps cost nothing and are recorded; time moves forward by the amount slept. Request deadlines
 * never pass by themselves: `expire(id)` (called by the fake Graph when it decides not to answer a
 * request) makes that request time out at once, so no test waits on a real socket timeout.
 */
export class FakeClock implements Clock {
  t = Date.parse('2026-11-28T09:00:00Z');
  readonly slept: number[] = [];
  /** How many request deadlines `expire` let pass. */
  expired = 0;
  private readonly deadlines = new Map<string, { ms: number; onTimeout: () => void }>();
  now(): number {
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    this.slept.push(ms);
    this.t += ms;
  }
  deadline(ms: number, onTimeout: () => void, tag: string): () => void {
    const d = { ms, onTimeout };
    this.deadlines.set(tag, d);
    return () => {
      if (this.deadlines.get(tag) === d) this.deadlines.delete(tag);
    };
  }
  /** The request `tag` will never be answered: its deadline passes now. */
  expire(tag: string): void {
    const d = this.deadlines.get(tag);
    if (!d) return; // a request of another client, on another clock
    this.deadlines.delete(tag);
    this.expired++;
    this.t += d.ms;
    d.onTimeout();
  }
}

/** A GUID per label, deterministic so failures reproduce. */
export function tagGuidFor(i: number): string {
  const h = (i + 1).toString(16).padStart(2, '0');
  return `0a1b2c${h}-3d4e-4f50-8a6b-7c8d9e0f1a${h}`;
}

export function policyWithTags(retentionFlags = 137, omit: string[] = []): PolicyConfig {
  const labels = DEFAULT_RETENTION_LABELS.map((l, i) => (omit.includes(l.id) ? { ...l } : { ...l, exchangeTagGuid: tagGuidFor(i) }));
  return resolvePolicy({
    organisation: { name: 'Ware Town Council', domains: ['waretowncouncil.gov.uk'] },
    roles: { councillors: [], officers: [] },
    retention: { labels, retentionFlags },
  });
}

export function cecp(decision: { labelId: string; by?: 'rules' | 'user' } | undefined, extra: Record<string, string> = {}): string {
  const all: Record<string, string> = { ...extra };
  if (decision) all[PROP.retention] = JSON.stringify({ labelId: decision.labelId, by: decision.by ?? 'rules', at: '2026-11-01T10:00:00Z' });
  return JSON.stringify(all);
}

/** Seeds `n` sent messages with decisions (labels picked with a fixed seed) and `noise` without. */
export function seed(server: FakeGraph, n: number, o: { noise?: number; labels?: string[]; start?: number } = {}): Map<string, string> {
  const rnd = mulberry32(7);
  const labels = o.labels ?? DEFAULT_RETENTION_LABELS.map((l) => l.id);
  const decided = new Map<string, string>();
  const start = o.start ?? Date.parse('2026-06-01T08:00:00Z');
  for (let i = 0; i < n; i++) {
    const labelId = labels[Math.floor(rnd() * labels.length)];
    const id = `AAMkAD${i.toString(36).padStart(6, '0')}=`;
    server.addMessage(MAILBOX, { id, subject: `Message ${i}`, sentDateTime: new Date(start + i * 60_000).toISOString().replace('.000', ''), props: [{ id: customPropertiesId(), value: cecp({ labelId }) }] });
    decided.set(id, labelId);
  }
  for (let i = 0; i < (o.noise ?? 0); i++) {
    const id = `AAMkNO${i.toString(36).padStart(6, '0')}=`;
    // Half carry only an override record (custom properties without a decision), half nothing.
    const props = i % 2 ? [{ id: customPropertiesId(), value: cecp(undefined, { 'cep.override': '{"reason":"x","rules":[]}' }) }] : [];
    server.addMessage(MAILBOX, { id, subject: `Other ${i}`, sentDateTime: new Date(start + i * 61_000).toISOString().replace('.000', ''), props });
  }
  return decided;
}

export function clientFor(server: FakeGraph, clock: Clock, o: { timeoutMs?: number; maxAttempts?: number } = {}) {
  const tokens = new FakeTokenProvider(() => server.issueToken());
  if (clock instanceof FakeClock) server.onHang = (requestId) => clock.expire(requestId);
  const client = new GraphClient({ tokenProvider: tokens, graphUrl: server.url, clock, timeoutMs: o.timeoutMs ?? 100, retry: { maxAttempts: o.maxAttempts ?? 8 } });
  return { client, tokens };
}

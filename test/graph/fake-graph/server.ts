// A fake Microsoft Graph for tests: Node http on 127.0.0.1 (port 0), Graph's request and response
// shapes for the calls this project makes, as strict as Graph about query shapes, with bearer
// token checks and seeded failure injection. It never makes outbound connections.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'http';
import type { Socket } from 'net';
import { randomUUID } from 'crypto';
import { canonicalId, FilterError, parseExpand, parseFilter } from './odata-filter';
import { mulberry32 } from './rng';

export interface FakeMessage {
  id: string;
  subject: string;
  sentDateTime: string;
  receivedDateTime: string;
  /** Extended properties by canonical id. */
  props: Map<string, { id: string; value: string }>;
}

export interface DirectoryUser {
  '@odata.type': '#microsoft.graph.user';
  id: string;
  mail: string | null;
  userPrincipalName: string;
  displayName?: string;
}
export type GroupMember = DirectoryUser | { '@odata.type': '#microsoft.graph.group'; id: string; displayName?: string };

export type FailureKind = '429' | '503' | '504' | 'hang' | 'drop';

export interface FailureOptions {
  /** Share of requests that fail (0–1). */
  rate: number;
  seed: number;
  kinds?: FailureKind[];
  /** Retry-After seconds sent with 429 (and half the 503s). */
  retryAfterSeconds?: number;
  /** Share of PATCHes that answer 200 but change nothing. */
  noopPatchRate?: number;
  /** Expire the current token after this many authenticated requests. */
  expireTokenEvery?: number;
}

/** What happened to one message, in order, for the "never PATCHed again without cause" check. */
export type MessageEvent = 'patch-applied' | 'patch-noop' | 'patch-applied-then-failed' | 'read-missing' | 'read-present';

export class FakeGraph {
  readonly mailboxes = new Map<string, Map<string, FakeMessage>>();
  readonly groups = new Map<string, GroupMember[]>();
  retentionLabels: Array<Record<string, unknown>> = [];
  /** Per message, events stamped with the request's arrival order (the order the client decided in). */
  private readonly eventLog = new Map<string, Array<{ e: MessageEvent; seq: number }>>();
  private seq = 0;
  readonly stats = { requests: 0, injected: { '429': 0, '503': 0, '504': 0, hang: 0, drop: 0, noop: 0, expired: 0 } as Record<string, number>, maxInFlight: new Map<string, number>(), patches: 0, requestIds: new Set<string>() };
  /** The Retry-After values sent, in seconds. */
  readonly retryAfterSent: number[] = [];
  failures?: FailureOptions;
  /** Artificial processing time per request (ms); 0 only yields to the event loop. */
  latencyMs = 0;
  /** Told the client-request-id of each request the server has decided never to answer. */
  onHang?: (clientRequestId: string) => void;
  private rng: () => number = Math.random;
  private readonly tokens = new Map<string, { expired: boolean; user?: string }>();
  private authed = 0;
  private readonly inFlight = new Map<string, number>();
  private readonly sockets = new Set<Socket>();
  private server?: Server;
  url = '';

  /**
   * Mailboxes outside the app's Exchange scope (RBAC for Applications / an application access
   * policy): Graph answers 403 ErrorAccessDenied for them, whatever the Entra permission says.
   */
  readonly outOfScope = new Set<string>();

  /** The tracked property for PATCH read-back events: a read that shows this id present or missing. */
  trackedProperty = canonicalId('Binary 0x3019')!;

  setFailures(f: FailureOptions | undefined): void {
    this.failures = f;
    this.rng = f ? mulberry32(f.seed) : Math.random;
  }

  /** A bearer token; `user` (a mailbox address) makes it a delegated token, so `/me` means that mailbox. */
  issueToken(user?: string): string {
    const t = `fake.${randomUUID()}`;
    this.tokens.set(t, { expired: false, user: user?.toLowerCase() });
    return t;
  }

  expireAllTokens(): void {
    for (const v of this.tokens.values()) v.expired = true;
  }

  addMessage(mailbox: string, m: Omit<FakeMessage, 'props' | 'receivedDateTime'> & { receivedDateTime?: string; props?: Array<{ id: string; value: string }> }): FakeMessage {
    const box = this.box(mailbox, true)!;
    const props = new Map<string, { id: string; value: string }>();
    for (const p of m.props ?? []) props.set(canonicalId(p.id)!, p);
    const msg: FakeMessage = { ...m, receivedDateTime: m.receivedDateTime ?? m.sentDateTime, props };
    box.set(msg.id, msg);
    return msg;
  }

  message(mailbox: string, id: string): FakeMessage | undefined {
    return this.box(mailbox)?.get(id);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      // Stamped on arrival: a request that arrives after another was sent after it.
      const seq = ++this.seq;
      this.handle(req, res, seq).catch((e: unknown) => {
        if (!res.headersSent) this.error(res, 500, 'InternalServerError', e instanceof Error ? e.message : 'error');
      });
    });
    this.server.keepAliveTimeout = 1000;
    this.server.on('connection', (s: Socket) => {
      s.setNoDelay(true);
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const addr = this.server.address();
    if (!addr || typeof addr === 'string') throw new Error('no address');
    this.url = `http://127.0.0.1:${addr.port}/v1.0`;
    return this.url;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private box(mailbox: string, create = false): Map<string, FakeMessage> | undefined {
    const key = mailbox.toLowerCase();
    let b = this.mailboxes.get(key);
    if (!b && create) this.mailboxes.set(key, (b = new Map()));
    return b;
  }

  private event(id: string, e: MessageEvent, seq: number): void {
    let list = this.eventLog.get(id);
    if (!list) this.eventLog.set(id, (list = []));
    list.push({ e, seq });
  }

  /** What happened to a message, in the order the requests arrived. */
  eventsOf(id: string): MessageEvent[] {
    return (this.eventLog.get(id) ?? []).slice().sort((a, b) => a.seq - b.seq).map((x) => x.e);
  }

  /** Messages that have had at least one event. */
  get touched(): string[] {
    return [...this.eventLog.keys()];
  }

  private error(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
    const requestId = randomUUID();
    this.stats.requestIds.add(requestId);
    const body = JSON.stringify({ error: { code, message, innerError: { 'request-id': requestId, date: new Date().toISOString().replace(/\.\d{3}Z$/, '') } } });
    res.writeHead(status, { 'content-type': 'application/json', 'request-id': requestId, ...headers });
    res.end(body);
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    const requestId = randomUUID();
    res.writeHead(status, { 'content-type': 'application/json; odata.metadata=minimal', 'request-id': requestId });
    res.end(JSON.stringify(body));
  }

  private async handle(req: IncomingMessage, res: ServerResponse, seq: number): Promise<void> {
    this.stats.requests++;
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const segs = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (segs[0] !== 'v1.0') return this.error(res, 400, 'BadRequest', 'Invalid version.');
    let parts = segs.slice(1);

    // Auth first, as Graph does.
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
    if (!token) return this.error(res, 401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const t = this.tokens.get(token);
    if (!t) return this.error(res, 401, 'InvalidAuthenticationToken', 'IDX14100: JWT is not well formed.');
    if (t.expired) {
      this.stats.injected.expired++;
      return this.error(res, 401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.');
    }
    // `/me` is the token's user, as with a delegated token; an app-only token has no `me` (Graph: 400).
    const viaMe = parts[0] === 'me';
    if (viaMe) {
      if (!t.user) return this.error(res, 400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
      parts = ['users', t.user, ...parts.slice(1)];
    }
    const mailboxKey = parts[0] === 'users' && parts[1] ? parts[1].toLowerCase() : '(tenant)';
    const f = this.failures;
    if (f?.expireTokenEvery && ++this.authed % f.expireTokenEvery === 0) t.expired = true; // this request still succeeds

    // Injected failures that happen before the request is processed.
    const method = req.method ?? 'GET';
    let failAfterApply: 'drop' | '504' | undefined;
    if (f && this.rng() < f.rate) {
      const kinds = f.kinds ?? ['429', '503', '504', 'hang', 'drop'];
      const kind = kinds[Math.floor(this.rng() * kinds.length)];
      this.stats.injected[kind]++;
      const applyFirst = method === 'PATCH' && (kind === '504' || kind === 'drop') && this.rng() < 0.5;
      if (applyFirst) failAfterApply = kind as 'drop' | '504';
      else if (kind === '429' || kind === '503') {
        const ra = f.retryAfterSeconds ?? 2;
        const withHeader = kind === '429' || this.rng() < 0.5;
        if (withHeader) this.retryAfterSent.push(ra);
        return this.error(res, Number(kind), kind === '429' ? 'TooManyRequests' : 'ServiceUnavailable', kind === '429' ? 'Application is over its MailboxConcurrency limit.' : 'Service unavailable.', withHeader ? { 'retry-after': String(ra) } : {});
      } else if (kind === '504') return this.error(res, 504, 'GatewayTimeout', 'Gateway timeout.');
      else if (kind === 'drop') {
        req.socket.destroy();
        return;
      } else {
        // Never answer; the client must time out. Not counted as in flight: no work is being done.
        // A test's fake clock hears of it and lets that request's deadline pass at once.
        this.onHang?.(String(req.headers['client-request-id'] ?? ''));
        return;
      }
    }

    const n = (this.inFlight.get(mailboxKey) ?? 0) + 1;
    this.inFlight.set(mailboxKey, n);
    this.stats.maxInFlight.set(mailboxKey, Math.max(n, this.stats.maxInFlight.get(mailboxKey) ?? 0));
    try {
      // Yield once so requests overlap (concurrency is observable) without timer latency.
      await new Promise((r) => (this.latencyMs > 0 ? setTimeout(r, this.latencyMs) : setImmediate(r)));
      await this.route(method, parts, url.searchParams, body, res, failAfterApply, req, seq, viaMe);
    } finally {
      this.inFlight.set(mailboxKey, (this.inFlight.get(mailboxKey) ?? 1) - 1);
    }
  }

  private async route(method: string, parts: string[], q: URLSearchParams, body: string, res: ServerResponse, failAfterApply: 'drop' | '504' | undefined, req: IncomingMessage, seq: number, viaMe = false): Promise<void> {
    try {
      if (parts[0] === 'users' && parts.length >= 2) {
        const box = this.box(parts[1]);
        if (!box) return this.error(res, 404, 'ErrorInvalidUser', `The requested user '${parts[1]}' is invalid.`);
        if (!viaMe && this.outOfScope.has(parts[1].toLowerCase())) return this.error(res, 403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
        if (method === 'GET' && parts.length === 5 && parts[2] === 'mailFolders' && parts[3].toLowerCase() === 'sentitems' && parts[4] === 'messages') {
          return this.listMessages(box, q, res, parts[1], seq, viaMe);
        }
        if (parts.length === 4 && parts[2] === 'messages') {
          const msg = box.get(parts[3]);
          if (!msg) return this.error(res, 404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
          if (method === 'GET') return this.getMessage(msg, q, res, seq);
          if (method === 'PATCH') return this.patchMessage(msg, body, res, failAfterApply, req, seq);
        }
      }
      if (method === 'GET' && parts.join('/') === 'security/labels/retentionLabels') {
        return this.json(res, 200, { '@odata.context': `${this.url}/$metadata#security/labels/retentionLabels`, value: this.retentionLabels });
      }
      if (method === 'GET' && parts[0] === 'groups' && parts.length === 3 && parts[2] === 'transitiveMembers') {
        return this.transitiveMembers(parts[1], q, res);
      }
      return this.error(res, 400, 'BadRequest', `Resource not found for the segment '${parts[parts.length - 1] ?? ''}'.`);
    } catch (e) {
      if (e instanceof FilterError) return this.error(res, 400, e.code, e.message);
      throw e;
    }
  }

  private shape(m: FakeMessage, select: string[] | undefined, expand: string[] | undefined): Record<string, unknown> {
    const out: Record<string, unknown> = { '@odata.etag': `W/"${m.id.length}"`, id: m.id };
    const fields = select ?? ['subject', 'sentDateTime', 'receivedDateTime'];
    for (const f of fields) if (f !== 'id') out[f] = (m as unknown as Record<string, unknown>)[f];
    if (expand) {
      const props = expand.map((k) => m.props.get(k)).filter((p): p is { id: string; value: string } => !!p);
      // Graph omits the collection when none of the asked-for properties exist.
      if (props.length) out.singleValueExtendedProperties = props.map((p) => ({ id: p.id, value: p.value }));
    }
    return out;
  }

  private parseSelect(q: URLSearchParams): string[] | undefined {
    const s = q.get('$select');
    if (s === null) return undefined;
    const known = new Set(['id', 'subject', 'sentDateTime', 'receivedDateTime']);
    const fields = s.split(',').map((x) => x.trim());
    for (const f of fields) if (!known.has(f)) throw new FilterError('BadRequest', `Could not find a property named '${f}' on type 'microsoft.graph.message'.`);
    return fields;
  }

  private listMessages(box: Map<string, FakeMessage>, q: URLSearchParams, res: ServerResponse, mailbox: string, seq: number, viaMe = false): void {
    for (const k of q.keys()) {
      if (!['$filter', '$select', '$expand', '$top', '$skip'].includes(k)) throw new FilterError('BadRequest', `Query option '${k}' is not supported here.`);
    }
    const topText = q.get('$top');
    const top = topText === null ? 10 : Number(topText);
    if (!Number.isInteger(top) || top < 1 || top > 1000) throw new FilterError('BadRequest', 'The value of $top must be an integer between 1 and 1000.');
    const skip = Number(q.get('$skip') ?? 0);
    const filterText = q.get('$filter');
    const pred = filterText ? parseFilter(filterText) : () => true;
    const select = this.parseSelect(q);
    const expandText = q.get('$expand');
    const expand = expandText ? parseExpand(expandText) : undefined;
    const all = [...box.values()].filter(pred).sort((a, b) => b.sentDateTime.localeCompare(a.sentDateTime) || a.id.localeCompare(b.id));
    const page = all.slice(skip, skip + top);
    if (expand?.includes(this.trackedProperty)) for (const m of page) this.event(m.id, m.props.has(this.trackedProperty) ? 'read-present' : 'read-missing', seq);
    const body: Record<string, unknown> = { '@odata.context': `${this.url}/$metadata#users('${mailbox}')/mailFolders('sentitems')/messages`, value: page.map((m) => this.shape(m, select, expand)) };
    if (skip + top < all.length) {
      const next = new URLSearchParams(q);
      next.set('$skip', String(skip + top));
      // Graph's next link keeps the form of the request (`/me/...` stays `/me/...`).
      const root = viaMe ? `${this.url}/me` : `${this.url}/users/${encodeURIComponent(mailbox)}`;
      body['@odata.nextLink'] = `${root}/mailFolders/sentitems/messages?${next.toString().replace(/\+/g, '%20')}`;
    }
    this.json(res, 200, body);
  }

  private getMessage(m: FakeMessage, q: URLSearchParams, res: ServerResponse, seq: number): void {
    const select = this.parseSelect(q);
    const expandText = q.get('$expand');
    const expand = expandText ? parseExpand(expandText) : undefined;
    if (expand?.includes(this.trackedProperty)) this.event(m.id, m.props.has(this.trackedProperty) ? 'read-present' : 'read-missing', seq);
    this.json(res, 200, this.shape(m, select, expand));
  }

  private patchMessage(m: FakeMessage, body: string, res: ServerResponse, failAfterApply: 'drop' | '504' | undefined, req: IncomingMessage, seq: number): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return this.error(res, 400, 'BadRequest', 'Unable to read JSON request payload.');
    }
    const p = parsed as { singleValueExtendedProperties?: Array<{ id?: unknown; value?: unknown }> };
    if (!p || typeof p !== 'object' || Object.keys(p).some((k) => k !== 'singleValueExtendedProperties' && k !== 'categories')) {
      return this.error(res, 400, 'BadRequest', 'The fake supports PATCH of singleValueExtendedProperties and categories only.');
    }
    const writes: Array<{ key: string; id: string; value: string }> = [];
    for (const e of p.singleValueExtendedProperties ?? []) {
      const key = typeof e.id === 'string' ? canonicalId(e.id) : undefined;
      if (!key || typeof e.value !== 'string') return this.error(res, 400, 'BadRequest', 'Invalid extended property: id and a string value are required.');
      if (key.startsWith('integer') && !/^-?\d+$/.test(e.value)) return this.error(res, 400, 'ErrorInvalidExtendedPropertyValue', 'The extended property value is not a valid Integer.');
      if (key.startsWith('binary') && !/^[A-Za-z0-9+/]*={0,2}$/.test(e.value)) return this.error(res, 400, 'ErrorInvalidExtendedPropertyValue', 'The extended property value is not valid Base64.');
      writes.push({ key, id: e.id as string, value: e.value });
    }
    this.stats.patches++;
    const noop = !failAfterApply && this.failures?.noopPatchRate !== undefined && this.rng() < this.failures.noopPatchRate;
    if (noop) {
      this.stats.injected.noop++;
      this.event(m.id, 'patch-noop', seq);
    } else {
      for (const w of writes) m.props.set(w.key, { id: w.id, value: w.value });
      this.event(m.id, failAfterApply ? 'patch-applied-then-failed' : 'patch-applied', seq);
    }
    if (failAfterApply === 'drop') {
      req.socket.destroy();
      return;
    }
    if (failAfterApply === '504') return this.error(res, 504, 'GatewayTimeout', 'Gateway timeout.');
    this.json(res, 200, this.shape(m, undefined, undefined));
  }

  private transitiveMembers(groupId: string, q: URLSearchParams, res: ServerResponse): void {
    if (!this.groups.has(groupId)) return this.error(res, 404, 'Request_ResourceNotFound', `Resource '${groupId}' does not exist or one of its queried reference-property objects are not present.`);
    const topText = q.get('$top');
    const top = topText === null ? 100 : Number(topText);
    if (!Number.isInteger(top) || top < 1 || top > 999) return this.error(res, 400, 'Request_BadRequest', "Invalid page size specified: '" + topText + "'. Must be between 1 and 999 inclusive.");
    const select = q.get('$select')?.split(',') ?? ['id', 'displayName', 'mail', 'userPrincipalName'];
    const seen = new Set<string>();
    const out: GroupMember[] = [];
    const walk = (id: string) => {
      for (const m of this.groups.get(id) ?? []) {
        if (seen.has(m.id)) continue;
        seen.add(m.id);
        out.push(m);
        if (m['@odata.type'] === '#microsoft.graph.group') walk(m.id);
      }
    };
    walk(groupId);
    const skip = Number(q.get('$skiptoken') ? Buffer.from(q.get('$skiptoken')!, 'base64url').toString() : 0);
    const page = out.slice(skip, skip + top).map((m) => {
      const o: Record<string, unknown> = { '@odata.type': m['@odata.type'] };
      for (const s of select) if (s in m) o[s] = (m as unknown as Record<string, unknown>)[s];
      if (m['@odata.type'] === '#microsoft.graph.user') for (const s of select) if (!(s in o)) o[s] = null;
      return o;
    });
    const body: Record<string, unknown> = { value: page };
    if (skip + top < out.length) {
      const next = new URLSearchParams(q);
      next.set('$skiptoken', Buffer.from(String(skip + top)).toString('base64url'));
      body['@odata.nextLink'] = `${this.url}/groups/${groupId}/transitiveMembers?${next.toString().replace(/\+/g, '%20')}`;
    }
    this.json(res, 200, body);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (text += c));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

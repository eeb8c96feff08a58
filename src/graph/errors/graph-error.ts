// The common base of every error the Graph client raises. It carries what a caller needs to
// recover: the HTTP status (0 when no response arrived), Graph's error code, the request id
// (Graph's `request-id`, or the `client-request-id` we sent when no response came back) and the
// Retry-After delay when the server gave one. Messages never contain mail content or addresses.
export interface GraphErrorInit {
  status: number;
  code: string;
  message: string;
  requestId?: string;
  retryAfterMs?: number;
  /** HTTP method and path template (no query, no ids) — enough to say which call failed. */
  operation?: string;
}

export class GraphError extends Error {
  override name: string = 'GraphError';
  readonly status: number;
  readonly code: string;
  readonly requestId?: string;
  readonly retryAfterMs?: number;
  readonly operation?: string;

  constructor(init: GraphErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
    this.operation = init.operation;
  }
}

/** Works across realms (iframes, vm contexts), where `instanceof` fails: checks the shape too. */
export function isGraphError(e: unknown): e is GraphError {
  if (e instanceof GraphError) return true;
  if (!(e instanceof Error) && (typeof e !== 'object' || e === null)) return false;
  const o = e as Partial<GraphError>;
  return typeof o.name === 'string' && /Error$/.test(o.name) && typeof o.status === 'number' && typeof o.code === 'string' && GRAPH_ERROR_NAMES.has(o.name);
}

export const GRAPH_ERROR_NAMES = new Set([
  'GraphError',
  'BadRequestError',
  'UnauthorizedError',
  'ForbiddenError',
  'NotFoundError',
  'ThrottledError',
  'ServiceUnavailableError',
  'GatewayTimeoutError',
  'RequestTimeoutError',
  'NetworkError',
]);

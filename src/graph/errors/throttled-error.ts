// 429: Graph throttled the request and did not process it; Retry-After says when to try again.
import { GraphError, type GraphErrorInit } from './graph-error';

export class ThrottledError extends GraphError {
  override name = 'ThrottledError';
  constructor(init: GraphErrorInit) {
    super(init);
  }
}

// No response within the client timeout. The outcome of a write is unknown: read back before retrying.
import { GraphError, type GraphErrorInit } from './graph-error';

export class RequestTimeoutError extends GraphError {
  override name = 'RequestTimeoutError';
  constructor(init: GraphErrorInit) {
    super(init);
  }
}

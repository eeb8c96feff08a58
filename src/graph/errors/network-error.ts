// The connection failed or dropped before a response arrived. The outcome of a write is unknown.
import { GraphError, type GraphErrorInit } from './graph-error';

export class NetworkError extends GraphError {
  override name = 'NetworkError';
  constructor(init: GraphErrorInit) {
    super(init);
  }
}

// 504: a gateway gave up waiting. The request may or may not have been processed.
import { GraphError, type GraphErrorInit } from './graph-error';

export class GatewayTimeoutError extends GraphError {
  override name = 'GatewayTimeoutError';
  constructor(init: GraphErrorInit) {
    super(init);
  }
}

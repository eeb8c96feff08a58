// 503: the service refused the request (overload or throttling); it was not processed.
import { GraphError, type GraphErrorInit } from './graph-error';

export class ServiceUnavailableError extends GraphError {
  override name = 'ServiceUnavailableError';
  constructor(init: GraphErrorInit) {
    super(init);
  }
}

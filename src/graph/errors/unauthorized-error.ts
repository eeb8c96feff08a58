// 401: the token is missing, expired or for the wrong audience. The client refreshes the token once.
import { GraphError, type GraphErrorInit } from './graph-error';

export class UnauthorizedError extends GraphError {
  override name = 'UnauthorizedError';
  constructor(init: GraphErrorInit) {
    super(init);
  }
}

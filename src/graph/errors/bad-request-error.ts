// 400: Graph rejected the request itself (an unsupported $filter shape, $top over 1000). Retrying cannot help.
import { GraphError, type GraphErrorInit } from './graph-error';

export class BadRequestError extends GraphError {
  override name = 'BadRequestError';
  constructor(init: GraphErrorInit) {
    super(init);
  }
}

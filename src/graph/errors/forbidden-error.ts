// 403: the app lacks the permission or the mailbox is outside its application access policy.
import { GraphError, type GraphErrorInit } from './graph-error';

export class ForbiddenError extends GraphError {
  override name = 'ForbiddenError';
  constructor(init: GraphErrorInit) {
    super(init);
  }
}

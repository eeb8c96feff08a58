// 404: the mailbox, message or group does not exist (or the app may not see it).
import { GraphError, type GraphErrorInit } from './graph-error';

export class NotFoundError extends GraphError {
  override name = 'NotFoundError';
  constructor(init: GraphErrorInit) {
    super(init);
  }
}

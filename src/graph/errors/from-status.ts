import { GraphError, type GraphErrorInit } from './graph-error';
import { BadRequestError } from './bad-request-error';
import { UnauthorizedError } from './unauthorized-error';
import { ForbiddenError } from './forbidden-error';
import { NotFoundError } from './not-found-error';
import { ThrottledError } from './throttled-error';
import { ServiceUnavailableError } from './service-unavailable-error';
import { GatewayTimeoutError } from './gateway-timeout-error';

/** The error class for an HTTP status Graph answered with. */
export function errorFromStatus(init: GraphErrorInit): GraphError {
  switch (init.status) {
    case 400:
      return new BadRequestError(init);
    case 401:
      return new UnauthorizedError(init);
    case 403:
      return new ForbiddenError(init);
    case 404:
      return new NotFoundError(init);
    case 429:
      return new ThrottledError(init);
    case 503:
      return new ServiceUnavailableError(init);
    case 504:
      return new GatewayTimeoutError(init);
    default:
      return new GraphError(init);
  }
}

import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { PolicyConfig } from '../../policy/config';
import type { ComposePort } from '../../office/port';
import { LiveChecker, type FirstCheck, type LiveState } from './live-checker';

/**
 * One LiveChecker per port and policy, running while the component is mounted. `first` is a check of
 * this port's draft under this policy made before the pane loaded (start.tsx), shown at once.
 */
export function useLiveCheck(port: ComposePort, config: PolicyConfig, pollMs?: number, first?: FirstCheck): { state: LiveState; checker: LiveChecker } {
  const checker = useMemo(() => new LiveChecker(port, config, { pollMs, first }), [port, config, pollMs, first]);
  useEffect(() => {
    checker.start();
    return () => checker.stop();
  }, [checker]);
  const state = useSyncExternalStore(checker.subscribe, checker.getState);
  return { state, checker };
}

import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { PolicyConfig } from '../../policy/config';
import type { ComposePort } from '../../office/port';
import { LiveChecker, type LiveState } from './live-checker';

/** One LiveChecker per port and policy, running while the component is mounted. */
export function useLiveCheck(port: ComposePort, config: PolicyConfig, pollMs?: number): { state: LiveState; checker: LiveChecker } {
  const checker = useMemo(() => new LiveChecker(port, config, { pollMs }), [port, config, pollMs]);
  useEffect(() => {
    checker.start();
    return () => checker.stop();
  }, [checker]);
  const state = useSyncExternalStore(checker.subscribe, checker.getState);
  return { state, checker };
}

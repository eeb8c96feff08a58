import { useEffect, useState } from 'react';
import type { MailboxStore } from './office-sim/store';

/** Re-render on every store change. */
export function useStore(store: MailboxStore): number {
  const [version, setVersion] = useState(0);
  useEffect(() => store.onChange(() => setVersion((v) => v + 1)), [store]);
  return version;
}

// The playground's event runtime: a hidden iframe (playground-events.html) that loads the simulated
// Office and then the REAL dist/launchevent.js, as Outlook's HTML runtime loads launchevent.html.
// Launch events are dispatched to it by FunctionName, taken from the manifest.
import { RUNTIME_KEY, type LaunchEventRuntime } from './office-sim/bridge';

const READY_TIMEOUT_MS = 15000;

/** Wait until the iframe's runtime exists and has associated `functionName`. */
export function runtimeOf(frame: HTMLIFrameElement | null, functionName: string): Promise<LaunchEventRuntime> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      const rt = frame?.contentWindow ? (frame.contentWindow as unknown as Record<string, LaunchEventRuntime | undefined>)[RUNTIME_KEY] : undefined;
      if (rt && rt.associated().includes(functionName)) return resolve(rt);
      if (Date.now() - started > READY_TIMEOUT_MS) {
        return reject(new Error(rt ? `launchevent.js did not associate ${functionName}` : 'the event runtime did not load'));
      }
      setTimeout(poll, 25);
    };
    poll();
  });
}

/** Outlook tells the user a send check is "taking longer than expected" after this long. */
export const SLOW_SEND_MS = 5000;

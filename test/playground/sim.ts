// A simulated Outlook for Node tests: the playground's store and Office object, installed as the
// global `Office` that src/office and src/launchevent read.
import policyJson from '../../policy/ware-town-council.json';
import { createOffice } from '../../src/playground/office-sim/office';
import { MailboxStore, simAddress, type RequirementSet } from '../../src/playground/office-sim/store';
import { EXAMPLES, exampleState, senders } from '../../src/playground/examples';

export const DOMAINS = policyJson.organisation.domains;

export function makeSim(set: RequirementSet = '1.15', example?: string) {
  const all = senders(policyJson.roles, DOMAINS);
  const store = new MailboxStore(all[0].address);
  store.internalDomains = DOMAINS;
  store.requirementSet = set;
  if (example) {
    const e = EXAMPLES.find((x) => x.id === example);
    if (!e) throw new Error(`no example ${example}`);
    const from = all.find((s) => s.address.emailAddress === e.from)!.address;
    store.compose = { ...store.compose, ...exampleState(e, DOMAINS, from) };
  }
  const sim = createOffice(store);
  (globalThis as unknown as { Office: unknown }).Office = sim.Office;
  const item = () => (sim.Office.context as { mailbox: { item: Office.MessageCompose } }).mailbox.item;
  return { store, sim, item, Office: sim.Office as unknown as typeof Office };
}

/** Promise over an Office-style call, keeping the raw AsyncResult. */
export function call<T>(start: (cb: (r: Office.AsyncResult<T>) => void) => void): Promise<Office.AsyncResult<T>> {
  return new Promise((resolve) => start(resolve));
}

export const addr = (a: string, n?: string) => simAddress(a, n, DOMAINS);

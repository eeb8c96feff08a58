// Issue #19 item 5: shared mailboxes (info@, clerk@). The From address decides the sender role; the
// pane's header says the mail goes out from a shared mailbox; getSharedPropertiesAsync (documented
// to fail when the item is not shared) never breaks a read. Checked against the hand-written stub
// and against the playground's simulated Outlook.
import { readDraft, readFrom, readSharedMailbox } from '../../src/office/draft';
import { OfficeComposePort } from '../../src/office/compose-port';
import { describeSenderRole } from '../../src/taskpane/shared/role';
import { policy } from '../helpers/draft';
import { createOfficeStub } from './office-stub';
import { addr, makeSim } from '../playground/sim';

const CLERK = { emailAddress: 'clerk@waretowncouncil.gov.uk', displayName: 'Town Clerk' };
const INFO = { emailAddress: 'info@waretowncouncil.gov.uk', displayName: 'Council enquiries' };

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

function install(opts: Parameters<typeof createOfficeStub>[0]) {
  const stub = createOfficeStub(opts);
  Object.assign(globalThis, { Office: stub.Office });
  return stub;
}

describe('reading a draft in a shared mailbox (stub)', () => {
  it('the sender is the shared mailbox in From, not the signed-in clerk', async () => {
    const stub = install({ from: INFO, user: CLERK, shared: { owner: INFO.emailAddress, delegatePermissions: 3 } });
    const d = await readDraft(stub.item as unknown as Office.MessageCompose);
    expect(d.from?.address).toBe(INFO.emailAddress);
    const port = new OfficeComposePort({ item: stub.item as unknown as Office.MessageCompose });
    expect(port.userAddress()).toBe(CLERK.emailAddress);
  });

  it('an empty From falls back to the shared mailbox the draft is in, then to the user', async () => {
    const shared = install({ from: undefined, user: CLERK, shared: { owner: INFO.emailAddress, delegatePermissions: 3 } });
    expect((await readFrom(shared.item as unknown as Office.MessageCompose))?.address).toBe(INFO.emailAddress);
    const own = install({ from: undefined, user: CLERK });
    expect((await readFrom(own.item as unknown as Office.MessageCompose))?.address).toBe(CLERK.emailAddress);
  });

  it('getSharedPropertiesAsync failing (not shared) or missing is "not shared", never an error', async () => {
    const own = install({ from: CLERK });
    await expect(readSharedMailbox(own.item as unknown as Office.MessageCompose)).resolves.toBeUndefined();
    delete (own.item as { getSharedPropertiesAsync?: unknown }).getSharedPropertiesAsync;
    await expect(readSharedMailbox(own.item as unknown as Office.MessageCompose)).resolves.toBeUndefined();
    const shared = install({ from: INFO, user: CLERK, shared: { owner: INFO.emailAddress, delegatePermissions: 35 } });
    await expect(readSharedMailbox(shared.item as unknown as Office.MessageCompose)).resolves.toEqual({ owner: INFO.emailAddress, delegatePermissions: 35 });
  });
});

describe('the pane header for a shared mailbox', () => {
  it('says the mail goes out from the shared mailbox and which role that address has', () => {
    const config = policy();
    expect(describeSenderRole(config, { address: INFO.emailAddress }, CLERK.emailAddress)).toBe(
      'Sending from info@waretowncouncil.gov.uk (a shared or delegated mailbox): it is treated as an officer (listed in the council’s policy file).',
    );
    expect(describeSenderRole(config, { address: CLERK.emailAddress }, 'Clerk@WareTownCouncil.gov.uk')).toMatch(/^You are treated as an officer/);
  });
});

describe('the playground models a shared mailbox', () => {
  it('choosing info@ keeps the signed-in officer, and getSharedPropertiesAsync names info@; choosing a person makes them the user', async () => {
    const { store, item, Office } = makeSim('1.15');
    const user = store.profile.emailAddress;
    store.setFrom(addr('info@waretowncouncil.gov.uk', 'Council enquiries'), { shared: true });
    expect(Office.context.mailbox.userProfile.emailAddress).toBe(user);
    expect((await readDraft(item())).from?.address).toBe('info@waretowncouncil.gov.uk');
    expect(await readSharedMailbox(item())).toMatchObject({ owner: 'info@waretowncouncil.gov.uk' });

    store.setFrom(addr('cllr.ada.lovelace@waretowncouncil.gov.uk', 'Cllr Ada Lovelace'));
    expect(Office.context.mailbox.userProfile.emailAddress).toBe('cllr.ada.lovelace@waretowncouncil.gov.uk');
    expect(await readSharedMailbox(item())).toBeUndefined();
  });
});

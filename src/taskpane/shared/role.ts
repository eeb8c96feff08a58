// Says, in the pane's header, which role the sender is treated as and where that came from, so a
// councillor who is wrongly treated as staff (or the reverse) can tell IT.
import type { PolicyConfig } from '../../policy/config';
import { RuleContext } from '../../policy/context';
import { emptyDraft } from '../../policy/engine';
import type { Address } from '../../policy/types';

const ROLE_NAME = { councillor: 'a Councillor', officer: 'an officer', staff: 'staff' } as const;

/**
 * `user` is the signed-in person (userProfile). When the From address is another mailbox — a
 * shared mailbox such as info@ or clerk@, or a delegate sending for someone — the role is that
 * mailbox's, and the header says so, so a clerk sending from info@ knows why.
 */
export function describeSenderRole(config: PolicyConfig, from: Address | undefined, user?: string): string {
  if (!from) return '';
  const { role, source } = new RuleContext(emptyDraft({ from }), config).sender;
  const where =
    source === 'policy'
      ? config.roles.source === 'entra'
        ? `listed in the council's Entra ID groups${config.roles.syncedAt ? `, last synced ${formatDate(config.roles.syncedAt)}` : ''}`
        : 'listed in the council’s policy file'
      : source === 'display-name'
        ? 'because the display name says Cllr or Councillor'
        : 'because the address is not listed as a Councillor or officer';
  const onBehalf = !!user && user.trim().toLowerCase() !== from.address.trim().toLowerCase();
  if (onBehalf) return `Sending from ${from.address} (a shared or delegated mailbox): it is treated as ${ROLE_NAME[role]} (${where}).`;
  return `You are treated as ${ROLE_NAME[role]} (${where}).`;
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

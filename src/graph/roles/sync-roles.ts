// Expands Entra ID groups into the policy file's roles lists (ARCHITECTURE §5): the send check
// reads addresses from the hosted file and never calls Graph. App permission GroupMember.Read.All.
import type { GraphClient } from '../client/graph-client';

interface DirectoryObject {
  '@odata.type'?: string;
  id?: string;
  mail?: string | null;
  userPrincipalName?: string | null;
}

const ADDRESS = /^[^@\s]+@[^@\s]+$/;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export interface GroupMembers {
  addresses: string[];
  /** Users with neither a mail address nor a UPN that looks like one. */
  skipped: number;
}

/**
 * Every user in the group, nested groups included (transitiveMembers), by mail address, falling
 * back to the user principal name. Lower-cased, de-duplicated and sorted so the file diffs cleanly.
 */
export async function groupAddresses(client: GraphClient, groupId: string): Promise<GroupMembers> {
  if (!GUID.test(groupId)) throw new RangeError('A group must be given by its object id (a GUID), as shown in the Entra admin centre.');
  const set = new Set<string>();
  let skipped = 0;
  const pages = client.pages<DirectoryObject>(`/groups/${groupId}/transitiveMembers`, { $select: 'id,mail,userPrincipalName', $top: 999 });
  for await (const page of pages) {
    for (const m of page) {
      if (m['@odata.type'] && m['@odata.type'] !== '#microsoft.graph.user') continue; // nested groups, devices, contacts
      const address = (m.mail || m.userPrincipalName || '').trim().toLowerCase();
      if (ADDRESS.test(address)) set.add(address);
      else skipped++;
    }
  }
  return { addresses: [...set].sort(), skipped };
}

export interface SyncRolesResult {
  /** The policy object with roles replaced; every other key kept in its place. */
  policy: Record<string, unknown>;
  councillors: GroupMembers;
  officers: GroupMembers;
}

export async function syncRoles(client: GraphClient, raw: Record<string, unknown>, groups: { councillors: string; officers: string }, now: Date): Promise<SyncRolesResult> {
  const councillors = await groupAddresses(client, groups.councillors);
  const officers = await groupAddresses(client, groups.officers);
  const roles = {
    councillors: councillors.addresses,
    officers: officers.addresses,
    source: 'entra',
    syncedAt: now.toISOString(),
    groups: { councillors: groups.councillors, officers: groups.officers },
  };
  // Replace the value in place so the key order of the hand-edited file is kept.
  const policy = 'roles' in raw ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, k === 'roles' ? roles : v])) : { ...raw, roles };
  return { policy, councillors, officers };
}

// The council's Purview retention labels (GET /security/labels/retentionLabels), for the task
// pane's picker. Needs delegated RecordsManagement.Read.All; optional — the policy file's schedule
// is enough. Delegated only: "List retentionLabels" (learn.microsoft.com/graph/api/
// security-labelsroot-list-retentionlabel) lists Application as "Not supported", so the CLI's
// app-only registration must not ask for it (docs/ADMIN.md §4.2).
import type { GraphClient } from '../client/graph-client';

export interface PurviewRetentionLabel {
  id: string;
  displayName: string;
  /** e.g. { "@odata.type": "#microsoft.graph.security.retentionDurationInDays", "days": 2190 } */
  retentionDuration?: { '@odata.type'?: string; days?: number };
  behaviorDuringRetentionPeriod?: string;
  actionAfterRetentionPeriod?: string;
  isInUse?: boolean;
}

export async function listRetentionLabels(client: GraphClient): Promise<PurviewRetentionLabel[]> {
  const out: PurviewRetentionLabel[] = [];
  for await (const page of client.pages<PurviewRetentionLabel>('/security/labels/retentionLabels', { $select: 'id,displayName,retentionDuration,behaviorDuringRetentionPeriod,actionAfterRetentionPeriod,isInUse' })) {
    out.push(...page);
  }
  return out;
}

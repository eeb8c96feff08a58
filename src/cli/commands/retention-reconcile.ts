// council-mail retention reconcile --mailbox ADDRESS [--since DATE] [--dry-run] [--graph-url URL] [--policy FILE]
import { isGraphError } from '../../graph/errors';
import type { ReconcileSummary } from '../../graph/retention/reconcile';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { EXIT, UsageError } from '../errors';
import type { Io } from '../io';
import { loadPolicy } from '../policy-file';
import { GRAPH_HELP, GRAPH_OPTIONS, graphClientFor, type GraphDeps } from './graph-options';

/**
 * A shared mailbox (info@, clerk@) is reached like any other: Graph serves shared mailboxes
 * (learn.microsoft.com/graph/api/resources/mail-api-overview) and the application permission
 * Mail.ReadWrite covers every mailbox in the tenant — unless Exchange scopes the app (RBAC for
 * Applications or an application access policy, docs/ADMIN.md §4.2), which then answers 403.
 */
const ACCESS_HINT = (mailbox: string) =>
  `The records app may not open ${mailbox}. For a shared mailbox (info@, clerk@) as for a person's, it needs the application permission Mail.ReadWrite, and the mailbox inside the app's Exchange scope: add it to the mail-enabled security group of docs/ADMIN.md §4.2, then check with Test-ServicePrincipalAuthorization -Identity <client id> -Resource ${mailbox}.`;

/** Exit codes: 0 nothing left pending; 1 some left pending; 2 bad input; 3 Graph stopped the run. */
export const RECONCILE_EXIT = { ok: 0, pending: 1, badInput: EXIT.badInput, graphFailed: 3 } as const;

export function summaryLines(s: ReconcileSummary, dryRun: boolean): string[] {
  const lines = [
    `found: ${s.found} sent message${s.found === 1 ? '' : 's'} with a retention decision`,
    dryRun ? `would tag: ${s.wouldTag} (dry run: nothing written)` : `tagged: ${s.tagged}`,
    `already tagged: ${s.alreadyTagged}`,
    `kept a tag someone set in Outlook (not replaced): ${s.keptExisting}`,
    `failed and left pending: ${s.failed}`,
    `left pending, label not applicable: ${s.unmapped}${s.unmappedLabels.length ? ` (labels without an Exchange tag GUID in the policy: ${s.unmappedLabels.join(', ')})` : ''}`,
  ];
  const codes = new Map<string, number>();
  for (const f of s.failures) codes.set(f.code, (codes.get(f.code) ?? 0) + 1);
  for (const [code, n] of codes) lines.push(`  ${code}: ${n}`);
  const ids = s.failures.map((f) => f.requestId).filter(Boolean).slice(0, 5);
  if (ids.length) lines.push(`  request ids (for Microsoft support): ${ids.join(', ')}`);
  return lines;
}

export function makeRetentionReconcileCommand(deps: GraphDeps): Command {
  return {
    name: 'retention reconcile',
    summary: 'Apply the recorded retention tags to a mailbox’s sent messages through Microsoft Graph.',
    usage: 'retention reconcile --mailbox ADDRESS [--since DATE] [--dry-run] [--json] [--graph-url URL] [--policy FILE]',
    help: [
      'Finds sent messages whose retention decision (recorded by the add-in at send) has not been',
      'applied, writes the Exchange retention tag and reads it back. Safe to repeat and to stop: the',
      'mailbox is the queue, and a message already tagged is never written again.',
      '  --mailbox ADDRESS  the mailbox (address or user id)',
      '  --since DATE       only messages sent on or after DATE (e.g. 2026-01-01)',
      '  --dry-run          count what would be written; write nothing',
      '  --json             print the summary as one JSON object',
      '  --policy FILE      the policy file holding the retention schedule (default: the shipped one)',
      GRAPH_HELP,
      'Exit codes: 0 nothing left pending; 1 some messages left pending (run again later);',
      '2 bad input; 3 Graph or sign-in failed before the run finished (nothing is lost: run again).',
    ].join('\n'),
    async run(argv: string[], io: Io) {
      const args = parseArgs(argv, { flags: ['dry-run', 'json'], options: ['mailbox', 'since', 'policy', ...GRAPH_OPTIONS] });
      if (args.positionals.length) throw new UsageError(`Unexpected argument "${args.positionals[0]}".`);
      const mailbox = args.options.get('mailbox');
      if (!mailbox) throw new UsageError('--mailbox is required.');
      let since: Date | undefined;
      const sinceText = args.options.get('since');
      if (sinceText) {
        since = new Date(/^\d{4}-\d{2}-\d{2}$/.test(sinceText) ? `${sinceText}T00:00:00Z` : sinceText);
        if (Number.isNaN(since.getTime())) throw new UsageError(`--since "${sinceText}" is not a date; write it as YYYY-MM-DD.`);
      }
      const policy = await loadPolicy(args.options.get('policy'), io.cwd);
      const client = await graphClientFor(args, deps, io.cwd);
      const dryRun = args.flags.has('dry-run');
      let summary: ReconcileSummary;
      try {
        const { reconcile } = await import('../../graph/retention/reconcile');
        summary = await reconcile({ client, mailbox, policy, since, dryRun });
      } catch (e) {
        // Listing or sign-in failed: say what and where, with the request id, never content.
        const detail = isGraphError(e) ? `${e.name} ${e.status || ''} ${e.code}${e.requestId ? ` (request id ${e.requestId})` : ''}` : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        io.err(`council-mail retention reconcile: Graph stopped the run: ${detail}. Nothing is lost; run it again.`);
        if (isGraphError(e) && e.status === 403) io.err(ACCESS_HINT(mailbox));
        return RECONCILE_EXIT.graphFailed;
      }
      if (args.flags.has('json')) io.out(JSON.stringify({ mailbox, dryRun, ...summary }));
      else for (const line of summaryLines(summary, dryRun)) io.out(line);
      return summary.failed + summary.unmapped > 0 ? RECONCILE_EXIT.pending : RECONCILE_EXIT.ok;
    },
  };
}

export const retentionReconcileCommand = makeRetentionReconcileCommand({ env: process.env });

// council-mail policy sync-roles --policy FILE --councillors GROUP --officers GROUP [--graph-url URL] [--dry-run]
import { rename, unlink, writeFile } from 'fs/promises';
import { basename, dirname, join, resolve } from 'path';
import { isPolicyError, resolvePolicy } from '../../policy/config';
import { isGraphError } from '../../graph/errors';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { CliError, EXIT, UsageError } from '../errors';
import { readText } from '../files';
import type { Io } from '../io';
import { GRAPH_HELP, GRAPH_OPTIONS, graphClientFor, type GraphDeps } from './graph-options';

export const SYNC_EXIT = { ok: 0, badInput: EXIT.badInput, graphFailed: 3 } as const;

export function makePolicySyncRolesCommand(deps: GraphDeps & { now?: () => Date }): Command {
  return {
    name: 'policy sync-roles',
    summary: 'Fill the policy file’s councillor and officer lists from Entra ID groups.',
    usage: 'policy sync-roles --policy FILE --councillors GROUP --officers GROUP [--graph-url URL] [--dry-run]',
    help: [
      'Expands two Entra ID groups (nested groups included) into roles.councillors and roles.officers,',
      'records where they came from (roles.source "entra", roles.groups, roles.syncedAt), validates the',
      'result and rewrites the file, keeping every other setting. Run it on a schedule and re-upload the',
      'file; the add-in never calls Graph at send time.',
      '  --policy FILE        the policy file to update',
      '  --councillors GROUP  object id of the councillors group',
      '  --officers GROUP     object id of the officers (staff) group',
      '  --dry-run            print what would change; write nothing',
      GRAPH_HELP,
      'Exit codes: 0 written (or nothing to change); 2 bad input or the result is invalid; 3 Graph failed.',
    ].join('\n'),
    async run(argv: string[], io: Io) {
      const args = parseArgs(argv, { flags: ['dry-run'], options: ['policy', 'councillors', 'officers', ...GRAPH_OPTIONS] });
      const file = args.options.get('policy');
      const councillors = args.options.get('councillors');
      const officers = args.options.get('officers');
      if (!file || !councillors || !officers) throw new UsageError('--policy, --councillors and --officers are all required.');
      if (args.positionals.length) throw new UsageError(`Unexpected argument "${args.positionals[0]}".`);
      const text = await readText(file, io.cwd);
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (e) {
        throw new CliError(`${file}: not valid JSON (${e instanceof Error ? e.message : 'parse error'}).`);
      }
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new CliError(`${file}: the policy must be a JSON object.`);
      const client = await graphClientFor(args, deps, io.cwd);
      let result;
      try {
        const { syncRoles } = await import('../../graph/roles/sync-roles');
        result = await syncRoles(client, raw as Record<string, unknown>, { councillors, officers }, (deps.now ?? (() => new Date()))());
      } catch (e) {
        if (e instanceof RangeError) throw new UsageError(e.message);
        const detail = isGraphError(e) ? `${e.name} ${e.status || ''} ${e.code}${e.requestId ? ` (request id ${e.requestId})` : ''}` : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        io.err(`council-mail policy sync-roles: Graph failed: ${detail}. The file was not changed.`);
        return SYNC_EXIT.graphFailed;
      }
      try {
        resolvePolicy(result.policy, file);
      } catch (e) {
        if (isPolicyError(e)) throw new CliError(`the synced policy would not be valid, so ${file} was not changed:\n${e.message}`);
        throw e;
      }
      const c = result.councillors;
      const o = result.officers;
      io.out(`councillors: ${c.addresses.length} address${c.addresses.length === 1 ? '' : 'es'}${c.skipped ? ` (${c.skipped} members without an address skipped)` : ''}`);
      io.out(`officers: ${o.addresses.length} address${o.addresses.length === 1 ? '' : 'es'}${o.skipped ? ` (${o.skipped} members without an address skipped)` : ''}`);
      const overlap = c.addresses.filter((a) => o.addresses.includes(a)).length;
      if (overlap) io.err(`note: ${overlap} address${overlap === 1 ? ' is' : 'es are'} in both groups; the send check treats them as councillors.`);
      if (args.flags.has('dry-run')) {
        io.out(`dry run: ${file} not changed.`);
        return SYNC_EXIT.ok;
      }
      await writeAtomically(resolve(io.cwd, file), JSON.stringify(result.policy, null, 2) + '\n');
      io.out(`wrote ${file}`);
      return SYNC_EXIT.ok;
    },
  };
}

/** Write beside the target then rename: a crash never leaves a half-written policy file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, text, 'utf8');
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined); // best effort: the original error is what matters
    throw new CliError(`${path}: could not write the file (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

export const policySyncRolesCommand = makePolicySyncRolesCommand({ env: process.env });

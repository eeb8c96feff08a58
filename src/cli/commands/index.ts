// The subcommand table. To add one (e.g. `eval`, `retention reconcile`, `policy sync-roles`):
// write commands/<name>.ts exporting a Command and list it here; main.ts matches the longest name.
import type { Command } from '../command';
import { checkCommand } from './check';
import { policyExplainCommand } from './policy-explain';
import { policyValidateCommand } from './policy-validate';
import { policySyncRolesCommand } from './policy-sync-roles';
import { retentionReconcileCommand } from './retention-reconcile';
import { evalCommand } from './eval';
import { policyExportCommand } from './policy-export';

export const COMMANDS: readonly Command[] = [checkCommand, policyValidateCommand, policyExplainCommand, policySyncRolesCommand, retentionReconcileCommand, policyExportCommand, evalCommand];

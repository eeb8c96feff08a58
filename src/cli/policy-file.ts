// Loading the policy file the CLI checks against: --policy FILE, else the shipped Ware Town Council file.
import { resolve } from 'path';
import { isPolicyError, parsePolicyText, type PolicyConfig } from '../policy/config';
import { CliError } from './errors';
import { readText } from './files';

/** The policy used when no --policy is given. */
export const DEFAULT_POLICY_FILE = resolve(__dirname, '..', '..', 'policy', 'ware-town-council.json');

export async function loadPolicy(file: string | undefined, cwd: string): Promise<PolicyConfig> {
  const path = file ?? DEFAULT_POLICY_FILE;
  const text = await readText(path, cwd);
  try {
    return parsePolicyText(text, file ?? path);
  } catch (e) {
    if (isPolicyError(e)) throw new CliError(e.message);
    throw e;
  }
}

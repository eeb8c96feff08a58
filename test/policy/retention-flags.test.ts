// Issue #19 item 3: PR_RETENTION_FLAGS defaults to the bits [MS-OXCMSG] defines for an explicitly
// set personal tag, and a policy file asking for 0 (or bits the spec does not define) is refused
// with an error naming the key.
import { isPolicyError, resolvePolicy } from '../../src/policy/config';
import { DEFAULT_RETENTION_FLAGS, RETENTION_FLAG, retentionFlagsProblem } from '../../src/policy/retention-flags';

const MINIMAL = { organisation: { name: 'Ware Town Council', domains: ['waretowncouncil.gov.uk'] }, roles: { councillors: [], officers: [] } };

function problems(retentionFlags: unknown) {
  try {
    resolvePolicy({ ...MINIMAL, retention: { retentionFlags } });
  } catch (e) {
    if (isPolicyError(e)) return e.problems;
    throw e;
  }
  return [];
}

it('defaults to ExplicitTag | PersonalTag (9), never 0', () => {
  expect(DEFAULT_RETENTION_FLAGS).toBe(RETENTION_FLAG.explicitTag | RETENTION_FLAG.personalTag);
  expect(resolvePolicy(MINIMAL).retention.retentionFlags).toBe(9);
});

it.each([
  [0, /is 0, which marks no explicit retention tag/],
  [512, /bits that \[MS-OXCMSG\] does not define/],
  [-1, /must be at least 1|not a whole number/],
])('refuses %p with an error naming retention.retentionFlags', (v, why) => {
  const p = problems(v);
  expect(p).toHaveLength(1);
  expect(p[0].path).toBe('retention.retentionFlags');
  expect(p[0].message).toMatch(why);
});

it.each([1, 9, 137, 0x1ff])('accepts %p (a value copied from a hand-tagged message)', (v) => {
  expect(problems(v)).toEqual([]);
  expect(retentionFlagsProblem(v)).toBeUndefined();
});

it('a non-number keeps the schema’s type message', () => {
  expect(problems('9')[0].message).toMatch(/must be an integer/);
});

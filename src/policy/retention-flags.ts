// PR_RETENTION_FLAGS (PidTagRetentionFlags, MAPI 0x301D): the bits [MS-OXCMSG] defines in its
// "PidTagRetentionFlags Property" section (2.2.1.58.6 in the revisions quoted by Microsoft's
// Exchange protocol test suites; later revisions renumber it, e.g. 2.2.1.60.6):
//   ExplicitTag 0x1, UserOverride 0x2, AutoTag 0x4, PersonalTag 0x8, ExplicitArchiveTag 0x10,
//   KeepInPlace 0x20, SystemData 0x40, NeedsRescan 0x80, PendingRescan 0x100.
// Which combination Outlook itself stamps when a person picks a personal tag on an item is not
// documented anywhere: the default below sets the two bits the spec names for an explicitly set
// personal tag, and ADMIN.md tells the admin to copy the value from a message tagged by hand.
// 0 marks no explicit tag at all, so it is refused (issue #19 item 3).

export const RETENTION_FLAG = {
  explicitTag: 0x1,
  userOverride: 0x2,
  autoTag: 0x4,
  personalTag: 0x8,
  explicitArchiveTag: 0x10,
  keepInPlace: 0x20,
  systemData: 0x40,
  needsRescan: 0x80,
  pendingRescan: 0x100,
} as const;

/** Every bit the spec defines; anything outside is not a PidTagRetentionFlags value. */
export const RETENTION_FLAGS_DEFINED = 0x1ff;

/** ExplicitTag | PersonalTag = 9: an explicitly set personal tag. */
export const DEFAULT_RETENTION_FLAGS = RETENTION_FLAG.explicitTag | RETENTION_FLAG.personalTag;

/** Why a value cannot be written as PR_RETENTION_FLAGS, or undefined when it can. */
export function retentionFlagsProblem(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 0) return `${value} is not a whole number of 0 or more.`;
  if (value === 0) {
    return 'is 0, which marks no explicit retention tag, so Exchange may ignore the tag. Leave the key out (the add-in then writes 9: ExplicitTag 0x1 + PersonalTag 0x8) or copy the value from a message tagged by hand in Outlook (docs/ADMIN.md §7.2).';
  }
  if ((value & ~RETENTION_FLAGS_DEFINED) !== 0) {
    return `${value} sets bits that [MS-OXCMSG] does not define for PidTagRetentionFlags (only 0x1 to 0x100, at most 511).`;
  }
  return undefined;
}

/** Throws when the value must not be written (the reconciler's last check before a PATCH). */
export function assertWritableRetentionFlags(value: number): void {
  const problem = retentionFlagsProblem(value);
  if (problem) throw new RangeError(`retention.retentionFlags ${problem}`);
}

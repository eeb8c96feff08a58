import { useId } from 'react';
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { RetentionLabel, RetentionProposal } from '../../policy/types';

const useStyles = makeStyles({
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface RetentionPickerProps {
  labels: readonly RetentionLabel[];
  value: string;
  proposal: RetentionProposal | undefined;
  disabled?: boolean;
  onChange: (labelId: string) => void;
}

/**
 * What the picker shows for a label: its name, with the period added when the name does not
 * already say how long (a council's own labels are often just "Planning" or "Complaints"), so
 * every choice in the list tells the clerk how long the email is kept (issue #19 item 13).
 */
export function labelOptionText(l: Pick<RetentionLabel, 'name' | 'period'>): string {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const statesPeriod = norm(l.name).includes(norm(l.period)) || /\b\d+\s*(?:years?|months?|weeks?|days?)\b/i.test(l.name);
  return statesPeriod ? l.name : `${l.name} – ${l.period}`;
}

/** The retention label the message will carry (policy 4.1: email is kept like paper records). */
export function RetentionPicker({ labels, value, proposal, disabled, onChange }: RetentionPickerProps) {
  const s = useStyles();
  const noteId = useId();
  const chosen = labels.find((l) => l.id === value);
  const why =
    proposal && proposal.labelId === value
      ? proposal.reason === 'default'
        ? 'This is the council’s usual label for correspondence.'
        : `Suggested because the message ${proposal.reason}.`
      : proposal
        ? `You chose this label; the suggestion was “${proposal.name}”.`
        : '';
  return (
    <Field label="Keep this email as">
      <Select value={value} disabled={disabled} aria-describedby={noteId} onChange={(_, d) => onChange(d.value)}>
        {labels.map((l) => (
          <option key={l.id} value={l.id}>
            {labelOptionText(l)}
          </option>
        ))}
      </Select>
      <p id={noteId} className={s.note}>
        {chosen ? `Kept for ${chosen.period}. ` : ''}
        {why}
      </p>
    </Field>
  );
}

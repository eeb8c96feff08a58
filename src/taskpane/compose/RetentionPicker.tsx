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
            {l.name}
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

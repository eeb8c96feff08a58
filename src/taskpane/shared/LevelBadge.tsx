import { makeStyles, tokens } from '@fluentui/react-components';
import type { Level } from '../../policy/types';
import { StatusIcon } from './icons';
import { LEVEL_NAME } from './strings';

const useStyles = makeStyles({
  badge: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  // Only the icon is coloured: the words keep the theme's text colour, so they meet contrast in
  // every theme, and colour is never the only signal.
  block: { color: tokens.colorStatusDangerForeground1 },
  warn: { color: tokens.colorStatusWarningForeground3 },
  info: { color: tokens.colorNeutralForeground2 },
});

/** Level as icon and words. */
export function LevelBadge({ level }: { level: Level }) {
  const s = useStyles();
  return (
    <span className={s.badge} data-level={level}>
      <span className={s[level]}>
        <StatusIcon shape={level} />
      </span>
      <span>{LEVEL_NAME[level]}</span>
    </span>
  );
}

import { makeStyles, tokens } from '@fluentui/react-components';
import { CATEGORIES, type Category, type FindingData, type Fix } from '../../policy/types';
import type { ClauseIndex } from '../clauses';
import { CATEGORY_NAME } from '../shared/strings';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 0` },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface FindingListProps {
  findings: readonly FindingData[];
  clauses: ClauseIndex;
  busy: boolean;
  onFix?: (finding: FindingData, fix: Fix) => void;
  /** The writer's own draft as checked (compose pane): quotes show their own words. */
  own?: { subject: string; body: string };
  surface?: 'compose' | 'read';
  /** Heading level for the category headings (the list sits under an h2). */
  headingLevel?: 3 | 4;
}

const keyOf = (f: FindingData, i: number) => `${f.ruleId}|${f.messageId}|${f.span ? `${f.span.field}:${f.span.start}` : i}`;

/** Findings grouped by category, in the policy's category order. */
export function FindingList({ findings, clauses, busy, onFix, own, surface, headingLevel = 3 }: FindingListProps) {
  const s = useStyles();
  const groups = new Map<Category, FindingData[]>();
  for (const f of findings) groups.set(f.category, [...(groups.get(f.category) ?? []), f]);
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div>
      {CATEGORIES.filter((c) => groups.has(c)).map((c) => {
        const items = groups.get(c)!;
        return (
          <section key={c} className={s.group} aria-label={CATEGORY_NAME[c]}>
            <H className={s.heading}>
              {CATEGORY_NAME[c]} ({items.length})
            </H>
            <ul className={s.list}>
              {items.map((f, i) => (
                <FindingItem key={keyOf(f, i)} finding={f} own={own} surface={surface} clauses={clauses} busy={busy} onFix={onFix} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

// The full pane's UI, in a chunk of its own (React, Fluent UI and the pane's components): start.tsx
// loads it after the first verdict is on screen, so the first verdict never waits for it to download
// or start. React empties the container on its first commit, replacing the first verdict
// (first-verdict.ts) in one step.
import { createRoot } from 'react-dom/client';
import { TaskPane, type TaskPaneProps } from './TaskPane';

/** A renderer for the pane in `container`: call it again with new props (a theme change, new context). */
export function paneRenderer(container: HTMLElement): (props: TaskPaneProps) => void {
  const root = createRoot(container);
  return (props) => root.render(<TaskPane {...props} />);
}

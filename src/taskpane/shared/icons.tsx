// Small status icons drawn inline (no icon package at run time). Always decorative: the words
// beside them carry the meaning, so they are hidden from screen readers.
import type { Level } from '../../policy/types';

type Shape = 'block' | 'warn' | 'info' | 'ok' | 'unknown';

const PATHS: Record<Shape, string> = {
  // circle with a cross
  block: 'M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-2.8 4.1-1.1 1.1L8.9 10l-2.8 2.8 1.1 1.1L10 11.1l2.8 2.8 1.1-1.1L11.1 10l2.8-2.8-1.1-1.1L10 8.9 7.2 6.1Z',
  // triangle with an exclamation mark
  warn: 'M10 2.5 1.5 17.5h17L10 2.5Zm-.8 5h1.6v5h-1.6v-5Zm0 6.3h1.6v1.6h-1.6v-1.6Z',
  // circle with an i
  info: 'M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-.8 6.5v6h1.6v-6H9.2Zm0-3v1.6h1.6V5.5H9.2Z',
  // circle with a tick
  ok: 'M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm3.6 5.1-4.6 4.6-2.1-2.1-1.1 1.1 3.2 3.2 5.7-5.7-1.1-1.1Z',
  // circle with a question mark
  unknown:
    'M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-.8 11.4v1.6h1.6v-1.6H9.2ZM10 5c-1.7 0-3 1.2-3 2.8h1.6c0-.7.6-1.2 1.4-1.2s1.4.5 1.4 1.2c0 1.2-2.2 1.3-2.2 3.6h1.6c0-1.6 2.2-1.9 2.2-3.6C13 6.2 11.7 5 10 5Z',
};

export function StatusIcon({ shape, size = 20 }: { shape: Shape | Level; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false" style={{ flexShrink: 0 }}>
      <path d={PATHS[shape]} fill="currentColor" />
    </svg>
  );
}

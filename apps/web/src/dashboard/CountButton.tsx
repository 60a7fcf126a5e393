import type { CSSProperties } from 'react';
import { THEME } from '../app/theme';

// A plain button drawn as a link, not antd's Button: the unit × month matrix holds ~1,000 of
// them, and antd's (style hooks, wave effect, context) took ~200 ms of the dashboard's first
// render on a 2-core machine. Its hover underline is in index.html (`.count-link`).
const LINK: CSSProperties = {
  padding: 0,
  border: 0,
  background: 'none',
  font: 'inherit',
  color: THEME.token.colorLink,
  cursor: 'pointer',
};

/** A number that opens the list of the tasks it counts; zero has nothing to open. */
export function CountButton({ value, label, onOpen, style }: { value: number; label: string; onOpen: () => void; style?: CSSProperties }) {
  if (value === 0) return <span style={style}>0</span>;
  return (
    <button
      type="button"
      className="count-link"
      style={style ? { ...LINK, ...style } : LINK}
      aria-label={`${label}: ${value}`}
      onClick={onOpen}
    >
      {value}
    </button>
  );
}

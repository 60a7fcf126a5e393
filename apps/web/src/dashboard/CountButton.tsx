import { Button } from 'antd';
import type { CSSProperties } from 'react';

/** A number that opens the list of the tasks it counts; zero has nothing to open. */
export function CountButton({ value, label, onOpen, style }: { value: number; label: string; onOpen: () => void; style?: CSSProperties }) {
  if (value === 0) return <span style={style}>0</span>;
  return (
    <Button type="link" size="small" style={{ padding: 0, height: 'auto', ...style }} aria-label={`${label}: ${value}`} onClick={onOpen}>
      {value}
    </Button>
  );
}

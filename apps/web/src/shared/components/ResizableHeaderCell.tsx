import type { PointerEvent as ReactPointerEvent, ThHTMLAttributes } from 'react';

export interface ResizableHeaderCellProps extends ThHTMLAttributes<HTMLTableCellElement> {
  /** The column's current width; without it (or without onResize) the cell is plain. */
  width?: number;
  /** While dragging: the width the pointer asks for. */
  onResize?: (width: number) => void;
  /** When the drag ends, with the final width (to remember it). */
  onResizeEnd?: (width: number) => void;
  /** The accessible name of the drag handle. */
  resizeLabel?: string;
}

/**
 * A table header cell whose right edge can be dragged to resize its column. Use it as
 * `components={{ header: { cell: ResizableHeaderCell } }}` and pass the props through
 * each column's `onHeaderCell`.
 */
export function ResizableHeaderCell({
  width,
  onResize,
  onResizeEnd,
  resizeLabel,
  children,
  ...rest
}: ResizableHeaderCellProps) {
  if (!onResize || width === undefined) return <th {...rest}>{children}</th>;
  const startDrag = (event: ReactPointerEvent<HTMLSpanElement>) => {
    event.preventDefault();
    event.stopPropagation();
    const startX = event.clientX;
    let latest = width;
    const move = (moved: PointerEvent) => {
      latest = width + moved.clientX - startX;
      onResize(latest);
    };
    const stop = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', stop);
      onResizeEnd?.(latest);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', stop);
  };
  return (
    <th {...rest} style={{ ...rest.style, position: 'relative' }}>
      {children}
      <span
        role="separator"
        aria-orientation="vertical"
        aria-label={resizeLabel}
        data-column-resizer=""
        onPointerDown={startDrag}
        onClick={(event) => event.stopPropagation()}
        style={{
          position: 'absolute',
          insetInlineEnd: 0,
          top: 0,
          bottom: 0,
          width: 8,
          cursor: 'col-resize',
          touchAction: 'none',
          zIndex: 1,
        }}
      />
    </th>
  );
}

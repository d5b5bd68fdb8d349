import { useRef } from 'preact/hooks';

export type LauncherEdge = 'right' | 'left';

export interface LauncherProps {
  /** How many passages are offered on this page. */
  count: number;
  /** Whether the panel is open (the button's aria-expanded). */
  open: boolean;
  /** The edge of the viewport the launcher sits on. */
  edge: LauncherEdge;
  /** The accessible name, already localised and including the count. */
  label: string;
  /** The user clicked (or pressed Enter/Space on) the launcher. */
  onToggle: () => void;
  /** The user dragged the launcher across the middle of the viewport. */
  onMoveEdge: (edge: LauncherEdge) => void;
}

/** Pointer travel below which a press is a click, not a drag. */
const DRAG_THRESHOLD_PX = 8;

/** The small corner button with the count: the only thing Kehrseite puts on a page until asked. */
export default function Launcher({ count, open, edge, label, onToggle, onMoveEdge }: LauncherProps) {
  const drag = useRef<{ x: number; moved: boolean } | null>(null);
  // A drag ends with a click event too; that click must not toggle the panel.
  const suppressClick = useRef(false);

  const onPointerDown = (event: PointerEvent) => {
    drag.current = { x: event.clientX, moved: false };
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    if (drag.current && Math.abs(event.clientX - drag.current.x) > DRAG_THRESHOLD_PX)
      drag.current.moved = true;
  };
  const onPointerUp = (event: PointerEvent) => {
    const state = drag.current;
    drag.current = null;
    if (!state?.moved) return;
    suppressClick.current = true;
    const target = event.clientX < window.innerWidth / 2 ? 'left' : 'right';
    if (target !== edge) onMoveEdge(target);
  };
  const onClick = () => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    onToggle();
  };

  return (
    <button
      type="button"
      class={`launcher launcher--${edge}`}
      data-testid="launcher"
      aria-expanded={open}
      aria-label={label}
      title={label}
      onClick={onClick}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
    >
      <span class="launcher__mark" aria-hidden="true">
        K
      </span>
      <span class="launcher__count">{count}</span>
    </button>
  );
}

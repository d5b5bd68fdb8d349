/**
 * The small corner button with the count: the only thing Kehrseite puts on a page until asked.
 * Plain DOM rather than Preact, because it ships in the content script that every matched page loads.
 */

import type { LauncherEdge } from '../utils/launcher-edge';

export type { LauncherEdge };

interface LauncherView {
  /** How many passages are offered on this page. */
  count: number;
  /** Whether the panel is open (the button's aria-expanded). */
  open: boolean;
  /** The edge of the viewport the launcher sits on. */
  edge: LauncherEdge;
  /** The accessible name, already localised and including the count. */
  label: string;
}

export interface LauncherCallbacks {
  /** The user clicked (or pressed Enter/Space on) the launcher. */
  onToggle: () => void;
  /** The user dragged the launcher across the middle of the viewport. */
  onMoveEdge: (edge: LauncherEdge) => void;
}

export interface Launcher {
  element: HTMLButtonElement;
  update(view: LauncherView): void;
}

/** Pointer travel below which a press is a click, not a drag. */
const DRAG_THRESHOLD_PX = 8;

export function createLauncher(parent: Node, { onToggle, onMoveEdge }: LauncherCallbacks): Launcher {
  const doc = parent.ownerDocument ?? (parent as Document);
  const button = doc.createElement('button');
  button.type = 'button';
  button.dataset.testid = 'launcher';
  const mark = doc.createElement('span');
  mark.className = 'launcher__mark';
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = 'K';
  const count = doc.createElement('span');
  count.className = 'launcher__count';
  button.append(mark, count);
  parent.appendChild(button);

  let edge: LauncherEdge = 'right';
  let drag: { x: number; moved: boolean } | null = null;
  // A drag ends with a click event too; that click must not toggle the panel.
  let suppressClick = false;

  button.addEventListener('pointerdown', (event) => {
    drag = { x: event.clientX, moved: false };
    button.setPointerCapture?.(event.pointerId);
  });
  button.addEventListener('pointermove', (event) => {
    if (drag && Math.abs(event.clientX - drag.x) > DRAG_THRESHOLD_PX) drag.moved = true;
  });
  button.addEventListener('pointerup', (event) => {
    const moved = drag?.moved ?? false;
    drag = null;
    if (!moved) return;
    suppressClick = true;
    const target: LauncherEdge = event.clientX < (doc.defaultView?.innerWidth ?? 0) / 2 ? 'left' : 'right';
    if (target !== edge) onMoveEdge(target);
  });
  button.addEventListener('click', () => {
    if (suppressClick) {
      suppressClick = false;
      return;
    }
    onToggle();
  });

  return {
    element: button,
    update(view) {
      edge = view.edge;
      button.className = `launcher launcher--${view.edge}`;
      button.setAttribute('aria-expanded', String(view.open));
      button.setAttribute('aria-label', view.label);
      button.title = view.label;
      count.textContent = String(view.count);
    },
  };
}

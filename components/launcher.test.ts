import { fireEvent } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLauncher } from './launcher';

const view = { count: 3, open: false, edge: 'right' as const, label: 'Kehrseite: 3 critical passages' };

describe('launcher', () => {
  let root: HTMLDivElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    return () => root.remove();
  });

  it('shows the count with an accessible name and the panel state', () => {
    const launcher = createLauncher(root, { onToggle: vi.fn(), onMoveEdge: vi.fn() });
    launcher.update(view);
    const button = root.querySelector('[data-testid="launcher"]')!;
    expect(button.textContent).toContain('3');
    expect(button.getAttribute('aria-label')).toBe(view.label);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    launcher.update({ ...view, count: 5, open: true });
    expect(button.textContent).toContain('5');
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });

  it('toggles on click (Enter and Space on a button arrive as clicks)', () => {
    const onToggle = vi.fn();
    createLauncher(root, { onToggle, onMoveEdge: vi.fn() }).update(view);
    fireEvent.click(root.querySelector('button')!);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('moves to the other edge when dragged across the middle, without toggling', () => {
    const onToggle = vi.fn();
    const onMoveEdge = vi.fn();
    createLauncher(root, { onToggle, onMoveEdge }).update(view);
    const button = root.querySelector('button')!;
    fireEvent.pointerDown(button, { clientX: window.innerWidth - 20, pointerId: 1 });
    fireEvent.pointerMove(button, { clientX: 100, pointerId: 1 });
    fireEvent.pointerUp(button, { clientX: 20, pointerId: 1 });
    fireEvent.click(button);
    expect(onMoveEdge).toHaveBeenCalledWith('left');
    expect(onToggle).not.toHaveBeenCalled();
  });

  it('renders a hostile label as text', () => {
    createLauncher(root, { onToggle: vi.fn(), onMoveEdge: vi.fn() }).update({
      ...view,
      label: '<img src=x onerror=alert(1)>',
    });
    expect(root.querySelector('img')).toBeNull();
  });
});

import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import Launcher from './Launcher';

const props = { count: 3, open: false, edge: 'right' as const, label: 'Kehrseite: 3 critical passages' };

describe('Launcher', () => {
  it('shows the count with an accessible name and the panel state', () => {
    render(<Launcher {...props} onToggle={vi.fn()} onMoveEdge={vi.fn()} />);
    const button = screen.getByTestId('launcher');
    expect(button.textContent).toContain('3');
    expect(button.getAttribute('aria-label')).toBe('Kehrseite: 3 critical passages');
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('toggles on click (and on Enter, which browsers turn into a click)', () => {
    const onToggle = vi.fn();
    render(<Launcher {...props} open onToggle={onToggle} onMoveEdge={vi.fn()} />);
    fireEvent.click(screen.getByTestId('launcher'));
    expect(onToggle).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('launcher').getAttribute('aria-expanded')).toBe('true');
  });

  it('moves to the other edge when dragged across the middle, without toggling', () => {
    const onToggle = vi.fn();
    const onMoveEdge = vi.fn();
    render(<Launcher {...props} onToggle={onToggle} onMoveEdge={onMoveEdge} />);
    const button = screen.getByTestId('launcher');
    fireEvent.pointerDown(button, { clientX: window.innerWidth - 20, pointerId: 1 });
    fireEvent.pointerMove(button, { clientX: 100, pointerId: 1 });
    fireEvent.pointerUp(button, { clientX: 20, pointerId: 1 });
    fireEvent.click(button);
    expect(onMoveEdge).toHaveBeenCalledWith('left');
    expect(onToggle).not.toHaveBeenCalled();
  });
});

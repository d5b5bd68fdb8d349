import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import SearchControls from './SearchControls';
import { renderWithStrings } from './testing';

describe('SearchControls', () => {
  it('reports typing, toggles topics, enters the results and clears on Escape', () => {
    const onQuery = vi.fn();
    const onToggleTopic = vi.fn();
    const onEnterResults = vi.fn();
    renderWithStrings(
      <SearchControls
        query="Alexa"
        topics={['alibaba']}
        onQuery={onQuery}
        onToggleTopic={onToggleTopic}
        onEnterResults={onEnterResults}
      />,
    );
    const box = screen.getByLabelText<HTMLInputElement>('Search the bundled articles');
    expect(box.type).toBe('search');
    fireEvent.input(box, { target: { value: 'Lauschsprecher' } });
    expect(onQuery).toHaveBeenLastCalledWith('Lauschsprecher');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(onEnterResults).toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(onQuery).toHaveBeenLastCalledWith('');
    expect(screen.getByRole('button', { name: 'Alibaba' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Labour' }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Data' }));
    expect(onToggleTopic).toHaveBeenCalledWith('data');
  });
});

import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import PassageList from './PassageList';

describe('PassageList', () => {
  it('moves focus through the passages with the arrow keys, Home and End', () => {
    const { container } = render(
      <PassageList label="Passages">
        {['a', 'b', 'c'].map((id) => (
          <li key={id} data-passage-id={id} tabIndex={-1}>
            {id}
          </li>
        ))}
      </PassageList>,
    );
    const items = Array.from(container.querySelectorAll<HTMLElement>('[data-passage-id]'));
    const list = container.querySelector('ol')!;
    items[0]!.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(list, { key: 'End' });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(list, { key: 'Home' });
    expect(document.activeElement).toBe(items[0]);
    expect(list.getAttribute('aria-label')).toBe('Passages');
  });
});

import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Article } from '../core/types';
import PassageList, { groupByArticle } from './PassageList';

describe('PassageList', () => {
  it('moves focus through the passages of every group with the arrow keys, Home and End', () => {
    const { container } = render(
      <PassageList>
        <ol>
          {['a', 'b'].map((id) => (
            <li key={id} data-passage-id={id} tabIndex={-1}>
              {id}
            </li>
          ))}
        </ol>
        <ol>
          <li data-passage-id="c" tabIndex={-1}>
            c
          </li>
        </ol>
      </PassageList>,
    );
    const items = Array.from(container.querySelectorAll<HTMLElement>('[data-passage-id]'));
    const list = container.querySelector('.passages')!;
    items[0]!.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(list, { key: 'End' });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(list, { key: 'Home' });
    expect(document.activeElement).toBe(items[0]);
  });
});

describe('groupByArticle', () => {
  it("groups passages by article in the order of each article's best passage", () => {
    const a = { id: 'a' } as Article;
    const b = { id: 'b' } as Article;
    const groups = groupByArticle([
      { article: a, n: 1 },
      { article: b, n: 2 },
      { article: a, n: 3 },
    ]);
    expect(groups.map((g) => [g.article.id, g.items.map((i) => i.n)])).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
  });
});

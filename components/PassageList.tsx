import type { ComponentChildren } from 'preact';

export interface PassageListProps {
  /** Accessible name of the list. */
  label: string;
  /** PassageCard elements, best first. */
  children: ComponentChildren;
}

/**
 * An ordered list of passages with keyboard navigation: ArrowDown/ArrowUp move between passages,
 * Home/End jump to the first and last.
 */
export default function PassageList({ label, children }: PassageListProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    const list = event.currentTarget as HTMLElement;
    const items = Array.from(list.querySelectorAll<HTMLElement>(':scope > [data-passage-id]'));
    const current = items.findIndex((item) => item.contains(document.activeElement));
    let next = -1;
    if (event.key === 'ArrowDown') next = Math.min(items.length - 1, current + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, current - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    const target = items[next];
    if (next < 0 || !target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <ol class="passages" aria-label={label} onKeyDown={onKeyDown}>
      {children}
    </ol>
  );
}

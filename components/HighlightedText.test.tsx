import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import HighlightedText from './HighlightedText';

const marks = (container: Element) =>
  Array.from(container.querySelectorAll('mark')).map((m) => m.textContent);

describe('HighlightedText', () => {
  it('marks terms case-insensitively, also inside compounds', () => {
    const { container } = render(
      <HighlightedText text="Kundendaten und Daten der Alexa-Nutzer" terms={['daten', 'alexa']} />,
    );
    expect(marks(container)).toEqual(['daten', 'Daten', 'Alexa']);
    expect(container.textContent).toBe('Kundendaten und Daten der Alexa-Nutzer');
  });

  it('renders markup in the text as text', () => {
    const { container } = render(
      <HighlightedText text={'<img src=x onerror=alert(1)> Echo'} terms={['echo', '(1)']} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> Echo');
  });

  it('leaves the text alone without terms', () => {
    const { container } = render(<HighlightedText text="Ring frei" terms={[]} />);
    expect(container.querySelector('mark')).toBeNull();
    expect(container.textContent).toBe('Ring frei');
  });
});

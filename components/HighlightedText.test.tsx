import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import HighlightedText from './HighlightedText';

const marks = (container: Element) =>
  Array.from(container.querySelectorAll('mark')).map((m) => m.textContent);

describe('HighlightedText', () => {
  it('marks terms case-insensitively where they stand as words, not inside other words', () => {
    const { container } = render(
      <HighlightedText text="Kundendaten und Daten der Alexa-Nutzer" terms={['daten', 'alexa']} />,
    );
    expect(marks(container)).toEqual(['Daten', 'Alexa']);
    expect(container.textContent).toBe('Kundendaten und Daten der Alexa-Nutzer');
  });

  it('marks no noise: "Ring" not in "gering", "App" not in "Apple", a phrase as a whole', () => {
    const { container } = render(
      <HighlightedText
        text="Der Ring ist gering, die App läuft auf Apple-Geräten. Licht steuern, Licht an."
        terms={['Ring', 'App', 'Licht steuern']}
      />,
    );
    expect(marks(container)).toEqual(['Ring', 'App', 'Licht steuern']);
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

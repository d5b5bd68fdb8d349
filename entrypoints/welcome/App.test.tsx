import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { axeViolations, germanT, renderWithStrings } from '../../components/testing';
import App from './App';

describe('the first-run page', () => {
  it('says what Kehrseite does and never does, the shortcut and how to switch a site off', async () => {
    const { container } = renderWithStrings(
      <App shortcut={() => Promise.resolve('Alt+Shift+K')} libraryHref="#library" settingsHref="#settings" />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Kehrseite' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What it never does' })).toBeTruthy();
    expect((await screen.findByText('Alt+Shift+K')).tagName).toBe('KBD');
    expect(container.textContent).toContain('Switch off on …');
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe('#settings');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says how to open the panel when no shortcut is set, in German too', async () => {
    renderWithStrings(<App shortcut={() => Promise.resolve('')} libraryHref="#" settingsHref="#" />, germanT);
    expect(await screen.findByText(/Tastenkürzel lässt sich/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Willkommen bei Kehrseite' })).toBeTruthy();
  });
});

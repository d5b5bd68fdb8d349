import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../utils/settings';
import OptionsForm from './OptionsForm';
import { renderWithStrings } from './testing';

const setup = (settings = DEFAULT_SETTINGS) => {
  const handlers = { onChange: vi.fn(), onAnySiteChange: vi.fn(), onReset: vi.fn() };
  renderWithStrings(<OptionsForm settings={settings} now={1000} {...handlers} />);
  return handlers;
};

describe('OptionsForm', () => {
  it('switches a site off', () => {
    const { onChange } = setup();
    fireEvent.input(screen.getByLabelText('Switch off for a site'), {
      target: { value: 'https://www.amazon.de/dp/X' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onChange).toHaveBeenCalledWith({ siteModes: { 'www.amazon.de': 'off' } });
  });

  it('changes a site mode back to the default', () => {
    const { onChange } = setup({ ...DEFAULT_SETTINGS, siteModes: { 'www.amazon.de': 'off' } });
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'default' } });
    expect(onChange).toHaveBeenCalledWith({ siteModes: {} });
  });

  it('snoozes for an hour and a day, and resumes', () => {
    const { onChange } = setup({ ...DEFAULT_SETTINGS, snoozedUntil: 5000 });
    expect(screen.getByText(/Snoozed until/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Snooze for an hour' }));
    expect(onChange).toHaveBeenCalledWith({ snoozedUntil: 1000 + 3_600_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Snooze for a day' }));
    expect(onChange).toHaveBeenCalledWith({ snoozedUntil: 1000 + 86_400_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Resume now' }));
    expect(onChange).toHaveBeenCalledWith({ snoozedUntil: null });
  });

  it('turns topics, news, theme and the any-site permission on and off, and resets', () => {
    const { onChange, onAnySiteChange, onReset } = setup();
    fireEvent.click(screen.getByLabelText('Alexa'));
    expect(onChange).toHaveBeenCalledWith({ topics: { ...DEFAULT_SETTINGS.topics, alexa: false } });
    fireEvent.click(screen.getByLabelText(/Show passages on news articles/));
    expect(onChange).toHaveBeenCalledWith({ newsDetection: false });
    fireEvent.click(screen.getByLabelText(/Read articles on any site/));
    expect(onAnySiteChange).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByLabelText('Dark'));
    expect(onChange).toHaveBeenCalledWith({ theme: 'dark' });
    fireEvent.click(screen.getByRole('button', { name: 'Reset all settings' }));
    expect(onReset).toHaveBeenCalled();
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { axeViolations, renderWithStrings } from '../../components/testing';
import { removeAnySite, requestAnySite } from '../../utils/permissions';
import { getSettings, hidePassage, hiddenList, updateSettings } from '../../utils/settings';
import App from './App';

vi.mock('../../utils/permissions', () => ({ requestAnySite: vi.fn(), removeAnySite: vi.fn() }));

const anySiteBox = () => screen.getByLabelText<HTMLInputElement>(/Read articles on any site/);

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(requestAnySite).mockReset();
  vi.mocked(removeAnySite).mockReset().mockResolvedValue();
});

describe('the settings page', () => {
  it('saves a change to storage and says so', async () => {
    renderWithStrings(<App uiLanguage="en" />);
    fireEvent.click(await screen.findByLabelText('Dark'));
    await waitFor(async () => expect((await getSettings()).theme).toBe('dark'));
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('asks for access to any site from the click and turns the setting on once granted', async () => {
    vi.mocked(requestAnySite).mockResolvedValue(true);
    renderWithStrings(<App uiLanguage="en" />);
    await screen.findByText('Kehrseite settings');
    fireEvent.click(await waitFor(anySiteBox));
    expect(requestAnySite).toHaveBeenCalledTimes(1);
    await waitFor(async () => expect((await getSettings()).anySiteArticles).toBe(true));
    await waitFor(() => expect(anySiteBox().checked).toBe(true));
  });

  it('keeps the setting off when the browser refuses', async () => {
    vi.mocked(requestAnySite).mockResolvedValue(false);
    renderWithStrings(<App uiLanguage="en" />);
    fireEvent.click(await waitFor(anySiteBox));
    await screen.findByText(/did not grant access/);
    expect(anySiteBox().checked).toBe(false);
    // A second refusal changes no state at all, so nothing re-renders the box for us.
    fireEvent.click(anySiteBox());
    await waitFor(() => expect(requestAnySite).toHaveBeenCalledTimes(2));
    expect(anySiteBox().checked).toBe(false);
    expect((await getSettings()).anySiteArticles).toBe(false);
  });

  it('gives the permission back when unchecked', async () => {
    await updateSettings({ anySiteArticles: true });
    renderWithStrings(<App uiLanguage="en" />);
    await waitFor(() => expect(anySiteBox().checked).toBe(true));
    fireEvent.click(anySiteBox());
    expect(removeAnySite).toHaveBeenCalledTimes(1);
    await waitFor(async () => expect((await getSettings()).anySiteArticles).toBe(false));
  });

  it('resets everything', async () => {
    await updateSettings({ theme: 'dark', siteModes: { 'www.amazon.de': 'off' } });
    renderWithStrings(<App uiLanguage="en" />);
    await screen.findByText('www.amazon.de');
    fireEvent.click(screen.getByRole('button', { name: 'Reset all settings' }));
    await waitFor(() => expect(screen.queryByText('www.amazon.de')).toBeNull());
    expect((await getSettings()).theme).toBe('system');
  });

  it('lists the hidden passages, where each is hidden, and shows one again', async () => {
    await hidePassage({ scope: 'site', key: 'www.amazon.com' }, 'der-zerlegte-kunde/datenschleudern');
    await hidePassage({ scope: 'page', key: 'www.amazon.de/dp/B0' }, 'der-zerlegte-kunde/customer-journey');
    const { container } = renderWithStrings(<App uiLanguage="en" />);
    await screen.findByText('Hidden on every page of www.amazon.com');
    expect(screen.getByText('Hidden on the page www.amazon.de/dp/B0')).toBeTruthy();
    expect(container.querySelectorAll('[data-hidden-passage]')).toHaveLength(2);
    fireEvent.click(screen.getAllByRole('button', { name: 'Show again' })[0]!);
    await waitFor(() => expect(container.querySelectorAll('[data-hidden-passage]')).toHaveLength(1));
    expect(await hiddenList()).toEqual([
      { scope: 'page', key: 'www.amazon.de/dp/B0', passageId: 'der-zerlegte-kunde/customer-journey' },
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });
});

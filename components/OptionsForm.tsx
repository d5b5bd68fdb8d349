import { useState } from 'preact/hooks';
import { TOPICS } from '../core/types';
import type { Settings, SiteMode, Theme } from '../utils/settings-types';
import { useT } from './i18n';

export interface OptionsFormProps {
  settings: Settings;
  /** Now, in epoch milliseconds (to show whether a snooze is running). */
  now: number;
  /** Save a change. */
  onChange: (patch: Partial<Settings>) => void;
  /** The "articles on any site" checkbox: the page asks the browser for the permission from this click. */
  onAnySiteChange: (enabled: boolean) => void;
  /** Back to the defaults. */
  onReset: () => void;
}

const MODES: SiteMode[] = ['panel', 'launcher', 'off'];
const THEMES: Theme[] = ['system', 'light', 'dark'];
const HOUR = 60 * 60 * 1000;

/** The settings: per-site modes, snooze, topics, news detection, any-site articles, theme, reset. */
export default function OptionsForm({ settings, now, onChange, onAnySiteChange, onReset }: OptionsFormProps) {
  const t = useT();
  const [newHost, setNewHost] = useState('');
  const snoozed = settings.snoozedUntil !== null && settings.snoozedUntil > now;

  const addHost = (event: Event) => {
    event.preventDefault();
    const host =
      newHost
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .split('/')[0] ?? '';
    if (!/^[a-z0-9.-]+$/.test(host)) return;
    onChange({ siteModes: { ...settings.siteModes, [host]: 'off' } });
    setNewHost('');
  };
  const setHostMode = (host: string, mode: SiteMode | 'default') => {
    const siteModes = { ...settings.siteModes };
    if (mode === 'default') delete siteModes[host];
    else siteModes[host] = mode;
    onChange({ siteModes });
  };

  return (
    <div class="options">
      <fieldset>
        <legend>{t('optDefaultMode')}</legend>
        {MODES.map((mode) => (
          <label key={mode} class="choice">
            <input
              type="radio"
              name="defaultMode"
              value={mode}
              checked={settings.defaultMode === mode}
              onChange={() => onChange({ defaultMode: mode })}
            />
            {t(`mode_${mode}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optSiteModes')}</legend>
        {Object.keys(settings.siteModes).length === 0 && <p>{t('optNoSiteModes')}</p>}
        <ul class="site-modes">
          {Object.entries(settings.siteModes).map(([host, mode]) => (
            <li key={host}>
              <label>
                <span class="site-modes__host">{host}</span>
                <select
                  value={mode}
                  onChange={(event) => setHostMode(host, event.currentTarget.value as SiteMode | 'default')}
                >
                  {MODES.map((m) => (
                    <option key={m} value={m}>
                      {t(`mode_${m}`)}
                    </option>
                  ))}
                  <option value="default">{t('mode_default')}</option>
                </select>
              </label>
            </li>
          ))}
        </ul>
        <form onSubmit={addHost} class="site-modes__add">
          <label for="new-host">{t('optAddSite')}</label>
          <input
            id="new-host"
            type="text"
            inputMode="url"
            placeholder="www.amazon.de"
            value={newHost}
            onInput={(event) => setNewHost(event.currentTarget.value)}
          />
          <button type="submit">{t('optAddSiteButton')}</button>
        </form>
      </fieldset>

      <fieldset>
        <legend>{t('optSnooze')}</legend>
        <p role="status">
          {snoozed
            ? t('optSnoozedUntil', new Date(settings.snoozedUntil!).toLocaleString())
            : t('optNotSnoozed')}
        </p>
        <div class="buttons">
          <button type="button" onClick={() => onChange({ snoozedUntil: now + HOUR })}>
            {t('optSnoozeHour')}
          </button>
          <button type="button" onClick={() => onChange({ snoozedUntil: now + 24 * HOUR })}>
            {t('optSnoozeDay')}
          </button>
          {snoozed && (
            <button type="button" onClick={() => onChange({ snoozedUntil: null })}>
              {t('optResume')}
            </button>
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('optTopics')}</legend>
        {TOPICS.map((topic) => (
          <label key={topic} class="choice">
            <input
              type="checkbox"
              checked={settings.topics[topic]}
              onChange={(event) =>
                onChange({
                  topics: { ...settings.topics, [topic]: event.currentTarget.checked },
                })
              }
            />
            {t(`topic_${topic}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optNews')}</legend>
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.newsDetection}
            onChange={(event) => onChange({ newsDetection: event.currentTarget.checked })}
          />
          {t('optNewsDetection')}
        </label>
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.anySiteArticles}
            onChange={(event) => {
              const wanted = event.currentTarget.checked;
              // The box shows the saved state: it turns on only once the browser has granted access.
              event.currentTarget.checked = settings.anySiteArticles;
              onAnySiteChange(wanted);
            }}
          />
          {t('optAnySite')}
        </label>
        <p class="hint">{t('optAnySiteHint')}</p>
      </fieldset>

      <fieldset>
        <legend>{t('optTheme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} class="choice">
            <input
              type="radio"
              name="theme"
              value={theme}
              checked={settings.theme === theme}
              onChange={() => onChange({ theme })}
            />
            {t(`theme_${theme}`)}
          </label>
        ))}
      </fieldset>

      <button type="button" class="danger" onClick={onReset}>
        {t('optReset')}
      </button>
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import OptionsForm from '../../components/OptionsForm';
import { useT } from '../../components/i18n';
import { removeAnySite, requestAnySite } from '../../utils/permissions';
import {
  getSettings,
  resetSettings,
  updateSettings,
  watchSettings,
  type Settings,
} from '../../utils/settings';

export default function App() {
  const t = useT();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const save = (patch: Partial<Settings>) => {
    void updateSettings(patch).then((next) => {
      setSettings(next);
      setStatus(t('optSaved'));
    });
  };
  const changeAnySite = (enabled: boolean) => {
    if (!enabled) {
      void removeAnySite().finally(() => save({ anySiteArticles: false }));
      return;
    }
    // The browser asks the user now, within this click; refused means the setting stays off.
    void requestAnySite().then((granted) => {
      if (granted) save({ anySiteArticles: true });
      else setStatus(t('optAnySiteRefused'));
    });
  };

  return (
    <main class="settings">
      <h1>{t('settingsTitle')}</h1>
      <p class="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {settings && (
        <OptionsForm
          settings={settings}
          now={Date.now()}
          onChange={save}
          onAnySiteChange={changeAnySite}
          onReset={() => void resetSettings().then(() => getSettings().then(setSettings))}
        />
      )}
    </main>
  );
}

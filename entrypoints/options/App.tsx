import { useEffect, useState } from 'preact/hooks';
import HiddenList, { type HiddenItem } from '../../components/HiddenList';
import OptionsForm from '../../components/OptionsForm';
import { useT } from '../../components/i18n';
import { removeAnySite, requestAnySite } from '../../utils/permissions';
import { articles } from '../../seeds';
import {
  getSettings,
  hiddenList,
  resetSettings,
  restorePassage,
  updateSettings,
  watchHidden,
  watchSettings,
  type Settings,
} from '../../utils/settings';

const byId = new Map(
  articles.flatMap((article) => article.passages.map((passage) => [passage.id, { passage, article }])),
);

/** The hidden passages the corpus still has, with their text. */
async function loadHidden(): Promise<HiddenItem[]> {
  return (await hiddenList()).flatMap(({ scope, key, passageId }) => {
    const found = byId.get(passageId);
    return found ? [{ scope, key, ...found }] : [];
  });
}

export default function App({ uiLanguage }: { uiLanguage: 'de' | 'en' }) {
  const t = useT();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [hidden, setHidden] = useState<HiddenItem[]>([]);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  useEffect(() => {
    const reload = () => void loadHidden().then(setHidden);
    reload();
    return watchHidden(reload);
  }, []);
  const restore = (item: HiddenItem) =>
    void restorePassage([{ scope: item.scope, key: item.key }], item.passage.id).then(() => {
      setStatus(t('restored'));
      return loadHidden().then(setHidden);
    });

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
      <HiddenList items={hidden} uiLanguage={uiLanguage} onRestore={restore} />
    </main>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../components/i18n';

export interface WelcomeProps {
  /** The toggle shortcut as the user has it (they may have changed it), or '' when none is set. */
  shortcut: () => Promise<string>;
  libraryHref: string;
  settingsHref: string;
}

/** The first-run page, opened once on install: what Kehrseite does, what it never does, how to use it. */
export default function App({ shortcut, libraryHref, settingsHref }: WelcomeProps) {
  const t = useT();
  const [keys, setKeys] = useState<string | null>(null);
  useEffect(() => {
    shortcut()
      .then(setKeys)
      .catch(() => setKeys(''));
  }, []);
  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p class="welcome__lead">{t('welcomeLead')}</p>
      <section aria-labelledby="welcome-does">
        <h2 id="welcome-does">{t('welcomeDoesHeading')}</h2>
        <ul>
          <li>{t('welcomeDoes1')}</li>
          <li>{t('welcomeDoes2')}</li>
          <li>{t('welcomeDoes3')}</li>
        </ul>
      </section>
      <section aria-labelledby="welcome-never">
        <h2 id="welcome-never">{t('welcomeNeverHeading')}</h2>
        <ul>
          <li>{t('welcomeNever1')}</li>
          <li>{t('welcomeNever2')}</li>
          <li>{t('welcomeNever3')}</li>
        </ul>
      </section>
      <section aria-labelledby="welcome-use">
        <h2 id="welcome-use">{t('welcomeUseHeading')}</h2>
        <ul>
          <li data-testid="welcome-shortcut">
            {keys ? (
              <>
                {t('welcomeShortcut')} <kbd>{keys}</kbd>
              </>
            ) : (
              t('welcomeNoShortcut')
            )}
          </li>
          <li>{t('welcomeLauncher')}</li>
          <li>{t('welcomeSwitchOff')}</li>
        </ul>
      </section>
      <p class="welcome__links">
        <a href={libraryHref}>{t('openLibrary')}</a> <a href={settingsHref}>{t('openSettings')}</a>
      </p>
    </main>
  );
}

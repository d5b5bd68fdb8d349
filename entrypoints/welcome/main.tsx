import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/pages.css';
import { I18nProvider } from '../../components/i18n';
import { browserTranslate, preparePage } from '../../utils/page';
import App from './App';

preparePage();
document.title = browserTranslate('welcomeTitle');
render(
  <I18nProvider t={browserTranslate}>
    <App
      shortcut={() =>
        browser.commands
          .getAll()
          .then((commands) => commands.find((c) => c.name === 'toggle-sidebar')?.shortcut ?? '')
      }
      libraryHref={browser.runtime.getURL('/library.html')}
      settingsHref={browser.runtime.getURL('/options.html')}
    />
  </I18nProvider>,
  document.getElementById('app')!,
);

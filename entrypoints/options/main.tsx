import { render } from 'preact';
import '../../assets/pages.css';
import { I18nProvider } from '../../components/i18n';
import { browserTranslate, preparePage, uiLanguage } from '../../utils/page';
import App from './App';

preparePage();
render(
  <I18nProvider t={browserTranslate}>
    <App uiLanguage={uiLanguage()} />
  </I18nProvider>,
  document.getElementById('app')!,
);

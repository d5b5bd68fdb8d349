import { render } from 'preact';
import '../../assets/pages.css';
import { I18nProvider } from '../../components/i18n';
import { browserTranslate, preparePage, uiLanguage } from '../../utils/page';
import App from './App';

preparePage();
const embedded = new URLSearchParams(location.search).get('embed') === '1';
render(
  <I18nProvider t={browserTranslate}>
    <App embedded={embedded} uiLanguage={uiLanguage()} />
  </I18nProvider>,
  document.getElementById('app')!,
);

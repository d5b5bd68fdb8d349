import type { Finding, Topic } from '../core/types';
import type { ViewReason } from '../utils/messages';
import type { Translate } from '../utils/translate';

/** Topics in words, strongest first: "Alexa, Data". */
function topicList(topics: readonly Topic[], t: Translate): string {
  return topics.map((topic) => t(`topic_${topic}`)).join(', ');
}

/** What a page was found to be about, in words. */
function describeFinding(finding: Finding, t: Translate): string {
  if (finding.kind === 'shop') {
    return t('reasonShop', [
      t(`site_${finding.site}`),
      t(`pageType_${finding.pageType.replace(/-/g, '_')}`),
      topicList(finding.leadingTopics, t),
    ]);
  }
  const subjects = [
    ...finding.companies.map((company) => t(`company_${company}`)),
    ...finding.themes.map((topic) => t(`topic_${topic}`)),
  ];
  return t('reasonArticle', [subjects.join(', '), topicList(finding.leadingTopics, t)]);
}

/** Why a tab shows what it does (the panel's "Why nothing?"), in plain words of the UI language. */
export function describeReason(reason: ViewReason, t: Translate): string {
  switch (reason.kind) {
    case 'shop':
    case 'article':
      return describeFinding(reason, t);
    case 'offTopic': {
      const offTopic = t('reasonOffTopic');
      if (!reason.namesake) return offTopic;
      return `${t(`namesake_${reason.namesake.readAs.replace(/-/g, '_')}`)} ${offTopic}`;
    }
    case 'noFit':
      return t('reasonNoFit');
    case 'weakMatch':
      return t('reasonWeakMatch', topicList(reason.finding.leadingTopics, t));
    case 'notRead':
      return t('reasonNotRead');
    case 'switchedOff':
      return t('reasonSwitchedOff');
    case 'allHidden':
      return t('reasonAllHidden');
  }
}

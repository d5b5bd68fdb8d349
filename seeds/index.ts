import type { Article } from '../core/types';
import { carrBrownDocumentary } from './carr-brown-doku-2018';
import { aiAsShield } from './amazon-ki-schutzschirm';
import { competitionFromTheEast } from './amazon-konkurrenz-fernost';
import { christmasAlexaOutage } from './amazon-weihnachtsgeschaeft-2018';
import { dissectedCustomer } from './der-zerlegte-kunde';

/** The bundled corpus, in the order the library lists it. */
export const articles: readonly Article[] = [
  carrBrownDocumentary,
  aiAsShield,
  competitionFromTheEast,
  christmasAlexaOutage,
  dissectedCustomer,
];

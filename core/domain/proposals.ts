import type { QuestionnaireVersion } from './catalogue/types';

/** A family proposed as new (usulan baru) is recorded in the current questionnaire: the form and the backend agree on it. */
export const NEW_FAMILY_VERSION: QuestionnaireVersion = 'REGSOSEK2022K';

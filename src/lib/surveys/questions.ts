import { fieldError, type FieldError } from '../validation/field-error';

export type QuestionType = 'single' | 'multiple' | 'scale' | 'text';

export interface Question {
  key: string;
  text: string;
  type: QuestionType;
  options?: unknown;
  scaleMin?: number | null;
  scaleMax?: number | null;
  required?: boolean | null;
}

export const MAX_TEXT_ANSWER = 5000;

const optionList = (options: unknown): string[] | null =>
  Array.isArray(options) && options.every((o) => typeof o === 'string' && o.trim() !== '') ? options : null;

/** Checks a questionnaire's structure: unique keys, options for choice questions, a sane scale. */
export const validateQuestions = (questions: Question[]): FieldError[] => {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    if (seen.has(q.key)) errors.push(fieldError(['questions', i, 'key'], `ключ «${q.key}» повторяется`));
    seen.add(q.key);
    if (q.type === 'single' || q.type === 'multiple') {
      const options = optionList(q.options);
      if (!options || options.length < 2) {
        errors.push(fieldError(['questions', i, 'options'], 'нужен список из двух и более непустых вариантов'));
      } else if (new Set(options).size !== options.length) {
        errors.push(fieldError(['questions', i, 'options'], 'варианты ответа повторяются'));
      }
    }
    if (q.type === 'scale') {
      const { scaleMin, scaleMax } = q;
      if (!Number.isInteger(scaleMin) || !Number.isInteger(scaleMax) || (scaleMin as number) >= (scaleMax as number)) {
        errors.push(fieldError(['questions', i, 'scaleMax'], 'для шкалы нужны целые scaleMin < scaleMax'));
      }
    }
  });
  return errors;
};

/** Checks answers (an object keyed by question key) against the questionnaire. */
export const validateAnswers = (questions: Question[], answers: unknown): FieldError[] => {
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    return [fieldError('answers', 'ожидается объект «ключ вопроса → ответ»')];
  }
  const given = answers as Record<string, unknown>;
  const errors: FieldError[] = [];
  const byKey = new Map(questions.map((q) => [q.key, q]));
  for (const key of Object.keys(given)) {
    if (!byKey.has(key)) errors.push(fieldError(['answers', key], 'в анкете нет такого вопроса'));
  }
  for (const q of questions) {
    const value = given[q.key];
    const path = ['answers', q.key];
    const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (q.required !== false) errors.push(fieldError(path, 'обязательный вопрос без ответа'));
      continue;
    }
    const options = optionList(q.options) ?? [];
    switch (q.type) {
      case 'single':
        if (typeof value !== 'string' || !options.includes(value)) errors.push(fieldError(path, 'ответ должен быть одним из вариантов'));
        break;
      case 'multiple':
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && options.includes(v))) {
          errors.push(fieldError(path, 'ответ должен быть списком вариантов анкеты'));
        } else if (new Set(value).size !== value.length) {
          errors.push(fieldError(path, 'варианты в ответе повторяются'));
        }
        break;
      case 'scale':
        if (!Number.isInteger(value) || (value as number) < (q.scaleMin ?? 0) || (value as number) > (q.scaleMax ?? 0)) {
          errors.push(fieldError(path, `ответ должен быть целым числом от ${q.scaleMin} до ${q.scaleMax}`));
        }
        break;
      case 'text':
        if (typeof value !== 'string') errors.push(fieldError(path, 'ответ должен быть текстом'));
        else if (value.length > MAX_TEXT_ANSWER) errors.push(fieldError(path, `не длиннее ${MAX_TEXT_ANSWER} символов`));
        break;
    }
  }
  return errors;
};

/** Whether a survey accepts answers at a moment. */
export const isOpen = (survey: { opensAt?: string | null; closesAt?: string | null }, now = new Date()): boolean =>
  (!survey.opensAt || new Date(survey.opensAt) <= now) && (!survey.closesAt || new Date(survey.closesAt) > now);

import { isOpen, validateAnswers, validateQuestions, type Question } from '../../../src/lib/surveys/questions';

const QUESTIONS: Question[] = [
  { key: 'topic', text: 'Тема', type: 'single', options: ['ФГОС', 'Аттестация'] },
  { key: 'forms', text: 'Формы', type: 'multiple', options: ['Вебинар', 'Семинар', 'Консультация'] },
  { key: 'need', text: 'Потребность', type: 'scale', scaleMin: 1, scaleMax: 5 },
  { key: 'comment', text: 'Комментарий', type: 'text', required: false },
];
const paths = (errors: { path: (string | number)[] }[]) => errors.map((e) => e.path.join('.'));

describe('questionnaire structure', () => {
  test('a valid questionnaire has no errors', () => expect(validateQuestions(QUESTIONS)).toEqual([]));
  test('duplicate keys, missing options, repeated options, broken scale', () => {
    const errors = validateQuestions([
      { key: 'a', text: '1', type: 'single', options: ['x'] },
      { key: 'a', text: '2', type: 'multiple', options: ['x', 'x'] },
      { key: 'b', text: '3', type: 'scale', scaleMin: 5, scaleMax: 1 },
      { key: 'c', text: '4', type: 'single', options: 'x,y' },
    ]);
    expect(paths(errors)).toEqual(['questions.0.options', 'questions.1.key', 'questions.1.options', 'questions.2.scaleMax', 'questions.3.options']);
  });
});

describe('answers', () => {
  test('valid answers pass; an optional question may be skipped', () => {
    expect(validateAnswers(QUESTIONS, { topic: 'ФГОС', forms: ['Вебинар', 'Семинар'], need: 4 })).toEqual([]);
  });
  test('each wrong answer is named by its question key', () => {
    const errors = validateAnswers(QUESTIONS, { topic: 'Другое', forms: ['Вебинар', 'Вебинар'], need: 6, comment: 42, extra: 'x' });
    expect(paths(errors).sort()).toEqual(['answers.comment', 'answers.extra', 'answers.forms', 'answers.need', 'answers.topic']);
  });
  test('required questions must be answered; answers must be an object', () => {
    expect(paths(validateAnswers(QUESTIONS, {}))).toEqual(['answers.topic', 'answers.forms', 'answers.need']);
    expect(paths(validateAnswers(QUESTIONS, ['ФГОС']))).toEqual(['answers']);
    expect(paths(validateAnswers(QUESTIONS, null))).toEqual(['answers']);
  });
  test('scale answers are whole numbers within the scale', () => {
    expect(validateAnswers(QUESTIONS, { topic: 'ФГОС', forms: ['Вебинар'], need: 2.5 })).toHaveLength(1);
    expect(validateAnswers(QUESTIONS, { topic: 'ФГОС', forms: ['Вебинар'], need: 1 })).toEqual([]);
  });
});

test('a survey is open between opensAt (inclusive) and closesAt (exclusive)', () => {
  const now = new Date('2026-10-10T12:00:00Z');
  expect(isOpen({}, now)).toBe(true);
  expect(isOpen({ opensAt: '2026-10-10T12:00:00Z' }, now)).toBe(true);
  expect(isOpen({ opensAt: '2026-10-11T00:00:00Z' }, now)).toBe(false);
  expect(isOpen({ closesAt: '2026-10-10T12:00:00Z' }, now)).toBe(false);
  expect(isOpen({ opensAt: '2026-09-01T00:00:00Z', closesAt: '2026-11-01T00:00:00Z' }, now)).toBe(true);
});

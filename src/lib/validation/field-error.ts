/** One problem with one input field, in the shape Strapi's ValidationError details use. */
export interface FieldError {
  path: (string | number)[];
  message: string;
}

export const fieldError = (path: (string | number)[] | string, message: string): FieldError => ({
  path: Array.isArray(path) ? path : [path],
  message,
});

/** "questions[1].options: …; closesAt: …" — a one-line summary naming each field. */
export const summarize = (errors: FieldError[]): string =>
  errors
    .map((e) => `${e.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('')}: ${e.message}`)
    .join('; ');

export const isHttpUrl = (value: unknown): boolean => {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

/** Both dates given and the end before the start. */
export const endsBeforeStart = (start: unknown, end: unknown): boolean =>
  start != null && end != null && new Date(end as string).getTime() < new Date(start as string).getTime();

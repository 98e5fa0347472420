import { errors } from '@strapi/utils';

/**
 * The body parser's own error for broken JSON says neither where nor what: answer a 400
 * ValidationError that names the request body and the parser's reason.
 */
export default () => async (ctx: any, next: () => Promise<unknown>) => {
  try {
    await next();
  } catch (error: any) {
    if (error instanceof SyntaxError || error?.name === 'SyntaxError' || error?.type === 'entity.parse.failed') {
      throw new errors.ValidationError(`Тело запроса не является корректным JSON: ${error.message}`, {
        errors: [{ path: ['body'], message: 'некорректный JSON' }],
      });
    }
    throw error;
  }
};

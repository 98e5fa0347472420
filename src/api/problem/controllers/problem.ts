import { factories } from '@strapi/strapi';

const UID = 'api::problem.problem';

export default factories.createCoreController(UID, ({ strapi }) => {
  const endorsement = (endorse: boolean) =>
    async function (this: any, ctx: any) {
      await this.validateQuery(ctx);
      const problem = await strapi.service(UID).setEndorsement(ctx.params.id, ctx.state.user.id, endorse);
      return this.transformResponse(await this.sanitizeOutput(problem, ctx));
    };

  return {
    /** POST /api/problems/:id/endorse — "our service has this difficulty too". */
    endorse: endorsement(true),
    /** DELETE /api/problems/:id/endorse — the service withdraws its endorsement. */
    unendorse: endorsement(false),
  };
});

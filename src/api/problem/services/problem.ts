import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { problemWeight } from '../../../lib/problems/weight';
import { asSystem } from '../../../lib/access/system-context';

const UID = 'api::problem.problem';

export default factories.createCoreService(UID, ({ strapi }) => ({
  /** Stores and returns the weight: distinct services that reported or endorsed the problem. */
  async recomputeWeight(documentId: string): Promise<number | undefined> {
    const problem = await strapi.db.query(UID).findOne({
      where: { documentId },
      populate: { service: { select: ['id'] }, endorsements: { select: ['id'] } },
    });
    if (!problem) return undefined;
    const weight = problemWeight(
      problem.service?.id,
      (problem.endorsements ?? []).map((s: { id: number }) => s.id),
    );
    if (weight !== problem.weight) await strapi.db.query(UID).update({ where: { id: problem.id }, data: { weight } });
    return weight;
  },

  /** The caller's service joins (or leaves) the services that share a problem. */
  async setEndorsement(documentId: string, userId: number, endorse: boolean) {
    const user = await strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { id: userId }, populate: { service: { select: ['id', 'documentId'] } } });
    const service = user?.service as { id: number; documentId: string } | null;
    if (!service) {
      throw new errors.ValidationError('Поддержать затруднение может только сотрудник службы', {
        errors: [{ path: ['service'], message: 'у пользователя не указана служба' }],
      });
    }
    const problem = await strapi.db.query(UID).findOne({ where: { documentId }, populate: { service: { select: ['id'] } } });
    if (!problem) throw new errors.NotFoundError('Затруднение не найдено');
    if (problem.service?.id === service.id) {
      throw new errors.ValidationError('Своё затруднение служба поддерживать не может: оно уже учтено в весе', {
        errors: [{ path: ['service'], message: 'затруднение заявлено вашей службой' }],
      });
    }
    const relation = { [endorse ? 'connect' : 'disconnect']: [{ documentId: service.documentId }] };
    await asSystem(() => strapi.documents(UID).update({ documentId, data: { endorsements: relation } as any }));
    return strapi.documents(UID).findOne({ documentId, populate: { endorsements: { fields: ['name', 'slug'] } } });
  },
}));

import type { Core } from '@strapi/strapi';
import municipalities from '../../data/municipalities.json';
import { asSystem } from '../lib/access/system-context';

export const STARTER_TOPICS = [
  { slug: 'fgos', name: 'Введение и реализация ФГОС', description: 'Обновлённые ФГОС, рабочие программы, функциональная грамотность' },
  { slug: 'attestation', name: 'Аттестация и профессиональный рост педагогов', description: 'Аттестация, наставничество, индивидуальные образовательные маршруты' },
  { slug: 'quality', name: 'Оценка качества образования', description: 'ВПР, ГИА, мониторинги, анализ результатов' },
  { slug: 'inclusive', name: 'Инклюзивное образование', description: 'Обучение детей с ОВЗ и инвалидностью, психолого-педагогическое сопровождение' },
  { slug: 'gifted', name: 'Работа с одарёнными детьми', description: 'Олимпиады, конкурсы, исследовательская деятельность' },
  { slug: 'digital', name: 'Цифровая образовательная среда', description: 'Дистанционные технологии, электронные ресурсы, ИКТ-компетентность' },
  { slug: 'upbringing', name: 'Воспитательная работа', description: 'Программы воспитания, классное руководство, профилактика' },
  { slug: 'preschool', name: 'Дошкольное образование', description: 'ФОП ДО, преемственность детского сада и школы' },
  { slug: 'rural-schools', name: 'Малокомплектные и сельские школы', description: 'Сетевое взаимодействие, разновозрастные классы' },
  { slug: 'mms-management', name: 'Управление методической службой', description: 'Планирование, нормативная база, мониторинг деятельности ММС' },
];

interface Municipality {
  slug: string;
  name: string;
  kind: 'urban-okrug' | 'district';
}

/** The 30 services and the starter topics; creates what is missing, touches nothing else. */
export const ensureReferenceData = async (strapi: Core.Strapi) => {
  await asSystem(async () => {
    const services = strapi.documents('api::service.service');
    for (const m of (municipalities as { municipalities: Municipality[] }).municipalities) {
      if (await services.findFirst({ filters: { slug: m.slug } })) continue;
      await services.create({
        data: {
          slug: m.slug,
          name: `Муниципальная методическая служба: ${m.name}`,
          municipality: m.name,
          municipalityKind: m.kind,
          status: 'invited',
        },
      });
    }
    const topics = strapi.documents('api::topic.topic');
    for (const [order, topic] of STARTER_TOPICS.entries()) {
      if (await topics.findFirst({ filters: { slug: topic.slug } })) continue;
      await topics.create({ data: { ...topic, order } });
    }
  });
};

import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { asSystem } from '../lib/access/system-context';
import { databaseSettled } from '../utils/database-settled';

/**
 * Demo content for the 2026/27 school year: staff of five municipal services and of the institute,
 * two needs surveys with answers, problems with endorsements, a published plan, a material bank
 * with real files, consultations (two of them public FAQ) and discussions.
 *
 * Every write goes through the document service inside `asSystem`, so the domain middlewares
 * (problem weight, material moderation, thread counters, survey validation) apply exactly as
 * they do for REST and the admin panel. The whole seed runs in one transaction: it either
 * completes or leaves nothing behind (uploaded files are removed from disk on failure).
 */

export const DEMO_PASSWORD = 'Demo-2026';
const EMAIL_DOMAIN = 'example.ru';
const COORDINATOR_USERNAME = 'coordinator';
const PERIOD = '2026/27 учебный год';

const USER_UID = 'plugin::users-permissions.user';
const ROLE_UID = 'plugin::users-permissions.role';

export interface DemoLogin {
  role: string;
  username: string;
  email: string;
  password: string;
  fullName: string;
  service?: string;
}

export interface DemoSummary {
  logins: DemoLogin[];
  /** how many documents of each kind the seed created (empty when the demo was already there) */
  created?: Record<string, number>;
}

type ProgressFn = (done: number, total: number, label: string) => void;
type RoleType = 'coordinator' | 'specialist' | 'service-head' | 'methodologist';
type Ref = { id: number; documentId: string };

const ROLE_LABELS: Record<RoleType, string> = {
  coordinator: 'Координатор',
  specialist: 'Специалист института',
  'service-head': 'Руководитель службы',
  methodologist: 'Методист',
};

/* ------------------------------------------------------------------------------------------------
 * Rich text (Strapi blocks)
 * ---------------------------------------------------------------------------------------------- */

type TextNode = { type: 'text'; text: string; bold?: boolean; italic?: boolean };
type Block =
  | { type: 'paragraph'; children: TextNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: TextNode[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: { type: 'list-item'; children: TextNode[] }[] };

const p = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const h = (text: string): Block => ({ type: 'heading', level: 3, children: [{ type: 'text', text }] });
const ul = (...items: string[]): Block => ({
  type: 'list',
  format: 'unordered',
  children: items.map((text) => ({ type: 'list-item', children: [{ type: 'text', text }] })),
});

/** The same content as plain Markdown, for the generated attachment. */
const blocksToMarkdown = (blocks: Block[]): string =>
  blocks
    .map((block) => {
      if (block.type === 'heading') return `### ${block.children.map((c) => c.text).join('')}`;
      if (block.type === 'list') return block.children.map((item) => `- ${item.children.map((c) => c.text).join('')}`).join('\n');
      return block.children.map((c) => c.text).join('');
    })
    .join('\n\n');

/* ------------------------------------------------------------------------------------------------
 * People and services
 * ---------------------------------------------------------------------------------------------- */

interface UserSpec {
  key: string;
  username: string;
  fullName: string;
  position: string;
  role: RoleType;
  service?: string;
  topics?: string[];
  phone?: string;
}

const USERS: UserSpec[] = [
  {
    key: 'coordinator',
    username: COORDINATOR_USERNAME,
    fullName: 'Лебедева Ирина Викторовна',
    position: 'Координатор ДМО, заведующий отделом методического сопровождения ММС института развития образования',
    role: 'coordinator',
    phone: '+7 (4942) 00-10-01',
  },
  {
    key: 'kuznetsov',
    username: 'kuznetsov',
    fullName: 'Кузнецов Андрей Николаевич',
    position: 'Доцент кафедры общего образования института развития образования, кандидат педагогических наук',
    role: 'specialist',
    topics: ['fgos', 'quality', 'digital', 'gifted', 'rural-schools'],
  },
  {
    key: 'sokolova',
    username: 'sokolova',
    fullName: 'Соколова Марина Александровна',
    position: 'Старший преподаватель кафедры специального и дошкольного образования института развития образования',
    role: 'specialist',
    topics: ['inclusive', 'preschool', 'upbringing', 'attestation', 'mms-management'],
  },
  {
    key: 'morozova',
    username: 'morozova',
    fullName: 'Морозова Елена Петровна',
    position: 'Директор городского методического центра',
    role: 'service-head',
    service: 'kostroma',
  },
  {
    key: 'belov',
    username: 'belov',
    fullName: 'Белов Сергей Владимирович',
    position: 'Руководитель методической службы управления образованием',
    role: 'service-head',
    service: 'sharya',
  },
  {
    key: 'volkova',
    username: 'volkova',
    fullName: 'Волкова Татьяна Игоревна',
    position: 'Заведующий районным методическим кабинетом',
    role: 'service-head',
    service: 'nerekhtsky',
  },
  {
    key: 'popova',
    username: 'popova',
    fullName: 'Попова Наталья Геннадьевна',
    position: 'Руководитель районной методической службы',
    role: 'service-head',
    service: 'makaryevsky',
  },
  {
    key: 'smirnov',
    username: 'smirnov',
    fullName: 'Смирнов Алексей Юрьевич',
    position: 'Заведующий информационно-методическим кабинетом',
    role: 'service-head',
    service: 'vokhomsky',
  },
  {
    key: 'vasilyeva',
    username: 'vasilyeva',
    fullName: 'Васильева Ольга Андреевна',
    position: 'Методист по начальному общему образованию',
    role: 'methodologist',
    service: 'kostroma',
    topics: ['fgos'],
  },
  {
    key: 'nikolaev',
    username: 'nikolaev',
    fullName: 'Николаев Дмитрий Сергеевич',
    position: 'Методист по оценке качества образования',
    role: 'methodologist',
    service: 'kostroma',
    topics: ['quality'],
  },
  {
    key: 'fedorova',
    username: 'fedorova',
    fullName: 'Фёдорова Анна Михайловна',
    position: 'Методист по инклюзивному образованию',
    role: 'methodologist',
    service: 'sharya',
    topics: ['inclusive'],
  },
  {
    key: 'orlova',
    username: 'orlova',
    fullName: 'Орлова Светлана Викторовна',
    position: 'Методист по русскому языку и литературе',
    role: 'methodologist',
    service: 'sharya',
    topics: ['fgos', 'quality'],
  },
  {
    key: 'guseva',
    username: 'guseva',
    fullName: 'Гусева Людмила Николаевна',
    position: 'Методист по работе с малокомплектными школами',
    role: 'methodologist',
    service: 'nerekhtsky',
    topics: ['rural-schools', 'fgos'],
  },
  {
    key: 'zakharov',
    username: 'zakharov',
    fullName: 'Захаров Игорь Валентинович',
    position: 'Методист по информатизации образования',
    role: 'methodologist',
    service: 'nerekhtsky',
    topics: ['digital'],
  },
  {
    key: 'komarova',
    username: 'komarova',
    fullName: 'Комарова Юлия Сергеевна',
    position: 'Методист по воспитательной работе и дошкольному образованию',
    role: 'methodologist',
    service: 'makaryevsky',
    topics: ['upbringing', 'preschool'],
  },
  {
    key: 'tikhomirova',
    username: 'tikhomirova',
    fullName: 'Тихомирова Галина Ивановна',
    position: 'Методист по работе с одарёнными детьми',
    role: 'methodologist',
    service: 'vokhomsky',
    topics: ['gifted', 'rural-schools'],
  },
];

interface ServiceProfile {
  slug: string;
  head: string;
  description: string;
  address: string;
  email: string;
  phone: string;
  website: string;
}

const SERVICE_PROFILES: ServiceProfile[] = [
  {
    slug: 'kostroma',
    head: 'morozova',
    description:
      'Городской методический центр сопровождает 38 общеобразовательных организаций и 72 детских сада города Костромы: ' +
      'городские методические объединения учителей, аттестация педагогов, мониторинг качества образования, конкурсы профессионального мастерства.',
    address: '156000, г. Кострома, ул. Советская, д. 10',
    email: `gmc-kostroma@${EMAIL_DOMAIN}`,
    phone: '+7 (4942) 00-20-10',
    website: 'https://gmc-kostroma.example.ru',
  },
  {
    slug: 'sharya',
    head: 'belov',
    description:
      'Методическая служба управления образованием городского округа город Шарья: 9 школ, 14 детских садов, ' +
      'сетевые методические объединения с Шарьинским районом, сопровождение инклюзивного образования.',
    address: '157500, Костромская обл., г. Шарья, ул. Октябрьская, д. 21',
    email: `metod-sharya@${EMAIL_DOMAIN}`,
    phone: '+7 (49449) 0-21-00',
    website: 'https://obr-sharya.example.ru/metod',
  },
  {
    slug: 'nerekhtsky',
    head: 'volkova',
    description:
      'Районный методический кабинет Нерехтского района: 14 школ, из них 8 малокомплектных, районные методические объединения, ' +
      'сетевое взаимодействие сельских школ, дистанционные формы повышения квалификации.',
    address: '157800, Костромская обл., г. Нерехта, ул. Победы, д. 5',
    email: `rmk-nerekhta@${EMAIL_DOMAIN}`,
    phone: '+7 (49431) 0-30-05',
    website: 'https://rmk-nerekhta.example.ru',
  },
  {
    slug: 'makaryevsky',
    head: 'popova',
    description:
      'Районная методическая служба Макарьевского района: 11 школ и 6 детских садов, система наставничества молодых педагогов, ' +
      'районная школа молодого учителя, сопровождение программ воспитания.',
    address: '157460, Костромская обл., г. Макарьев, пл. Революции, д. 8',
    email: `metod-makaryev@${EMAIL_DOMAIN}`,
    phone: '+7 (49445) 0-40-08',
    website: 'https://makaryev-edu.example.ru',
  },
  {
    slug: 'vokhomsky',
    head: 'smirnov',
    description:
      'Информационно-методический кабинет Вохомского района: 9 школ, большинство — сельские и малокомплектные; ' +
      'работа с одарёнными детьми, районный этап всероссийской олимпиады школьников, дистанционные методические объединения.',
    address: '157760, Костромская обл., п. Вохма, ул. Советская, д. 39',
    email: `imk-vokhma@${EMAIL_DOMAIN}`,
    phone: '+7 (49450) 0-50-39',
    website: 'https://vokhma-edu.example.ru',
  },
];

/* ------------------------------------------------------------------------------------------------
 * Surveys
 * ---------------------------------------------------------------------------------------------- */

interface QuestionSpec {
  key: string;
  text: string;
  type: 'single' | 'multiple' | 'scale' | 'text';
  options?: string[];
  scaleMin?: number;
  scaleMax?: number;
  required?: boolean;
}

interface SurveySpec {
  key: string;
  title: string;
  description: string;
  respondentUnit: 'person' | 'service';
  topic: string;
  opensAt: string;
  closesAt: string;
  questions: QuestionSpec[];
  /** who answers: user key → answers */
  responses: { user: string; answers: Record<string, unknown> }[];
}

const DIFFICULTY_OPTIONS = [
  'Сопровождение обновлённых ФГОС',
  'Подготовка педагогов к аттестации',
  'Анализ результатов ВПР и ГИА',
  'Сопровождение обучающихся с ОВЗ',
  'Работа с одарёнными детьми',
  'Цифровая образовательная среда',
];
const FORMAT_OPTIONS = ['Вебинар', 'Очный семинар', 'Индивидуальная консультация', 'Стажировка в другой службе'];
const STAFF_OPTIONS = ['1–2 методиста', '3–5 методистов', '6 и более методистов'];
const ACTIVITY_OPTIONS = [
  'Методические объединения',
  'Семинары и практикумы',
  'Конкурсы профессионального мастерства',
  'Наставничество',
  'Сетевые проекты',
  'Дистанционные формы',
];

const SURVEYS: SurveySpec[] = [
  {
    key: 'needs',
    title: 'Диагностика профессиональных затруднений методистов ММС, 2026/27 учебный год',
    description:
      'Анкета для каждого руководителя и методиста муниципальной методической службы. По её итогам ДМО уточняет перечень ' +
      'затруднений и план работы на второе полугодие. Заполнение занимает 5–7 минут.',
    respondentUnit: 'person',
    topic: 'mms-management',
    opensAt: '2026-11-16T09:00:00+03:00',
    closesAt: '2026-12-25T18:00:00+03:00',
    questions: [
      { key: 'experience', text: 'Ваш стаж работы в методической службе', type: 'single', options: ['Менее 3 лет', '3–10 лет', 'Более 10 лет'] },
      {
        key: 'difficulties',
        text: 'В каких направлениях вы испытываете затруднения? (можно выбрать несколько)',
        type: 'multiple',
        options: DIFFICULTY_OPTIONS,
      },
      {
        key: 'literacy_readiness',
        text: 'Оцените свою готовность сопровождать педагогов в формировании функциональной грамотности (1 — не готов, 5 — полностью готов)',
        type: 'scale',
        scaleMin: 1,
        scaleMax: 5,
      },
      { key: 'format', text: 'Какой формат методической помощи для вас удобнее?', type: 'single', options: FORMAT_OPTIONS },
      {
        key: 'proposals',
        text: 'Какие темы вы предложили бы включить в план ДМО?',
        type: 'text',
        required: false,
      },
    ],
    responses: [
      {
        user: 'vasilyeva',
        answers: {
          experience: '3–10 лет',
          difficulties: ['Сопровождение обновлённых ФГОС', 'Анализ результатов ВПР и ГИА'],
          literacy_readiness: 3,
          format: 'Очный семинар',
          proposals: 'Разбор заданий на читательскую грамотность для 1–4 классов, примеры рабочих программ внеурочной деятельности.',
        },
      },
      {
        user: 'nikolaev',
        answers: {
          experience: 'Менее 3 лет',
          difficulties: ['Анализ результатов ВПР и ГИА', 'Цифровая образовательная среда'],
          literacy_readiness: 2,
          format: 'Вебинар',
          proposals: 'Единая форма муниципального анализа ВПР, чтобы сравнивать результаты между муниципалитетами.',
        },
      },
      {
        user: 'fedorova',
        answers: {
          experience: 'Более 10 лет',
          difficulties: ['Сопровождение обучающихся с ОВЗ'],
          literacy_readiness: 4,
          format: 'Стажировка в другой службе',
          proposals: 'Опыт организации психолого-педагогического консилиума в школе без штатного дефектолога.',
        },
      },
      {
        user: 'orlova',
        answers: {
          experience: '3–10 лет',
          difficulties: ['Сопровождение обновлённых ФГОС', 'Подготовка педагогов к аттестации'],
          literacy_readiness: 4,
          format: 'Вебинар',
        },
      },
      {
        user: 'guseva',
        answers: {
          experience: 'Более 10 лет',
          difficulties: ['Сопровождение обновлённых ФГОС', 'Работа с одарёнными детьми', 'Цифровая образовательная среда'],
          literacy_readiness: 3,
          format: 'Индивидуальная консультация',
          proposals: 'Рабочие программы для разновозрастных классов; сетевые олимпиадные кружки для сельских школ.',
        },
      },
      {
        user: 'zakharov',
        answers: {
          experience: 'Менее 3 лет',
          difficulties: ['Цифровая образовательная среда'],
          literacy_readiness: 2,
          format: 'Вебинар',
          proposals: 'Как проводить вебинары при слабом интернете в сельских школах.',
        },
      },
      {
        user: 'komarova',
        answers: {
          experience: '3–10 лет',
          difficulties: ['Подготовка педагогов к аттестации', 'Сопровождение обучающихся с ОВЗ'],
          literacy_readiness: 3,
          format: 'Очный семинар',
        },
      },
      {
        user: 'popova',
        answers: {
          experience: 'Более 10 лет',
          difficulties: ['Подготовка педагогов к аттестации'],
          literacy_readiness: 5,
          format: 'Стажировка в другой службе',
          proposals: 'Обмен положениями о наставничестве и формами индивидуальных планов молодого педагога.',
        },
      },
    ],
  },
  {
    key: 'monitoring',
    title: 'Мониторинг деятельности муниципальных методических служб за 2025/26 учебный год',
    description:
      'Анкета заполняется один раз от службы — руководителем ММС. Результаты войдут в аналитическую справку ' +
      'и будут рассмотрены на совещании руководителей ММС в январе 2027 года.',
    respondentUnit: 'service',
    topic: 'mms-management',
    opensAt: '2026-09-15T09:00:00+03:00',
    closesAt: '2026-12-18T18:00:00+03:00',
    questions: [
      { key: 'staff', text: 'Штатная численность методистов службы', type: 'single', options: STAFF_OPTIONS },
      {
        key: 'activities',
        text: 'Какие формы работы служба использовала в 2025/26 учебном году?',
        type: 'multiple',
        options: ACTIVITY_OPTIONS,
      },
      {
        key: 'staffing',
        text: 'Оцените обеспеченность службы кадрами (1 — критическая нехватка, 10 — полностью укомплектована)',
        type: 'scale',
        scaleMin: 1,
        scaleMax: 10,
      },
      {
        key: 'online_readiness',
        text: 'Насколько служба оснащена для проведения вебинаров и видеоконференций? (1 — не оснащена, 5 — полностью)',
        type: 'scale',
        scaleMin: 1,
        scaleMax: 5,
      },
      {
        key: 'main_difficulties',
        text: 'Главные затруднения службы, которые стоит вынести на уровень ДМО',
        type: 'text',
      },
    ],
    responses: [
      {
        user: 'morozova',
        answers: {
          staff: '6 и более методистов',
          activities: ['Методические объединения', 'Семинары и практикумы', 'Конкурсы профессионального мастерства', 'Наставничество'],
          staffing: 8,
          online_readiness: 5,
          main_difficulties: 'Нет единой муниципальной методики анализа ВПР; растёт нагрузка по сопровождению аттестации в новой модели.',
        },
      },
      {
        user: 'belov',
        answers: {
          staff: '3–5 методистов',
          activities: ['Методические объединения', 'Сетевые проекты', 'Дистанционные формы'],
          staffing: 6,
          online_readiness: 4,
          main_difficulties: 'Не хватает тьюторов и дефектологов для сопровождения детей с ОВЗ; нет банка заданий по функциональной грамотности.',
        },
      },
      {
        user: 'volkova',
        answers: {
          staff: '1–2 методиста',
          activities: ['Методические объединения', 'Семинары и практикумы', 'Сетевые проекты'],
          staffing: 4,
          online_readiness: 3,
          main_difficulties: 'Рабочие программы для разновозрастных классов по обновлённым ФГОС; преемственность детского сада и школы.',
        },
      },
      {
        user: 'popova',
        answers: {
          staff: '1–2 методиста',
          activities: ['Наставничество', 'Семинары и практикумы'],
          staffing: 3,
          online_readiness: 3,
          main_difficulties: 'Отток молодых педагогов в областной центр; олимпиадная подготовка в малочисленных школах.',
        },
      },
      {
        user: 'smirnov',
        answers: {
          staff: '1–2 методиста',
          activities: ['Методические объединения', 'Дистанционные формы'],
          staffing: 3,
          online_readiness: 2,
          main_difficulties: 'Слабый интернет в сельских школах; устаревшее положение о методической службе.',
        },
      },
    ],
  },
];

/* ------------------------------------------------------------------------------------------------
 * Problems
 * ---------------------------------------------------------------------------------------------- */

interface ProblemSpec {
  key: string;
  title: string;
  description: string;
  topic: string;
  service: string;
  author: string;
  status: 'new' | 'accepted' | 'planned' | 'resolved' | 'rejected';
  statusNote?: string;
  endorsedBy: string[];
  fromSurvey?: string;
}

const PROBLEMS: ProblemSpec[] = [
  {
    key: 'vpr-analysis',
    title: 'Нет единого подхода к анализу результатов ВПР на муниципальном уровне',
    description:
      'Каждая служба анализирует ВПР по своей форме: результаты нельзя сравнить между муниципалитетами, ' +
      'а школы получают рекомендации разного качества. Нужна общая схема анализа и шаблоны отчётов.',
    topic: 'quality',
    service: 'kostroma',
    author: 'nikolaev',
    status: 'planned',
    statusNote: 'Включено в план: вебинар в октябре и методические рекомендации в банке материалов.',
    endorsedBy: ['sharya', 'nerekhtsky', 'makaryevsky'],
    fromSurvey: 'monitoring',
  },
  {
    key: 'ovz-tutors',
    title: 'Нехватка тьюторов и специалистов сопровождения детей с ОВЗ в сельских школах',
    description:
      'В большинстве сельских школ нет дефектолога и тьютора, психолог работает на нескольких школах. ' +
      'Учителям не хватает практических приёмов работы с детьми с ОВЗ в общем классе.',
    topic: 'inclusive',
    service: 'sharya',
    author: 'fedorova',
    status: 'accepted',
    endorsedBy: ['vokhomsky', 'makaryevsky'],
    fromSurvey: 'monitoring',
  },
  {
    key: 'mixed-age-programs',
    title: 'Трудно разрабатывать рабочие программы по обновлённым ФГОС для разновозрастных классов',
    description:
      'Конструктор рабочих программ не учитывает объединённые классы. Учителя малокомплектных школ составляют ' +
      'программы вручную, нет образцов планирования для двух-трёх параллелей на одном уроке.',
    topic: 'rural-schools',
    service: 'nerekhtsky',
    author: 'guseva',
    status: 'planned',
    statusNote: 'Практикум в декабре 2026 года, образец программы размещён в банке материалов.',
    endorsedBy: ['makaryevsky', 'vokhomsky', 'sharya'],
  },
  {
    key: 'mentoring',
    title: 'Отток молодых педагогов и слабая система наставничества',
    description:
      'За три года из района уехали 11 молодых учителей. Наставничество оформлено формально: нет индивидуальных ' +
      'планов, наставники не получают методической поддержки.',
    topic: 'attestation',
    service: 'makaryevsky',
    author: 'popova',
    status: 'accepted',
    endorsedBy: ['vokhomsky', 'kostroma'],
  },
  {
    key: 'slow-internet',
    title: 'Низкая скорость интернета мешает участию в вебинарах',
    description:
      'В 6 из 9 школ района скорость подключения не позволяет смотреть трансляции. Педагоги пропускают ' +
      'региональные вебинары, а записи публикуются не всегда.',
    topic: 'digital',
    service: 'vokhomsky',
    author: 'smirnov',
    status: 'new',
    endorsedBy: ['makaryevsky', 'sharya'],
  },
  {
    key: 'attestation-model',
    title: 'Подготовка педагогов к аттестации по новому порядку',
    description:
      'Педагоги не понимают требований к портфолио и к результатам профессиональной деятельности для квалификационных ' +
      'категорий «педагог-методист» и «педагог-наставник». Методистам нужны единые разъяснения.',
    topic: 'attestation',
    service: 'kostroma',
    author: 'morozova',
    status: 'planned',
    endorsedBy: ['nerekhtsky'],
  },
  {
    key: 'literacy-bank',
    title: 'Нет банка заданий по функциональной грамотности для основной школы',
    description:
      'Учителя берут задания из разрозненных источников, не всегда с критериями оценивания. Нужен общий банк заданий ' +
      'по читательской, математической и естественно-научной грамотности с ключами для 5–9 классов.',
    topic: 'fgos',
    service: 'sharya',
    author: 'orlova',
    status: 'planned',
    endorsedBy: ['kostroma', 'nerekhtsky', 'vokhomsky', 'makaryevsky'],
    fromSurvey: 'needs',
  },
  {
    key: 'preschool-continuity',
    title: 'Преемственность ФОП ДО и начальной школы',
    description:
      'Воспитатели подготовительных групп и учителя первых классов по-разному понимают планируемые результаты. ' +
      'Совместные методические объединения проводятся нерегулярно.',
    topic: 'preschool',
    service: 'nerekhtsky',
    author: 'volkova',
    status: 'new',
    endorsedBy: [],
  },
  {
    key: 'olympiad-small-schools',
    title: 'Олимпиадная подготовка в малочисленных школах',
    description:
      'В школах по одному учителю-предметнику, времени на подготовку к олимпиадам нет. Дети из сельских школ ' +
      'почти не проходят дальше муниципального этапа.',
    topic: 'gifted',
    service: 'makaryevsky',
    author: 'komarova',
    status: 'new',
    endorsedBy: ['vokhomsky'],
  },
  {
    key: 'mms-regulations',
    title: 'Устарела нормативная база муниципальной методической службы',
    description:
      'Положения о ММС приняты до 2020 года и не отражают новые функции: сопровождение аттестации, наставничества, ' +
      'мониторинга. Нужен примерный пакет локальных актов.',
    topic: 'mms-management',
    service: 'vokhomsky',
    author: 'smirnov',
    status: 'resolved',
    statusNote: 'Примерное положение о ММС обсуждено на совещании и размещено в банке материалов.',
    endorsedBy: ['kostroma', 'sharya', 'nerekhtsky'],
    fromSurvey: 'monitoring',
  },
];

/* ------------------------------------------------------------------------------------------------
 * Materials
 * ---------------------------------------------------------------------------------------------- */

interface FileSpec {
  filename: string;
  title: string;
  mime: string;
  /** generated at seed time; the material body is passed so a document can reuse it */
  content: (material: MaterialSpec) => string;
}

type MaterialKind = 'recommendations' | 'program' | 'lesson-plan' | 'case' | 'presentation' | 'regulation' | 'analytical-report' | 'other';

interface MaterialSpec {
  key: string;
  title: string;
  summary: string;
  body: Block[];
  kind: MaterialKind;
  topics: string[];
  tags: string[];
  authors: string;
  submittedBy: string;
  service: string;
  year: number;
  problems: string[];
  moderation: 'approved' | 'submitted' | 'rejected';
  rejectionReason?: string;
  views?: number;
  downloads?: number;
  files: FileSpec[];
}

const markdownDocument = (m: MaterialSpec) =>
  [
    `# ${m.title}`,
    '',
    `Авторы: ${m.authors}`,
    `Год: ${m.year}`,
    '',
    m.summary,
    '',
    blocksToMarkdown(m.body),
    '',
    '---',
    'Материал электронного банка инновационного опыта ДМО муниципальных методических служб Костромской области.',
    '',
  ].join('\n');

const mdFile = (filename: string, title: string): FileSpec => ({ filename, title, mime: 'text/markdown', content: markdownDocument });

const csvFile = (filename: string, title: string, rows: (string | number)[][]): FileSpec => ({
  filename,
  title,
  mime: 'text/csv',
  // a BOM so spreadsheet programs open the Cyrillic text correctly
  content: () => '\uFEFF' + rows.map((row) => row.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(';')).join('\r\n') + '\r\n',
});

const MATERIALS: MaterialSpec[] = [
  {
    key: 'vpr-recommendations',
    title: 'Методические рекомендации по анализу результатов ВПР на муниципальном уровне',
    summary:
      'Схема муниципального анализа ВПР: от сбора данных до адресных рекомендаций школам, с шаблоном сводной таблицы.',
    body: [
      p('Рекомендации подготовлены по итогам работы городского методического центра с результатами ВПР 2025 и 2026 годов. Они помогают сравнивать результаты школ и муниципалитетов по единой схеме.'),
      h('Этапы анализа'),
      ul(
        'Сбор первичных данных по классам и предметам (шаблон прилагается).',
        'Расчёт доли подтверждённых, пониженных и повышенных отметок по сравнению с отметками за четверть.',
        'Выделение заданий с результатом ниже 50 % выполнения и их связь с проверяемыми умениями.',
        'Адресные рекомендации школам и темы для муниципальных методических объединений.',
      ),
      p('Сводную таблицу удобно заполнять сразу после получения результатов: так школы видят свои данные в сравнении с муниципалитетом уже к началу второго полугодия.'),
    ],
    kind: 'recommendations',
    topics: ['quality'],
    tags: ['ВПР', 'оценка качества', 'муниципальный анализ', 'шаблон'],
    authors: 'Николаев Д. С., Морозова Е. П.',
    submittedBy: 'nikolaev',
    service: 'kostroma',
    year: 2026,
    problems: ['vpr-analysis'],
    moderation: 'approved',
    views: 214,
    downloads: 87,
    files: [
      mdFile('vpr-analysis-recommendations.md', 'Рекомендации по анализу ВПР.md'),
      csvFile('vpr-summary-template.csv', 'Шаблон сводной таблицы ВПР.csv', [
        ['Школа', 'Класс', 'Предмет', 'Участников', '«2»', '«3»', '«4»', '«5»', 'Подтвердили отметку, %'],
        ['МБОУ СОШ № 1', '5', 'Русский язык', 54, 4, 21, 20, 9, 71],
        ['МБОУ СОШ № 1', '5', 'Математика', 55, 6, 19, 22, 8, 65],
        ['МБОУ лицей № 3', '5', 'Русский язык', 48, 1, 12, 22, 13, 80],
        ['МБОУ лицей № 3', '5', 'Математика', 48, 2, 10, 21, 15, 77],
      ]),
    ],
  },
  {
    key: 'mixed-age-program',
    title: 'Рабочая программа по окружающему миру для разновозрастного класса (3–4 классы)',
    summary: 'Образец рабочей программы по обновлённому ФГОС НОО для объединённого класса малокомплектной школы с тематическим планированием.',
    body: [
      p('Программа построена по принципу общих тем для двух параллелей: на уроке класс работает над одной темой, а задания и планируемые результаты различаются по годам обучения.'),
      h('Что вошло в программу'),
      ul(
        'Пояснительная записка с описанием организации разновозрастного урока.',
        'Тематическое планирование на 68 часов с разделением результатов для 3 и 4 классов.',
        'Образцы заданий для самостоятельной работы одной параллели, пока учитель работает с другой.',
      ),
      p('Программа прошла апробацию в трёх малокомплектных школах Нерехтского района в 2025/26 учебном году.'),
    ],
    kind: 'program',
    topics: ['fgos', 'rural-schools'],
    tags: ['ФГОС НОО', 'разновозрастный класс', 'малокомплектная школа', 'рабочая программа'],
    authors: 'Гусева Л. Н., учителя начальных классов Нерехтского района',
    submittedBy: 'guseva',
    service: 'nerekhtsky',
    year: 2026,
    problems: ['mixed-age-programs'],
    moderation: 'approved',
    views: 156,
    downloads: 64,
    files: [
      mdFile('mixed-age-program-3-4.md', 'Рабочая программа для разновозрастного класса.md'),
      csvFile('mixed-age-thematic-plan.csv', 'Тематическое планирование 3–4 классы.csv', [
        ['№', 'Общая тема', 'Часы', 'Результат 3 класс', 'Результат 4 класс'],
        [1, 'Природа родного края', 6, 'Описывает объекты природы Костромской области', 'Сравнивает природные зоны России'],
        [2, 'Человек и общество', 8, 'Называет права и обязанности школьника', 'Объясняет устройство государства'],
        [3, 'Правила безопасной жизни', 4, 'Соблюдает правила поведения на воде', 'Составляет памятку безопасности'],
      ]),
    ],
  },
  {
    key: 'mentoring-case',
    title: 'Кейс: сетевое наставничество молодых педагогов в Макарьевском районе',
    summary: 'Как районная служба выстроила наставничество «школа — школа» и удержала молодых учителей: положение, формы, результаты.',
    body: [
      p('В 2024 году в районе работали 17 педагогов со стажем до трёх лет, при этом в каждой школе был один-два молодых специалиста, и наставник часто преподавал другой предмет.'),
      h('Решение'),
      ul(
        'Пары «наставник — наставляемый» формируются по предмету между школами района.',
        'Встречи раз в месяц проходят дистанционно, два раза в год — взаимопосещение уроков.',
        'Районная школа молодого учителя: шесть занятий в год по запросам участников.',
      ),
      h('Результаты'),
      p('За два года из района уехал один молодой педагог вместо пяти в предыдущий период; четыре наставника получили квалификационную категорию «педагог-наставник».'),
    ],
    kind: 'case',
    topics: ['attestation'],
    tags: ['наставничество', 'молодые педагоги', 'сетевое взаимодействие'],
    authors: 'Попова Н. Г.',
    submittedBy: 'popova',
    service: 'makaryevsky',
    year: 2026,
    problems: ['mentoring'],
    moderation: 'approved',
    views: 98,
    downloads: 31,
    files: [mdFile('mentoring-case-makaryev.md', 'Кейс сетевого наставничества.md')],
  },
  {
    key: 'mms-regulation',
    title: 'Примерное положение о муниципальной методической службе',
    summary: 'Проект локального акта с актуальными функциями ММС: сопровождение аттестации, наставничества, мониторинга качества.',
    body: [
      p('Примерное положение подготовлено рабочей группой ДМО с учётом предложений пяти служб и обсуждено на совещании руководителей ММС в сентябре 2026 года.'),
      h('Основные разделы'),
      ul(
        'Общие положения, цели и задачи службы.',
        'Функции: методическое сопровождение педагогов, аттестации и наставничества, мониторинг качества образования.',
        'Организация деятельности, взаимодействие с институтом развития образования и ДМО.',
        'Права, обязанности и ответственность работников службы.',
      ),
      p('Положение можно адаптировать под структуру муниципалитета: отдельное учреждение, отдел управления образованием или кабинет при школе.'),
    ],
    kind: 'regulation',
    topics: ['mms-management'],
    tags: ['нормативная база', 'положение', 'ММС'],
    authors: 'Рабочая группа ДМО: Смирнов А. Ю., Морозова Е. П., Лебедева И. В.',
    submittedBy: 'smirnov',
    service: 'vokhomsky',
    year: 2026,
    problems: ['mms-regulations'],
    moderation: 'approved',
    views: 301,
    downloads: 142,
    files: [mdFile('mms-model-regulation.md', 'Примерное положение о ММС.md')],
  },
  {
    key: 'gia-report',
    title: 'Аналитическая справка по итогам ГИА-2026 в городском округе город Шарья',
    summary: 'Результаты ОГЭ и ЕГЭ 2026 года в сравнении с региональными, проблемные темы и меры на 2026/27 учебный год.',
    body: [
      p('В 2026 году ОГЭ сдавали 412 выпускников девятых классов, ЕГЭ — 187 выпускников одиннадцатых классов. Средний балл по русскому языку выше регионального, по математике профильного уровня — ниже на 2,4 балла.'),
      h('Проблемные темы'),
      ul(
        'Математика: задачи практического содержания и геометрия на плоскости.',
        'Обществознание: задания с развёрнутым ответом на анализ источника.',
        'Биология: работа с графиками и таблицами.',
      ),
      p('На 2026/27 учебный год запланированы сетевые консультации для выпускников и методические объединения учителей математики по решению задач с практическим содержанием.'),
    ],
    kind: 'analytical-report',
    topics: ['quality'],
    tags: ['ГИА', 'ОГЭ', 'ЕГЭ', 'аналитическая справка'],
    authors: 'Белов С. В., Орлова С. В.',
    submittedBy: 'belov',
    service: 'sharya',
    year: 2026,
    problems: ['vpr-analysis'],
    moderation: 'approved',
    views: 77,
    downloads: 25,
    files: [
      mdFile('gia-2026-sharya.md', 'Справка по итогам ГИА-2026.md'),
      csvFile('gia-2026-sharya-scores.csv', 'Средние баллы ГИА-2026.csv', [
        ['Предмет', 'Экзамен', 'Участников', 'Средний балл (округ)', 'Средний балл (регион)'],
        ['Русский язык', 'ЕГЭ', 187, 71.3, 69.8],
        ['Математика (профиль)', 'ЕГЭ', 92, 58.1, 60.5],
        ['Обществознание', 'ЕГЭ', 74, 56.4, 57.0],
        ['Русский язык', 'ОГЭ', 412, 3.9, 3.8],
        ['Математика', 'ОГЭ', 412, 3.6, 3.7],
      ]),
    ],
  },
  {
    key: 'literacy-lesson',
    title: 'Технологическая карта урока по читательской грамотности «Читаем инструкцию» (6 класс)',
    summary: 'Урок на материале реальных инструкций: поиск информации, интерпретация и оценка текста, с критериями оценивания.',
    body: [
      p('Урок русского языка в 6 классе, направленный на формирование читательской грамотности. Ученики работают с инструкциями к бытовым приборам и к школьному электронному дневнику.'),
      h('Ход урока'),
      ul(
        'Мотивация: ситуация «новый прибор без продавца-консультанта».',
        'Групповая работа: поиск и извлечение информации из инструкции.',
        'Интерпретация: составление краткой памятки для младшего брата или сестры.',
        'Рефлексия и самооценка по критериям.',
      ),
      p('Карта содержит задания трёх уровней сложности и ключи к ним, поэтому её можно использовать и в составе банка заданий по функциональной грамотности.'),
    ],
    kind: 'lesson-plan',
    topics: ['fgos'],
    tags: ['функциональная грамотность', 'читательская грамотность', 'русский язык', '6 класс'],
    authors: 'Орлова С. В.',
    submittedBy: 'orlova',
    service: 'sharya',
    year: 2026,
    problems: ['literacy-bank'],
    moderation: 'approved',
    views: 189,
    downloads: 103,
    files: [mdFile('lesson-reading-instructions-6.md', 'Технологическая карта урока «Читаем инструкцию».md')],
  },
  {
    key: 'iom-presentation',
    title: 'Индивидуальный образовательный маршрут педагога: от диагностики к аттестации',
    summary: 'Тезисы и структура презентации для семинара заместителей директоров по методической работе.',
    body: [
      p('Материал показывает, как по итогам диагностики профессиональных дефицитов составить индивидуальный образовательный маршрут педагога и связать его с подготовкой к аттестации.'),
      ul('Диагностика дефицитов.', 'Выбор форм повышения квалификации.', 'Фиксация результатов в портфолио.'),
    ],
    kind: 'presentation',
    topics: ['attestation'],
    tags: ['ИОМ', 'аттестация', 'профессиональные дефициты'],
    authors: 'Васильева О. А.',
    submittedBy: 'vasilyeva',
    service: 'kostroma',
    year: 2026,
    problems: ['attestation-model'],
    moderation: 'submitted',
    files: [mdFile('iom-presentation-outline.md', 'Структура презентации ИОМ.md')],
  },
  {
    key: 'research-club',
    title: 'Программа клуба юных исследователей для малокомплектной школы',
    summary: 'Программа внеурочной деятельности для разновозрастной группы 5–8 классов с сетевыми исследовательскими проектами.',
    body: [
      p('Программа рассчитана на 34 часа и предполагает работу разновозрастной группы над краеведческими и естественно-научными проектами, в том числе совместно со школами соседних поселений.'),
      ul('Раздел 1. Как устроено исследование.', 'Раздел 2. Проекты о природе и истории Вохомского края.', 'Раздел 3. Защита проектов на районной конференции.'),
    ],
    kind: 'program',
    topics: ['gifted', 'rural-schools'],
    tags: ['исследовательская деятельность', 'внеурочная деятельность', 'одарённые дети'],
    authors: 'Тихомирова Г. И.',
    submittedBy: 'tikhomirova',
    service: 'vokhomsky',
    year: 2026,
    problems: ['olympiad-small-schools'],
    moderation: 'submitted',
    files: [mdFile('research-club-program.md', 'Программа клуба юных исследователей.md')],
  },
  {
    key: 'autism-memo',
    title: 'Памятка учителю: ребёнок с РАС в общеобразовательном классе',
    summary: 'Практические приёмы организации урока и перемены для обучающегося с расстройством аутистического спектра.',
    body: [
      p('Памятка составлена по итогам работы районного психолого-педагогического консилиума и адресована учителям, у которых в классе впервые обучается ребёнок с РАС.'),
      ul('Предсказуемость: визуальное расписание урока.', 'Сенсорная нагрузка: место в классе и «тихий уголок».', 'Взаимодействие с семьёй и тьютором.'),
    ],
    kind: 'recommendations',
    topics: ['inclusive'],
    tags: ['ОВЗ', 'РАС', 'инклюзия', 'памятка'],
    authors: 'Фёдорова А. М.',
    submittedBy: 'fedorova',
    service: 'sharya',
    year: 2026,
    problems: ['ovz-tutors'],
    moderation: 'submitted',
    files: [mdFile('autism-teacher-memo.md', 'Памятка учителю — ребёнок с РАС.md')],
  },
  {
    key: 'parents-meeting',
    title: 'Сценарий родительского собрания «Безопасные каникулы»',
    summary: 'Сценарий общешкольного родительского собрания перед летними каникулами.',
    body: [
      p('Сценарий собрания с презентацией правил безопасного поведения детей во время каникул и анкетой для родителей.'),
    ],
    kind: 'other',
    topics: ['upbringing'],
    tags: ['родительское собрание', 'профилактика'],
    authors: 'Комарова Ю. С.',
    submittedBy: 'komarova',
    service: 'makaryevsky',
    year: 2025,
    problems: [],
    moderation: 'rejected',
    rejectionReason:
      'Материал в основном повторяет типовые сценарии из открытых источников без указания авторства и не показывает опыт района. ' +
      'Доработайте: опишите, как собрание проводилось в ваших школах, и добавьте результаты анкетирования родителей.',
    files: [mdFile('parents-meeting-safe-holidays.md', 'Сценарий родительского собрания.md')],
  },
];

/* ------------------------------------------------------------------------------------------------
 * Plan
 * ---------------------------------------------------------------------------------------------- */

type PlanKind = 'webinar' | 'seminar' | 'meeting' | 'conference' | 'consultation-day' | 'materials' | 'monitoring' | 'contest' | 'other';

interface PlanItemSpec {
  key: string;
  title: string;
  description: string;
  kind: PlanKind;
  startsAt: string;
  endsAt?: string;
  location?: string;
  onlineUrl?: string;
  responsible: string;
  topic: string;
  problems: string[];
  state: 'planned' | 'in-progress' | 'done' | 'cancelled';
  result?: Block[];
  resultMaterials?: string[];
}

const INSTITUTE_ADDRESS = 'Институт развития образования, г. Кострома, ул. Ивана Сусанина, д. 52, ауд. 21';

const PLAN_ITEMS: PlanItemSpec[] = [
  {
    key: 'kickoff',
    title: 'Установочное совещание руководителей ММС: задачи ДМО на 2026/27 учебный год',
    description:
      'Итоги 2025/26 учебного года, утверждение плана ДМО, обсуждение примерного положения о муниципальной методической службе.',
    kind: 'meeting',
    startsAt: '2026-09-10T10:00:00+03:00',
    endsAt: '2026-09-10T13:00:00+03:00',
    location: INSTITUTE_ADDRESS,
    onlineUrl: 'https://vks.example.ru/dmo-2026-09-10',
    responsible: 'coordinator',
    topic: 'mms-management',
    problems: ['mms-regulations'],
    state: 'done',
    result: [
      p('В совещании участвовали руководители 24 муниципальных методических служб из 30, из них 9 — дистанционно.'),
      h('Решения'),
      ul(
        'План ДМО на 2026/27 учебный год утверждён с учётом 10 затруднений, заявленных службами.',
        'Примерное положение о ММС одобрено и размещено в банке материалов для адаптации в муниципалитетах.',
        'Мониторинг деятельности ММС за 2025/26 учебный год провести до 18 декабря 2026 года.',
      ),
      p('Запись трансляции и презентации доступны участникам ДМО.'),
    ],
    resultMaterials: ['mms-regulation'],
  },
  {
    key: 'vpr-webinar',
    title: 'Вебинар «Муниципальный анализ результатов ВПР: единая схема и шаблоны»',
    description:
      'Разбор схемы анализа ВПР, предложенной городским методическим центром Костромы; ответы на вопросы служб.',
    kind: 'webinar',
    startsAt: '2026-10-15T14:00:00+03:00',
    endsAt: '2026-10-15T15:30:00+03:00',
    onlineUrl: 'https://vebinar.example.ru/dmo-vpr-2026',
    responsible: 'kuznetsov',
    topic: 'quality',
    problems: ['vpr-analysis'],
    state: 'done',
    result: [
      p('Вебинар посмотрели 63 участника из 21 муниципалитета. Службы договорились использовать общий шаблон сводной таблицы ВПР начиная с весенней процедуры 2027 года.'),
    ],
    resultMaterials: ['vpr-recommendations'],
  },
  {
    key: 'monitoring-2026',
    title: 'Мониторинг деятельности муниципальных методических служб за 2025/26 учебный год',
    description: 'Анкетирование служб, сбор и обобщение данных, аналитическая справка для совещания руководителей ММС.',
    kind: 'monitoring',
    startsAt: '2026-09-15T09:00:00+03:00',
    endsAt: '2026-12-18T18:00:00+03:00',
    responsible: 'coordinator',
    topic: 'mms-management',
    problems: ['mms-regulations', 'ovz-tutors'],
    state: 'in-progress',
  },
  {
    key: 'literacy-bank',
    title: 'Формирование банка заданий по функциональной грамотности для 5–9 классов',
    description:
      'Службы присылают проверенные задания с критериями оценивания; специалисты института проводят экспертизу и публикуют их в банке материалов ДМО.',
    kind: 'materials',
    startsAt: '2026-11-01T09:00:00+03:00',
    endsAt: '2027-03-31T18:00:00+03:00',
    responsible: 'kuznetsov',
    topic: 'fgos',
    problems: ['literacy-bank'],
    state: 'in-progress',
    resultMaterials: ['literacy-lesson'],
  },
  {
    key: 'mixed-age-seminar',
    title: 'Практикум «Рабочая программа для разновозрастного класса по обновлённым ФГОС»',
    description:
      'Практикум на базе малокомплектной школы Нерехтского района: открытый урок в объединённом классе, работа с конструктором рабочих программ.',
    kind: 'seminar',
    startsAt: '2026-12-10T10:00:00+03:00',
    endsAt: '2026-12-10T15:00:00+03:00',
    location: 'Нерехтский район, Владычинская основная школа (дистанционное подключение для других служб)',
    onlineUrl: 'https://vks.example.ru/dmo-2026-12-10',
    responsible: 'volkova',
    topic: 'rural-schools',
    problems: ['mixed-age-programs'],
    state: 'planned',
  },
  {
    key: 'attestation-day',
    title: 'День консультаций по аттестации педагогических работников',
    description:
      'Индивидуальные консультации методистов ММС по квалификационным категориям «педагог-методист» и «педагог-наставник», разбор портфолио.',
    kind: 'consultation-day',
    startsAt: '2027-01-20T10:00:00+03:00',
    endsAt: '2027-01-20T16:00:00+03:00',
    onlineUrl: 'https://vks.example.ru/dmo-attestation-2027',
    responsible: 'sokolova',
    topic: 'attestation',
    problems: ['attestation-model', 'mentoring'],
    state: 'planned',
  },
  {
    key: 'mentoring-contest',
    title: 'Региональный конкурс методических разработок «Наставничество: лучшие практики муниципалитетов»',
    description:
      'Конкурс для муниципальных методических служб и школ: положения о наставничестве, программы школ молодого учителя, кейсы сетевого наставничества.',
    kind: 'contest',
    startsAt: '2027-02-01T09:00:00+03:00',
    endsAt: '2027-04-15T18:00:00+03:00',
    responsible: 'coordinator',
    topic: 'attestation',
    problems: ['mentoring'],
    state: 'planned',
  },
  {
    key: 'olympiad-webinar',
    title: 'Вебинар «Олимпиадная подготовка в малочисленной школе: сетевые кружки»',
    description: 'Опыт сетевых олимпиадных кружков для учащихся сельских школ; перенесён по просьбе служб на весну.',
    kind: 'webinar',
    startsAt: '2026-11-19T14:00:00+03:00',
    endsAt: '2026-11-19T15:30:00+03:00',
    onlineUrl: 'https://vebinar.example.ru/dmo-olymp-2026',
    responsible: 'kuznetsov',
    topic: 'gifted',
    problems: ['olympiad-small-schools'],
    state: 'cancelled',
  },
  {
    key: 'inclusive-conference',
    title: 'Региональная научно-практическая конференция «Инклюзивное образование в сельской школе»',
    description:
      'Пленарное заседание и секции: психолого-педагогический консилиум без штатных специалистов, сетевые ресурсные центры, работа с семьёй.',
    kind: 'conference',
    startsAt: '2027-03-25T10:00:00+03:00',
    endsAt: '2027-03-25T16:00:00+03:00',
    location: INSTITUTE_ADDRESS,
    onlineUrl: 'https://vks.example.ru/dmo-inclusive-2027',
    responsible: 'sokolova',
    topic: 'inclusive',
    problems: ['ovz-tutors'],
    state: 'planned',
  },
];

/* ------------------------------------------------------------------------------------------------
 * Consultations
 * ---------------------------------------------------------------------------------------------- */

interface ConsultationSpec {
  title: string;
  question: string;
  topic: string;
  asker: string;
  specialist?: string;
  status: 'new' | 'assigned' | 'answered' | 'closed';
  dueAt?: string;
  messages?: { author: string; body: string; sentAt: string }[];
  rating?: number;
  allowPublish?: boolean;
  isPublic?: boolean;
}

const CONSULTATIONS: ConsultationSpec[] = [
  {
    title: 'Как проводить районные методические объединения при слабом интернете?',
    question:
      'В большинстве школ района скорость интернета не позволяет подключаться к видеоконференции с камерой. ' +
      'Какие форматы дистанционных методических объединений вы можете порекомендовать в таких условиях?',
    topic: 'digital',
    asker: 'zakharov',
    status: 'new',
  },
  {
    title: 'Организация ППк в школе без дефектолога',
    question:
      'В трёх школах округа нет учителя-дефектолога и логопеда. Можно ли включить в состав психолого-педагогического ' +
      'консилиума специалистов другой школы по договору о сетевом взаимодействии и как это оформить?',
    topic: 'inclusive',
    asker: 'belov',
    specialist: 'sokolova',
    status: 'assigned',
    dueAt: '2026-12-15T18:00:00+03:00',
  },
  {
    title: 'Нужно ли перепроверять работы ВПР на муниципальном уровне?',
    question:
      'Обязана ли муниципальная методическая служба организовывать перепроверку работ ВПР и как использовать её результаты ' +
      'в анализе, если отметки после перепроверки расходятся со школьными?',
    topic: 'quality',
    asker: 'nikolaev',
    specialist: 'kuznetsov',
    status: 'answered',
    dueAt: '2026-10-30T18:00:00+03:00',
    messages: [
      {
        author: 'kuznetsov',
        body:
          'Обязательной муниципальной перепроверки порядок проведения ВПР не устанавливает: решение о ней принимает орган управления образованием ' +
          'муниципалитета, как правило, выборочно — для школ с признаками необъективности. Расхождения после перепроверки ' +
          'в анализе стоит показывать отдельно: они говорят не столько о знаниях учеников, сколько об объективности оценивания. ' +
          'Схема такого анализа приведена в методических рекомендациях в банке материалов ДМО.',
        sentAt: '2026-10-22T11:40:00+03:00',
      },
      {
        author: 'nikolaev',
        body: 'Спасибо! Уточните, пожалуйста: результаты перепроверки нужно передавать в регион?',
        sentAt: '2026-10-22T15:05:00+03:00',
      },
      {
        author: 'kuznetsov',
        body: 'Передавать их отдельно не требуется, но обобщённые выводы полезно включить в муниципальную аналитическую справку.',
        sentAt: '2026-10-23T09:15:00+03:00',
      },
    ],
    allowPublish: true,
    isPublic: true,
  },
  {
    title: 'Кто может быть наставником молодого учителя в малокомплектной школе?',
    question:
      'В школе работает один учитель математики со стажем два года. Может ли наставником быть учитель из другой школы района ' +
      'и как тогда оформить наставничество?',
    topic: 'attestation',
    asker: 'popova',
    specialist: 'sokolova',
    status: 'answered',
    dueAt: '2026-11-20T18:00:00+03:00',
    messages: [
      {
        author: 'sokolova',
        body:
          'Да, может. Наставничество «школа — школа» оформляется приказами обеих образовательных организаций на основании ' +
          'муниципального положения о наставничестве или договора о сетевом взаимодействии. В индивидуальном плане указываются ' +
          'формы дистанционных встреч и взаимопосещения уроков. Пример такой организации — кейс Макарьевского района в банке материалов.',
        sentAt: '2026-11-12T10:30:00+03:00',
      },
    ],
    allowPublish: true,
    isPublic: true,
  },
  {
    title: 'Совместное методическое объединение воспитателей и учителей первых классов',
    question:
      'Хотим проводить совместные МО воспитателей подготовительных групп и учителей первых классов. ' +
      'Какие темы взять первыми, чтобы работа была полезной обеим сторонам?',
    topic: 'preschool',
    asker: 'volkova',
    specialist: 'sokolova',
    status: 'closed',
    dueAt: '2026-10-10T18:00:00+03:00',
    messages: [
      {
        author: 'sokolova',
        body:
          'Начните с сопоставления планируемых результатов ФОП ДО и ФОП НОО по трём линиям: речевое развитие, математические представления, ' +
          'произвольность поведения. Хорошо работает взаимопосещение: воспитатели приходят на уроки в сентябре, учителя — на занятия весной.',
        sentAt: '2026-10-05T12:00:00+03:00',
      },
      {
        author: 'volkova',
        body: 'Спасибо, так и сделаем — первое совместное МО назначили на ноябрь.',
        sentAt: '2026-10-06T09:20:00+03:00',
      },
    ],
    rating: 5,
    allowPublish: false,
  },
];

/* ------------------------------------------------------------------------------------------------
 * Discussions
 * ---------------------------------------------------------------------------------------------- */

interface ThreadSpec {
  title: string;
  body: string;
  author: string;
  topic: string;
  problem?: string;
  material?: string;
  replies: { author: string; body: string }[];
}

const THREADS: ThreadSpec[] = [
  {
    title: 'Как вы анализируете ВПР на уровне муниципалитета?',
    body:
      'Коллеги, готовим муниципальную справку по ВПР. Поделитесь, какие показатели вы считаете обязательными ' +
      'и как показываете школам их результаты в сравнении с округом и регионом?',
    author: 'orlova',
    topic: 'quality',
    problem: 'vpr-analysis',
    replies: [
      {
        author: 'nikolaev',
        body: 'Мы считаем долю подтвердивших отметку и отдельно — задания с выполнением ниже 50 %. Шаблон таблицы выложили в банк материалов.',
      },
      {
        author: 'volkova',
        body: 'У нас школы маленькие, по 5–7 учеников в классе, поэтому проценты мало что говорят. Смотрим конкретные задания и учеников.',
      },
      {
        author: 'kuznetsov',
        body: 'Для малых выборок лучше сравнивать результаты за три года по одному классу-комплекту, а не проценты по школе. Обсудим это отдельно на вебинаре.',
      },
    ],
  },
  {
    title: 'Наставничество: делимся положениями и формами планов',
    body:
      'В районе обновляем положение о наставничестве. Интересно, как у вас оформлены индивидуальные планы ' +
      'и как учитывается работа наставника при аттестации.',
    author: 'popova',
    topic: 'attestation',
    problem: 'mentoring',
    replies: [
      {
        author: 'morozova',
        body: 'В городе план наставничества — одна страница: цели, три-четыре мероприятия в четверть и отметка о выполнении. Длинные планы никто не читает.',
      },
      {
        author: 'tikhomirova',
        body: 'У нас наставников не хватает, поэтому пробуем групповое наставничество: один опытный учитель ведёт трёх молодых из разных школ.',
      },
      {
        author: 'sokolova',
        body: 'Результаты наставнической деятельности учитываются при аттестации на категорию «педагог-наставник» — сохраняйте отчёты и отзывы наставляемых.',
      },
      {
        author: 'popova',
        body: 'Спасибо, коллеги! Соберу всё в один документ и предложу в банк материалов.',
      },
    ],
  },
  {
    title: 'Обсуждаем рабочую программу для разновозрастного класса',
    body:
      'Посмотрели программу Нерехтского района по окружающему миру для 3–4 классов. ' +
      'Хотим взять её за основу — кто уже пробовал адаптировать под 1–2 классы?',
    author: 'tikhomirova',
    topic: 'rural-schools',
    material: 'mixed-age-program',
    replies: [
      {
        author: 'guseva',
        body: 'Для 1–2 классов мы сокращаем самостоятельную часть: первоклассники пока не могут долго работать без учителя. Могу прислать наш вариант.',
      },
      {
        author: 'smirnov',
        body: 'Будем благодарны! Добавим ваш вариант в материалы к декабрьскому практикуму.',
      },
    ],
  },
  {
    title: 'Вебинары при плохом интернете — какой у вас опыт?',
    body:
      'В наших сельских школах трансляции постоянно прерываются. Как вы организуете участие педагогов в региональных вебинарах?',
    author: 'smirnov',
    topic: 'digital',
    problem: 'slow-internet',
    replies: [
      {
        author: 'zakharov',
        body: 'Собираем педагогов в школе с лучшим подключением — получается кустовая площадка. Вопросы пишем в чат заранее.',
      },
      {
        author: 'belov',
        body: 'Просим организаторов выкладывать запись и презентацию сразу после вебинара — тогда можно посмотреть позже даже с мобильного интернета.',
      },
      {
        author: 'coordinator',
        body: 'Учтём: записи вебинаров ДМО будут публиковаться в течение суток, а презентации — в банке материалов.',
      },
    ],
  },
];

interface AnnouncementSpec {
  title: string;
  body: string;
  topic?: string;
  pinned: boolean;
}

const ANNOUNCEMENTS: AnnouncementSpec[] = [
  {
    title: 'Открыта анкета «Диагностика профессиональных затруднений методистов ММС»',
    body:
      'Уважаемые руководители и методисты муниципальных методических служб! До 25 декабря 2026 года просим заполнить анкету ' +
      'диагностики профессиональных затруднений в разделе «Анкеты». По её итогам будет скорректирован план ДМО на второе полугодие. ' +
      'Руководителей служб также просим до 18 декабря заполнить анкету мониторинга деятельности ММС за 2025/26 учебный год.',
    topic: 'mms-management',
    pinned: true,
  },
  {
    title: '10 декабря — практикум по рабочим программам для разновозрастных классов',
    body:
      'Приглашаем методистов, курирующих малокомплектные школы, на практикум на базе школы Нерехтского района. ' +
      'Начало в 10:00, возможно дистанционное подключение — ссылка в плане ДМО.',
    topic: 'rural-schools',
    pinned: false,
  },
];

/* ------------------------------------------------------------------------------------------------
 * Seeding
 * ---------------------------------------------------------------------------------------------- */

const SERVICE_NAMES: Record<string, string> = {
  kostroma: 'г. Кострома',
  sharya: 'г. Шарья',
  nerekhtsky: 'Нерехтский р-н',
  makaryevsky: 'Макарьевский р-н',
  vokhomsky: 'Вохомский р-н',
};

const demoLogins = (): DemoLogin[] =>
  USERS.map((u) => ({
    role: ROLE_LABELS[u.role],
    username: u.username,
    email: `${u.username}@${EMAIL_DOMAIN}`,
    password: DEMO_PASSWORD,
    fullName: u.fullName,
    service: u.service,
  }));

/** True when the demo coordinator account exists, i.e. the demo content has been loaded. */
export const hasDemoContent = async (strapi: Core.Strapi): Promise<boolean> => {
  const user = await strapi.db.query(USER_UID).findOne({ where: { username: COORDINATOR_USERNAME }, select: ['id'] });
  return Boolean(user);
};

const at = (iso: string) => new Date(iso).toISOString();

const required = <T>(value: T | null | undefined, what: string): T => {
  if (value === null || value === undefined) throw new Error(`Демонстрационные данные: не найдено — ${what}`);
  return value;
};

export const seedDemo = async (strapi: Core.Strapi, onProgress?: ProgressFn): Promise<DemoSummary> => {
  const summary: DemoSummary = { logins: demoLogins(), created: {} };
  if (await hasDemoContent(strapi)) return summary;

  const threadSteps = THREADS.reduce((n, t) => n + 1 + t.replies.length, 0);
  const fileSteps = MATERIALS.reduce((n, m) => n + m.files.length, 0);
  const total =
    USERS.length +
    SERVICE_PROFILES.length +
    SURVEYS.length +
    SURVEYS.reduce((n, s) => n + s.responses.length, 0) +
    PROBLEMS.length +
    fileSteps +
    MATERIALS.length +
    PLAN_ITEMS.length +
    CONSULTATIONS.length +
    threadSteps +
    ANNOUNCEMENTS.length;
  let done = 0;
  let current = 'подготовка';
  const created: Record<string, number> = {};
  /** Runs one step of the seed, names it in a failure, and reports progress after it. */
  const track = async <T>(kind: string, label: string, work: () => Promise<T>): Promise<T> => {
    current = label;
    const result = await work();
    done += 1;
    created[kind] = (created[kind] ?? 0) + 1;
    onProgress?.(done, total, label);
    return result;
  };

  const uploadedPaths: string[] = [];
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dmo-demo-'));

  try {
    await strapi.db.transaction(() =>
      asSystem(async () => {
        /* reference data from bootstrap */
        const roles: Record<string, number> = {};
        for (const type of Object.keys(ROLE_LABELS)) {
          const role = await strapi.db.query(ROLE_UID).findOne({ where: { type }, select: ['id'] });
          roles[type] = required(role, `роль «${type}» (она создаётся при запуске приложения)`).id;
        }
        const services: Record<string, Ref> = {};
        for (const slug of new Set([...SERVICE_PROFILES.map((s) => s.slug), ...USERS.flatMap((u) => (u.service ? [u.service] : []))])) {
          const service = await strapi.db.query('api::service.service').findOne({ where: { slug }, select: ['id', 'documentId'] });
          services[slug] = required(service, `служба «${slug}» (службы создаются при запуске приложения)`) as Ref;
        }
        const topicRows = (await strapi.db.query('api::topic.topic').findMany({ select: ['id', 'documentId', 'slug'] })) as (Ref & { slug: string })[];
        const topics: Record<string, Ref> = Object.fromEntries(topicRows.map((t) => [t.slug, t]));
        const topicId = (slug: string) => required(topics[slug], `тема «${slug}» (темы создаются при запуске приложения)`).id;

        /* users */
        const users: Record<string, Ref & { service?: string }> = {};
        const userService = strapi.plugin('users-permissions').service('user');
        for (const spec of USERS) {
          const user = await track<Ref>('users', `Пользователь: ${spec.fullName}`, () =>
            userService.add({
              username: spec.username,
              email: `${spec.username}@${EMAIL_DOMAIN}`,
              password: DEMO_PASSWORD,
              provider: 'local',
              confirmed: true,
              blocked: false,
              role: roles[spec.role],
              fullName: spec.fullName,
              position: spec.position,
              phone: spec.phone ?? null,
              service: spec.service ? services[spec.service].id : null,
              topics: (spec.topics ?? []).map(topicId),
            }),
          );
          users[spec.key] = { id: user.id, documentId: user.documentId, service: spec.service };
        }
        const userId = (key: string) => required(users[key], `пользователь «${key}»`).id;
        const serviceOfUser = (key: string) => {
          const slug = users[key]?.service;
          return slug ? services[slug].id : null;
        };
        const fullNameOf = (key: string) => USERS.find((u) => u.key === key)?.fullName ?? key;

        /* services: profiles and heads */
        for (const profile of SERVICE_PROFILES) {
          await track('services', `Служба: ${SERVICE_NAMES[profile.slug] ?? profile.slug}`, () =>
            strapi.documents('api::service.service').update({
              documentId: services[profile.slug].documentId,
              data: {
                status: 'active',
                head: userId(profile.head),
                description: profile.description,
                address: profile.address,
                email: profile.email,
                phone: profile.phone,
                website: profile.website,
              } as any,
            }),
          );
        }

        /* surveys and responses */
        const surveys: Record<string, Ref> = {};
        for (const spec of SURVEYS) {
          const survey = await track('surveys', `Анкета: ${spec.title}`, () =>
            strapi.documents('api::survey.survey').create({
              data: {
                title: spec.title,
                description: spec.description,
                respondentUnit: spec.respondentUnit,
                topic: topicId(spec.topic),
                opensAt: at(spec.opensAt),
                closesAt: at(spec.closesAt),
                questions: spec.questions.map((q) => ({
                  key: q.key,
                  text: q.text,
                  type: q.type,
                  options: q.options ?? null,
                  scaleMin: q.scaleMin ?? null,
                  scaleMax: q.scaleMax ?? null,
                  required: q.required ?? true,
                })),
              } as any,
              status: 'published',
            }),
          );
          surveys[spec.key] = { id: survey.id as number, documentId: survey.documentId };
        }
        for (const spec of SURVEYS) {
          for (const response of spec.responses) {
            await track('surveyResponses', `Ответ на анкету: ${fullNameOf(response.user)}`, () =>
              strapi.documents('api::survey-response.survey-response').create({
                data: {
                  survey: surveys[spec.key].documentId,
                  respondent: userId(response.user),
                  service: serviceOfUser(response.user),
                  answers: response.answers,
                } as any,
              }),
            );
          }
        }

        /* problems with endorsements (the weight is recomputed by the document middleware) */
        const problems: Record<string, Ref> = {};
        for (const spec of PROBLEMS) {
          const problem = await track('problems', `Затруднение: ${spec.title}`, () =>
            strapi.documents('api::problem.problem').create({
              data: {
                title: spec.title,
                description: spec.description,
                topic: topicId(spec.topic),
                service: services[spec.service].id,
                author: userId(spec.author),
                status: spec.status,
                statusNote: spec.statusNote ?? null,
                endorsements: spec.endorsedBy.map((slug) => services[slug].id),
                sourceSurvey: spec.fromSurvey ? surveys[spec.fromSurvey].documentId : null,
              } as any,
            }),
          );
          problems[spec.key] = { id: problem.id as number, documentId: problem.documentId };
        }
        const problemIds = (keys: string[]) => keys.map((key) => required(problems[key], `затруднение «${key}»`).id);

        /* materials with generated files */
        const materials: Record<string, Ref> = {};
        const upload = strapi.plugin('upload').service('upload');
        for (const spec of MATERIALS) {
          const fileIds: number[] = [];
          for (const file of spec.files) {
            const stored = await track('files', `Файл: ${file.title}`, async () => {
              const filepath = path.join(workDir, file.filename);
              fs.writeFileSync(filepath, file.content(spec), 'utf8');
              const [entry] = await upload.upload({
                data: { fileInfo: { name: file.title, caption: spec.title, alternativeText: file.title } },
                files: { filepath, originalFilename: file.filename, mimetype: file.mime, size: fs.statSync(filepath).size },
              });
              if (typeof entry?.url === 'string' && entry.url.startsWith('/')) {
                uploadedPaths.push(path.join(strapi.dirs.static.public, entry.url));
              }
              return entry as { id: number };
            });
            fileIds.push(stored.id);
          }
          const material = await track('materials', `Материал: ${spec.title}`, () =>
            strapi.documents('api::material.material').create({
              data: {
                title: spec.title,
                summary: spec.summary,
                body: spec.body,
                kind: spec.kind,
                topics: spec.topics.map(topicId),
                tags: spec.tags,
                files: fileIds,
                authors: spec.authors,
                submittedBy: userId(spec.submittedBy),
                service: services[spec.service].id,
                year: spec.year,
                problems: problemIds(spec.problems),
                moderation: spec.moderation,
                rejectionReason: spec.rejectionReason ?? null,
                views: spec.views ?? 0,
                downloads: spec.downloads ?? 0,
              } as any,
              // only an approved material is published; the moderation middleware keeps the others drafts
              ...(spec.moderation === 'approved' ? { status: 'published' as const } : {}),
            }),
          );
          materials[spec.key] = { id: material.id as number, documentId: material.documentId };
        }
        const materialRef = (key: string) => required(materials[key], `материал «${key}»`).documentId;

        /* the published plan */
        for (const spec of PLAN_ITEMS) {
          await track('planItems', `Пункт плана: ${spec.title}`, () =>
            strapi.documents('api::plan-item.plan-item').create({
              data: {
                title: spec.title,
                description: spec.description,
                kind: spec.kind,
                period: PERIOD,
                startsAt: at(spec.startsAt),
                endsAt: spec.endsAt ? at(spec.endsAt) : null,
                location: spec.location ?? null,
                onlineUrl: spec.onlineUrl ?? null,
                responsible: userId(spec.responsible),
                topic: topicId(spec.topic),
                problems: problemIds(spec.problems),
                state: spec.state,
                result: spec.result ?? null,
                resultMaterials: (spec.resultMaterials ?? []).map(materialRef),
              } as any,
              status: 'published',
            }),
          );
        }

        /* consultations */
        for (const spec of CONSULTATIONS) {
          await track('consultations', `Консультация: ${spec.title}`, () =>
            strapi.documents('api::consultation.consultation').create({
              data: {
                title: spec.title,
                question: spec.question,
                topic: topicId(spec.topic),
                asker: userId(spec.asker),
                service: serviceOfUser(spec.asker),
                specialist: spec.specialist ? userId(spec.specialist) : null,
                status: spec.status,
                dueAt: spec.dueAt ? at(spec.dueAt) : null,
                messages: (spec.messages ?? []).map((m) => ({ author: userId(m.author), body: m.body, sentAt: at(m.sentAt) })),
                rating: spec.rating ?? null,
                allowPublish: spec.allowPublish ?? false,
                isPublic: spec.isPublic ?? false,
              } as any,
            }),
          );
        }

        /* discussions: threads with replies */
        for (const spec of THREADS) {
          const thread = await track('posts', `Тема: ${spec.title}`, () =>
            strapi.documents('api::post.post').create({
              data: {
                title: spec.title,
                body: spec.body,
                kind: 'discussion',
                topic: topicId(spec.topic),
                problem: spec.problem ? required(problems[spec.problem], `затруднение «${spec.problem}»`).id : null,
                material: spec.material ? materialRef(spec.material) : null,
                author: userId(spec.author),
                service: serviceOfUser(spec.author),
              } as any,
            }),
          );
          for (const reply of spec.replies) {
            await track('posts', `Ответ в теме: ${spec.title}`, () =>
              strapi.documents('api::post.post').create({
                data: {
                  body: reply.body,
                  thread: thread.id,
                  topic: topicId(spec.topic),
                  author: userId(reply.author),
                  service: serviceOfUser(reply.author),
                } as any,
              }),
            );
          }
        }

        /* announcements from the coordinator */
        for (const spec of ANNOUNCEMENTS) {
          await track('announcements', `Объявление: ${spec.title}`, () =>
            strapi.documents('api::post.post').create({
              data: {
                title: spec.title,
                body: spec.body,
                kind: 'announcement',
                topic: spec.topic ? topicId(spec.topic) : null,
                author: userId('coordinator'),
                pinned: spec.pinned,
              } as any,
            }),
          );
        }
      }),
    );
  } catch (error) {
    // the transaction rolled the database back; the files the upload plugin wrote stay on disk otherwise
    for (const file of uploadedPaths) fs.rmSync(file, { force: true });
    if (error instanceof Error) error.message = `шаг «${current}»: ${error.message}`;
    throw error;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }

  await databaseSettled(strapi);
  summary.created = created;
  return summary;
};

/* ------------------------------------------------------------------------------------------------
 * Output
 * ---------------------------------------------------------------------------------------------- */


/** Prints the demo accounts as a table (development only: it shows a password). */
export const printDemoLogins = (summary: DemoSummary) => {
  if (!summary.logins.length) return;
  const header = ['Роль', 'Логин', 'E-mail', 'ФИО', 'Служба'];
  const rows = summary.logins.map((l) => [l.role, l.username, l.email, l.fullName, l.service ? SERVICE_NAMES[l.service] ?? l.service : '—']);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();

  console.log('');
  console.log('Демонстрационные учётные записи ДМО');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log('');
  console.log(`Пароль у всех одинаковый: ${summary.logins[0].password}`);
  console.log('Вход: POST /api/auth/local с identifier (логин или e-mail) и password.');
  console.log('');
};

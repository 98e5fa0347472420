#!/usr/bin/env node
// `npm run seed:demo`: loads the app (compiling the TypeScript to dist/ first) and fills the
// database with the demo content of src/seed/demo.ts. Does nothing when the demo is already there.
'use strict';

const path = require('path');

// Strapi defaults NODE_ENV to "development" when it loads: remember what the caller asked for.
const isProduction = process.env.NODE_ENV === 'production';

// This script seeds by itself (with a progress bar): keep the bootstrap from doing it too.
process.env.DMO_DEMO = 'false';
process.env.STRAPI_TELEMETRY_DISABLED = process.env.STRAPI_TELEMETRY_DISABLED || 'true';
// Strapi logs its internal migrations at info level on a fresh database; they would break the bar.
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';

const main = async () => {
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const cliProgress = require('cli-progress');

  console.log('Сборка и загрузка приложения…');
  const ctx = await compileStrapi();
  const app = await createStrapi({ ...ctx, autoReload: false, serveAdminPanel: false }).load();

  let bar = null;
  try {
    const { seedDemo, printDemoLogins, hasDemoContent } = require(path.join(ctx.distDir, 'src/seed/demo.js'));

    if (await hasDemoContent(app)) {
      console.log('Демонстрационные данные уже загружены — ничего не делаю.');
      if (!isProduction) printDemoLogins(await seedDemo(app));
      return;
    }

    bar = new cliProgress.SingleBar(
      {
        format: 'Демо-данные |{bar}| {value}/{total} {label}',
        barCompleteChar: '█',
        barIncompleteChar: '░',
        hideCursor: true,
        clearOnComplete: false,
        stopOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    const summary = await seedDemo(app, (done, total, label) => {
      const text = label.length > 60 ? `${label.slice(0, 59)}…` : label;
      if (!started) {
        bar.start(total, 0, { label: text });
        started = true;
      }
      bar.update(done, { label: text });
    });
    if (started) bar.update({ label: 'готово' });
    bar.stop();
    bar = null;

    const created = summary.created || {};
    const names = {
      users: 'пользователей',
      services: 'профилей служб',
      surveys: 'анкет',
      surveyResponses: 'ответов на анкеты',
      problems: 'затруднений',
      files: 'файлов',
      materials: 'материалов',
      planItems: 'пунктов плана',
      consultations: 'консультаций',
      posts: 'сообщений в обсуждениях',
      announcements: 'объявлений',
    };
    console.log('Демонстрационные данные загружены:');
    for (const [key, name] of Object.entries(names)) {
      if (created[key]) console.log(`  ${name}: ${created[key]}`);
    }
    if (!isProduction) printDemoLogins(summary);
  } finally {
    if (bar) bar.stop();
    await app.destroy();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error('');
    console.error('Не удалось загрузить демонстрационные данные (частично записанное отменено).');
    console.error(`Причина: ${error && error.message ? error.message : error}`);
    const details = error && error.details && error.details.errors;
    if (Array.isArray(details)) {
      for (const item of details) console.error(`  ${(item.path || []).join('.')}: ${item.message}`);
    }
    if (process.env.DEBUG && error && error.stack) console.error(error.stack);
    process.exit(1);
  },
);

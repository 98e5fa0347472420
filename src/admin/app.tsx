import type { StrapiApp } from '@strapi/strapi/admin';

// The admin panel speaks Russian by default (editors can still switch to English in their profile).
const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    locales: ['ru'],
    translations: {
      ru: {
        'Auth.form.welcome.title': 'ДМО — панель управления',
        'Auth.form.welcome.subtitle': 'Войдите в учётную запись администратора',
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {
    if (typeof window !== 'undefined' && !window.localStorage.getItem(LANGUAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_KEY, 'ru');
    }
  },
};

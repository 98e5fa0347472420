import type { Schema, Struct } from '@strapi/strapi';

export interface ConsultationMessage extends Struct.ComponentSchema {
  collectionName: 'components_consultation_messages';
  info: {
    description: '\u0420\u0435\u043F\u043B\u0438\u043A\u0430 \u0432 \u043F\u0435\u0440\u0435\u043F\u0438\u0441\u043A\u0435 \u043F\u043E \u043A\u043E\u043D\u0441\u0443\u043B\u044C\u0442\u0430\u0446\u0438\u0438';
    displayName: '\u0421\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u0435 \u043A\u043E\u043D\u0441\u0443\u043B\u044C\u0442\u0430\u0446\u0438\u0438';
  };
  attributes: {
    author: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::users-permissions.user'
    >;
    body: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 20000;
      }>;
    sentAt: Schema.Attribute.DateTime;
  };
}

export interface SurveyQuestion extends Struct.ComponentSchema {
  collectionName: 'components_survey_questions';
  info: {
    description: '\u0412\u043E\u043F\u0440\u043E\u0441 \u0441 \u0442\u0438\u043F\u043E\u043C \u043E\u0442\u0432\u0435\u0442\u0430: \u043E\u0434\u0438\u043D \u0432\u0430\u0440\u0438\u0430\u043D\u0442, \u043D\u0435\u0441\u043A\u043E\u043B\u044C\u043A\u043E, \u0448\u043A\u0430\u043B\u0430 \u0438\u043B\u0438 \u0442\u0435\u043A\u0441\u0442';
    displayName: '\u0412\u043E\u043F\u0440\u043E\u0441 \u0430\u043D\u043A\u0435\u0442\u044B';
  };
  attributes: {
    key: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    options: Schema.Attribute.JSON;
    required: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<true>;
    scaleMax: Schema.Attribute.Integer;
    scaleMin: Schema.Attribute.Integer;
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    type: Schema.Attribute.Enumeration<
      ['single', 'multiple', 'scale', 'text']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'single'>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'consultation.message': ConsultationMessage;
      'survey.question': SurveyQuestion;
    }
  }
}

import type { Language } from '@jumelage/contracts';
import type { Mail } from '../../platform/mail/outbox.ts';

type Texts = {
  interestExpressed: (values: { name: string; from: string; school: string; title: string; message: string; link: string }) => Omit<Mail, 'to'>;
};

const english: Texts = {
  interestExpressed: ({ name, from, school, title, message, link }) => ({
    subject: `${from} is interested in your project idea “${title}”`,
    text: `Hello ${name},\n\n${from} (${school}) answered your project idea “${title}”:\n\n${message}\n\nRead the answers and reply here: ${link}\n`,
  }),
};

const french: Texts = {
  interestExpressed: ({ name, from, school, title, message, link }) => ({
    subject: `${from} s’intéresse à votre idée de projet « ${title} »`,
    text: `Bonjour ${name},\n\n${from} (${school}) a répondu à votre idée de projet « ${title} » :\n\n${message}\n\nLisez les réponses et répondez ici : ${link}\n`,
  }),
};

export function ideaMails(language: Language): Texts {
  return language === 'fr' ? french : english;
}

import type { Language } from '@jumelage/contracts';
import type { Mail } from '../../platform/mail/outbox.ts';

type Texts = {
  contactRequested: (values: { name: string; from: string; message: string; link: string }) => Omit<Mail, 'to'>;
  contactAccepted: (values: { name: string; by: string; link: string }) => Omit<Mail, 'to'>;
};

const english: Texts = {
  contactRequested: ({ name, from, message, link }) => ({
    subject: `${from} would like to be in contact on Jumelage`,
    text: `Hello ${name},\n\n${from} would like to be in contact with you and writes:\n\n${message}\n\nAccept or decline here: ${link}\n`,
  }),
  contactAccepted: ({ name, by, link }) => ({
    subject: `${by} accepted your contact request`,
    text: `Hello ${name},\n\n${by} accepted your contact request. You can now see each other's e-mail address in your contacts: ${link}\n`,
  }),
};

const french: Texts = {
  contactRequested: ({ name, from, message, link }) => ({
    subject: `${from} souhaite être en contact avec vous sur Jumelage`,
    text: `Bonjour ${name},\n\n${from} souhaite être en contact avec vous et vous écrit :\n\n${message}\n\nAcceptez ou refusez ici : ${link}\n`,
  }),
  contactAccepted: ({ name, by, link }) => ({
    subject: `${by} a accepté votre demande de contact`,
    text: `Bonjour ${name},\n\n${by} a accepté votre demande de contact. Vous voyez maintenant l’adresse électronique l’un de l’autre dans vos contacts : ${link}\n`,
  }),
};

export function partnerMails(language: Language): Texts {
  return language === 'fr' ? french : english;
}

import type { Language } from '@jumelage/contracts';
import type { Mail } from '../../platform/mail/outbox.ts';

/** The texts of account e-mails, in English and French; other languages receive English. */
type Texts = {
  // No name: the address is not proven yet, so nothing a stranger typed goes into the mail.
  confirmEmail: (values: { link: string }) => Omit<Mail, 'to'>;
  alreadyRegistered: (values: { name: string; signInLink: string; resetLink: string }) => Omit<Mail, 'to'>;
  resetPassword: (values: { name: string; link: string }) => Omit<Mail, 'to'>;
  accountValidated: (values: { name: string; link: string }) => Omit<Mail, 'to'>;
  accountRejected: (values: { name: string; reason: string; link: string }) => Omit<Mail, 'to'>;
  officerInvitation: (values: { name: string; country: string; link: string }) => Omit<Mail, 'to'>;
};

const english: Texts = {
  confirmEmail: ({ link }) => ({
    subject: 'Confirm your e-mail address for Jumelage',
    text: `Hello,\n\nTo confirm your e-mail address, open this link within 48 hours:\n\n${link}\n\nThen your national support service will check your account; we will write to you when it is done.\n\nIf you did not register on Jumelage, ignore this message.\n`,
  }),
  alreadyRegistered: ({ name, signInLink, resetLink }) => ({
    subject: 'Someone tried to register with your address on Jumelage',
    text: `Hello ${name},\n\nSomeone tried to register a new Jumelage account with this e-mail address, which already has one.\n\nIf it was you, sign in here: ${signInLink}\nForgot your password? Choose a new one here: ${resetLink}\n\nIf it was not you, you need not do anything.\n`,
  }),
  resetPassword: ({ name, link }) => ({
    subject: 'Choose a new Jumelage password',
    text: `Hello ${name},\n\nTo choose a new password, open this link within one hour. It works once.\n\n${link}\n\nIf you did not ask for this, ignore this message: your password stays as it is.\n`,
  }),
  accountValidated: ({ name, link }) => ({
    subject: 'Your Jumelage account is validated',
    text: `Hello ${name},\n\nYour national support service has validated your account. You can now find partners and start projects:\n\n${link}\n`,
  }),
  accountRejected: ({ name, reason, link }) => ({
    subject: 'Your Jumelage account was not validated',
    text: `Hello ${name},\n\nYour national support service could not validate your account, for this reason:\n\n${reason}\n\nYou can sign in to correct your profile: ${link}\n`,
  }),
  officerInvitation: ({ name, country, link }) => ({
    subject: 'Your Jumelage account as a national support officer',
    text: `Hello ${name},\n\nAn account was opened for you as an officer of the national support service of ${country} on Jumelage. To choose your password, open this link within 7 days:\n\n${link}\n`,
  }),
};

const french: Texts = {
  confirmEmail: ({ link }) => ({
    subject: 'Confirmez votre adresse électronique pour Jumelage',
    text: `Bonjour,\n\nPour confirmer votre adresse électronique, ouvrez ce lien dans les 48 heures :\n\n${link}\n\nLe bureau national de votre pays vérifiera ensuite votre compte ; nous vous écrirons dès que ce sera fait.\n\nSi vous ne vous êtes pas inscrit sur Jumelage, ignorez ce message.\n`,
  }),
  alreadyRegistered: ({ name, signInLink, resetLink }) => ({
    subject: 'Quelqu’un a tenté de s’inscrire avec votre adresse sur Jumelage',
    text: `Bonjour ${name},\n\nQuelqu’un a tenté de créer un compte Jumelage avec cette adresse, qui en a déjà un.\n\nSi c’était vous, connectez-vous ici : ${signInLink}\nMot de passe oublié ? Choisissez-en un nouveau ici : ${resetLink}\n\nSi ce n’était pas vous, vous n’avez rien à faire.\n`,
  }),
  resetPassword: ({ name, link }) => ({
    subject: 'Choisissez un nouveau mot de passe Jumelage',
    text: `Bonjour ${name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure. Il ne sert qu’une fois.\n\n${link}\n\nSi vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.\n`,
  }),
  accountValidated: ({ name, link }) => ({
    subject: 'Votre compte Jumelage est validé',
    text: `Bonjour ${name},\n\nLe bureau national de votre pays a validé votre compte. Vous pouvez maintenant chercher des partenaires et lancer des projets :\n\n${link}\n`,
  }),
  accountRejected: ({ name, reason, link }) => ({
    subject: 'Votre compte Jumelage n’a pas été validé',
    text: `Bonjour ${name},\n\nLe bureau national de votre pays n’a pas pu valider votre compte, pour la raison suivante :\n\n${reason}\n\nVous pouvez vous connecter pour corriger votre profil : ${link}\n`,
  }),
  officerInvitation: ({ name, country, link }) => ({
    subject: 'Votre compte Jumelage d’agent du bureau national',
    text: `Bonjour ${name},\n\nUn compte vous a été ouvert sur Jumelage en tant qu’agent du bureau national (${country}). Pour choisir votre mot de passe, ouvrez ce lien dans les 7 jours :\n\n${link}\n`,
  }),
};

export function accountMails(language: Language): Texts {
  return language === 'fr' ? french : english;
}

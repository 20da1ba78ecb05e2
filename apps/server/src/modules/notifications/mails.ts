import type { Language, NotificationKind } from '@jumelage/contracts';
import type { Mail } from '../../platform/mail/outbox.ts';
import type { NotificationDetail } from './tables.ts';

type Values = NotificationDetail & { name: string; link: string; country: string };
type Texts = Record<NotificationKind, (values: Values) => Omit<Mail, 'to'>>;

const english: Texts = {
  invitation: ({ name, actorName, projectTitle, outcome, link }) => ({
    subject: `${actorName} invites you to the project “${projectTitle}”`,
    text: `Hello ${name},\n\n${actorName} invites you to join the project “${projectTitle}” as ${outcome === 'founder' ? 'a co-founder' : 'a member'}.\n\nAccept or decline here: ${link}\n`,
  }),
  invitation_answered: ({ name, actorName, projectTitle, outcome, link }) => ({
    subject: `${actorName} ${outcome === 'accepted' ? 'accepted' : 'declined'} your invitation to “${projectTitle}”`,
    text: `Hello ${name},\n\n${actorName} ${outcome === 'accepted' ? 'accepted' : 'declined'} your invitation to the project “${projectTitle}”.\n\n${link}\n`,
  }),
  country_decision: ({ name, country, projectTitle, outcome, reason, link }) => ({
    subject: `${country}: ${outcome === 'approved' ? 'approved' : outcome === 'rejected' ? 'rejected' : 'changes asked for'} — “${projectTitle}”`,
    text: `Hello ${name},\n\nThe national support service of ${country} ${
      outcome === 'approved' ? 'approved' : outcome === 'rejected' ? 'rejected' : 'asks for changes to'
    } the project “${projectTitle}”.${reason ? `\n\nTheir reason:\n${reason}` : ''}\n\n${link}\n`,
  }),
  project_approved: ({ name, projectTitle, link }) => ({
    subject: `“${projectTitle}” is approved: its TwinSpace is open`,
    text: `Hello ${name},\n\nEvery national support service of the founders approved the project “${projectTitle}”. It is active and its TwinSpace is open.\n\n${link}\n`,
  }),
  member_joined: ({ name, actorName, projectTitle, link }) => ({
    subject: `${actorName} joined “${projectTitle}”`,
    text: `Hello ${name},\n\n${actorName} joined the project “${projectTitle}” with their school.\n\n${link}\n`,
  }),
  project_submitted: ({ name, projectTitle, link }) => ({
    subject: `A project waits for your decision: “${projectTitle}”`,
    text: `Hello ${name},\n\nThe project “${projectTitle}” was submitted by founders of your country and waits for your decision.\n\n${link}\n`,
  }),
  pupil_card_reissued: ({ name, actorName, pupilName, link }) => ({
    subject: `${actorName} issued a new sign-in card to ${pupilName}`,
    text: `Hello ${name},\n\n${actorName} issued a new sign-in card to ${pupilName}, a pupil you look after. The old password and the pupil's open sessions no longer work.\n\nIf you did not expect this, ask ${actorName} or your school about it.\n\n${link}\n`,
  }),
};

const french: Texts = {
  invitation: ({ name, actorName, projectTitle, outcome, link }) => ({
    subject: `${actorName} vous invite au projet « ${projectTitle} »`,
    text: `Bonjour ${name},\n\n${actorName} vous invite à rejoindre le projet « ${projectTitle} » comme ${outcome === 'founder' ? 'cofondateur ou cofondatrice' : 'membre'}.\n\nAcceptez ou refusez ici : ${link}\n`,
  }),
  invitation_answered: ({ name, actorName, projectTitle, outcome, link }) => ({
    subject: `${actorName} a ${outcome === 'accepted' ? 'accepté' : 'refusé'} votre invitation à « ${projectTitle} »`,
    text: `Bonjour ${name},\n\n${actorName} a ${outcome === 'accepted' ? 'accepté' : 'refusé'} votre invitation au projet « ${projectTitle} ».\n\n${link}\n`,
  }),
  country_decision: ({ name, country, projectTitle, outcome, reason, link }) => ({
    subject: `${country} : ${outcome === 'approved' ? 'projet approuvé' : outcome === 'rejected' ? 'projet refusé' : 'modifications demandées'} — « ${projectTitle} »`,
    text: `Bonjour ${name},\n\nLe bureau national (${country}) ${
      outcome === 'approved' ? 'a approuvé' : outcome === 'rejected' ? 'a refusé' : 'demande des modifications pour'
    } le projet « ${projectTitle} ».${reason ? `\n\nSa raison :\n${reason}` : ''}\n\n${link}\n`,
  }),
  project_approved: ({ name, projectTitle, link }) => ({
    subject: `« ${projectTitle} » est approuvé : son TwinSpace est ouvert`,
    text: `Bonjour ${name},\n\nLes bureaux nationaux de tous les fondateurs ont approuvé le projet « ${projectTitle} ». Il est actif et son TwinSpace est ouvert.\n\n${link}\n`,
  }),
  member_joined: ({ name, actorName, projectTitle, link }) => ({
    subject: `${actorName} a rejoint « ${projectTitle} »`,
    text: `Bonjour ${name},\n\n${actorName} a rejoint le projet « ${projectTitle} » avec son établissement.\n\n${link}\n`,
  }),
  project_submitted: ({ name, projectTitle, link }) => ({
    subject: `Un projet attend votre décision : « ${projectTitle} »`,
    text: `Bonjour ${name},\n\nLe projet « ${projectTitle} » a été soumis par des fondateurs de votre pays et attend votre décision.\n\n${link}\n`,
  }),
  pupil_card_reissued: ({ name, actorName, pupilName, link }) => ({
    subject: `${actorName} a remis une nouvelle carte de connexion à ${pupilName}`,
    text: `Bonjour ${name},\n\n${actorName} a remis une nouvelle carte de connexion à ${pupilName}, un élève dont vous vous occupez. L’ancien mot de passe et les sessions ouvertes de l’élève ne fonctionnent plus.\n\nSi vous ne vous y attendiez pas, parlez-en à ${actorName} ou à votre établissement.\n\n${link}\n`,
  }),
};

export function notificationMails(language: Language): Texts {
  return language === 'fr' ? french : english;
}

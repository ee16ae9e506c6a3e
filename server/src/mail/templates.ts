import { uiLocales, type UiLocale } from "@cluster-match/shared";
import { localizedUrl } from "@cluster-match/shared/locale-url";

/** Parameters each e-mail takes; every value is plain text (escaped for the HTML part). */
export interface EmailParams {
  verify_email: { name: string; url: string };
  password_reset: { name: string; url: string };
  invitation: { companyName: string; inviterName: string; url: string };
  company_approved: { companyName: string; url: string };
  company_rejected: { companyName: string; reason: string; url: string };
  company_suspended: { companyName: string; reason: string; url: string };
  company_review_requested: { companyName: string; isNew: string; url: string };
  opportunity_approved: { title: string; url: string };
  opportunity_rejected: { title: string; reason: string; url: string };
  opportunity_expired: { title: string; url: string };
  opportunity_review_requested: { title: string; companyName: string; url: string };
  introduction_received: { fromName: string; about: string; message: string; url: string };
  introduction_to_broker: { fromName: string; toName: string; message: string; url: string };
  introduction_accepted: { otherName: string; url: string };
  introduction_declined: { otherName: string; reason: string; url: string };
  message_received: { fromName: string; excerpt: string; url: string };
  introduction_to_contact_point: { fromName: string; toName: string; about: string; message: string; url: string };
  introduction_firm_contacted: { otherName: string; url: string };
  /** accepted: "yes" or "no". */
  introduction_answered_on_behalf: { otherName: string; accepted: string; reason: string; url: string };
  /** details: quantity and reply-by date as lines of text, "" when none. */
  inquiry_received: { fromName: string; subject: string; details: string; message: string; url: string };
  /** updated: "yes" or "no". */
  inquiry_quoted: { otherName: string; subject: string; updated: string; url: string };
  digest: { searchName: string; count: string; list: string; url: string };
  // Claims of firms and the clusters' contact points (claims/, cluster-contact/).
  claim_code: { companyName: string; claimantName: string; claimantEmail: string; code: string; minutes: string; url: string };
  /** clusterName: the firm's cluster, whose contact point writes ("": the network's administrators). */
  claim_invitation: { companyName: string; inviterName: string; clusterName: string; days: string; url: string };
  claim_to_decide: { companyName: string; claimantName: string; claimantEmail: string; note: string; url: string };
  /** forClaimant: "yes" (the new owner reads it) or "no" (a contact point does). */
  claim_approved: { companyName: string; claimantName: string; forClaimant: string; url: string };
  /** claimedByOther: "yes" when someone else became the owner first. */
  claim_rejected: { companyName: string; reason: string; claimedByOther: string; url: string };
  introduction_released: { otherName: string; url: string };
  requests_released: { companyName: string; count: string; url: string };
  contact_message_received: { fromName: string; fromEmail: string; fromCompany: string; subject: string; body: string; clusterName: string; url: string };
  /** answeredBy: the managers' names, or who answers for the network. */
  contact_confirmation: { clusterName: string; answeredBy: string; subject: string; url: string };
  contact_answer: { clusterName: string; answererName: string; subject: string; answer: string; url: string };
}
export type EmailTemplate = keyof EmailParams;

interface Rendered {
  subject: string;
  /** Paragraphs; the link is added as the last one. */
  lines: string[];
  /** Who signs, instead of the usual footer (an e-mail on behalf of one cluster). */
  signature?: string;
}
type Catalogue = { [T in EmailTemplate]: (p: EmailParams[T]) => Rendered };

const bg: Catalogue = {
  verify_email: (p) => ({ subject: "Потвърдете имейла си в Cluster Match", lines: [`Здравейте, ${p.name}!`, "Потвърдете адреса си, за да влезете в Cluster Match. Връзката е валидна 24 часа."] }),
  password_reset: (p) => ({ subject: "Нова парола за Cluster Match", lines: [`Здравейте, ${p.name}!`, "Поискахте нова парола. Връзката е валидна 1 час и може да се използва веднъж. Ако не сте били вие, пренебрегнете това писмо."] }),
  invitation: (p) => ({ subject: `Покана да се присъедините към ${p.companyName}`, lines: [`${p.inviterName} ви кани да управлявате профила на ${p.companyName} в Cluster Match. Поканата е валидна 7 дни.`] }),
  company_approved: (p) => ({ subject: `Профилът на ${p.companyName} е одобрен`, lines: [`Профилът на ${p.companyName} е публикуван в Cluster Match.`] }),
  company_rejected: (p) => ({ subject: `Промените в профила на ${p.companyName} не са одобрени`, lines: [`Причина: ${p.reason}`, "Можете да ги коригирате и да ги изпратите отново."] }),
  company_suspended: (p) => ({ subject: `Профилът на ${p.companyName} е спрян`, lines: [`Причина: ${p.reason}`] }),
  company_review_requested: (p) => ({ subject: `За преглед: профил на ${p.companyName}`, lines: [p.isNew === "yes" ? `Нова фирма ${p.companyName} изпрати профила си за преглед.` : `${p.companyName} изпрати промени в профила си за преглед.`, p.isNew === "yes" ? "" : "Публикуваната версия остава видима до одобрението."] }),
  opportunity_approved: (p) => ({ subject: `Публикувано: ${p.title}`, lines: [`Възможността „${p.title}“ е одобрена и публикувана.`] }),
  opportunity_rejected: (p) => ({ subject: `Не е одобрено: ${p.title}`, lines: [`Възможността „${p.title}“ не е одобрена.`, `Причина: ${p.reason}`] }),
  opportunity_expired: (p) => ({ subject: `Изтече: ${p.title}`, lines: [`Срокът на „${p.title}“ изтече. Можете да я подновите с нов срок.`] }),
  opportunity_review_requested: (p) => ({ subject: `За преглед: ${p.title}`, lines: [`${p.companyName} изпрати бизнес възможността „${p.title}“ за преглед.`] }),
  introduction_received: (p) => ({ subject: `${p.fromName} иска контакт с вас`, lines: [`${p.fromName} — ${p.about}`, p.message] }),
  introduction_to_broker: (p) => ({ subject: `Заявка за посредничество: ${p.fromName} → ${p.toName}`, lines: [`${p.fromName} иска да се свърже с ${p.toName} чрез вас.`, p.message] }),
  introduction_accepted: (p) => ({ subject: `Приет контакт: ${p.otherName}`, lines: [`${p.otherName} прие запитването. Данните за контакт и разговорът са отворени.`] }),
  introduction_declined: (p) => ({ subject: `Отказан контакт: ${p.otherName}`, lines: [`${p.otherName} отказа запитването.`, p.reason ? `Причина: ${p.reason}` : ""] }),
  message_received: (p) => ({ subject: `Ново съобщение от ${p.fromName}`, lines: [p.excerpt] }),
  introduction_to_contact_point: (p) => ({ subject: `Заявка към фирма без потребители: ${p.fromName} → ${p.toName}`, lines: [`${p.fromName} — ${p.about}.`, `${p.toName} още няма потребители в Cluster Match, затова заявката е при вас като контактна точка на клъстера: можете да се свържете с фирмата, да отговорите от нейно име или да откажете.`, p.message] }),
  introduction_firm_contacted: (p) => ({ subject: `Контактната точка на клъстера се свърза с ${p.otherName}`, lines: [`Контактната точка на клъстера покани ${p.otherName} да се присъедини към Cluster Match и да отговори на заявката ви. Ще ви уведомим, когато има отговор.`] }),
  introduction_answered_on_behalf: (p) =>
    p.accepted === "yes"
      ? { subject: `Приет контакт: ${p.otherName}`, lines: [`Контактната точка на клъстера прие заявката ви от името на ${p.otherName}. Данните за контакт и разговорът са отворени; контактната точка ще ви отговори там.`] }
      : { subject: `Отказан контакт: ${p.otherName}`, lines: [`Контактната точка на клъстера отказа заявката ви от името на ${p.otherName}.`, p.reason ? `Причина: ${p.reason}` : ""] },
  inquiry_received: (p) => ({ subject: `Запитване за оферта от ${p.fromName}: ${p.subject}`, lines: [`${p.fromName} ви изпраща запитване за оферта „${p.subject}“.`, p.details, p.message, "Можете да приемете запитването, за да отговорите и да изпратите оферта, или да го откажете."] }),
  inquiry_quoted: (p) => ({ subject: `${p.updated === "yes" ? "Обновена оферта" : "Нова оферта"} от ${p.otherName}: ${p.subject}`, lines: [`${p.otherName} ${p.updated === "yes" ? "обнови офертата си" : "изпрати оферта"} по запитването ви „${p.subject}“. Сравнете офертите в Cluster Match.`] }),
  digest: (p) => ({ subject: `${p.count} нови резултата за „${p.searchName}“`, lines: [`Нови резултати за запазеното търсене „${p.searchName}“:`, p.list] }),
  claim_code: (p) => ({ subject: `Код за потвърждение на ${p.companyName} в Cluster Match`, lines: [`${p.claimantName} (${p.claimantEmail}) иска да управлява профила на ${p.companyName} в Cluster Match — мрежата за партньорства на Клъстер зелени технологии и машиностроене. Този адрес е регистрираният имейл на фирмата, затова кодът идва тук.`, `Ако човекът работи във фирмата ви, дайте му този код: ${p.code}`, `Кодът е валиден ${p.minutes} минути. Ако не познавате този човек, просто пренебрегнете писмото: без кода нищо не се променя.`] }),
  claim_invitation: (p) => ({ subject: `${p.companyName}: поемете безплатния си профил в Cluster Match`, lines: [`${p.inviterName} ${p.clusterName ? `от контактната точка на ${p.clusterName}` : "от администраторите на мрежата Cluster Match"} ви пише, защото ${p.companyName} има профил в Cluster Match, но още никой не го управлява, а за фирмата има запитвания.`, `Отворете връзката, влезте или създайте профил и фирмата става ваша: ще виждате и отговаряте на запитванията и ще поддържате профила. Връзката е валидна ${p.days} дни и може да се използва веднъж. Ако не желаете, пренебрегнете писмото.`], signature: p.clusterName ? `Cluster Match — ${p.clusterName}` : "Cluster Match" }),
  claim_to_decide: (p) => ({ subject: `Заявка за поемане на фирма: ${p.companyName}`, lines: [`${p.claimantName} (${p.claimantEmail}) иска да стане собственик на профила на ${p.companyName}, който още няма потребители.`, p.note ? `Бележка: ${p.note}` : "", "Проверете заявката и я одобрете или откажете."] }),
  claim_approved: (p) => (p.forClaimant === "yes" ? { subject: `Вече управлявате ${p.companyName}`, lines: [`Вие сте собственик на профила на ${p.companyName} в Cluster Match. Запитванията до фирмата вече идват при вас.`] } : { subject: `${p.companyName} вече има собственик`, lines: [`${p.claimantName} пое профила на ${p.companyName} и вече е негов собственик.`] }),
  claim_rejected: (p) => ({ subject: `Заявката ви за ${p.companyName} не е одобрена`, lines: [p.claimedByOther === "yes" ? `Друг човек от ${p.companyName} вече пое профила. Помолете го да ви покани в екипа.` : `Заявката ви да управлявате профила на ${p.companyName} не е одобрена.`, p.reason ? `Причина: ${p.reason}` : ""] }),
  introduction_released: (p) => ({ subject: `${p.otherName} се присъедини към Cluster Match`, lines: [`${p.otherName} се присъедини към платформата. Заявката ви вече е при нейния екип и ще получите отговора им тук.`] }),
  requests_released: (p) => ({ subject: `Запитвания до ${p.companyName} чакат отговор`, lines: [`Докато ${p.companyName} нямаше потребители, контактната точка на клъстера пазеше запитванията до нея. Вече са във входящата ви кутия (${p.count}).`] }),
  contact_message_received: (p) => ({ subject: `Съобщение до ${p.clusterName}: ${p.subject}`, lines: [`${p.fromName} (${p.fromEmail}${p.fromCompany ? `, ${p.fromCompany}` : ""}) пише чрез формата за контакт:`, p.body, "Отговорът ви се изпраща по имейл от Cluster Match; адресът ви не се показва."] }),
  contact_confirmation: (p) => ({ subject: `Получихме съобщението ви: ${p.subject}`, lines: [`Съобщението ви до ${p.clusterName} е получено. Ще получите отговор от ${p.answeredBy} на този адрес.`] }),
  contact_answer: (p) => ({ subject: `Отговор: ${p.subject}`, lines: [`${p.answererName} от ${p.clusterName} отговаря на съобщението ви:`, p.answer] }),
};

const en: Catalogue = {
  verify_email: (p) => ({ subject: "Confirm your e-mail for Cluster Match", lines: [`Hello ${p.name},`, "Confirm your address to sign in to Cluster Match. The link is valid for 24 hours."] }),
  password_reset: (p) => ({ subject: "A new password for Cluster Match", lines: [`Hello ${p.name},`, "You asked for a new password. The link is valid for 1 hour and works once. If this was not you, ignore this message."] }),
  invitation: (p) => ({ subject: `Invitation to join ${p.companyName}`, lines: [`${p.inviterName} invites you to manage the profile of ${p.companyName} on Cluster Match. The invitation is valid for 7 days.`] }),
  company_approved: (p) => ({ subject: `${p.companyName}: profile approved`, lines: [`The profile of ${p.companyName} is published on Cluster Match.`] }),
  company_rejected: (p) => ({ subject: `${p.companyName}: changes not approved`, lines: [`Reason: ${p.reason}`, "You can correct them and submit again."] }),
  company_suspended: (p) => ({ subject: `${p.companyName}: profile suspended`, lines: [`Reason: ${p.reason}`] }),
  company_review_requested: (p) => ({ subject: `To review: profile of ${p.companyName}`, lines: [p.isNew === "yes" ? `The new company ${p.companyName} submitted its profile for review.` : `${p.companyName} submitted changes to its profile for review.`, p.isNew === "yes" ? "" : "The published version stays visible until approval."] }),
  opportunity_approved: (p) => ({ subject: `Published: ${p.title}`, lines: [`“${p.title}” was approved and is published.`] }),
  opportunity_rejected: (p) => ({ subject: `Not approved: ${p.title}`, lines: [`“${p.title}” was not approved.`, `Reason: ${p.reason}`] }),
  opportunity_expired: (p) => ({ subject: `Expired: ${p.title}`, lines: [`The deadline of “${p.title}” has passed. You can renew it with a new deadline.`] }),
  opportunity_review_requested: (p) => ({ subject: `To review: ${p.title}`, lines: [`${p.companyName} submitted the opportunity “${p.title}” for review.`] }),
  introduction_received: (p) => ({ subject: `${p.fromName} would like to get in touch`, lines: [`${p.fromName} — ${p.about}`, p.message] }),
  introduction_to_broker: (p) => ({ subject: `Introduction to broker: ${p.fromName} → ${p.toName}`, lines: [`${p.fromName} asks you to introduce them to ${p.toName}.`, p.message] }),
  introduction_accepted: (p) => ({ subject: `Introduction accepted: ${p.otherName}`, lines: [`${p.otherName} accepted. Contact details and the conversation are open.`] }),
  introduction_declined: (p) => ({ subject: `Introduction declined: ${p.otherName}`, lines: [`${p.otherName} declined.`, p.reason ? `Reason: ${p.reason}` : ""] }),
  message_received: (p) => ({ subject: `New message from ${p.fromName}`, lines: [p.excerpt] }),
  introduction_to_contact_point: (p) => ({ subject: `Request for a firm without users: ${p.fromName} → ${p.toName}`, lines: [`${p.fromName} — ${p.about}.`, `${p.toName} has no users on Cluster Match yet, so the request is with you as the cluster's contact point: you can reach the firm, answer on its behalf or decline.`, p.message] }),
  introduction_firm_contacted: (p) => ({ subject: `The cluster's contact point has contacted ${p.otherName}`, lines: [`The cluster's contact point invited ${p.otherName} to join Cluster Match and answer your request. You will be told when there is an answer.`] }),
  introduction_answered_on_behalf: (p) =>
    p.accepted === "yes"
      ? { subject: `Introduction accepted: ${p.otherName}`, lines: [`The cluster's contact point accepted your request on behalf of ${p.otherName}. Contact details and the conversation are open; the contact point will answer you there.`] }
      : { subject: `Introduction declined: ${p.otherName}`, lines: [`The cluster's contact point declined your request on behalf of ${p.otherName}.`, p.reason ? `Reason: ${p.reason}` : ""] },
  inquiry_received: (p) => ({ subject: `Request for quotation from ${p.fromName}: ${p.subject}`, lines: [`${p.fromName} sends you a request for quotation: “${p.subject}”.`, p.details, p.message, "Accept the request to answer and submit a quote, or decline it."] }),
  inquiry_quoted: (p) => ({ subject: `${p.updated === "yes" ? "Updated quote" : "New quote"} from ${p.otherName}: ${p.subject}`, lines: [`${p.otherName} ${p.updated === "yes" ? "updated its quote" : "sent a quote"} for your request “${p.subject}”. Compare the quotes in Cluster Match.`] }),
  digest: (p) => ({ subject: `${p.count} new results for “${p.searchName}”`, lines: [`New results for your saved search “${p.searchName}”:`, p.list] }),
  claim_code: (p) => ({ subject: `Confirmation code for ${p.companyName} on Cluster Match`, lines: [`${p.claimantName} (${p.claimantEmail}) asks to manage the profile of ${p.companyName} on Cluster Match, the partnering network of the Green Technologies and Machine Building Cluster. This is the firm's registered address, so the code comes here.`, `If this person works at your firm, give them this code: ${p.code}`, `The code is valid for ${p.minutes} minutes. If you do not know this person, simply ignore this message: nothing changes without the code.`] }),
  claim_invitation: (p) => ({ subject: `${p.companyName}: take over your free profile on Cluster Match`, lines: [`${p.inviterName} ${p.clusterName ? `of the contact point of ${p.clusterName}` : "of the Cluster Match network's administrators"} writes to you because ${p.companyName} has a profile on Cluster Match that nobody manages yet, and there are requests for your firm.`, `Open the link, sign in or create an account, and the firm is yours: you see and answer its requests and keep its profile up to date. The link is valid for ${p.days} days and works once. If you are not interested, ignore this message.`], signature: p.clusterName ? `Cluster Match — ${p.clusterName}` : "Cluster Match" }),
  claim_to_decide: (p) => ({ subject: `Claim to decide: ${p.companyName}`, lines: [`${p.claimantName} (${p.claimantEmail}) asks to become the owner of ${p.companyName}, which has no users yet.`, p.note ? `Note: ${p.note}` : "", "Check the claim and approve or reject it."] }),
  claim_approved: (p) => (p.forClaimant === "yes" ? { subject: `You now manage ${p.companyName}`, lines: [`You are the owner of the profile of ${p.companyName} on Cluster Match. Requests to the firm now come to you.`] } : { subject: `${p.companyName} has an owner now`, lines: [`${p.claimantName} took over the profile of ${p.companyName} and is now its owner.`] }),
  claim_rejected: (p) => ({ subject: `Your claim of ${p.companyName} was not approved`, lines: [p.claimedByOther === "yes" ? `Someone else from ${p.companyName} has taken over the profile. Ask them to invite you to the team.` : `Your request to manage the profile of ${p.companyName} was not approved.`, p.reason ? `Reason: ${p.reason}` : ""] }),
  introduction_released: (p) => ({ subject: `${p.otherName} has joined Cluster Match`, lines: [`${p.otherName} has joined the platform. Your request is now with its team, and you will get their answer here.`] }),
  requests_released: (p) => ({ subject: `Requests to ${p.companyName} are waiting for you`, lines: [`While ${p.companyName} had no users, the cluster's contact point kept the requests to it. They are now in your inbox (${p.count}).`] }),
  contact_message_received: (p) => ({ subject: `Message to ${p.clusterName}: ${p.subject}`, lines: [`${p.fromName} (${p.fromEmail}${p.fromCompany ? `, ${p.fromCompany}` : ""}) writes through the contact form:`, p.body, "Your answer is sent by e-mail from Cluster Match; your address is not shown."] }),
  contact_confirmation: (p) => ({ subject: `We received your message: ${p.subject}`, lines: [`Your message to ${p.clusterName} has arrived. ${p.answeredBy} will answer you at this address.`] }),
  contact_answer: (p) => ({ subject: `Re: ${p.subject}`, lines: [`${p.answererName} of ${p.clusterName} answers your message:`, p.answer] }),
};

const de: Catalogue = {
  verify_email: (p) => ({ subject: "Bestätigen Sie Ihre E-Mail-Adresse für Cluster Match", lines: [`Hallo ${p.name},`, "bitte bestätigen Sie Ihre Adresse, um sich bei Cluster Match anzumelden. Der Link ist 24 Stunden gültig."] }),
  password_reset: (p) => ({ subject: "Neues Passwort für Cluster Match", lines: [`Hallo ${p.name},`, "Sie haben ein neues Passwort angefordert. Der Link ist 1 Stunde gültig und funktioniert einmal. Falls Sie das nicht waren, ignorieren Sie diese Nachricht."] }),
  invitation: (p) => ({ subject: `Einladung zu ${p.companyName}`, lines: [`${p.inviterName} lädt Sie ein, das Profil von ${p.companyName} auf Cluster Match zu verwalten. Die Einladung ist 7 Tage gültig.`] }),
  company_approved: (p) => ({ subject: `${p.companyName}: Profil freigegeben`, lines: [`Das Profil von ${p.companyName} ist auf Cluster Match veröffentlicht.`] }),
  company_rejected: (p) => ({ subject: `${p.companyName}: Änderungen nicht freigegeben`, lines: [`Grund: ${p.reason}`, "Sie können sie korrigieren und erneut einreichen."] }),
  company_suspended: (p) => ({ subject: `${p.companyName}: Profil gesperrt`, lines: [`Grund: ${p.reason}`] }),
  company_review_requested: (p) => ({ subject: `Zur Prüfung: Profil von ${p.companyName}`, lines: [p.isNew === "yes" ? `Das neue Unternehmen ${p.companyName} hat sein Profil zur Prüfung eingereicht.` : `${p.companyName} hat Änderungen am Profil zur Prüfung eingereicht.`, p.isNew === "yes" ? "" : "Die veröffentlichte Fassung bleibt bis zur Freigabe sichtbar."] }),
  opportunity_approved: (p) => ({ subject: `Veröffentlicht: ${p.title}`, lines: [`„${p.title}“ wurde freigegeben und ist veröffentlicht.`] }),
  opportunity_rejected: (p) => ({ subject: `Nicht freigegeben: ${p.title}`, lines: [`„${p.title}“ wurde nicht freigegeben.`, `Grund: ${p.reason}`] }),
  opportunity_expired: (p) => ({ subject: `Abgelaufen: ${p.title}`, lines: [`Die Frist von „${p.title}“ ist abgelaufen. Sie können sie mit einer neuen Frist verlängern.`] }),
  opportunity_review_requested: (p) => ({ subject: `Zur Prüfung: ${p.title}`, lines: [`${p.companyName} hat den Eintrag „${p.title}“ zur Prüfung eingereicht.`] }),
  introduction_received: (p) => ({ subject: `${p.fromName} möchte Kontakt aufnehmen`, lines: [`${p.fromName} — ${p.about}`, p.message] }),
  introduction_to_broker: (p) => ({ subject: `Vermittlungsanfrage: ${p.fromName} → ${p.toName}`, lines: [`${p.fromName} bittet Sie um eine Vorstellung bei ${p.toName}.`, p.message] }),
  introduction_accepted: (p) => ({ subject: `Kontakt angenommen: ${p.otherName}`, lines: [`${p.otherName} hat angenommen. Kontaktdaten und Unterhaltung sind freigegeben.`] }),
  introduction_declined: (p) => ({ subject: `Kontakt abgelehnt: ${p.otherName}`, lines: [`${p.otherName} hat abgelehnt.`, p.reason ? `Grund: ${p.reason}` : ""] }),
  message_received: (p) => ({ subject: `Neue Nachricht von ${p.fromName}`, lines: [p.excerpt] }),
  introduction_to_contact_point: (p) => ({ subject: `Anfrage an ein Unternehmen ohne Nutzer: ${p.fromName} → ${p.toName}`, lines: [`${p.fromName} — ${p.about}.`, `${p.toName} hat noch keine Nutzer bei Cluster Match, deshalb liegt die Anfrage bei Ihnen als Kontaktstelle des Clusters: Sie können das Unternehmen erreichen, in seinem Namen antworten oder ablehnen.`, p.message] }),
  introduction_firm_contacted: (p) => ({ subject: `Die Kontaktstelle des Clusters hat ${p.otherName} kontaktiert`, lines: [`Die Kontaktstelle des Clusters hat ${p.otherName} eingeladen, Cluster Match beizutreten und auf Ihre Anfrage zu antworten. Sie werden benachrichtigt, sobald eine Antwort vorliegt.`] }),
  introduction_answered_on_behalf: (p) =>
    p.accepted === "yes"
      ? { subject: `Kontakt angenommen: ${p.otherName}`, lines: [`Die Kontaktstelle des Clusters hat Ihre Anfrage im Namen von ${p.otherName} angenommen. Kontaktdaten und Unterhaltung sind freigegeben; die Kontaktstelle antwortet Ihnen dort.`] }
      : { subject: `Kontakt abgelehnt: ${p.otherName}`, lines: [`Die Kontaktstelle des Clusters hat Ihre Anfrage im Namen von ${p.otherName} abgelehnt.`, p.reason ? `Grund: ${p.reason}` : ""] },
  inquiry_received: (p) => ({ subject: `Angebotsanfrage von ${p.fromName}: ${p.subject}`, lines: [`${p.fromName} sendet Ihnen eine Angebotsanfrage: „${p.subject}“.`, p.details, p.message, "Nehmen Sie die Anfrage an, um zu antworten und ein Angebot abzugeben, oder lehnen Sie sie ab."] }),
  inquiry_quoted: (p) => ({ subject: `${p.updated === "yes" ? "Aktualisiertes Angebot" : "Neues Angebot"} von ${p.otherName}: ${p.subject}`, lines: [`${p.otherName} hat ${p.updated === "yes" ? "sein Angebot aktualisiert" : "ein Angebot abgegeben"} zu Ihrer Anfrage „${p.subject}“. Vergleichen Sie die Angebote in Cluster Match.`] }),
  digest: (p) => ({ subject: `${p.count} neue Ergebnisse für „${p.searchName}“`, lines: [`Neue Ergebnisse für Ihre gespeicherte Suche „${p.searchName}“:`, p.list] }),
  claim_code: (p) => ({ subject: `Bestätigungscode für ${p.companyName} bei Cluster Match`, lines: [`${p.claimantName} (${p.claimantEmail}) möchte das Profil von ${p.companyName} bei Cluster Match verwalten, dem Partnernetzwerk des Clusters für grüne Technologien und Maschinenbau. Dies ist die hinterlegte Adresse des Unternehmens, deshalb kommt der Code hierher.`, `Wenn diese Person in Ihrem Unternehmen arbeitet, geben Sie ihr diesen Code: ${p.code}`, `Der Code ist ${p.minutes} Minuten gültig. Wenn Sie die Person nicht kennen, ignorieren Sie diese Nachricht einfach: Ohne den Code ändert sich nichts.`] }),
  claim_invitation: (p) => ({ subject: `${p.companyName}: Übernehmen Sie Ihr kostenloses Profil bei Cluster Match`, lines: [`${p.inviterName} ${p.clusterName ? `von der Kontaktstelle von ${p.clusterName}` : "von den Administratoren des Netzwerks Cluster Match"} schreibt Ihnen, weil ${p.companyName} ein Profil bei Cluster Match hat, das noch niemand verwaltet, und Anfragen an Ihr Unternehmen vorliegen.`, `Öffnen Sie den Link, melden Sie sich an oder legen Sie ein Konto an, und das Unternehmen gehört Ihnen: Sie sehen und beantworten seine Anfragen und halten das Profil aktuell. Der Link ist ${p.days} Tage gültig und funktioniert einmal. Wenn Sie kein Interesse haben, ignorieren Sie diese Nachricht.`], signature: p.clusterName ? `Cluster Match — ${p.clusterName}` : "Cluster Match" }),
  claim_to_decide: (p) => ({ subject: `Übernahme zu entscheiden: ${p.companyName}`, lines: [`${p.claimantName} (${p.claimantEmail}) möchte Inhaber des Profils von ${p.companyName} werden, das noch keine Nutzer hat.`, p.note ? `Notiz: ${p.note}` : "", "Prüfen Sie die Anfrage und geben Sie sie frei oder lehnen Sie sie ab."] }),
  claim_approved: (p) => (p.forClaimant === "yes" ? { subject: `Sie verwalten jetzt ${p.companyName}`, lines: [`Sie sind Inhaber des Profils von ${p.companyName} bei Cluster Match. Anfragen an das Unternehmen kommen jetzt zu Ihnen.`] } : { subject: `${p.companyName} hat jetzt einen Inhaber`, lines: [`${p.claimantName} hat das Profil von ${p.companyName} übernommen und ist jetzt sein Inhaber.`] }),
  claim_rejected: (p) => ({ subject: `Ihre Übernahme von ${p.companyName} wurde nicht freigegeben`, lines: [p.claimedByOther === "yes" ? `Jemand anderes aus ${p.companyName} hat das Profil bereits übernommen. Bitten Sie diese Person, Sie ins Team einzuladen.` : `Ihre Anfrage, das Profil von ${p.companyName} zu verwalten, wurde nicht freigegeben.`, p.reason ? `Grund: ${p.reason}` : ""] }),
  introduction_released: (p) => ({ subject: `${p.otherName} ist jetzt bei Cluster Match`, lines: [`${p.otherName} ist der Plattform beigetreten. Ihre Anfrage liegt jetzt bei seinem Team, und Sie erhalten die Antwort hier.`] }),
  requests_released: (p) => ({ subject: `Anfragen an ${p.companyName} warten auf Sie`, lines: [`Solange ${p.companyName} keine Nutzer hatte, hat die Kontaktstelle des Clusters die Anfragen aufbewahrt. Sie liegen jetzt in Ihrem Posteingang (${p.count}).`] }),
  contact_message_received: (p) => ({ subject: `Nachricht an ${p.clusterName}: ${p.subject}`, lines: [`${p.fromName} (${p.fromEmail}${p.fromCompany ? `, ${p.fromCompany}` : ""}) schreibt über das Kontaktformular:`, p.body, "Ihre Antwort wird per E-Mail von Cluster Match verschickt; Ihre Adresse wird nicht angezeigt."] }),
  contact_confirmation: (p) => ({ subject: `Wir haben Ihre Nachricht erhalten: ${p.subject}`, lines: [`Ihre Nachricht an ${p.clusterName} ist angekommen. Sie erhalten die Antwort von ${p.answeredBy} an diese Adresse.`] }),
  contact_answer: (p) => ({ subject: `AW: ${p.subject}`, lines: [`${p.answererName} von ${p.clusterName} antwortet auf Ihre Nachricht:`, p.answer] }),
};

const catalogues = { bg, en, de } satisfies Record<UiLocale, Catalogue>;
const linkLabel = { bg: "Отворете Cluster Match", en: "Open Cluster Match", de: "Cluster Match öffnen" } satisfies Record<UiLocale, string>;
const footer = {
  bg: "Cluster Match — Клъстер зелени технологии и машиностроене. Известията се настройват в профила ви.",
  en: "Cluster Match — Green Technologies and Machine Building Cluster. Notification settings are in your account.",
  de: "Cluster Match — Cluster für grüne Technologien und Maschinenbau. Benachrichtigungen stellen Sie in Ihrem Konto ein.",
} satisfies Record<UiLocale, string>;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/**
 * A stored locale as one of the UI languages; anything else (a value from before a language was
 * dropped) gets Bulgarian, the default. Every UI language has its own catalogue above, so a
 * language added to `uiLocales` fails the type check here until its texts exist.
 */
export function asUiLocale(locale: string): UiLocale {
  return (uiLocales as readonly string[]).includes(locale) ? (locale as UiLocale) : "bg";
}

/** Renders an e-mail in the recipient's language: subject, plain text and a simple HTML part. */
export function renderEmail<T extends EmailTemplate>(template: T, locale: string, params: EmailParams[T]): { subject: string; text: string; html: string } {
  const lang = asUiLocale(locale);
  const { subject, lines, signature } = (catalogues[lang][template] as (p: EmailParams[T]) => Rendered)(params);
  const signedBy = signature ?? footer[lang];
  const paragraphs = lines.filter((l) => l.trim() !== "");
  // Every link opens the page in the recipient's language (/bg/…, /en/…, /de/…; shared/locale-url.ts).
  const given = (params as { url?: string }).url;
  const url = given ? localizedUrl(given, lang) : given;
  const text = [...paragraphs, ...(url ? [url] : []), "--", signedBy].join("\n\n");
  const html = [
    `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif;line-height:1.5">`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`),
    url ? `<p><a href="${escapeHtml(url)}">${linkLabel[lang]}</a></p>` : "",
    `<hr><p style="color:#666;font-size:12px">${escapeHtml(signedBy)}</p></body></html>`,
  ].join("");
  return { subject, text, html };
}

/**
 * Email alerts: the Mailer port and SES adapter, subscriptions, the alert step and the daily digest.
 * `local-ses.ts` is deliberately not re-exported: it pulls in aws-ses-v2-local (express), which must stay
 * out of the Lambda bundles.
 */
export {
  type AlertDeps,
  type AlertSummary,
  sendAgreementAlerts,
  sendAlerts,
  sendDailyDigest,
  sendOperatorAlert,
  sendWeeklyDigest,
} from './alert-step.ts';
export { matchesFilters } from './filters.ts';
export { type Mailer, type MailMessage, MailSendError } from './mailer.ts';
export { agreementKey } from './matching.ts';
export { createSesMailer, type SesMailerOptions } from './ses-mailer.ts';
export { confirm, SubscribeBody, type SubscriptionDeps, subscribe, unsubscribe } from './subscriptions.ts';
export { agreementAlertMail, alertSubject, confirmationMail, digestMail, operatorMail } from './templates.ts';
export { unsubscribeToken } from './tokens.ts';

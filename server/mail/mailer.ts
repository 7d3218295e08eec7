import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailConfig } from '../config';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post on notification e-mails. */
  headers?: Record<string, string>;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** Messages sent through the capture transport (development and tests); empty with SMTP. */
  readonly captured: readonly MailMessage[];
}

/**
 * SMTP in production; in development and tests a capture transport that keeps messages in memory
 * and, when a log file is given, appends them there so a developer can open the links.
 */
export function createMailer(config: MailConfig, logFile?: string): Mailer {
  const captured: MailMessage[] = [];
  const transport: Transporter =
    config.transport === 'smtp'
      ? nodemailer.createTransport(config.url)
      : nodemailer.createTransport({ jsonTransport: true });
  return {
    captured,
    async send(message) {
      await transport.sendMail({ from: config.from, ...message });
      if (config.transport === 'capture') {
        captured.push(message);
        if (logFile) {
          mkdirSync(dirname(logFile), { recursive: true });
          appendFileSync(
            logFile,
            `--- ${new Date().toISOString()} to ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n\n`,
          );
        }
      }
    },
  };
}

/**
 * A real SMTP server (smtp-server) on loopback: it requires AUTH, keeps each message with its
 * envelope, and can refuse the log-in, answer the next MAIL FROM with a temporary 451, or read a
 * whole message and then drop the connection before answering (the message is kept: it
 * "landed", the client never heard).
 */
import type { Socket } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

export class SmtpFake {
  readonly messages: ReceivedMail[] = [];
  user = 'loa';
  password = 'mail-secret';
  connections = 0;
  private throttle = false;
  private dropAfterData = false;
  private readonly sockets = new Set<Socket>();
  private server: SMTPServer | undefined;
  port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: false,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth: (auth, _session, cb) =>
        auth.username === this.user && auth.password === this.password
          ? cb(null, { user: auth.username })
          : cb(Object.assign(new Error('Invalid username or password'), { responseCode: 535 })),
      onMailFrom: (_address, _session, cb) => {
        if (this.throttle) {
          this.throttle = false;
          return cb(Object.assign(new Error('Too many messages, try again later'), { responseCode: 451 }));
        }
        cb();
      },
      onData: (stream, session: SMTPServerSession, cb) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          this.messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          if (this.dropAfterData) {
            this.dropAfterData = false;
            for (const s of this.sockets) s.destroy();
            return;
          }
          cb();
        });
      },
    });
    const net = (this.server as unknown as { server: import('node:net').Server }).server;
    net.on('connection', (s: Socket) => {
      this.connections += 1;
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (net.address() as import('node:net').AddressInfo).port;
  }

  throttleNext(): void {
    this.throttle = true;
  }

  dropNextAfterData(): void {
    this.dropAfterData = true;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

/**
 * The screen between Loa and the URLs its users give it (outgoing webhooks, channel accounts'
 * URLs): a URL whose host resolves to anything but a global unicast address (loopback, private
 * and unique-local, link-local, carrier-grade NAT, multicast, broadcast, unspecified, reserved;
 * IPv4 and IPv6, an IPv4-mapped IPv6 address judged as the IPv4 it carries) is refused with
 * OUTBOUND_URL_PRIVATE, unless the operator allowed it in OUTBOUND_ALLOW_HOSTS (a host[:port] or
 * a CIDR). Ranges come from ipaddr.js. The check runs when the URL is registered and again
 * when Loa connects: `post` and the adapters' fetch (`dispatcher`, an undici Agent) resolve the
 * name for the connection itself and refuse an address the screen does not allow (an IP literal
 * is judged before connecting), so a name that changed its DNS answer since (rebinding) is
 * caught at the socket, not by a look-up made a moment before.
 */
import { Inject, Injectable, Optional } from '@nestjs/common';
import ipaddr from 'ipaddr.js';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, buildConnector } from 'undici';
import type { AppConfig, OutboundAllow } from '../../../config/env.schema.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { APP_CONFIG } from '../common/app-config.token.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

function parsed(ip: string): Address {
  const a = ipaddr.parse(ip);
  return a.kind() === 'ipv6' && (a as ipaddr.IPv6).isIPv4MappedAddress() ? (a as ipaddr.IPv6).toIPv4Address() : a;
}

/** Only global unicast addresses are public; every special range ipaddr.js names is not. */
export function isPublicAddress(ip: string): boolean {
  return parsed(ip).range() === 'unicast';
}

/** How the screen resolves a name: every address, as `dns.lookup(host, { all: true })` answers. */
export type ResolveAll = (hostname: string, callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;
export const OUTBOUND_RESOLVER = Symbol('OUTBOUND_RESOLVER');
const systemResolve: ResolveAll = (hostname, callback) => dnsLookup(hostname, { all: true }, callback);

const defaultPort = (url: URL) => (url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80);
const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '').toLowerCase();

export interface ScreenedAnswer {
  status: number;
  headers: IncomingHttpHeaders;
}

@Injectable()
export class OutboundScreen {
  private readonly allow: OutboundAllow;
  private readonly cidrs: [Address, number][];
  /** Addresses already found on the operator's list (the list is fixed at start): a worker sends to the same few, thousands of times. */
  private readonly listed = new Set<string>();

  private readonly resolve: ResolveAll;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'outboundAllow'>, @Optional() @Inject(OUTBOUND_RESOLVER) resolve?: ResolveAll) {
    this.resolve = resolve ?? systemResolve;
    this.allow = config.outboundAllow;
    this.cidrs = this.allow.cidrs.map((c) => ipaddr.parseCIDR(c));
  }

  /** The operator listed this host (and port, if the entry names one): no address check. */
  private hostAllowed(url: URL): boolean {
    return this.hostPortAllowed(hostOf(url), defaultPort(url));
  }

  private hostPortAllowed(host: string, port: number): boolean {
    return this.allow.hosts.some((h) => h.host === host && (h.port === undefined || h.port === port));
  }

  addressAllowed(ip: string): boolean {
    const a = parsed(ip);
    if (a.range() === 'unicast') return true;
    return this.cidrs.some(([range, bits]) => range.kind() === a.kind() && a.match(range, bits));
  }

  private refusal(url: URL | string, address: string, field: string): DomainError {
    const host = typeof url === 'string' ? url : url.host;
    return new DomainError(
      'OUTBOUND_URL_PRIVATE',
      `Địa chỉ ${host} trỏ tới ${address}, một địa chỉ nội bộ hoặc đặc biệt (loopback, mạng riêng, link-local, multicast hoặc không xác định); Loa không gửi tới đó. Nếu đây là máy nhận trong mạng của cơ quan, quản trị hệ thống cần cho phép nó trong OUTBOUND_ALLOW_HOSTS.`,
      { field, host, address },
    );
  }

  /** At registration: every address the host resolves to must be allowed. */
  async check(raw: string | URL, field = 'url'): Promise<void> {
    if (typeof raw === 'string' && this.listed.has(raw)) return;
    const url = typeof raw === 'string' ? new URL(raw) : raw;
    if (this.hostAllowed(url)) {
      if (typeof raw === 'string') {
        if (this.listed.size >= 1000) this.listed.clear();
        this.listed.add(raw);
      }
      return;
    }
    const host = hostOf(url);
    let addresses: string[];
    if (isIP(host)) addresses = [host];
    else {
      try {
        addresses = (
          await new Promise<LookupAddress[]>((resolve, reject) => this.resolve(host, (e, a) => (e ? reject(e) : resolve(a))))
        ).map((a) => a.address);
      } catch (e) {
        throw new DomainError(
          'OUTBOUND_URL_UNRESOLVED',
          `Không tra được địa chỉ IP của ${host} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`,
          { field, host },
        );
      }
    }
    const bad = addresses.find((a) => !this.addressAllowed(a));
    if (bad) throw this.refusal(url, bad, field);
  }

  /** A DNS look-up for one connection that refuses an address the screen does not allow (any address when `judge` is false: a listed host). */
  private lookupFor(url: URL | string, field: string, judge = true): LookupFunction {
    return ((
      hostname: string,
      options: { all?: boolean },
      callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void,
    ) => {
      this.resolve(hostname, (err, addresses) => {
        if (err) return callback(err, '', 0);
        if (addresses.length === 0) return callback(Object.assign(new Error(`không tra được ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
        const bad = judge ? addresses.find((a) => !this.addressAllowed(a.address)) : undefined;
        if (bad) return callback(this.refusal(url, bad.address, field), '', 0);
        if (options.all) return callback(null, addresses);
        return callback(null, addresses[0]!.address, addresses[0]!.family);
      });
    }) as LookupFunction;
  }

  /**
   * POSTs `body` to `raw` through the screen (no redirects followed): an IP literal is checked
   * first, a name as it is resolved for this connection. Rejects with OUTBOUND_URL_PRIVATE when
   * the address is not allowed, with the network error otherwise.
   */
  async post(raw: string, headers: Record<string, string>, body: string, timeoutMs: number, field = 'url'): Promise<ScreenedAnswer> {
    const url = new URL(raw);
    const allowed = this.hostAllowed(url);
    if (!allowed && isIP(hostOf(url))) await this.check(url, field);
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<ScreenedAnswer>((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          timeout: timeoutMs,
          ...(allowed ? {} : { lookup: this.lookupFor(url, field) }),
        },
        (res) => {
          res.resume();
          res.once('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
          res.once('error', reject);
        },
      );
      req.once('timeout', () => req.destroy(new Error(`không trả lời sau ${timeoutMs} ms`)));
      req.once('error', reject);
      req.end(body);
    });
  }

  /**
   * The connection pool every adapter's fetch goes through: each new connection is screened as
   * `post` screens its one (an allowed host:port connects as it is; an IP literal is judged
   * before connecting; a name is resolved once, for this connection, and refused when any of its
   * addresses is not allowed). A refusal fails the fetch with the OUTBOUND_URL_PRIVATE error as
   * its `cause`.
   */
  dispatcher(): Agent {
    const direct = buildConnector({ lookup: this.lookupFor('', 'url', false) } as buildConnector.BuildOptions);
    const connectors = new Map<string, buildConnector.connector>();
    const screened = (host: string) => {
      let c = connectors.get(host);
      if (!c) {
        if (connectors.size >= 1000) connectors.clear();
        c = buildConnector({ lookup: this.lookupFor(host, 'url') } as buildConnector.BuildOptions);
        connectors.set(host, c);
      }
      return c;
    };
    return new Agent({
      connect: (opts, callback) => {
        const hostname = opts.hostname.replace(/^\[|\]$/g, '').toLowerCase();
        const port = opts.port ? Number(opts.port) : opts.protocol === 'https:' ? 443 : 80;
        const label = opts.host ?? `${opts.hostname}:${port}`;
        if (this.hostPortAllowed(hostname, port)) return direct(opts, callback);
        if (isIP(hostname)) {
          if (!this.addressAllowed(hostname)) return callback(this.refusal(label, hostname, 'url'), null);
          return direct(opts, callback);
        }
        return screened(label)(opts, callback);
      },
    });
  }
}

/**
 * The screen between Loa and the URLs its users give it (outgoing webhooks, channel accounts'
 * URLs): a URL whose host resolves to anything but a global unicast address (loopback, private
 * and unique-local, link-local, carrier-grade NAT, multicast, broadcast, unspecified, reserved;
 * IPv4 and IPv6, an IPv4-mapped IPv6 address judged as the IPv4 it carries) is refused with
 * OUTBOUND_URL_PRIVATE, unless the operator allowed it in OUTBOUND_ALLOW_HOSTS (a host[:port] or
 * a CIDR). Ranges come from ipaddr.js. The check runs when the URL is registered and again
 * when Loa connects: `post` resolves the name for the connection itself and refuses an address
 * the screen does not allow, so a name that changed its DNS answer since (rebinding) is caught
 * at the socket, not by a look-up made a moment before.
 */
import { Inject, Injectable } from '@nestjs/common';
import ipaddr from 'ipaddr.js';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
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

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'outboundAllow'>) {
    this.allow = config.outboundAllow;
    this.cidrs = this.allow.cidrs.map((c) => ipaddr.parseCIDR(c));
  }

  /** The operator listed this host (and port, if the entry names one): no address check. */
  private hostAllowed(url: URL): boolean {
    const host = hostOf(url);
    const port = defaultPort(url);
    return this.allow.hosts.some((h) => h.host === host && (h.port === undefined || h.port === port));
  }

  addressAllowed(ip: string): boolean {
    const a = parsed(ip);
    if (a.range() === 'unicast') return true;
    return this.cidrs.some(([range, bits]) => range.kind() === a.kind() && a.match(range, bits));
  }

  private refusal(url: URL, address: string, field: string): DomainError {
    return new DomainError(
      'OUTBOUND_URL_PRIVATE',
      `Địa chỉ ${url.host} trỏ tới ${address}, một địa chỉ nội bộ hoặc đặc biệt (loopback, mạng riêng, link-local, multicast hoặc không xác định); Loa không gửi tới đó. Nếu đây là máy nhận trong mạng của cơ quan, quản trị hệ thống cần cho phép nó trong OUTBOUND_ALLOW_HOSTS.`,
      { field, host: url.host, address },
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
          await new Promise<LookupAddress[]>((resolve, reject) => dnsLookup(host, { all: true }, (e, a) => (e ? reject(e) : resolve(a))))
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

  /** A DNS look-up for one connection that refuses an address the screen does not allow. */
  private lookupFor(url: URL, field: string): LookupFunction {
    return ((
      hostname: string,
      options: { all?: boolean },
      callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void,
    ) => {
      dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
        if (err) return callback(err, '', 0);
        const bad = addresses.find((a) => !this.addressAllowed(a.address));
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
}

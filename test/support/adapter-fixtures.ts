/** Real ports for adapter tests: the fetch Loa's adapters get (screenedFetch, with no outbound screen: the fakes are on loopback), the real clock (or a fixed one), the real file system. */
import { readFile } from 'node:fs/promises';
import type { Dispatch, OutgoingItem } from '../../channels/channel-adapter.js';
import type { AdapterPorts, Clock } from '../../channels/ports.js';
import { loadAdapterLimits } from '../../config/channels/adapter-limits.loader.js';
import { screenedFetch } from '../../src/modules/dispatch/channels-boot.js';

export const limits = loadAdapterLimits();

export function fixedClock(iso: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(iso);
  return {
    now: () => new Date(now),
    set: (s: string) => {
      now = new Date(s);
    },
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

export function realPorts(extra: Partial<AdapterPorts> = {}): AdapterPorts {
  return {
    fetch: screenedFetch(),
    clock: { now: () => new Date() },
    files: { read: async (path) => new Uint8Array(await readFile(path)) },
    ...extra,
  };
}

export function item(overrides: Partial<OutgoingItem> = {}): OutgoingItem {
  return {
    id: 'item-1',
    title: 'Xã Hành Đức triển khai dịch vụ công trực tuyến toàn trình',
    summary: 'Người dân nộp hồ sơ tại nhà, không phải đến bộ phận một cửa.',
    body: '<p>Từ tháng 3/2024, UBND xã Hành Đức tiếp nhận hồ sơ trực tuyến toàn trình.</p>',
    author: 'Văn phòng UBND xã',
    attachments: [],
    ...overrides,
  };
}

let seq = 0;
export function dispatchOf(overrides: Partial<Dispatch> & Pick<Dispatch, 'credentials'>): Dispatch {
  seq += 1;
  return {
    publicationId: `pub-${seq}`,
    idempotencyKey: `loa-test-${process.pid}-${seq}`,
    attempt: 1,
    item: item(),
    settings: {},
    dueAt: new Date(),
    ...overrides,
  };
}

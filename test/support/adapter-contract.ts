/**
 * The one contract every API adapter passes against its loopback fake (issue 13):
 * - a normal send is published once, and a look-up finds the same remote id;
 * - a definite credential refusal → reauthorise, nothing published;
 * - 429 (or the channel's own rate-limit answer) → retry, afterMs from Retry-After;
 * - the answer dropped after the channel accepted → unconfirmed, then the look-up settles it
 *   (published, the same remote id, exactly one copy at the channel);
 * - an over-limit item → refused before any request.
 * Each adapter's spec supplies a harness that knows how to make its fake misbehave.
 */
import { expect } from 'chai';
import type { ChannelAdapter, Dispatch, OutgoingItem } from '../../channels/channel-adapter.js';

export interface ContractHarness {
  adapter: ChannelAdapter;
  /** A fresh dispatch (new idempotency key) with working credentials. */
  dispatch(item?: OutgoingItem): Dispatch;
  /** How many copies of this dispatch the channel holds. */
  copiesAt(d: Dispatch): number;
  /** Requests the fake has received so far. */
  requestCount(): number;
  /** Make the channel refuse the credentials from now on. */
  refuseCredentials(): void;
  /** The next publishing request is throttled; returns the afterMs the adapter must report. */
  throttleNext(): number;
  /** The next publishing request is handled, then its answer dropped. */
  dropAnswerAfterLanding(): void;
  overLimitItem(): OutgoingItem;
  /** What a successful send and look-up answer: 'published', or 'delivered' for channels that confirm later (radio's as-run). */
  landed?: 'published' | 'delivered';
}

/**
 * `lookup: false` is for channels that offer no way to ask what they hold (SMTP): there a
 * dropped answer must stay unconfirmed, for a person to settle, and never become a retry.
 */
export function adapterContract(
  name: string,
  setup: () => Promise<ContractHarness>,
  teardown: () => Promise<void>,
  options: { lookup: boolean } = { lookup: true },
): void {
  describe(`adapter contract: ${name}`, () => {
    let h: ContractHarness;
    beforeEach(async () => {
      h = await setup();
    });
    afterEach(teardown);

    it(options.lookup ? 'publishes once, and the look-up finds the same remote id' : 'publishes once', async () => {
      const d = h.dispatch();
      const outcome = await h.adapter.send(d);
      expect(outcome.kind).to.equal(h.landed ?? 'published');
      expect(h.copiesAt(d)).to.equal(1);
      expect(typeof h.adapter.lookup).to.equal(options.lookup ? 'function' : 'undefined');
      if (!options.lookup) return;
      const found = await h.adapter.lookup!(d);
      expect(found).to.deep.include({ kind: h.landed ?? 'published', remoteId: (outcome as { remoteId: string }).remoteId });
    });

    if (options.lookup)
      it('looks up nothing for a dispatch that never reached the channel', async () => {
        expect(await h.adapter.lookup!(h.dispatch())).to.equal(null);
      });

    it('a credential refusal is reauthorise, and nothing is published', async () => {
      h.refuseCredentials();
      const d = h.dispatch();
      const outcome = await h.adapter.send(d);
      expect(outcome.kind, JSON.stringify(outcome)).to.equal('reauthorise');
      expect(h.copiesAt(d)).to.equal(0);
    });

    it('a throttled request is retry, with afterMs from the channel', async () => {
      const expected = h.throttleNext();
      const d = h.dispatch();
      const outcome = await h.adapter.send(d);
      expect(outcome).to.deep.include({ kind: 'retry', afterMs: expected });
      expect(h.copiesAt(d)).to.equal(0);
    });

    it(
      options.lookup
        ? 'an answer dropped after the channel accepted is unconfirmed, and the look-up settles it with one copy'
        : 'an answer dropped after the channel accepted is unconfirmed, left for a person (no look-up)',
      async () => {
        h.dropAnswerAfterLanding();
        const d = h.dispatch();
        const outcome = await h.adapter.send(d);
        expect(outcome.kind, JSON.stringify(outcome)).to.equal('unconfirmed');
        expect(h.copiesAt(d)).to.equal(1);
        if (!options.lookup) return;
        const settled = await h.adapter.lookup!({
          ...d,
          attempt: d.attempt + 1,
          ...(outcome.kind === 'unconfirmed' && outcome.remoteId ? { remoteId: outcome.remoteId } : {}),
        });
        expect(settled?.kind, JSON.stringify(settled)).to.equal(h.landed ?? 'published');
        expect(h.copiesAt(d)).to.equal(1);
      },
    );

    it('refuses an over-limit item before any request', async () => {
      const before = h.requestCount();
      const d = h.dispatch(h.overLimitItem());
      expect(h.adapter.check(d.item)).to.have.length.greaterThan(0);
      const outcome = await h.adapter.send(d);
      expect(outcome.kind).to.equal('permanent');
      expect(h.requestCount()).to.equal(before);
    });
  });
}

import { expect } from 'chai';
import { notModified } from '../../../src/modules/feeds/conditional-get.js';

describe('conditional GET of a feed (RFC 9110)', () => {
  const current = { etag: '"abc"', lastModified: new Date('2024-03-15T02:00:00.500Z') };

  it('answers 304 when If-None-Match names the current tag, weakly or in a list, or is *', () => {
    expect(notModified({ 'if-none-match': '"abc"' }, current)).to.equal(true);
    expect(notModified({ 'if-none-match': 'W/"abc"' }, current)).to.equal(true);
    expect(notModified({ 'if-none-match': '"x", "abc"' }, current)).to.equal(true);
    expect(notModified({ 'if-none-match': '*' }, current)).to.equal(true);
    expect(notModified({ 'if-none-match': '"x"' }, current)).to.equal(false);
  });

  it('lets If-None-Match decide alone when both are sent', () => {
    expect(notModified({ 'if-none-match': '"x"', 'if-modified-since': 'Fri, 15 Mar 2024 02:00:00 GMT' }, current)).to.equal(false);
  });

  it('compares If-Modified-Since at one-second precision and ignores a date it cannot read', () => {
    expect(notModified({ 'if-modified-since': 'Fri, 15 Mar 2024 02:00:00 GMT' }, current)).to.equal(true);
    expect(notModified({ 'if-modified-since': 'Fri, 15 Mar 2024 01:59:59 GMT' }, current)).to.equal(false);
    expect(notModified({ 'if-modified-since': 'hôm qua' }, current)).to.equal(false);
    expect(notModified({}, current)).to.equal(false);
  });
});

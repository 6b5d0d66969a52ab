import { expect } from 'chai';
import { DomainError, errorCatalogue, type ErrorCode } from '../../../src/domain/errors/domain-error.js';
import { statusOf } from '../../../src/modules/http/error-status.js';

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

describe('error code catalogue', () => {
  it('gives every code an HTTP status and a Vietnamese message', () => {
    const codes = Object.keys(errorCatalogue) as ErrorCode[];
    expect(codes.length).to.be.greaterThan(50);
    for (const code of codes) {
      const { status, message } = errorCatalogue[code];
      expect(status, code).to.be.within(400, 599);
      expect(message, code).to.match(VIETNAMESE);
    }
  });

  it('answers a conflict over a slot with 409, whichever side of the race lost', () => {
    expect(statusOf('SLOT_TAKEN')).to.equal(409);
    expect(statusOf('ITEM_ALREADY_PLACED')).to.equal(409);
    expect(statusOf('VERSION_CONFLICT')).to.equal(409);
    expect(statusOf('NOT_FOUND')).to.equal(404);
    expect(statusOf('CHANNEL_UNKNOWN')).to.equal(422);
  });

  it('uses the catalogue message when the thrower gives none', () => {
    const e = new DomainError('QUEUE_NO_FREE_SLOT');
    expect(e.message).to.equal(errorCatalogue.QUEUE_NO_FREE_SLOT.message);
    expect(e.toJSON()).to.deep.equal({ code: 'QUEUE_NO_FREE_SLOT', message: errorCatalogue.QUEUE_NO_FREE_SLOT.message, evidence: {} });
  });

  it('refuses an unknown code at compile time', () => {
    // The build fails if this line compiles: an unknown code is a type error.
    // @ts-expect-error 'NO_SUCH_CODE' is not in the catalogue
    const forged = new DomainError('NO_SUCH_CODE', 'x');
    expect(statusOf(forged.code)).to.equal(500);
  });
});

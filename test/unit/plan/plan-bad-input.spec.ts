/**
 * Bad input is refused with a code and a Vietnamese message (and nothing else happens);
 * a plan the reader only half understands is returned with review notes.
 */
import { expect } from 'chai';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { DomainError } from '../../../src/domain/errors/domain-error.js';
import { readPlan } from '../../../src/domain/plan/plan.reader.js';
import { encodeLegacyVietnamese } from '../../../src/domain/text/legacy-encoding.js';
import { importPlanFile, readPlanFile } from '../../../src/modules/plans/readers/plan-file.reader.js';
import { planAsDocx, testVocabulary } from './plan-fixtures.js';

const VIETNAMESE = /[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữíìịỉĩóòọỏõúùụủũýỳỵỷỹ]/iu;

async function refusal(run: () => Promise<unknown>): Promise<DomainError> {
  try {
    await run();
  } catch (error) {
    expect(error).to.be.instanceOf(DomainError);
    const e = error as DomainError;
    expect(e.message, 'message in Vietnamese').to.match(VIETNAMESE);
    return e;
  }
  expect.fail('the input was accepted');
}

const NOT_A_PLAN = [
  'Công thức nấu phở bò',
  '',
  'Nguyên liệu: xương bò, thịt bò, bánh phở, hành, gừng, quế, hồi.',
  'Cách làm: ninh xương trong tám giờ, nêm nước mắm, chần bánh phở, xếp thịt và chan nước dùng.',
].join('\n');

function pdfWithoutText(image: Buffer): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  doc.image(image, 50, 50, { width: 400 });
  doc.end();
  return done;
}

describe('plan import: bad input', function () {
  this.timeout(20_000);

  it('an empty file → INPUT_EMPTY', async () => {
    expect((await refusal(() => readPlanFile(new Uint8Array(0)))).code).to.equal('INPUT_EMPTY');
  });

  it('a file of blanks → INPUT_EMPTY', async () => {
    expect((await refusal(() => readPlanFile(Buffer.from(' \n\t\r\n  ', 'utf8')))).code).to.equal('INPUT_EMPTY');
  });

  it('binary data → INPUT_BINARY', async () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    expect((await refusal(() => readPlanFile(bytes))).code).to.equal('INPUT_BINARY');
  });

  it('a 50 MB file → INPUT_TOO_LARGE, before anything is read', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x41);
    const e = await refusal(() => readPlanFile(big));
    expect(e.code).to.equal('INPUT_TOO_LARGE');
    expect(e.message).to.include('20,0 MB');
  });

  it('an image (PNG, JPEG) → INPUT_IMAGE', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#ff0000' } })
      .jpeg()
      .toBuffer();
    expect((await refusal(() => readPlanFile(png))).code).to.equal('INPUT_IMAGE');
    expect((await refusal(() => readPlanFile(jpeg))).code).to.equal('INPUT_IMAGE');
  });

  it('a scanned PDF (an image, no text layer) → PDF_NO_TEXT, saying it is a scan', async () => {
    const png = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#eeeeee' } })
      .png()
      .toBuffer();
    const e = await refusal(async () => readPlanFile(await pdfWithoutText(png)));
    expect(e.code).to.equal('PDF_NO_TEXT');
    expect(e.message).to.include('scan');
  });

  it('a broken PDF → PDF_UNREADABLE', async () => {
    const e = await refusal(() => readPlanFile(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF garbage', 'latin1')));
    expect(e.code).to.equal('PDF_UNREADABLE');
  });

  it('a text that is not a plan → PLAN_NOT_RECOGNIZED, with evidence', async () => {
    const e = await refusal(() => importPlanFile(Buffer.from(NOT_A_PLAN, 'utf8'), testVocabulary()));
    expect(e.code).to.equal('PLAN_NOT_RECOGNIZED');
    expect(e.evidence).to.include({ line: 1, text: 'Công thức nấu phở bò' });
  });

  it('a .docx that is not a plan → PLAN_NOT_RECOGNIZED', async () => {
    const e = await refusal(async () => importPlanFile(await planAsDocx(NOT_A_PLAN), testVocabulary()));
    expect(e.code).to.equal('PLAN_NOT_RECOGNIZED');
  });

  it('a plan in TCVN3 is converted, not refused, and says so', async () => {
    const text = 'KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2025\n- Đăng tin trên Trang thông tin điện tử xã, 02 tin/tháng.';
    const bytes = Buffer.from(encodeLegacyVietnamese(text, 'tcvn3'), 'latin1');
    const { document, plan } = await importPlanFile(bytes, testVocabulary());
    expect(document.encoding).to.equal('tcvn3');
    expect(document.notes[0]).to.match(/TCVN3/);
    expect(plan.title).to.equal('Tuyên truyền cải cách hành chính năm 2025');
  });

  it('text in an unknown single-byte encoding → INPUT_ENCODING_UNKNOWN', async () => {
    const bytes = Buffer.from('Plan d\u2019action \xe9t\xe9 \xe0 faire \xfc\xfc\xfc \xbf\xa1', 'latin1');
    const e = await refusal(() => readPlanFile(Buffer.concat([bytes, Buffer.from([0x81, 0x8d, 0x8f, 0x90, 0x9d])])));
    expect(e.code).to.equal('INPUT_ENCODING_UNKNOWN');
    expect(e.message).to.include('UTF-8');
  });
});

describe('plan reader: a plan it only half understands', () => {
  it('returns what it read, with review notes, instead of failing', () => {
    const plan = readPlan(
      [
        'KẾ HOẠCH',
        'Tuyên truyền cải cách hành chính năm 2025',
        '',
        'II. HÌNH THỨC TUYÊN TRUYỀN',
        '- Đăng tin về CCHC trên Trang thông tin điện tử xã.',
      ].join('\n'),
      { vocabulary: testVocabulary() },
    );
    expect(plan.year).to.equal(2025);
    expect(plan.tasks).to.have.length(1);
    expect(plan.tasks[0]!.channels).to.deep.equal(['web-portal']);
    expect(plan.tasks[0]!.quota).to.equal(null);
    const fields = plan.needsReview.map((n) => n.field);
    expect(fields).to.include.members(['number', 'issuedOn', 'issuer', 'quota', 'timeframe', 'reporting.periods']);
    for (const n of plan.needsReview) expect(n.reason).to.match(VIETNAMESE);
  });

  it('says so when it finds no task at all', () => {
    const plan = readPlan('KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2025\nCác đơn vị chủ động triển khai.', {
      vocabulary: testVocabulary(),
    });
    expect(plan.tasks).to.deep.equal([]);
    expect(plan.needsReview.map((n) => n.field)).to.include('tasks');
  });

  it('refuses an empty text with PLAN_EMPTY', () => {
    expect(() => readPlan('  \n ', { vocabulary: testVocabulary() }))
      .to.throw(DomainError)
      .with.property('code', 'PLAN_EMPTY');
  });
});

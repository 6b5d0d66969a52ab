import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { DomainError, type ErrorCode, isErrorCode } from '../../domain/errors/domain-error.js';
import { answerPhrase, type PhraseAnswer } from '../../domain/grammar/phrase-answer.js';
import { AllowApiKey } from '../access/auth.decorators.js';
import { IsCalendarDate, Optional } from '../http/validation.decorators.js';

export class PhraseDefaultsDto {
  @ApiPropertyOptional({ example: '2024-03-11', description: 'Ngày văn bản cho cụm từ không ghi năm (refDate của từng mục được ưu tiên)' })
  @Optional()
  @IsCalendarDate()
  refDate?: string;

  @ApiPropertyOptional({ enum: ['quota', 'timeframe', 'deadline', 'reporting'] })
  @Optional()
  @IsIn(['quota', 'timeframe', 'deadline', 'reporting'])
  kind?: string;
}

const MAX_ITEMS = 1000;

/** Answers that say the request itself is malformed, not that its phrase could not be read. */
const malformedCodes: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['INPUT_MALFORMED', 'PHRASE_KIND_INVALID', 'PHRASE_REF_DATE_INVALID']);

/** The phrase contract of `loa parse --jsonl` over HTTP: one object in, one out; or an array in order. */
@ApiTags('phrases')
@ApiBearerAuth()
@Controller('api/phrases')
export class PhrasesController {
  @Post('parse')
  @HttpCode(200)
  @AllowApiKey('read', 'import')
  @ApiBody({
    description: '{"text", "kind"?, "refDate"?} hoặc một mảng tối đa 1000 mục như vậy',
    schema: {
      oneOf: [
        {
          type: 'object',
          properties: { text: { type: 'string' }, kind: { type: 'string' }, refDate: { type: 'string' } },
          required: ['text'],
        },
        { type: 'array', items: { type: 'object' } },
      ],
    },
  })
  @ApiOperation({ summary: 'Đọc cụm từ (tần suất, thời gian, thời hạn, báo cáo) như `loa parse --jsonl`' })
  @ApiOkResponse({
    schema: {
      oneOf: [
        {
          type: 'object',
          properties: { text: { type: 'string' }, kind: { type: 'string' }, result: { type: 'object' }, error: { type: 'object' } },
        },
        { type: 'array', items: { type: 'object' } },
      ],
    },
  })
  parse(@Body() body: unknown, @Query() q: PhraseDefaultsDto): PhraseAnswer | PhraseAnswer[] {
    if (Array.isArray(body)) {
      if (body.length > MAX_ITEMS)
        throw new DomainError('VALIDATION_FAILED', `Tối đa ${MAX_ITEMS} cụm từ mỗi lần gửi.`, {
          count: body.length,
          expected: `≤ ${MAX_ITEMS}`,
        });
      return body.map((item) => answerPhrase(item, q));
    }
    // One object is one request: a malformed one is a bad request. In a batch each item answers for itself.
    const answer = answerPhrase(body, q);
    const code = 'error' in answer ? answer.error.code : undefined;
    if ('error' in answer && code && isErrorCode(code) && malformedCodes.has(code))
      throw new DomainError(code, answer.error.message, { input: answer.text });
    return answer;
  }
}

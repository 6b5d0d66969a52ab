import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * Every operation answers errors in one shape, `{ error: { code, message, evidence }, requestId }`
 * (the exception filter makes it so). The document says so once, here, for every operation,
 * a route added tomorrow included: a `4XX` and a `5XX` response with that schema.
 */
export function documentErrors(doc: OpenAPIObject): OpenAPIObject {
  doc.components ??= {};
  doc.components.schemas ??= {};
  doc.components.schemas.ErrorResponse = {
    type: 'object',
    required: ['error', 'requestId'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message', 'evidence'],
        properties: {
          code: { type: 'string', description: 'Mã lỗi ổn định (tiếng Anh), ví dụ VALIDATION_FAILED', example: 'VALIDATION_FAILED' },
          message: {
            type: 'string',
            description: 'Thông báo cho người dùng, bằng tiếng Việt',
            example: 'Dữ liệu không hợp lệ: Tiêu đề dài tối đa 300 ký tự.',
          },
          evidence: { type: 'object', description: 'Bằng chứng: trường sai, giới hạn, đoạn trích ngắn của giá trị…' },
        },
      },
      requestId: { type: 'string', description: 'Mã yêu cầu (X-Request-Id), để báo quản trị viên' },
    },
  };
  const error = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
  });
  for (const item of Object.values(doc.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const op = item[method];
      if (!op) continue;
      op.responses['4XX'] ??= error('Yêu cầu bị từ chối: dữ liệu sai, chưa đăng nhập, không có quyền, không tìm thấy, xung đột…');
      op.responses['5XX'] ??= error('Lỗi hệ thống hoặc cơ sở dữ liệu không trả lời');
    }
  }
  return doc;
}

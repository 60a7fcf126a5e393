import { HttpException, HttpStatus } from '@nestjs/common';
import { EVIDENCE_EXTENSIONS } from './evidence-types';

// Every answer a person reads about an evidence file, Vietnamese with English beside it.

const mebibytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export const evidenceTooLarge = (maxBytes: number) =>
  new HttpException(
    {
      statusCode: 413,
      error: 'Payload Too Large',
      message: `Tệp vượt quá dung lượng cho phép ${mebibytes(maxBytes)} (file larger than ${maxBytes} bytes)`,
      maxBytes,
    },
    HttpStatus.PAYLOAD_TOO_LARGE,
  );

export const evidenceNotMultipart = () =>
  new HttpException(
    {
      statusCode: 415,
      error: 'Unsupported Media Type',
      message: 'Cần gửi tệp dạng multipart/form-data, trường "file" (expected multipart/form-data with a "file" field)',
    },
    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  );

export const evidenceTypeRefused = (fileName: string, reason: 'extension' | 'content', extension: string) =>
  new HttpException(
    {
      statusCode: 415,
      error: 'Unsupported Media Type',
      message:
        reason === 'extension'
          ? `Loại tệp "${extension || fileName}" không được chấp nhận; chỉ nhận: ${EVIDENCE_EXTENSIONS.join(', ')} (file type not accepted)`
          : `Nội dung tệp "${fileName}" không phải tệp .${extension} (the file's bytes are not a .${extension} file)`,
      accepted: EVIDENCE_EXTENSIONS,
    },
    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  );

export const evidenceBadForm = (detail: string) =>
  new HttpException(
    {
      statusCode: 400,
      error: 'Bad Request',
      message: `Biểu mẫu tải tệp không hợp lệ: chỉ một tệp trong trường "file" (bad upload form: ${detail})`,
    },
    HttpStatus.BAD_REQUEST,
  );

export const evidenceEmpty = () =>
  new HttpException(
    { statusCode: 400, error: 'Bad Request', message: 'Tệp rỗng, không có nội dung (the file is empty)' },
    HttpStatus.BAD_REQUEST,
  );

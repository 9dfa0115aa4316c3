import { CommentError } from '../comments/errors.ts';
import { uploadTooLarge } from './uploads.ts';

/** Room for the form's other fields, part headers and boundaries on top of the file itself. */
export const FORM_OVERHEAD_BYTES = 64 * 1024;

export interface UploadForm {
  bytes: Uint8Array;
  alt: string;
  credit: string | null;
}

/**
 * Reads a multipart/form-data upload (fields `file`, `alt`, optional `credit`) without ever holding
 * more than the limit: a declared Content-Length over it is refused before reading anything, and
 * a body without one (chunked) is cut off as soon as it passes the limit.
 */
export async function readUploadForm(request: Request, maxBytes: number): Promise<UploadForm> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw new CommentError('unsupported_media_type', 'Send the upload as multipart/form-data with the fields file, alt and credit.');
  }
  const allowance = maxBytes + FORM_OVERHEAD_BYTES;
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > allowance) throw uploadTooLarge(maxBytes);
  const body = await readBounded(request, allowance, maxBytes);

  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'Content-Type': type } }).formData();
  } catch {
    throw new CommentError('bad_request', 'The upload could not be read as multipart/form-data.');
  }
  const file = form.get('file');
  if (!(file instanceof Blob)) throw new CommentError('validation_failed', 'Choose an image file to upload.', { field: 'file' });
  if (file.size > maxBytes) throw uploadTooLarge(maxBytes, file.size);
  const alt = form.get('alt');
  if (typeof alt !== 'string') throw new CommentError('validation_failed', 'Describe the image for readers who cannot see it (alt text).', { field: 'alt' });
  const credit = form.get('credit');
  if (credit !== null && typeof credit !== 'string') throw new CommentError('validation_failed', 'The credit must be text.', { field: 'credit' });
  return { bytes: new Uint8Array(await file.arrayBuffer()), alt, credit };
}

async function readBounded(request: Request, allowance: number, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > allowance) {
      await reader.cancel().catch(() => {});
      throw uploadTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

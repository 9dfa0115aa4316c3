import { describe, expect, it } from 'vitest';
import { CommentError } from '../comments/errors.ts';
import { FORM_OVERHEAD_BYTES, readUploadForm } from './form.ts';

const MAX = 1024 * 1024;

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CommentError) return { code: error.code, message: error.message, ...error.options };
    throw error;
  }
  throw new Error('expected a refusal');
}

function formRequest(fields: Record<string, string | Blob>): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return new Request('http://localhost/api/desk/media', { method: 'POST', body: form });
}

/** A body that counts how much of it was read, endless unless `chunks` is given. */
function countingStream(chunkSize: number, chunks = Infinity) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= chunks) return controller.close();
      state.pulled++;
      controller.enqueue(new Uint8Array(chunkSize));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe('reading an upload form', () => {
  it('reads the file bytes, alt and credit', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const form = await readUploadForm(formRequest({ file: new File([bytes], '../../etc/passwd.jpg', { type: 'text/plain' }), alt: 'A cat', credit: 'Photo: Me' }), MAX);
    expect(form).toEqual({ bytes, alt: 'A cat', credit: 'Photo: Me' });
    const noCredit = await readUploadForm(formRequest({ file: new File([bytes], 'x.jpg'), alt: 'A cat' }), MAX);
    expect(noCredit.credit).toBeNull();
  });

  it('names the missing or wrong field with 422', async () => {
    const file = new File([new Uint8Array(10)], 'x.jpg');
    expect(await refusal(readUploadForm(formRequest({ alt: 'A cat' }), MAX))).toMatchObject({ code: 'validation_failed', field: 'file' });
    expect(await refusal(readUploadForm(formRequest({ file: 'not a file', alt: 'A cat' }), MAX))).toMatchObject({ code: 'validation_failed', field: 'file' });
    expect(await refusal(readUploadForm(formRequest({ file }), MAX))).toMatchObject({ code: 'validation_failed', field: 'alt' });
    expect(await refusal(readUploadForm(formRequest({ file, alt: 'x', credit: new File(['c'], 'c.txt') }), MAX))).toMatchObject({
      code: 'validation_failed',
      field: 'credit',
    });
  });

  it('refuses other content types with 415 and a broken multipart body with 400', async () => {
    const json = new Request('http://localhost/x', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(await refusal(readUploadForm(json, MAX))).toMatchObject({ code: 'unsupported_media_type' });
    const broken = new Request('http://localhost/x', { method: 'POST', body: 'garbage', headers: { 'Content-Type': 'multipart/form-data; boundary=xyz' } });
    expect(await refusal(readUploadForm(broken, MAX))).toMatchObject({ code: 'bad_request' });
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const { stream, state } = countingStream(1024);
    const request = new Request('http://localhost/x', {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { 'Content-Type': 'multipart/form-data; boundary=xyz', 'Content-Length': String(MAX + FORM_OVERHEAD_BYTES + 1) },
    } as RequestInit);
    const result = await refusal(readUploadForm(request, MAX));
    expect(result).toMatchObject({ code: 'payload_too_large', field: 'file' });
    expect(result.message).toMatch(/limit is 1 MB/);
    expect(state.pulled).toBeLessThanOrEqual(1); // at most the stream's own first pull, never consumed
  });

  it('stops reading a body without Content-Length as soon as it passes the limit', async () => {
    const { stream, state } = countingStream(64 * 1024);
    const request = new Request('http://localhost/x', {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { 'Content-Type': 'multipart/form-data; boundary=xyz' },
    } as RequestInit);
    expect(await refusal(readUploadForm(request, MAX))).toMatchObject({ code: 'payload_too_large' });
    expect(state.pulled * 64 * 1024).toBeLessThan(MAX + FORM_OVERHEAD_BYTES + 4 * 64 * 1024);
  });

  it('refuses a file part over the limit even when the whole body fits the allowance', async () => {
    const result = await refusal(readUploadForm(formRequest({ file: new File([new Uint8Array(MAX + 10)], 'x.jpg'), alt: 'Big' }), MAX));
    expect(result).toMatchObject({ code: 'payload_too_large' });
    expect(result.message).toMatch(/1\.1 MB: the limit is 1 MB/);
  });
});

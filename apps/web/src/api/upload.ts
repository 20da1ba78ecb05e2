import type { ErrorBody, Operation, ResponseOf } from '@jumelage/contracts';
import { ApiError, answerOf, apiErrorFrom, currentCsrfToken, urlOf, type UrlInput } from './client.ts';

/**
 * Sends a file as the body of an operation that takes one (`fileBody`), reporting how much has been
 * sent (fetch cannot tell upload progress; XMLHttpRequest can). Failures are ApiErrors.
 */
export function uploadFile<O extends Operation>(
  operation: O,
  input: UrlInput<O>,
  file: Blob,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<ResponseOf<O>> {
  const sent = new Promise<{ status: number; answer: unknown }>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(operation.method, urlOf(operation, input));
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('content-type', 'application/octet-stream');
    const token = currentCsrfToken();
    if (token) request.setRequestHeader('x-csrf-token', token);
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      if (request.status >= 200 && request.status < 300) resolve({ status: request.status, answer: request.response });
      else reject(apiErrorFrom(request.status, request.statusText, (request.response ?? undefined) as ErrorBody | undefined));
    });
    request.addEventListener('error', () => reject(new ApiError('network', 0, 'The upload did not reach the server')));
    request.addEventListener('abort', () => reject(new DOMException('The upload was stopped', 'AbortError')));
    signal?.addEventListener('abort', () => request.abort());
    request.send(file);
  });
  return sent.then(({ status, answer }) => answerOf(operation, status, answer));
}

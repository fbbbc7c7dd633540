import type { Test } from 'tap';
import type { LightMyRequestResponse } from 'fastify';

/** Asserts an RFC 9457 problem with a stable code. */
export function isProblem(t: Test, res: LightMyRequestResponse, status: number, code: string): void {
  t.equal(res.statusCode, status, `status ${status}`);
  t.match(res.headers['content-type'], /^application\/problem\+json/, 'problem+json');
  const body = res.json<{ status: number; code: string; title: string; detail: string; type: string }>();
  t.equal(body.code, code, `code ${code}`);
  t.equal(body.status, status);
  t.type(body.detail, 'string');
  t.ok(body.detail.length > 0, 'detail says what is wrong');
}

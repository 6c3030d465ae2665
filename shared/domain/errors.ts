/** Errors that commands raise; the UI shows their messages as they are. */
import type { z } from 'zod';

export interface FieldIssue {
  /** Dotted path of the field ("launchDate", "links.0.url"); '' for the record as a whole. */
  path: string;
  message: string;
}

/** Input that breaks a rule: nothing was changed. */
export class ValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => i.message).join('; '));
    this.name = 'ValidationError';
  }
}

/** A request that cannot be carried out as asked (a record that no longer exists, say). */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Parses with a schema, turning failure into a ValidationError. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(issuesFromZod(result.error));
  return result.data;
}

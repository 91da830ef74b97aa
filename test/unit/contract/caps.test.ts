/**
 * Issue 12: every cost an input can choose is capped. Walks every operation's input schema in
 * shared/api and fails on any string or array without a maximum length, so an operation added
 * later cannot forget one.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { operations } from '../../../shared/api';

interface Def {
  type: string;
  [key: string]: unknown;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod;

/** A max_length (or exact length) check among the schema's own checks. */
const hasMaximum = (def: Def) =>
  ((def.checks as { _zod: { def: { check: string } } }[] | undefined) ?? []).some((c) => ['max_length', 'length_equals'].includes(c._zod.def.check));

/** Paths of strings and arrays with no maximum, found anywhere in the schema (both sides of pipes). */
export function uncapped(schema: z.ZodType, path = '', seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const { def } = defOf(schema);
  const walk = (child: unknown, at: string) => (child ? uncapped(child as z.ZodType, at, seen) : []);
  switch (def.type) {
    case 'string':
      return hasMaximum(def) ? [] : [`${path || '(input)'}: string`];
    case 'array':
      return [...(hasMaximum(def) ? [] : [`${path}: array`]), ...walk(def.element, `${path}[]`)];
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, child]) => walk(child, path ? `${path}.${key}` : key));
    case 'record':
      return [...walk(def.keyType, `${path}{key}`), ...walk(def.valueType, `${path}{}`)];
    case 'union':
      return (def.options as z.ZodType[]).flatMap((o, i) => walk(o, `${path}|${i}`));
    case 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)];
    case 'tuple':
      return (def.items as z.ZodType[]).flatMap((o, i) => walk(o, `${path}[${i}]`));
    case 'pipe':
      return [...walk(def.in, path), ...walk(def.out, path)];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return walk(def.innerType, path);
    case 'lazy':
      return walk((def.getter as () => z.ZodType)(), path);
    default:
      return [];
  }
}

describe('the API contract', () => {
  it('caps every string and array of every operation input', () => {
    const missing = Object.entries(operations).flatMap(([name, operation]) => uncapped(operation.input as z.ZodType).map((p) => `${name} ${p}`));
    expect(missing).toEqual([]);
  });

  it('finds what it looks for (a schema without caps is reported)', async () => {
    const { z } = await import('zod');
    const loose = z.object({ a: z.string(), b: z.array(z.string().max(3)), c: z.string().max(5).optional(), d: z.string().transform((s) => s).pipe(z.string().max(2)) });
    expect(uncapped(loose)).toEqual(['a: string', 'b: array', 'd: string']);
  });
});

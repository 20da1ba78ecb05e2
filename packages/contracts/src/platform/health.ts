import { z } from 'zod';

export const healthSchema = z.object({ status: z.literal('ok') });

const checkSchema = z.object({
  status: z.enum(['up', 'down']),
  latencyMs: z.number().optional().describe('Time the check took'),
  reason: z.string().optional().describe('Why the dependency is down'),
});

export const readinessSchema = z
  .object({
    status: z.enum(['ready', 'unavailable']),
    checks: z.object({
      database: checkSchema.extend({ kind: z.enum(['pglite', 'postgres']) }),
      redis: checkSchema.optional().describe('Present only when REDIS_URL is configured'),
    }),
  })
  .meta({ id: 'Readiness' });

export type Readiness = z.infer<typeof readinessSchema>;
export type DependencyCheck = z.infer<typeof checkSchema>;

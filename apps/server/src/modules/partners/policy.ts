import { definePolicy } from '../../platform/auth/policy.ts';
import { accountPolicy } from '../accounts/module.ts';

/** Partner search (and contacts and ideas, which use it) are teacher tools: pending, rejected and other roles are refused. */
export const partnersPolicy = definePolicy({ searchPartners: accountPolicy.rules.useTeacherTools });

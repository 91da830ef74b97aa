import { z } from 'zod';
import type { RuleProfile } from '../rules/profiles';
import type { RuleWarning } from '../rules/validate';
import { noInput, op } from './define';

export const ruleOperations = {
  'rules.profiles': op<RuleProfile[]>()(noInput),
  /** Every warning of the commune: per team and commune-wide (coverage). */
  'rules.check': op<{ profile: RuleProfile; warnings: RuleWarning[] }>()(z.object({})),
};

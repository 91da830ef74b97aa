import { RULE_PROFILES } from '../../../shared/rules/profiles';
import type { Handlers } from '../dispatch';
import { checkCommune } from './load';

export const ruleHandlers: Pick<Handlers, 'rules.profiles' | 'rules.check'> = {
  'rules.profiles': () => RULE_PROFILES,
  'rules.check': (_input, ctx) => checkCommune(ctx),
};

import { REGISTER_KEY } from '../../../api/register-keys'

/** Under the register's key: a person's write changes these figures too. */
export const FLOATING_KEY = [...REGISTER_KEY, 'floating'] as const

import type { ScryptCost } from '../../electron/main/services/auth/secrets';
import { MIN_SCRYPT_N } from '../../electron/main/services/auth/secrets';

/**
 * The cheapest scrypt cost the app accepts, for the accounts tests create: the same hashing and checking code
 * runs, about twenty times faster than the default a center uses (tested on its own in auth/secrets.test.ts).
 */
export const TEST_SECRET_COST: ScryptCost = { N: MIN_SCRYPT_N, r: 1, p: 1 };

/**
 * A .p12 file chooses how many hash iterations opening it costs (MAC, key and certificate bags).
 * The format allows 2^31 and more, which would block the app for hours (issue 12: 2,000,000
 * iterations of the PKCS#12 KDF already take about 4 s here). Every derivation spends from one
 * budget per file, checked before the work starts.
 */
import { PfxError } from './pfx-error';

/** Total iterations one .p12 may ask for. Tools write 2,000–10,000 per step, 600,000 at most. */
export const MAX_P12_ITERATIONS = 10_000_000;

export class IterationBudget {
  private spent = 0;

  constructor(readonly limit: number = MAX_P12_ITERATIONS) {}

  /** Records `iterations` × `blocks` hash chains, refusing before any work if it goes over. */
  spend(iterations: number, blocks = 1): void {
    if (iterations === Infinity) throw new PfxError('too-costly', 'iteration count past 2^53');
    if (!Number.isSafeInteger(iterations) || iterations < 1) throw new PfxError('not-p12', `iteration count ${iterations}`);
    this.spent += iterations * blocks;
    if (this.spent > this.limit) throw new PfxError('too-costly', `${this.spent} iterations`);
  }
}

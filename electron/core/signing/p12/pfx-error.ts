/** Why a .p12 could not be read; mapped to Vietnamese messages by openP12Signer. */
export class PfxError extends Error {
  constructor(readonly reason: 'not-p12' | 'wrong-password' | 'unsupported' | 'too-costly', detail?: string) {
    super(detail ?? reason);
  }
}

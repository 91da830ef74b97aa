/**
 * Signing an issued decision with the chair's USB token (issue 15): the same
 * signIssuedDecision() path as a .p12, with a PKCS#11 signer opened for this one signing.
 */
import type { Handlers } from '../dispatch';
import { listTokens, resolveModulePath, saveTokenModule, tokenModuleSetting, withModule, withTokenSigner } from '../signing/pkcs11';
import { getRecord } from './repository';
import { signIssuedDecision } from './signing';
import { AppError } from '../../../shared/errors';

export const tokenHandlers: Pick<Handlers, 'token.getModule' | 'token.setModule' | 'token.list' | 'decisions.signWithToken'> = {
  'token.getModule': () => tokenModuleSetting(),
  'token.setModule': (input) => saveTokenModule(input.modulePath),
  'token.list': async (input, ctx) => {
    const modulePath = resolveModulePath(input.modulePath);
    const tokens = await withModule(modulePath, (module) => listTokens(module, new Date(ctx.now())));
    return { modulePath, tokens };
  },
  'decisions.signWithToken': async (input, ctx) => {
    // The PIN is copied into a buffer that withTokenSigner zeroes; it is never logged or stored.
    const pin = Buffer.from(input.pin, 'utf8');
    const r = getRecord(ctx, input.id);
    if (r.status === 'draft') {
      pin.fill(0);
      throw new AppError('CONFLICT', 'Chỉ ký quyết định đã ban hành.');
    }
    return withTokenSigner(
      {
        modulePath: resolveModulePath(input.modulePath),
        tokenSerial: input.tokenSerial,
        tokenLabel: input.tokenLabel,
        certificateId: input.certificateId,
        certSubject: input.certSubject,
        pin,
        signingTime: new Date(ctx.now()),
      },
      (signer) => signIssuedDecision(ctx, r, signer, { signatureImagePng: input.signatureImagePng, sealImagePng: input.sealImagePng }),
    );
  },
};

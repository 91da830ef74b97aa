import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { SignatureSummary } from '../../../../../shared/api';
import { fileVerdict } from '../../../../../shared/signing/verdict';
import { SignatureResult } from './SignatureResult';

const INTENT = { valid: 'success', untrusted: 'warning', broken: 'error', unsigned: 'error' } as const;

/**
 * The file's verdict in one sentence (both verdicts, revocation not checked), then each signature.
 * `refused`: the back end refused the file for another reason (e.g. not this decision).
 */
export function VerificationResult({ signatures, message, refused = false }: { signatures: SignatureSummary[]; message?: string; refused?: boolean }) {
  const verdict = fileVerdict(signatures);
  const intent = refused ? 'error' : INTENT[verdict.kind];
  return (
    <>
      <MessageBar intent={intent} layout="multiline" role={intent === 'success' ? 'status' : 'alert'} data-testid="file-verdict">
        <MessageBarBody>{message ?? verdict.text}</MessageBarBody>
      </MessageBar>
      {signatures.map((s, i) => <SignatureResult key={i} signature={s} />)}
    </>
  );
}

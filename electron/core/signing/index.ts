/** Digital signatures for decisions: PKCS#12 signer, PAdES/CAdES PDF signing, our own verifier. */
export type { Signer, SignatureScheme } from './signer';
export { openP12Signer } from './p12/open-p12-signer';
export { signPdf, type SignPdfOptions } from './sign-pdf';
export { verifyPdfSignatures, verifyPdfSignaturesSync, parsePdfDate, type SignatureReport, type VerifyOptions } from './verify';
export { judgeTrust, type TrustVerdict } from './trust/judge-trust';
export { assertCertificateCanSign } from './signing-certificate-checks';
export { summariseCertificate, type CertificateSummary } from './verify/certificate-info';

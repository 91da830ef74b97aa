/** Signing with a USB token through its vendor's PKCS#11 module (issue 15). */
export { withTokenSigner, type TokenChoice } from './token-signer';
export { listTokens } from './token-inventory';
export { withModule, checkModulePath } from './token-module';
export { tokenModuleSetting, saveTokenModule, resolveModulePath, WINDOWS_MODULE_LOCATIONS } from './module-setting';

export {
  convertFrom,
  detectLegacyEncoding,
  encodingOfFont,
  toUnicode,
  toUnicodeAs,
  type LegacyEncoding,
  type UnicodeText,
} from './detect';
export { isVietnameseSyllable } from './syllable';
export { TCVN3_TO_UNICODE, tcvn3HToUnicode, tcvn3ToUnicode } from './tcvn3';
export { vniToUnicode } from './vni';

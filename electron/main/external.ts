import { shell } from 'electron';

/**
 * Sites the app may open in the user's browser: Zalo (team group chats) and the national
 * public-service portal the teams help people use. Subdomains count (id.zalo.me).
 */
export const EXTERNAL_HOSTS = ['zalo.me', 'dichvucong.gov.vn'] as const;

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return false;
  const host = url.hostname.toLowerCase();
  return EXTERNAL_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/**
 * The only way to hand a URL to the operating system: anything but an allowed https site
 * (file:, javascript:, smb:, other hosts) could run programs or leak data. Direct
 * shell.openExternal calls are banned by lint.
 */
export async function safeOpenExternal(url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  // eslint-disable-next-line no-restricted-syntax -- this is the one checked wrapper
  await shell.openExternal(url);
  return true;
}

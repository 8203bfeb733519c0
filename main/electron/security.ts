/**
 * The security baseline: every renderer sandboxed, no navigation away from the app, no new
 * windows, no webviews, no permissions, and a strict Content-Security-Policy on what we serve.
 */
import { app, session } from 'electron';
import { isAppUrl } from './app-url.js';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy.js';

/** Headers for every response of the app protocol, whatever its status. */
export function responseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
  };
}

/** Must run before the app is ready: enableSandbox only applies to renderers not yet created. */
export function installSecurityGuards(): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // Never shell.openExternal here: the URL comes from page content we do not vouch for.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** Needs the app to be ready, when the default session exists. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

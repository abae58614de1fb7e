import { Environment } from '@abp/ng.core';

/**
 * The OAuth server (OpenIddict in the host) is always the origin that served this page:
 * production is served by the host itself, and the dev server proxies /connect, /.well-known
 * and /Account to the host (see proxy.conf.json). So nothing is hard-coded here.
 */
export function currentOrigin(): string {
  return typeof window !== 'undefined' && window.location ? window.location.origin : '';
}

export function createOAuthConfig(options: { showDebugInformation: boolean }): Environment['oAuthConfig'] {
  const origin = currentOrigin();
  return {
    // OpenIddict's discovery document reports the issuer with a trailing slash;
    // angular-oauth2-oidc compares the two strictly.
    issuer: `${origin}/`,
    redirectUri: origin,
    postLogoutRedirectUri: origin,
    clientId: 'Dalad_App',
    responseType: 'code',
    scope: 'openid profile roles offline_access Dalad',
    requireHttps: false,
    showDebugInformation: options.showDebugInformation,
  };
}

import { environment } from './environment';
import { environment as production } from './environment.prod';

describe.each([
  ['development', environment],
  ['production', production],
])('%s environment', (_, env) => {
  it('talks to the API on the same origin', () => {
    expect(env.apis.default.url).toBe('');
    expect(env.localization?.defaultResourceName).toBe('Dalad');
  });

  it("uses the page's own origin as the OpenIddict issuer (authorization code + PKCE)", () => {
    const origin = window.location.origin;
    expect(env.oAuthConfig).toMatchObject({
      issuer: `${origin}/`,
      redirectUri: origin,
      postLogoutRedirectUri: origin,
      clientId: 'Dalad_App',
      responseType: 'code',
      scope: 'openid profile roles offline_access Dalad',
      requireHttps: false,
    });
    expect(env.oAuthConfig?.dummyClientSecret).toBeUndefined();
  });
});

import { Environment } from '@abp/ng.core';
import { createOAuthConfig } from './oauth';

/** Production: served by host/Dalad.Host at `/`, same origin as the API and the OAuth server. */
export const environment = {
  production: true,
  application: {
    baseUrl: '',
    name: 'Dalad',
  },
  oAuthConfig: createOAuthConfig({ showDebugInformation: false }),
  apis: {
    default: {
      url: '',
      rootNamespace: 'Dalad',
    },
  },
  localization: {
    defaultResourceName: 'Dalad',
  },
} as Environment;

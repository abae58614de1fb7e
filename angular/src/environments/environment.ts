import { Environment } from '@abp/ng.core';
import { createOAuthConfig } from './oauth';

/** Development (`npm start`): the dev server proxies the API to the host, so the API is same-origin too. */
export const environment = {
  production: false,
  application: {
    baseUrl: '',
    name: 'Dalad',
  },
  oAuthConfig: createOAuthConfig({ showDebugInformation: true }),
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

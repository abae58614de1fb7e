import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { adoptLoginPageLanguage } from './app/core/culture';

adoptLoginPageLanguage();
bootstrapApplication(App, appConfig).catch(err => console.error(err));

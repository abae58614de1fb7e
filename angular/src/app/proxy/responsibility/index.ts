export * from './models';
export * from './body.service';

export * from './models';
export * from './workspace.service';

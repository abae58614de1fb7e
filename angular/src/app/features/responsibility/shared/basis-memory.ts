import { Injectable, signal } from '@angular/core';

/**
 * The basis of the last change made on this page visit. Several changes usually rest on the same
 * document, so the next change dialog offers it again (the user can still change it).
 */
@Injectable({ providedIn: 'root' })
export class BasisMemory {
  readonly last = signal('');

  remember(basis: string): void {
    this.last.set(basis);
  }
}

import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import { APP_ROUTES } from '../../app.routes';
import { ErrorPage } from './error-page';
import { FORBIDDEN_URL, ForbiddenErrorHandler } from './forbidden-handler';

describe('ErrorPage (403 and 404 inside the layout)', () => {
  function render(kind: 'forbidden' | 'not-found'): HTMLElement {
    TestBed.configureTestingModule({ providers: [...provideAbpFakes(new FakeConfigState({})), provideRouter([])] });
    const fixture = TestBed.createComponent(ErrorPage);
    fixture.componentRef.setInput('kind', kind);
    fixture.detectChanges();
    return fixture.nativeElement;
  }

  it('says the page is forbidden and leads back to the workspace', () => {
    const el = render('forbidden');
    expect(el.querySelector('[data-testid="error-page-forbidden"]')!.textContent).toContain('Shell:Forbidden:Title');
    expect(el.querySelector('[data-testid="error-page-home"]')!.getAttribute('href')).toBe('/');
  });

  it('says the page does not exist', () => {
    expect(render('not-found').querySelector('[data-testid="error-page-not-found"]')!.textContent).toContain('Shell:NotFound:Text');
  });
});

describe('routes of the shell', () => {
  it('sends an unknown address to the 404 page, not silently home', () => {
    const last = APP_ROUTES[APP_ROUTES.length - 1];
    expect(last.path).toBe('**');
    expect(last.component).toBe(ErrorPage);
    expect(last.data?.['kind']).toBe('not-found');
  });

  it('has a 403 page that every refused area redirects to', () => {
    const forbidden = APP_ROUTES.find(r => r.path === FORBIDDEN_URL.slice(1))!;
    expect(forbidden.component).toBe(ErrorPage);
    expect(forbidden.data?.['kind']).toBe('forbidden');
    for (const area of APP_ROUTES.filter(r => r.data?.['requiredPolicy'])) {
      expect(area.data?.['redirectUrl'], area.path).toBe(FORBIDDEN_URL);
    }
  });

  it('has the profile page for every signed-in user', () => {
    expect(APP_ROUTES.find(r => r.path === 'account')?.loadChildren).toBeTypeOf('function');
  });
});

describe('ForbiddenErrorHandler', () => {
  it('opens the 403 page for a refused request or page, and leaves other errors to ABP', () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const handler = TestBed.inject(ForbiddenErrorHandler);
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    expect(handler.canHandle(new HttpErrorResponse({ status: 404 }))).toBe(false);
    expect(handler.canHandle({ status: 403 })).toBe(true);
    handler.execute();
    expect(navigate).toHaveBeenCalledWith(FORBIDDEN_URL);
  });
});

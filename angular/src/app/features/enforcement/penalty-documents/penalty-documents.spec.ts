import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../../testing/abp-fakes';
import type { PenaltyDocumentDto } from '../../../proxy/generated/models';
import { kindsReached, PenaltyDocuments, PenaltyDocumentsApi } from './penalty-documents';

function doc(patch: Partial<PenaltyDocumentDto> = {}): PenaltyDocumentDto {
  return {
    id: 'd1', penaltyCaseId: 'p1', kind: 'filing-approval', step: 'filed', fileName: '立案审批表.pdf', contentType: 'application/pdf', size: 2048,
    sha256: 'ab', uploadedAt: '2026-05-20T02:00:00Z', uploadedBy: 'hrss', ...patch,
  };
}

function create(api: Partial<Record<keyof PenaltyDocumentsApi, unknown>>, step: string, canManage: boolean) {
  TestBed.configureTestingModule({
    providers: [
      ...provideAbpFakes(new FakeConfigState({ currentUser: { isAuthenticated: true, id: 'u' }, auth: { grantedPolicies: {} } })),
      { provide: PenaltyDocumentsApi, useValue: api },
    ],
  });
  const fixture = TestBed.createComponent(PenaltyDocuments);
  fixture.componentRef.setInput('penaltyId', 'p1');
  fixture.componentRef.setInput('step', step);
  fixture.componentRef.setInput('canManage', canManage);
  fixture.detectChanges();
  return fixture;
}

const byId = (el: HTMLElement, id: string) => el.querySelectorAll(`[data-testid="${id}"]`);

describe('PenaltyDocuments', () => {
  it('offers only the kinds of the steps the case has reached', () => {
    expect(kindsReached('filed')).toEqual(['filing-approval']);
    expect(kindsReached('notified')).toEqual(['filing-approval', 'inquiry-record', 'evidence', 'notice']);
    expect(kindsReached('executed')).toContain('execution-record');
  });

  it('lists the documents and, for a reader, offers no upload', () => {
    const fixture = create({ list: vi.fn(() => of([doc()])) }, 'decided', false);
    const el: HTMLElement = fixture.nativeElement;
    expect(byId(el, 'penalty-document').length).toBe(1);
    expect(byId(el, 'penalty-document-download')[0].textContent).toContain('立案审批表.pdf');
    expect(byId(el, 'penalty-document-upload').length).toBe(0);
  });

  it('asks for a kind and a file, shows the server refusal and adds an accepted document', () => {
    const api = { list: vi.fn(() => of([])), upload: vi.fn(() => throwError(() => new HttpErrorResponse({ status: 400, error: { detail: '仅支持 PDF' } }))) };
    const fixture = create(api, 'decided', true);
    const page = fixture.componentInstance;
    const el: HTMLElement = fixture.nativeElement;
    const input = document.createElement('input');

    page.upload(input);
    fixture.detectChanges();
    expect(api.upload).not.toHaveBeenCalled();
    expect(byId(el, 'penalty-document-error')[0].textContent).toContain('Document:Required');

    page.kind = 'decision';
    page.file = new File(['%PDF-'], '决定书.exe');
    page.upload(input);
    fixture.detectChanges();
    expect(byId(el, 'penalty-document-error')[0].textContent).toContain('仅支持 PDF');
    expect(byId(el, 'penalty-document').length).toBe(0);

    api.upload.mockReturnValue(of(doc({ id: 'd2', kind: 'decision', fileName: '决定书.pdf' })) as never);
    const pdf = new File(['%PDF-'], '决定书.pdf');
    page.file = pdf;
    page.upload(input);
    fixture.detectChanges();
    expect(api.upload).toHaveBeenLastCalledWith('p1', 'decision', pdf);
    expect(byId(el, 'penalty-document').length).toBe(1);
    expect(page.file).toBeNull();
  });
});

import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormsModule, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { bodyKindText } from '../../../shared/body-kind';
import { Loading } from '../../../shared/loading/loading';
import { MatrixApi } from '../data/matrix-api';
import { Body, CreateBodyRequest, PagedResult } from '../data/matrix.models';
import { ChangeDialog, ChangeRequest } from '../shared/change-dialog';
import { FieldError } from '../shared/field-error';
import { BODY_CODE_PATTERN, MatrixLimits, optional, requiredText } from '../shared/forms';
import { BODY_KINDS } from '../shared/labels';
import { Pager } from '../../../shared/pager/pager';
import { injectCanManage } from '../shared/permissions';
import { Problem, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';

export const BODY_PAGE_SIZE = 20;

type StatusFilter = '' | 'active' | 'inactive';

function createBodyForm() {
  return new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [...requiredText(MatrixLimits.bodyCode), Validators.pattern(BODY_CODE_PATTERN)],
    }),
    name: new FormControl('', { nonNullable: true, validators: requiredText(MatrixLimits.bodyName) }),
    kind: new FormControl('industry', { nonNullable: true, validators: Validators.required }),
    duty: new FormControl('', { nonNullable: true, validators: Validators.maxLength(MatrixLimits.duty) }),
  });
}

export type CreateBodyForm = ReturnType<typeof createBodyForm>;

/**
 * Every responsible body: search by text (name, code, duty), filter by kind and state, a page at a
 * time. The filter lives in the address, so going back from a body returns to the same list.
 */
@Component({
  selector: 'dalad-body-list',
  imports: [LocalizationPipe, FormsModule, ReactiveFormsModule, RouterLink, Loading, Pager, ProblemAlert, ChangeDialog, FieldError],
  templateUrl: './body-list.html',
  styleUrl: './body-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BodyList implements OnInit {
  private readonly api = inject(MatrixApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly canManage = injectCanManage();
  protected readonly kinds = BODY_KINDS;
  protected readonly bodyKindText = bodyKindText;
  protected readonly pageSize = BODY_PAGE_SIZE;

  protected readonly filter = signal('');
  protected readonly kind = signal('');
  protected readonly status = signal<StatusFilter>('');
  protected readonly page = signal(1);

  protected readonly result = signal<PagedResult<Body> | null>(null);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly change = signal<ChangeRequest | null>(null);
  protected createForm: CreateBodyForm = createBodyForm();

  ngOnInit(): void {
    const query = this.route.snapshot.queryParamMap;
    this.filter.set(query.get('filter') ?? '');
    this.kind.set(query.get('kind') ?? '');
    const status = query.get('status');
    this.status.set(status === 'active' || status === 'inactive' ? status : '');
    this.page.set(Math.max(1, Number(query.get('page')) || 1));
    this.load();
  }

  /** A new search starts on the first page. */
  search(): void {
    this.page.set(1);
    this.load();
  }

  clear(): void {
    this.filter.set('');
    this.kind.set('');
    this.status.set('');
    this.search();
  }

  goToPage(page: number): void {
    this.page.set(page);
    this.load();
  }

  load(): void {
    this.rememberQuery();
    this.loading.set(true);
    this.problem.set(null);
    const status = this.status();
    this.api
      .getBodies({
        filter: this.filter().trim() || undefined,
        kind: this.kind() || undefined,
        isActive: status === '' ? undefined : status === 'active',
        skipCount: (this.page() - 1) * this.pageSize,
        maxResultCount: this.pageSize,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: result => {
          this.result.set(result);
          this.loading.set(false);
        },
        error: error => {
          this.problem.set(toProblem(error));
          this.loading.set(false);
        },
      });
  }

  openCreate(): void {
    const form = (this.createForm = createBodyForm());
    this.change.set({
      kind: 'create-body',
      titleKey: 'Dalad::Responsibility:BodyList:Create',
      submitKey: 'Dalad::Responsibility:BodyList:CreateSubmit',
      form,
      submit: basis => {
        const value = form.getRawValue();
        const request: CreateBodyRequest = {
          code: value.code.trim(),
          name: value.name.trim(),
          kind: value.kind,
          duty: optional(value.duty),
          basis,
        };
        return this.api.createBody(request);
      },
    });
  }

  /** A new body opens at once, so its scope can be added. */
  protected created(body: unknown): void {
    this.router.navigate(['/responsibility/bodies', (body as Body).code]);
  }

  private rememberQuery(): void {
    this.router.navigate([], {
      relativeTo: this.route,
      replaceUrl: true,
      queryParams: {
        filter: this.filter().trim() || null,
        kind: this.kind() || null,
        status: this.status() || null,
        page: this.page() > 1 ? this.page() : null,
      },
    });
  }
}

import { LocalizationPipe, LocalizationService } from '@abp/ng.core';
import { ToasterService } from '@abp/ng.theme.shared';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { KeywordSuggestionDto, KeywordSuggestionsDto } from '../../../proxy/generated/models';
import { Loading } from '../../../shared/loading/loading';
import { MatrixApi } from '../data/matrix-api';
import { Problem, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';

/** A suggestion is one word for one body (the same word may be suggested for two bodies). */
export function suggestionKey(suggestion: KeywordSuggestionDto): string {
  return `${suggestion.bodyCode}\u0000${suggestion.keyword}`;
}

/** The share of decided complaints with the word that went to the body, as a whole percentage. */
export function sharePercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * The keywords the dispatchers' corrections suggest (`/responsibility/suggestions`, the matrix managers' only): words
 * that complaints the matrix alone routes elsewhere share, with the body the desk chose, where the rules send them and
 * a few of the complaints. Approving one adds it to the body's scope item at once (the basis says it came from the
 * corrections); the rules then route those complaints, so the suggestion leaves the reloaded list.
 */
@Component({
  selector: 'dalad-keyword-suggestions',
  imports: [LocalizationPipe, RouterLink, Loading, ProblemAlert],
  templateUrl: './keyword-suggestions.html',
  styleUrl: './keyword-suggestions.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KeywordSuggestionList implements OnInit {
  private readonly api = inject(MatrixApi);
  private readonly localization = inject(LocalizationService);
  private readonly toaster = inject(ToasterService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly suggestionKey = suggestionKey;
  protected readonly sharePercent = sharePercent;
  protected readonly result = signal<KeywordSuggestionsDto | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  /** The suggestion being approved (one at a time: each is a change of the matrix). */
  protected readonly saving = signal<string | null>(null);
  /** Why the last approval failed, with the word it was for. */
  protected readonly approveProblem = signal<{ keyword: string; problem: Problem } | null>(null);

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.problem.set(null);
    this.api
      .getKeywordSuggestions()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: result => this.result.set(result),
        error: error => {
          this.result.set(null);
          this.problem.set(toProblem(error));
        },
      });
  }

  /** Adds the word to the body's scope item, the corrections as its basis; the list is then reloaded. */
  approve(suggestion: KeywordSuggestionDto): void {
    const scopeItemId = suggestion.scopeItemId;
    if (!scopeItemId || this.saving()) {
      return;
    }
    const basis = this.localization.instant('Dalad::Responsibility:Suggestions:Basis', suggestion.corrections.toString());
    this.saving.set(suggestionKey(suggestion));
    this.approveProblem.set(null);
    this.api
      .addKeyword(scopeItemId, suggestion.keyword, basis)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.saving.set(null);
          this.toaster.success('Dalad::Responsibility:Suggestions:Approved', undefined, {
            messageLocalizationParams: [suggestion.keyword, suggestion.sector ?? suggestion.bodyName],
          });
          this.load();
        },
        error: error => {
          this.saving.set(null);
          this.approveProblem.set({ keyword: suggestion.keyword, problem: toProblem(error) });
        },
      });
  }
}

import { ConfigStateService } from '@abp/ng.core';
import { inject, Injectable } from '@angular/core';
import { map, Observable } from 'rxjs';

/**
 * The department modules, as the server describes them in the application configuration
 * (`extraProperties.departments`, only those the user may read). The UI names no department: every
 * key, policy and text key below comes from there (text keys are in the `Dalad` resource).
 */
export interface DepartmentField {
  key: string;
  nameKey: string;
  /** text, number, date, boolean or credit-code. */
  type: string;
  required: boolean;
}

export interface DepartmentKind {
  key: string;
  nameKey: string;
  fields: DepartmentField[];
}

export interface DepartmentMenuEntry {
  nameKey: string;
  /** Below `/departments/<key>`: '' for its page, `register/<kind>`, or `supervision` (its project supervision). */
  path: string;
  icon: string;
  requiredPolicy: string;
}

export interface DepartmentCard {
  /** case-todo or register. */
  type: string;
  kind?: string | null;
}

export interface DepartmentDescription {
  key: string;
  titleKey: string;
  descriptionKey?: string | null;
  policy: string;
  managePolicy: string;
  menu: DepartmentMenuEntry[];
  cards: DepartmentCard[];
  kinds: DepartmentKind[];
  territoryKinds?: string[] | null;
}

export const DEPARTMENTS_PATH = '/departments';

/** The departments in an application configuration's extra properties (none when absent). */
export function departmentsOf(extraProperties: Record<string, unknown> | null | undefined): DepartmentDescription[] {
  const value = extraProperties?.['departments'];
  return Array.isArray(value) ? (value as DepartmentDescription[]) : [];
}

/** Reads the departments from ABP's configuration state, which the app refreshes after a change. */
@Injectable({ providedIn: 'root' })
export class Departments {
  private readonly config = inject(ConfigStateService);

  all(): DepartmentDescription[] {
    return departmentsOf(this.config.getOne('extraProperties'));
  }

  all$(): Observable<DepartmentDescription[]> {
    return this.config.getOne$('extraProperties').pipe(map(departmentsOf));
  }

  find(key: string | null | undefined): DepartmentDescription | undefined {
    return this.all().find(department => department.key === key);
  }
}

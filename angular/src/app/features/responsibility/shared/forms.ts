import { AbstractControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';

/** Same limits as the server's validators (Dalad.Responsibility). */
export const MatrixLimits = {
  basis: 512,
  bodyCode: 64,
  bodyName: 128,
  duty: 1024,
  sector: 128,
  sourceText: 2000,
  keyword: 64,
  alias: 64,
  villageName: 64,
  territoryName: 64,
} as const;

export const BODY_CODE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const VILLAGE_CODE_PATTERN = /^[0-9]{12}$/;
/** The 9-digit statistical division code of a town, sumu, street or zone (e.g. 150621104). */
export const TERRITORY_CODE_PATTERN = /^[0-9]{9}$/;

/** Required, and more than blanks. */
export const notBlank: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && control.value.trim() ? null : { required: true };

export function requiredText(maxLength: number): ValidatorFn[] {
  return [notBlank, Validators.maxLength(maxLength)];
}

/** Keywords typed in one field, separated by commas, enumeration commas, semicolons or new lines. */
export function splitWords(text: string | null | undefined): string[] {
  const words = (text ?? '')
    .split(/[,;\n\uff0c\u3001\uff1b]+/)
    .map(word => word.trim())
    .filter(Boolean);
  return [...new Set(words)];
}

/** Empty text as null (the server then keeps nothing). */
export function optional(text: string | null | undefined): string | null {
  return text?.trim() ? text.trim() : null;
}

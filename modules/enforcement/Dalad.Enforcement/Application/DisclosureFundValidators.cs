using Dalad.Enforcement.Domain;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Dalad.Enforcement.Application;

internal sealed class CompileDisclosureInputValidator : AbstractValidator<CompileDisclosureInput>
{
    public CompileDisclosureInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Year).NotNull().InclusiveBetween(2000, 2100).WithName(_ => l["Disclosures:Year"]);
        RuleFor(r => r.Quarter).NotNull().InclusiveBetween(1, 4).WithName(_ => l["Disclosures:Quarter"]);
    }
}

internal sealed class FundCapitalInputValidator : AbstractValidator<FundCapitalInput>
{
    public FundCapitalInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Amount).NotNull().GreaterThan(0m).LessThanOrEqualTo(1_000_000_000m).PrecisionScale(14, 2, true).WithName(_ => l["Fund:Amount"]);
        RuleFor(r => r.Note).MaximumLength(FundAdvance.MaxTextLength).WithName(_ => l["Fund:Note"]);
    }
}

internal sealed class AdvanceInputValidator : AbstractValidator<AdvanceInput>
{
    public AdvanceInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.CaseNumber).NotEmpty().MaximumLength(32).WithName(_ => l["Credit:CaseNumber"]);
        RuleFor(r => r.EmployerName).NotEmpty().MaximumLength(ArrearsFinding.MaxNameLength).WithName(_ => l["Credit:EmployerName"]);
        RuleFor(r => r.Workers).NotNull().InclusiveBetween(1, 100_000).WithName(_ => l["Fund:Workers"]);
        RuleFor(r => r.Amount).NotNull().GreaterThan(0m).LessThanOrEqualTo(1_000_000_000m).PrecisionScale(14, 2, true).WithName(_ => l["Fund:Amount"]);
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(FundAdvance.MaxTextLength).WithName(_ => l["Fund:Reason"]);
    }
}

internal sealed class AdvanceDecisionInputValidator : AbstractValidator<AdvanceDecisionInput>
{
    public AdvanceDecisionInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Approve).NotNull().WithName(_ => l["Fund:Approve"]);
        RuleFor(r => r.Note).NotEmpty().When(r => r.Approve == false).MaximumLength(FundAdvance.MaxTextLength).WithName(_ => l["Fund:Note"]);
    }
}

internal sealed class AdvancePaymentInputValidator : AbstractValidator<AdvancePaymentInput>
{
    public AdvancePaymentInputValidator(IStringLocalizer l) => RuleFor(r => r.PaidOn).NotNull().WithName(_ => l["Fund:PaidOn"]);
}

internal sealed class AdvanceRecoveryInputValidator : AbstractValidator<AdvanceRecoveryInput>
{
    public AdvanceRecoveryInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Amount).NotNull().GreaterThan(0m).PrecisionScale(14, 2, true).WithName(_ => l["Fund:Amount"]);
        RuleFor(r => r.RecoveredOn).NotNull().WithName(_ => l["Fund:RecoveredOn"]);
        RuleFor(r => r.Note).MaximumLength(FundAdvance.MaxTextLength).WithName(_ => l["Fund:Note"]);
    }
}

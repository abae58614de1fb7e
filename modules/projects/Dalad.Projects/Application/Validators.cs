using Dalad.Platform.PersonalData;
using Dalad.Platform.Timing;
using Dalad.Projects.Domain;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Dalad.Projects.Application;

internal sealed class ProjectInputValidator : AbstractValidator<ProjectInput>
{
    public ProjectInputValidator(IStringLocalizer l, ProjectTypes types)
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Project.MaxNameLength).WithName(_ => l["Project:Name"]);
        RuleFor(r => r.Aliases).Must(a => a is null || a.Count <= Project.MaxAliases).WithName(_ => l["Project:Aliases"])
            .WithMessage(_ => l["Projects:TooManyAliases", Project.MaxAliases]);
        RuleForEach(r => r.Aliases).NotEmpty().MaximumLength(Project.MaxNameLength).WithName(_ => l["Project:Aliases"]);
        RuleFor(r => r.TypeCode).Cascade(CascadeMode.Stop).NotEmpty().WithName(_ => l["Project:TypeCode"])
            .Must(c => types.Find(c!.Trim()) is not null).WithMessage(r => l["Projects:UnknownType", r.TypeCode!]);
        RuleFor(r => r.TerritoryCode).NotEmpty().MaximumLength(16).WithName(_ => l["Project:TerritoryCode"]);
        RuleFor(r => r.Address).MaximumLength(Project.MaxTextLength).WithName(_ => l["Project:Address"]);
        RuleFor(r => r.Builder).NotEmpty().MaximumLength(Project.MaxPartyLength).WithName(_ => l["Project:Builder"]);
        RuleFor(r => r.GeneralContractor).NotEmpty().MaximumLength(Project.MaxPartyLength).WithName(_ => l["Project:GeneralContractor"]);
        RuleFor(r => r.Subcontractors).Must(s => s is null || s.Count <= Project.MaxSubcontractors).WithName(_ => l["Project:Subcontractors"])
            .WithMessage(_ => l["Projects:TooManySubcontractors", Project.MaxSubcontractors]);
        RuleForEach(r => r.Subcontractors).ChildRules(s =>
        {
            s.RuleFor(x => x.Name).NotEmpty().MaximumLength(Project.MaxPartyLength).WithName(_ => l["Project:SubcontractorName"]);
            s.RuleFor(x => x.Kind).Must(k => k is not null && SubcontractKinds.All.Contains(k)).WithName(_ => l["Project:SubcontractorKind"])
                .WithMessage(_ => l["Projects:UnknownSubcontractKind"]);
        });
        RuleFor(r => r.FundingSource).MaximumLength(Project.MaxPartyLength).WithName(_ => l["Project:FundingSource"]);
        RuleFor(r => r.PaymentGuarantee).MaximumLength(Project.MaxTextLength).WithName(_ => l["Project:PaymentGuarantee"]);
        RuleFor(r => r.StartDate).GreaterThanOrEqualTo(r => r.ContractDate!.Value).When(r => r.StartDate is not null && r.ContractDate is not null)
            .WithMessage(_ => l["Projects:StartBeforeContract"]);
        RuleFor(r => r.PlannedCompletionDate).GreaterThanOrEqualTo(r => r.StartDate!.Value).When(r => r.PlannedCompletionDate is not null && r.StartDate is not null)
            .WithMessage(_ => l["Projects:CompletionBeforeStart"]);
        RuleFor(r => r.CompletionDate).GreaterThanOrEqualTo(r => r.StartDate!.Value).When(r => r.CompletionDate is not null && r.StartDate is not null)
            .WithMessage(_ => l["Projects:CompletionBeforeStart"]);
        RuleFor(r => r.WageAccount!).ChildRules(a =>
        {
            a.RuleFor(x => x.Bank).NotEmpty().When(x => x.OpenedOn is not null).WithName(_ => l["Project:AccountBank"]);
            a.RuleFor(x => x.Bank).MaximumLength(Project.MaxPartyLength).WithName(_ => l["Project:AccountBank"]);
            a.RuleFor(x => x.AccountNumber).MaximumLength(64).WithName(_ => l["Project:AccountNumber"]);
        }).When(r => r.WageAccount is not null);
        RuleFor(r => r.WageDeposit!).ChildRules(d =>
        {
            d.RuleFor(x => x.Amount).NotNull().When(x => x.PaidOn is not null).WithName(_ => l["Project:DepositAmount"]);
            d.RuleFor(x => x.Amount).GreaterThan(0m).LessThan(1_000_000_000_000m).PrecisionScale(14, 2, ignoreTrailingZeros: true)
                .When(x => x.Amount is not null).WithName(_ => l["Project:DepositAmount"]);
            d.RuleFor(x => x.Form).NotEmpty().When(x => x.PaidOn is not null).WithName(_ => l["Project:DepositForm"]);
            d.RuleFor(x => x.Form).Must(f => DepositForms.All.Contains(f!)).When(x => !string.IsNullOrEmpty(x.Form))
                .WithMessage(_ => l["Projects:UnknownDepositForm"]);
            // A guarantee, a policy or a letter has an issuer and runs until an expiry; cash has neither.
            d.RuleFor(x => x.Issuer).NotEmpty().When(x => x.PaidOn is not null && x.Form is not null && x.Form != DepositForms.Cash).WithName(_ => l["Project:DepositIssuer"]);
            d.RuleFor(x => x.ExpiresOn).NotNull().When(x => x.PaidOn is not null && x.Form is not null && x.Form != DepositForms.Cash).WithName(_ => l["Project:DepositExpiresOn"]);
            d.RuleFor(x => x.Issuer).MaximumLength(Project.MaxPartyLength).WithName(_ => l["Project:DepositIssuer"]);
            // Only cash sits in an account; a guarantee, a policy or a letter has none to protect.
            d.RuleFor(x => x.AccountNumber).Empty().When(x => x.Form != DepositForms.Cash).WithMessage(_ => l["Projects:DepositAccountOnlyForCash"]);
            d.RuleFor(x => x.AccountNumber).MaximumLength(64).Matches(@"^[0-9 \-]*$").WithName(_ => l["Project:DepositAccountNumber"]);
        }).When(r => r.WageDeposit is not null);
    }
}

internal sealed class ContractorAdvanceInputValidator : AbstractValidator<ContractorAdvanceInput>
{
    public ContractorAdvanceInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Date).NotNull().WithName(_ => l["Advance:Date"]);
        RuleFor(r => r.Amount).NotNull().GreaterThan(0m).LessThan(1_000_000_000_000m).PrecisionScale(14, 2, ignoreTrailingZeros: true).WithName(_ => l["Advance:Amount"]);
        RuleFor(r => r.Contractor).NotEmpty().MaximumLength(Project.MaxPartyLength).WithName(_ => l["Advance:Contractor"]);
        RuleFor(r => r.Remarks).MaximumLength(Project.MaxTextLength).WithName(_ => l["Advance:Remarks"]);
    }
}

internal sealed class InspectionInputValidator : AbstractValidator<InspectionInput>
{
    public InspectionInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Date).NotNull().WithName(_ => l["Inspection:Date"]);
        RuleFor(r => r.Inspector).NotEmpty().MaximumLength(64).WithName(_ => l["Inspection:Inspector"]);
        RuleFor(r => r.Findings).MaximumLength(Project.MaxTextLength).WithName(_ => l["Inspection:Findings"]);
        RuleFor(r => r.Checklist).Must(c => c is null || c.Count <= 50).WithName(_ => l["Inspection:Checklist"]);
        RuleForEach(r => r.Checklist).ChildRules(c =>
        {
            c.RuleFor(x => x.Item).NotEmpty().MaximumLength(64).WithName(_ => l["Inspection:ChecklistItem"]);
            c.RuleFor(x => x.Remarks).MaximumLength(500).WithName(_ => l["Inspection:Remarks"]);
        });
    }
}

internal sealed class WarningNoteRequestValidator : AbstractValidator<WarningNoteRequest>
{
    public WarningNoteRequestValidator(IStringLocalizer l) =>
        RuleFor(r => r.Note).NotEmpty().MaximumLength(Warning.MaxNoteLength).WithName(_ => l["Warning:Note"]);
}

internal sealed class WarningRuleInputValidator : AbstractValidator<WarningRuleInput>
{
    public WarningRuleInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Threshold).NotNull().InclusiveBetween(0, 366).WithName(_ => l["WarningRule:Threshold"]);
        RuleFor(r => r.Severity).Must(s => s is not null && WarningSeverities.All.Contains(s)).WithName(_ => l["WarningRule:Severity"])
            .WithMessage(_ => l["Warnings:UnknownSeverity"]);
        RuleFor(r => r.Enabled).NotNull().WithName(_ => l["WarningRule:Enabled"]);
    }
}

internal sealed class WorkerInputValidator : AbstractValidator<WorkerInput>
{
    public WorkerInputValidator(IStringLocalizer l, IClock clock)
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Worker.MaxNameLength).WithName(_ => l["Worker:Name"]);
        RuleFor(r => r.IdNumber).Cascade(CascadeMode.Stop).NotEmpty().WithName(_ => l["Worker:IdNumber"])
            .Must(id => ChineseIdCard.IsValid(id, DateOnly.FromDateTime(BeijingTime.FromUtc(clock.UtcNow).DateTime))).WithMessage(_ => l["Projects:InvalidIdNumber"]);
        RuleFor(r => r.Team).MaximumLength(64).WithName(_ => l["Worker:Team"]);
        RuleFor(r => r.Subcontractor).MaximumLength(Project.MaxPartyLength).WithName(_ => l["Worker:Subcontractor"]);
    }
}

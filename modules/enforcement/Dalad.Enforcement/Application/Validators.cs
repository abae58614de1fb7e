using Dalad.Enforcement.Domain;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Dalad.Enforcement.Application;

internal sealed class ArrearsFindingInputValidator : AbstractValidator<ArrearsFindingInput>
{
    public ArrearsFindingInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.CaseNumber).NotEmpty().MaximumLength(32).WithName(_ => l["Credit:CaseNumber"]);
        RuleFor(r => r.EmployerName).NotEmpty().MaximumLength(ArrearsFinding.MaxNameLength).WithName(_ => l["Credit:EmployerName"]);
        RuleFor(r => r.CreditCode).Must(CreditCodes.IsValid).When(r => !string.IsNullOrWhiteSpace(r.CreditCode))
            .WithName(_ => l["Credit:CreditCode"]).WithMessage(r => l["Credit:InvalidCode", r.CreditCode!]);
        RuleFor(r => r.EstablishedOn).NotNull().WithName(_ => l["Credit:EstablishedOn"]);
    }
}

internal sealed class ProposeListingInputValidator : AbstractValidator<ProposeListingInput>
{
    public ProposeListingInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.EmployerName).NotEmpty().MaximumLength(ArrearsFinding.MaxNameLength).WithName(_ => l["Credit:EmployerName"]);
        RuleFor(r => r.CreditCode).Cascade(CascadeMode.Stop).NotEmpty().WithName(_ => l["Credit:CreditCode"])
            .Must(CreditCodes.IsValid).WithMessage(r => l["Credit:InvalidCode", r.CreditCode!]);
        RuleFor(r => r.Reasons).NotEmpty().MaximumLength(Listing.MaxReasonsLength).WithName(_ => l["Credit:ProposalReasons"]);
    }
}

internal sealed class DecideListingInputValidator : AbstractValidator<DecideListingInput>
{
    public DecideListingInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Approve).NotNull().WithName(_ => l["Credit:Approve"]);
        RuleFor(r => r.Reasons).NotEmpty().MaximumLength(Listing.MaxReasonsLength).WithName(_ => l["Credit:DecisionReasons"]);
        RuleFor(r => r.Restrictions).NotEmpty().When(r => r.Approve == true).WithName(_ => l["Credit:Restrictions"])
            .WithMessage(_ => l["Credit:RestrictionsRequired"]);
        RuleForEach(r => r.Restrictions).Must(x => CreditRestrictions.All.Contains(x)).WithName(_ => l["Credit:Restrictions"])
            .WithMessage((_, x) => l["Credit:UnknownRestriction", x ?? ""]);
    }
}

internal sealed class RemoveListingInputValidator : AbstractValidator<RemoveListingInput>
{
    public RemoveListingInputValidator(IStringLocalizer l) =>
        RuleFor(r => r.Reasons).NotEmpty().MaximumLength(Listing.MaxReasonsLength).WithName(_ => l["Credit:RemovalReasons"]);
}

internal sealed class OrderInputValidator : AbstractValidator<OrderInput>
{
    public OrderInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Kind).Must(k => k is not null && OrderKinds.All.Contains(k)).WithName(_ => l["Orders:Kind"]).WithMessage(r => l["Orders:UnknownKind", r.Kind ?? ""]);
        RuleFor(r => r.CaseNumber).NotEmpty().MaximumLength(32).WithName(_ => l["Credit:CaseNumber"]);
        RuleFor(r => r.EmployerName).NotEmpty().MaximumLength(ArrearsFinding.MaxNameLength).WithName(_ => l["Credit:EmployerName"]);
        RuleFor(r => r.CreditCode).Must(CreditCodes.IsValid).When(r => !string.IsNullOrWhiteSpace(r.CreditCode))
            .WithName(_ => l["Credit:CreditCode"]).WithMessage(r => l["Credit:InvalidCode", r.CreditCode!]);
        RuleFor(r => r.Amount).NotNull().When(r => r.Kind == OrderKinds.Pay).WithName(_ => l["Orders:Amount"]);
        RuleFor(r => r.Amount).GreaterThan(0m).LessThan(1_000_000_000_000m).PrecisionScale(14, 2, ignoreTrailingZeros: true).When(r => r.Amount is not null).WithName(_ => l["Orders:Amount"]);
        RuleFor(r => r.IssuedOn).NotNull().WithName(_ => l["Orders:IssuedOn"]);
        RuleFor(r => r.DeadlineOn).NotNull().WithName(_ => l["Orders:DeadlineOn"]);
        RuleFor(r => r.DeadlineOn).GreaterThan(r => r.IssuedOn!.Value).When(r => r.IssuedOn is not null && r.DeadlineOn is not null)
            .WithMessage(_ => l["Orders:DeadlineBeforeIssue"]);
        RuleFor(r => r.Text).NotEmpty().MaximumLength(Order.MaxTextLength).WithName(_ => l["Orders:Text"]);
    }
}

internal sealed class ServeOrderInputValidator : AbstractValidator<ServeOrderInput>
{
    public ServeOrderInputValidator(IStringLocalizer l) => RuleFor(r => r.ServedOn).NotNull().WithName(_ => l["Orders:ServedOn"]);
}

internal sealed class OrderOutcomeInputValidator : AbstractValidator<OrderOutcomeInput>
{
    public OrderOutcomeInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Complied).NotNull().WithName(_ => l["Orders:Complied"]);
        RuleFor(r => r.Note).MaximumLength(Order.MaxTextLength).WithName(_ => l["Orders:OutcomeNote"]);
    }
}

internal sealed class PenaltyCaseInputValidator : AbstractValidator<PenaltyCaseInput>
{
    public PenaltyCaseInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.CaseNumber).NotEmpty().MaximumLength(32).WithName(_ => l["Credit:CaseNumber"]);
        RuleFor(r => r.EmployerName).NotEmpty().MaximumLength(ArrearsFinding.MaxNameLength).WithName(_ => l["Credit:EmployerName"]);
        RuleFor(r => r.Facts).NotEmpty().MaximumLength(Order.MaxTextLength).WithName(_ => l["Penalties:Facts"]);
    }
}

internal sealed class PenaltyStepInputValidator : AbstractValidator<PenaltyStepInput>
{
    public PenaltyStepInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Step).Must(s => s is not null && PenaltySteps.All.Contains(s)).WithName(_ => l["Penalties:Step"]).WithMessage(r => l["Penalties:UnknownStep", r.Step ?? ""]);
        RuleFor(r => r.Note).MaximumLength(Order.MaxTextLength).WithName(_ => l["Penalties:Note"]);
    }
}

internal sealed class ReferralInputValidator : AbstractValidator<ReferralInput>
{
    public ReferralInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.OrderId).NotNull().WithName(_ => l["Referrals:Order"]).WithMessage(_ => l["Referrals:NeedsOrderToPay"]);
        RuleFor(r => r.Facts).NotEmpty().MaximumLength(Order.MaxTextLength).WithName(_ => l["Referrals:Facts"]);
    }
}

internal sealed class ReferralStatusInputValidator : AbstractValidator<ReferralStatusInput>
{
    public ReferralStatusInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Status).Must(s => s is not null && ReferralStatuses.All.Contains(s)).WithName(_ => l["Referrals:Status"]).WithMessage(r => l["Referrals:UnknownStatus", r.Status ?? ""]);
        RuleFor(r => r.Note).MaximumLength(Order.MaxTextLength).WithName(_ => l["Referrals:Note"]);
    }
}

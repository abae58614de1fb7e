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

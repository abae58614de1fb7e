using Dalad.Cases.Domain;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Dalad.Cases.Application;

/// <summary>Refusing needs a written opinion: the endpoint validates with this one for "reject" and allows an empty opinion for "accept".</summary>
internal sealed class DecideCaseRequestValidator : AbstractValidator<DecideCaseRequest>
{
    public DecideCaseRequestValidator(IStringLocalizer l) =>
        RuleFor(r => r.Opinion).MaximumLength(CaseWorkflowLimits.MaxTextLength).WithName(_ => l["Case:Opinion"]);
}

internal sealed class RecordPartRequestValidator : AbstractValidator<RecordPartRequest>
{
    public RecordPartRequestValidator(IStringLocalizer l) =>
        RuleFor(r => r.Text).NotEmpty().MaximumLength(CaseWorkflowLimits.MaxTextLength).WithName(_ => l["Case:PartText"]);
}

internal sealed class ResolveCaseRequestValidator : AbstractValidator<ResolveCaseRequest>
{
    public ResolveCaseRequestValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Result).NotEmpty().MaximumLength(CaseWorkflowLimits.MaxTextLength).WithName(_ => l["Case:Result"]);
        RuleFor(r => r.AmountRecovered).NotNull().InclusiveBetween(0m, CreateLeadRequestValidator.MaxAmount)
            .PrecisionScale(12, 2, ignoreTrailingZeros: true).WithName(_ => l["Case:AmountRecovered"]);
        // 查实欠薪 names the employer; its code and the reason are optional here (the enforcement guard decides).
        When(r => r.ArrearsEstablished == true, () =>
        {
            RuleFor(r => r.EmployerName).NotEmpty().MaximumLength(Lead.MaxEmployerLength).WithName(_ => l["Case:ArrearsEmployer"]);
            RuleFor(r => r.CreditCode).MaximumLength(18).WithName(_ => l["Case:ArrearsCreditCode"]);
            RuleFor(r => r.NoOrderReason).MaximumLength(CaseWorkflowLimits.MaxTextLength).WithName(_ => l["Case:NoOrderReason"]);
        });
    }
}

internal sealed class ExtensionRequestValidator : AbstractValidator<ExtensionRequest>
{
    public ExtensionRequestValidator(IStringLocalizer l) =>
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(CaseWorkflowLimits.MaxTextLength).WithName(_ => l["Case:ExtensionReason"]);
}

internal sealed class ExtensionDecisionRequestValidator : AbstractValidator<ExtensionDecisionRequest>
{
    public ExtensionDecisionRequestValidator(IStringLocalizer l) =>
        RuleFor(r => r.Remarks).MaximumLength(CaseWorkflowLimits.MaxTextLength).WithName(_ => l["Case:Remarks"]);
}

internal sealed class VisitCaseRequestValidator : AbstractValidator<VisitCaseRequest>
{
    public VisitCaseRequestValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Satisfied).NotNull().WithName(_ => l["Case:Satisfied"]);
        RuleFor(r => r.Remarks).MaximumLength(CaseVisit.MaxRemarksLength).WithName(_ => l["Case:Remarks"]);
    }
}

internal sealed class CloseCaseRequestValidator : AbstractValidator<CloseCaseRequest>
{
    public CloseCaseRequestValidator(IStringLocalizer l) =>
        RuleFor(r => r.Remarks).MaximumLength(CaseWorkflowLimits.MaxTextLength).WithName(_ => l["Case:Remarks"]);
}

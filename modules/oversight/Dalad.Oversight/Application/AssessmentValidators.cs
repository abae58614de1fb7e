using Dalad.Oversight.Domain;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Dalad.Oversight.Application;

internal sealed class AssessmentInputValidator : AbstractValidator<AssessmentInput>
{
    public AssessmentInputValidator(IStringLocalizer l) =>
        RuleFor(r => r.Year).NotNull().InclusiveBetween(2000, 2100).WithName(_ => l["Assessment:Year"]);
}

internal sealed class AssessmentRulesInputValidator : AbstractValidator<AssessmentRulesInput>
{
    public AssessmentRulesInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.InTimeWeight).NotNull().InclusiveBetween(0, 100).WithName(_ => l["Assessment:Rules:InTimeWeight"]);
        RuleFor(r => r.SatisfactionWeight).NotNull().InclusiveBetween(0, 100).WithName(_ => l["Assessment:Rules:SatisfactionWeight"]);
        RuleFor(r => r.FalseClosurePoints).NotNull().InclusiveBetween(0, 100).WithName(_ => l["Assessment:Rules:FalseClosurePoints"]);
        RuleFor(r => r.OffPlatformProjectPoints).NotNull().InclusiveBetween(0, 100).WithName(_ => l["Assessment:Rules:OffPlatformProjectPoints"]);
        RuleFor(r => r.MissedInspectionPoints).NotNull().InclusiveBetween(0, 100).WithName(_ => l["Assessment:Rules:MissedInspectionPoints"]);
        RuleFor(r => r.LateSupervisionPoints).NotNull().InclusiveBetween(0, 100).WithName(_ => l["Assessment:Rules:LateSupervisionPoints"]);
        RuleFor(r => r.ExcellentFrom).NotNull().InclusiveBetween(0, 100).WithName(_ => l["Assessment:Rules:ExcellentFrom"]);
        RuleFor(r => r.GoodFrom).NotNull().InclusiveBetween(0, 100).WithName(_ => l["Assessment:Rules:GoodFrom"]);
        RuleFor(r => r.PassFrom).NotNull().InclusiveBetween(0, 100).WithName(_ => l["Assessment:Rules:PassFrom"]);
        RuleFor(r => r.RectificationWorkingDays).NotNull().InclusiveBetween(1, 120).WithName(_ => l["Assessment:Rules:RectificationWorkingDays"]);
        RuleFor(r => r.Note).MaximumLength(500).WithName(_ => l["Assessment:Rules:Note"]);
    }
}

internal sealed class AssessmentActionInputValidator : AbstractValidator<AssessmentActionInput>
{
    public AssessmentActionInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.SubjectCode).NotEmpty().MaximumLength(64).WithName(_ => l["Assessment:Action:Subject"]);
        RuleFor(r => r.SubjectKind).Must(k => k is AssessmentSubjectKinds.Body or AssessmentSubjectKinds.Township)
            .WithName(_ => l["Assessment:Action:Subject"]).WithMessage(_ => l["Assessment:UnknownSubjectKind"]);
        RuleFor(r => r.Kind).Must(k => k is AssessmentActionKinds.Praise or AssessmentActionKinds.Rectification)
            .WithName(_ => l["Assessment:Action:Kind"]).WithMessage(_ => l["Assessment:UnknownActionKind"]);
        RuleFor(r => r.Text).NotEmpty().MaximumLength(AssessmentAction.MaxTextLength).WithName(_ => l["Assessment:Action:Text"]);
        RuleFor(r => r.DueOn).Must(Dates.IsDate).When(r => r.DueOn is not null).WithName(_ => l["Assessment:Action:DueOn"]).WithMessage(_ => l["Oversight:BadDate"]);
    }
}

internal sealed class AssessmentActionDoneInputValidator : AbstractValidator<AssessmentActionDoneInput>
{
    public AssessmentActionDoneInputValidator(IStringLocalizer l) =>
        RuleFor(r => r.Note).NotEmpty().MaximumLength(AssessmentAction.MaxTextLength).WithName(_ => l["Assessment:Action:Note"]);
}

using System.Globalization;
using Dalad.Oversight.Domain;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Dalad.Oversight.Application;

internal static class Dates
{
    public static bool IsDate(string? text) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}

internal sealed class SupervisionInputValidator : AbstractValidator<SupervisionInput>
{
    public SupervisionInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.BodyCode).NotEmpty().MaximumLength(64).WithName(_ => l["Supervision:BodyCode"]);
        RuleFor(r => r.Subject).Must(s => s is not null && SupervisionSubjects.All.Contains(s)).WithName(_ => l["Supervision:Subject"])
            .WithMessage(_ => l["Oversight:UnknownSubject"]);
        RuleFor(r => r.SubjectRef).NotEmpty().When(r => r.Subject is SupervisionSubjects.Case or SupervisionSubjects.Warning).WithName(_ => l["Supervision:SubjectRef"]);
        RuleFor(r => r.SubjectRef).MaximumLength(Supervision.MaxRefLength).WithName(_ => l["Supervision:SubjectRef"]);
        RuleFor(r => r.Text).NotEmpty().MaximumLength(Supervision.MaxTextLength).WithName(_ => l["Supervision:Text"]);
        RuleFor(r => r).Must(r => (r.DueOn is null) != (r.WorkingDays is null)).WithName(_ => l["Supervision:DueOn"])
            .WithMessage(_ => l["Oversight:DueOnOrWorkingDays"]);
        RuleFor(r => r.DueOn).Must(Dates.IsDate).When(r => r.DueOn is not null).WithName(_ => l["Supervision:DueOn"]).WithMessage(_ => l["Oversight:BadDate"]);
        RuleFor(r => r.WorkingDays).InclusiveBetween(1, 60).When(r => r.WorkingDays is not null).WithName(_ => l["Supervision:WorkingDays"]);
    }
}

internal sealed class SupervisionAnswerInputValidator : AbstractValidator<SupervisionAnswerInput>
{
    public SupervisionAnswerInputValidator(IStringLocalizer l) =>
        RuleFor(r => r.Answer).NotEmpty().MaximumLength(Supervision.MaxTextLength).WithName(_ => l["Supervision:Answer"]);
}

internal sealed class InterviewInputValidator : AbstractValidator<InterviewInput>
{
    public InterviewInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.BodyCode).NotEmpty().MaximumLength(64).WithName(_ => l["Interview:BodyCode"]);
        RuleFor(r => r.Date).Must(Dates.IsDate).WithName(_ => l["Interview:Date"]).WithMessage(_ => l["Oversight:BadDate"]);
        RuleFor(r => r.People).NotEmpty().MaximumLength(Interview.MaxTextLength).WithName(_ => l["Interview:People"]);
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(Interview.MaxTextLength).WithName(_ => l["Interview:Reason"]);
        RuleFor(r => r.Rectification).NotEmpty().MaximumLength(Interview.MaxTextLength).WithName(_ => l["Interview:Rectification"]);
        RuleFor(r => r.RectificationDueOn).Must(Dates.IsDate).When(r => r.RectificationDueOn is not null)
            .WithName(_ => l["Interview:RectificationDueOn"]).WithMessage(_ => l["Oversight:BadDate"]);
    }
}

internal sealed class FollowUpInputValidator : AbstractValidator<FollowUpInput>
{
    public FollowUpInputValidator(IStringLocalizer l) =>
        RuleFor(r => r.FollowUp).NotEmpty().MaximumLength(Interview.MaxTextLength).WithName(_ => l["Interview:FollowUp"]);
}

internal sealed class AccountabilityReferralInputValidator : AbstractValidator<AccountabilityReferralInput>
{
    public AccountabilityReferralInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.BodyCode).NotEmpty().MaximumLength(64).WithName(_ => l["Referral:BodyCode"]);
        RuleFor(r => r.Date).Must(Dates.IsDate).WithName(_ => l["Referral:Date"]).WithMessage(_ => l["Oversight:BadDate"]);
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(Referral.MaxTextLength).WithName(_ => l["Referral:Reason"]);
        RuleFor(r => r.CaseNumbers).MaximumLength(Referral.MaxTextLength).WithName(_ => l["Referral:CaseNumbers"]);
    }
}

internal sealed class AccountabilityOutcomeInputValidator : AbstractValidator<AccountabilityOutcomeInput>
{
    public AccountabilityOutcomeInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Outcome).NotEmpty().MaximumLength(Referral.MaxTextLength).WithName(_ => l["Referral:Outcome"]);
        RuleFor(r => r.OutcomeOn).Must(Dates.IsDate).WithName(_ => l["Referral:OutcomeOn"]).WithMessage(_ => l["Oversight:BadDate"]);
    }
}

using Dalad.Oversight.Domain;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Dalad.Oversight.Application;

internal sealed class DrawEmployerInputValidator : AbstractValidator<DrawEmployerInput>
{
    public DrawEmployerInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.CreditCode).Must(DrawCodes.IsWellFormed).WithName(_ => l["Draw:CreditCode"]).WithMessage(_ => l["Draw:BadCreditCode"]);
        RuleFor(r => r.Name).NotEmpty().MaximumLength(DrawEmployer.MaxNameLength).WithName(_ => l["Draw:EmployerName"]);
        RuleFor(r => r.IndustryCode).NotEmpty().MaximumLength(8).WithName(_ => l["Draw:IndustryCode"]);
        RuleFor(r => r.RegisteredByBodyCode).NotEmpty().MaximumLength(64).WithName(_ => l["Draw:RegisteredBy"]);
        RuleFor(r => r.TerritoryCode).MaximumLength(12).WithName(_ => l["Draw:Territory"]);
    }
}

internal sealed class DrawInspectorInputValidator : AbstractValidator<DrawInspectorInput>
{
    public DrawInspectorInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(DrawInspector.MaxNameLength).WithName(_ => l["Draw:InspectorName"]);
        RuleFor(r => r.BodyCode).NotEmpty().MaximumLength(64).WithName(_ => l["Draw:InspectorBody"]);
        RuleFor(r => r.Conflicts).Must(c => c is null || c.Count <= 100).WithName(_ => l["Draw:Conflicts"]);
        RuleForEach(r => r.Conflicts).Must(DrawCodes.IsWellFormed).WithName(_ => l["Draw:Conflicts"]).WithMessage(_ => l["Draw:BadCreditCode"]);
    }
}

internal sealed class DrawInputValidator : AbstractValidator<DrawInput>
{
    public DrawInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(Draw.MaxTitleLength).WithName(_ => l["Draw:Title"]);
        RuleFor(r => r.Seed).MaximumLength(128).WithName(_ => l["Draw:Seed"]);
        RuleFor(r => r.Employers).NotNull().InclusiveBetween(1, 500).WithName(_ => l["Draw:Employers"]);
        RuleFor(r => r.TeamSize).InclusiveBetween(1, 5).When(r => r.TeamSize is not null).WithName(_ => l["Draw:TeamSize"]);
    }
}

internal sealed class DrawInspectionInputValidator : AbstractValidator<DrawInspectionInput>
{
    public DrawInspectionInputValidator(IStringLocalizer l)
    {
        RuleFor(r => r.CreditCode).Must(DrawCodes.IsWellFormed).WithName(_ => l["Draw:CreditCode"]).WithMessage(_ => l["Draw:BadCreditCode"]);
        RuleFor(r => r.InspectedOn).Must(Dates.IsDate).WithName(_ => l["Draw:InspectedOn"]).WithMessage(_ => l["Oversight:BadDate"]);
        RuleFor(r => r.Outcome).Must(o => o is not null && DrawOutcomes.All.Contains(o)).WithName(_ => l["Draw:Outcome"]).WithMessage(_ => l["Draw:UnknownOutcome"]);
        RuleFor(r => r.Summary).NotEmpty().MaximumLength(DrawInspection.MaxTextLength).WithName(_ => l["Draw:Summary"]);
    }
}

using Dalad.Cases;
using Dalad.Platform.Security;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using Dalad.Projects.Data;
using Dalad.Projects.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dalad.Projects.Application;

/// <summary>The lifecycle of a warning (handle, close, to-case) and the rules' settings.</summary>
internal sealed class WarningService(ProjectsDbContext db, ProjectReads reads, IProactiveCases cases, ICurrentUser user, IClock clock, IStringLocalizer l, WarningEvaluator evaluator)
{
    public Task<WarningDto> HandleAsync(Guid id, string note, CancellationToken ct) => ChangeAsync(id, w => w.Handle(note.Trim(), user.UserName, clock.UtcNow), ct);

    public Task<WarningDto> CloseAsync(Guid id, string note, CancellationToken ct) => ChangeAsync(id, w => w.Close(note.Trim(), user.UserName, clock.UtcNow), ct);

    /// <summary>One action: the warning becomes a case of the project's two owners (the industry owner leads), on the 1/5/15 workflow.</summary>
    public async Task<WarningCaseDto> ToCaseAsync(Guid id, CancellationToken ct)
    {
        var warning = await FindAsync(id, ct);
        Run(warning.EnsureCanBecomeCase);
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == warning.ProjectId, ct)
            ?? throw new EntityNotFoundException(nameof(Project), warning.ProjectId);
        var dto = reads.ToDto(warning);
        var text = l["Warnings:CaseText", dto.RuleName, project.Name, string.Join("；", dto.Evidence.Select(e => e.Name + "：" + e.Value))].Value;
        var opened = await cases.OpenAsync(new ProactiveCaseRequest(
            "warning-" + warning.Id.ToString("N"), text, project.Address, project.GeneralContractor, project.Name,
            project.TerritoryCode, warning.TerritorialBodyCode, warning.IndustryBodyCode), ct);
        warning.BecameCase(opened.CaseId, opened.CaseNumber, l["Warnings:BecameCase", opened.CaseNumber], user.UserName, clock.UtcNow);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw Conflict("Warnings:ChangedMeanwhile"); }
        return new WarningCaseDto(warning.Id, opened.CaseId, opened.CaseNumber);
    }

    public async Task<WarningRuleDto> UpdateRuleAsync(string key, WarningRuleInput input, CancellationToken ct)
    {
        var rule = await db.Rules.FirstOrDefaultAsync(r => r.Key == key, ct) ?? throw new EntityNotFoundException(nameof(WarningRule), key);
        rule.Threshold = input.Threshold!.Value;
        rule.Severity = input.Severity!;
        rule.Enabled = input.Enabled!.Value;
        await db.SaveChangesAsync(ct);
        // Applies at once to every project (a lower threshold may raise warnings now).
        await evaluator.EvaluateAllAsync(ct);
        return (await reads.RulesAsync(ct)).Single(r => r.Key == key);
    }

    private async Task<WarningDto> ChangeAsync(Guid id, Action<Warning> change, CancellationToken ct)
    {
        var warning = await FindAsync(id, ct);
        Run(() => change(warning));
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw Conflict("Warnings:ChangedMeanwhile"); }
        return reads.ToDto(warning);
    }

    private async Task<Warning> FindAsync(Guid id, CancellationToken ct) =>
        await db.Warnings.FirstOrDefaultAsync(w => w.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Warning), id);

    private static void Run(Action action)
    {
        try { action(); }
        catch (WarningRuleException e) { throw Conflict(e.MessageKey, e.Arguments); }
    }

    private static BusinessException Conflict(string key, params object[] args) => new(key, args) { StatusCode = StatusCodes.Status409Conflict };
}

using Dalad.Cases.Data;
using Dalad.Responsibility;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Cases.Application;

/// <summary>A body that still owns open cases (in either role) cannot be deactivated: the matrix asks this before it does.</summary>
internal sealed class OpenCaseCounter(CasesDbContext db) : IOpenCaseCounter
{
    // Counts every body's cases, whoever asks: the rule is about the body, not about what the caller may read.
    public Task<int> CountOpenCasesAsync(string bodyCode, CancellationToken cancellationToken) =>
        db.Cases.IgnoreQueryFilters().CountAsync(c => c.Status != CaseStatuses.Closed && c.Assignments.Any(a => a.BodyCode == bodyCode), cancellationToken);
}

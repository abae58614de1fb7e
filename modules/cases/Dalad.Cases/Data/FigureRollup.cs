using Dalad.Platform.Data;

namespace Dalad.Cases.Data;

/// <summary>
/// One cell of the command view's monthly roll-up (<see cref="Application.FigureRollupBuilder"/>): the additive counts
/// of the facts of one kind in one whole Beijing month, keyed by what any caller's scope and any figure row can be summed
/// from — the case's territory and its two current owners (one assignment per role), the lead role and, for visits,
/// transfers and leads, the body the fact belongs to. Cases are dated by their opening, visits and transfers by their
/// own creation, leads by their registration: each kind by the date the live figures filter it on.
/// </summary>
public sealed class FigureRollup : IAuditExempt
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary><see cref="FigureRollupKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Beijing month, yyyyMM (202603).</summary>
    public int Month { get; init; }

    /// <summary>The case's territory; for a lead its proposed territory (the live lead count filters on that).</summary>
    public string? TerritoryCode { get; init; }

    public string? TerritorialBodyCode { get; init; }
    public string? IndustryBodyCode { get; init; }
    public string? LeadRole { get; init; }

    /// <summary>The visit's resolving body, the transfer's giving body, the lead's intake desk; null for cases.</summary>
    public string? ActorBodyCode { get; init; }

    /// <summary>Cases opened, visits, transfers or leads.</summary>
    public int Count { get; init; }

    public int Open { get; init; }
    public int OverdueNow { get; init; }
    public int ReceiveInTime { get; init; }
    public int ReceiveOverdue { get; init; }
    public int AcceptInTime { get; init; }
    public int AcceptOverdue { get; init; }
    public int HandleInTime { get; init; }
    public int HandleOverdue { get; init; }
    public int Reopenings { get; init; }
    public int AnyOverdue { get; init; }
    public int Closed { get; init; }

    /// <summary>Visits whose complainant was satisfied.</summary>
    public int Satisfied { get; init; }
}

public static class FigureRollupKinds
{
    public const string Case = "case";
    public const string Visit = "visit";
    public const string Transfer = "transfer";
    public const string Lead = "lead";
}

/// <summary>A month the roll-up holds: built at <see cref="BuiltAt"/> (the "now" its open and overdue counts were judged
/// against), and found unchanged since by the job's run at <see cref="CheckedAt"/> — the figures' "as of".</summary>
public sealed class FigureRollupMonth : IAuditExempt
{
    public int Month { get; init; }
    public DateTime BuiltAt { get; set; }
    public DateTime CheckedAt { get; set; }
}

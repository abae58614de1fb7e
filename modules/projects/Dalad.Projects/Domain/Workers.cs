using Dalad.Platform.Data;
using Dalad.Platform.PersonalData;

namespace Dalad.Projects.Domain;

/// <summary>A worker on a project (实名制): identified by the national identity number, shown masked.</summary>
public sealed class Worker : AuditedEntity
{
    public const int MaxNameLength = 64;

    public Guid ProjectId { get; set; }
    public required string Name { get; set; }

    /// <summary>18 characters, GB 11643 check character upper-case (<see cref="ChineseIdCard"/>).</summary>
    [SensitiveData]
    public required string IdNumber { get; set; }

    /// <summary>班组.</summary>
    public string? Team { get; set; }
    public string? Subcontractor { get; set; }

    /// <summary>The worker as a warning or a list names him: the name's first character and the masked number.</summary>
    public string MaskedLabel => (Name.Length > 0 ? Name[..1] + new string('*', Math.Max(Name.Length - 1, 1)) : "*") + "（" + ChineseIdCard.Mask(IdNumber) + "）";
}

/// <summary>One clock-in of a worker on a site terminal: unique by device, worker and time (an import may be sent again).</summary>
public sealed class AttendanceRecord : IAuditExempt
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProjectId { get; set; }
    public Guid WorkerId { get; set; }
    public required string DeviceId { get; set; }
    public DateTime Time { get; set; }

    /// <summary>The Beijing date of <see cref="Time"/>: a day worked.</summary>
    public DateOnly Date { get; set; }

    /// <summary>yyyy-MM of <see cref="Date"/>, what pay is compared by.</summary>
    public required string Month { get; set; }
}

/// <summary>What a worker was paid for one month (the general contractor's 代发 from the wage account).</summary>
public sealed class PayRecord : AuditedEntity
{
    public Guid ProjectId { get; set; }
    public Guid WorkerId { get; set; }
    public required string Month { get; set; }
    public int DaysPaid { get; set; }
    public decimal Amount { get; set; }
    public DateOnly PaidOn { get; set; }
}

/// <summary>Days worked (attendance) against days paid for one worker and month: what the pay rule compares.</summary>
public sealed record WorkerMonth(Guid WorkerId, string Worker, string Month, int DaysWorked, int DaysPaid);

using Dalad.Platform.Data;

namespace Dalad.Projects.Domain;

/// <summary>A worker on a project (实名制): identified by the national identity number, shown masked.</summary>
public sealed class Worker : AuditedEntity
{
    public const int MaxNameLength = 64;

    public Guid ProjectId { get; set; }
    public required string Name { get; set; }

    /// <summary>18 characters, GB 11643 check character upper-case.</summary>
    [SensitiveData]
    public required string IdNumber { get; set; }

    /// <summary>班组.</summary>
    public string? Team { get; set; }
    public string? Subcontractor { get; set; }

    /// <summary>The worker as a warning or a list names him: the name's first character and the masked number.</summary>
    public string MaskedLabel => (Name.Length > 0 ? Name[..1] + new string('*', Math.Max(Name.Length - 1, 1)) : "*") + "（" + IdNumbers.Mask(IdNumber) + "）";
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

/// <summary>The national identity number (GB 11643-1999): 17 digits and a check character (ISO 7064 MOD 11-2).</summary>
public static class IdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static string Normalize(string input) => input.Trim().ToUpperInvariant();

    public static char CheckCharacter(string first17) =>
        CheckCharacters[first17.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11];

    /// <summary>True for 18 characters, 17 digits, a valid birth date and the right check character.</summary>
    public static bool IsValid(string? input)
    {
        if (input is null) return false;
        var id = Normalize(input);
        if (id.Length != 18 || !id[..17].All(char.IsAsciiDigit)) return false;
        if (!DateOnly.TryParseExact(id[6..14], "yyyyMMdd", out _)) return false;
        return CheckCharacter(id[..17]) == id[17];
    }

    /// <summary>The first 4 and last 4 characters; the rest starred (birth date and sequence hidden).</summary>
    public static string Mask(string id) => id.Length > 8 ? id[..4] + new string('*', id.Length - 8) + id[^4..] : new string('*', id.Length);
}

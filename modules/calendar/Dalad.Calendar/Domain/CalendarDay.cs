using Dalad.Platform.Data;

namespace Dalad.Calendar.Domain;

/// <summary>
/// A day that departs from the weekend rule or is named in the State Council's holiday notice: a public holiday or a
/// make-up working day. <see cref="Date"/> is a Beijing calendar date, not a moment, so it has no time zone to convert.
/// </summary>
public sealed class CalendarDay : AuditedEntity
{
    public const int MaxTypeLength = 16;
    public const int MaxNameLength = 64;

    public DateOnly Date { get; set; }

    /// <summary><see cref="CalendarDayTypes.Holiday"/> or <see cref="CalendarDayTypes.Workday"/>.</summary>
    public required string Type { get; set; }

    public required string Name { get; set; }

    public CalendarDayDto ToDto() => new(Date, Type, Name);
}

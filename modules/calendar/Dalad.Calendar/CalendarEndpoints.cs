using System.Globalization;
using System.Text.RegularExpressions;
using Dalad.Calendar.Data;
using Dalad.Calendar.Domain;
using Dalad.Platform.Events;
using Dalad.Platform.Permissions;
using Dalad.Platform.Timing;
using Dalad.Platform.Web;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dalad.Calendar;

/// <param name="From">An ISO 8601 moment; without an offset it is read as Beijing time.</param>
/// <param name="Days">Working days to add, 0–365.</param>
public sealed record AddWorkingDaysQuery(string? From, string? Days);

public sealed record WorkingDaysBetweenQuery(string? From, string? To);

public sealed record CalendarDaysQuery(string? Year);

internal static class CalendarEndpoints
{
    public const int MaxDays = 365;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/app/calendar").WithTags("Calendar");

        // Deadlines are shown to everyone who works cases, so computing them needs only a signed-in user.
        group.MapGet("/add-working-days", ([AsParameters] AddWorkingDaysQuery query, IWorkingCalendar calendar) =>
                new DueDto(calendar.AddWorkingDays(CalendarInput.ParseMoment(query.From!), int.Parse(query.Days!, CultureInfo.InvariantCulture))))
            .Validate<AddWorkingDaysQuery>().RequireAuthorization();

        group.MapGet("/working-days-between", ([AsParameters] WorkingDaysBetweenQuery query, IWorkingCalendar calendar) =>
                new WorkingDaysDto(calendar.WorkingDaysBetween(CalendarInput.ParseMoment(query.From!), CalendarInput.ParseMoment(query.To!))))
            .Validate<WorkingDaysBetweenQuery>().RequireAuthorization();

        group.MapGet("/days", async ([AsParameters] CalendarDaysQuery query, CalendarDbContext db, CancellationToken ct) =>
        {
            var days = db.Days.AsNoTracking();
            if (query.Year is { Length: > 0 } text)
            {
                var year = int.Parse(text, CultureInfo.InvariantCulture);
                days = days.Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31));
            }
            var items = await days.OrderBy(d => d.Date).Select(d => new CalendarDayDto(d.Date, d.Type, d.Name)).ToListAsync(ct);
            return Results.Ok(new CalendarDayPageDto(items.Count, items));
        }).Validate<CalendarDaysQuery>().RequirePermission(CalendarPermissions.Default).Produces<CalendarDayPageDto>();

        group.MapPost("/days", async (CreateCalendarDayInput input, CalendarDbContext db, WorkingCalendar calendar, IEventBus bus, IStringLocalizer l, CancellationToken ct) =>
        {
            var date = CalendarInput.ParseDate(input.Date!);
            if (await db.Days.AsNoTracking().FirstOrDefaultAsync(d => d.Date == date, ct) is { } existing)
                throw Duplicate(existing, l);
            var day = new CalendarDay { Date = date, Type = input.Type!, Name = input.Name!.Trim() };
            db.Days.Add(day);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Someone added the same date between our check and our insert, and the unique index refused ours?
                if (await db.Days.AsNoTracking().FirstOrDefaultAsync(d => d.Date == date, ct) is { } added) throw Duplicate(added, l);
                throw;
            }
            await CalendarChangedAsync(calendar, bus, date);
            return Results.Created($"/api/app/calendar/days/{CalendarInput.Format(date)}", day.ToDto());
        }).Validate<CreateCalendarDayInput>().RequirePermission(CalendarPermissions.Manage).Produces<CalendarDayDto>(StatusCodes.Status201Created);

        group.MapPut("/days/{date}", async (string date, UpdateCalendarDayInput input, CalendarDbContext db, WorkingCalendar calendar, IEventBus bus, CancellationToken ct) =>
        {
            var day = await FindAsync(db, date, ct);
            if (input.Type == CalendarDayTypes.Workday && !CalendarInput.IsWeekend(day.Date))
                throw new BusinessException("Calendar:WorkdayMustBeWeekend", CalendarInput.Format(day.Date));
            day.Type = input.Type!;
            day.Name = input.Name!.Trim();
            await db.SaveChangesAsync(ct);
            await CalendarChangedAsync(calendar, bus, day.Date);
            return Results.Ok(day.ToDto());
        }).Validate<UpdateCalendarDayInput>().RequirePermission(CalendarPermissions.Manage).Produces<CalendarDayDto>();

        group.MapDelete("/days/{date}", async (string date, CalendarDbContext db, WorkingCalendar calendar, IEventBus bus, CancellationToken ct) =>
        {
            var day = await FindAsync(db, date, ct);
            db.Days.Remove(day);
            await db.SaveChangesAsync(ct);
            await CalendarChangedAsync(calendar, bus, day.Date);
            return Results.NoContent();
        }).RequirePermission(CalendarPermissions.Manage);
    }

    private static async Task<CalendarDay> FindAsync(CalendarDbContext db, string text, CancellationToken ct)
    {
        if (!CalendarInput.TryParseDate(text, out var date)) throw new BusinessException("Calendar:InvalidDate", text);
        return await db.Days.FirstOrDefaultAsync(d => d.Date == date, ct) ?? throw new EntityNotFoundException(nameof(CalendarDay), text);
    }

    private static BusinessException Duplicate(CalendarDay existing, IStringLocalizer l) =>
        new("Calendar:DuplicateDay", CalendarInput.Format(existing.Date), l["CalendarDayType:" + existing.Type].Value, existing.Name) { StatusCode = StatusCodes.Status409Conflict };

    /// <summary>
    /// The change is committed: refresh this instance's snapshot now, whatever happens to the request, so the next
    /// computation here uses it; then tell everyone else (other caches, and other instances once the bus fans out).
    /// </summary>
    private static async Task CalendarChangedAsync(WorkingCalendar calendar, IEventBus bus, DateOnly date)
    {
        await calendar.ReloadAsync(CancellationToken.None);
        await bus.PublishAsync(new WorkingCalendarChanged(date), CancellationToken.None);
    }
}

/// <summary>Parsing of the dates and moments the calendar API accepts.</summary>
internal static partial class CalendarInput
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    // ISO 8601 extended format: a date, optionally a time, optionally an offset.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$")]
    private static partial Regex IsoMoment();

    /// <summary>An ISO 8601 moment; without an offset (or a time) it is read as Beijing time.</summary>
    public static bool TryParseMoment(string? text, out DateTimeOffset moment)
    {
        moment = default;
        if (text is null || !IsoMoment().IsMatch(text)) return false;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)) return false;
        // Years 0001 and 9999 overflow once an offset or working days are applied: the same guard as for dates.
        if (parsed.Year is < MinYear or > MaxYear) return false;
        if (parsed.Kind != DateTimeKind.Unspecified)
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out moment);
        moment = new DateTimeOffset(parsed, BeijingTime.Zone.GetUtcOffset(parsed));
        return true;
    }

    public static DateTimeOffset ParseMoment(string text) =>
        TryParseMoment(text, out var moment) ? moment : throw new FormatException($"Not an ISO 8601 moment: {text}");

    /// <summary>yyyy-MM-dd, a real date between <see cref="MinYear"/> and <see cref="MaxYear"/> (a guard against typos).</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && date.Year is >= MinYear and <= MaxYear;

    public static DateOnly ParseDate(string text) =>
        TryParseDate(text, out var date) ? date : throw new FormatException($"Not a date: {text}");

    public static bool TryParseDays(string? text, out int days) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out days) && days <= CalendarEndpoints.MaxDays;

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal sealed class AddWorkingDaysQueryValidator : AbstractValidator<AddWorkingDaysQuery>
{
    public AddWorkingDaysQueryValidator(IStringLocalizer l)
    {
        RuleFor(q => q.From).Cascade(CascadeMode.Stop)
            .NotEmpty().WithName(_ => l["Field:Calendar.From"])
            .Must(v => CalendarInput.TryParseMoment(v, out _)).WithMessage(q => l["Calendar:InvalidMoment", q.From!]);
        RuleFor(q => q.Days).Cascade(CascadeMode.Stop)
            .NotEmpty().WithName(_ => l["Field:Calendar.Days"])
            .Must(v => CalendarInput.TryParseDays(v, out _)).WithMessage(q => l["Calendar:InvalidDays", q.Days!, CalendarEndpoints.MaxDays]);
    }
}

internal sealed class WorkingDaysBetweenQueryValidator : AbstractValidator<WorkingDaysBetweenQuery>
{
    public WorkingDaysBetweenQueryValidator(IStringLocalizer l)
    {
        RuleFor(q => q.From).Cascade(CascadeMode.Stop)
            .NotEmpty().WithName(_ => l["Field:Calendar.From"])
            .Must(v => CalendarInput.TryParseMoment(v, out _)).WithMessage(q => l["Calendar:InvalidMoment", q.From!]);
        RuleFor(q => q.To).Cascade(CascadeMode.Stop)
            .NotEmpty().WithName(_ => l["Field:Calendar.To"])
            .Must(v => CalendarInput.TryParseMoment(v, out _)).WithMessage(q => l["Calendar:InvalidMoment", q.To!]);
    }
}

internal sealed class CalendarDaysQueryValidator : AbstractValidator<CalendarDaysQuery>
{
    public CalendarDaysQueryValidator(IStringLocalizer l)
    {
        RuleFor(q => q.Year)
            .Must(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= CalendarInput.MinYear and <= CalendarInput.MaxYear)
            .When(q => !string.IsNullOrEmpty(q.Year))
            .WithMessage(q => l["Calendar:InvalidYear", q.Year!, CalendarInput.MinYear, CalendarInput.MaxYear]);
    }
}

internal sealed class CreateCalendarDayInputValidator : AbstractValidator<CreateCalendarDayInput>
{
    public CreateCalendarDayInputValidator(IStringLocalizer l)
    {
        RuleFor(x => x.Date).Cascade(CascadeMode.Stop)
            .NotEmpty().WithName(_ => l["Field:Calendar.Date"])
            .Must(v => CalendarInput.TryParseDate(v, out _)).WithMessage(x => l["Calendar:InvalidDate", x.Date!])
            // A make-up working day on a weekday would change nothing: almost certainly a wrong date.
            .Must(v => CalendarInput.IsWeekend(CalendarInput.ParseDate(v!))).When(x => x.Type == CalendarDayTypes.Workday, ApplyConditionTo.CurrentValidator)
            .WithMessage(x => l["Calendar:WorkdayMustBeWeekend", x.Date!]);
        RuleFor(x => x.Type).Cascade(CascadeMode.Stop)
            .NotEmpty().WithName(_ => l["Field:Calendar.Type"])
            .Must(v => CalendarDayTypes.All.Contains(v)).WithMessage(x => l["Calendar:UnknownType", x.Type!]);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(CalendarDay.MaxNameLength).WithName(_ => l["Field:Calendar.Name"]);
    }
}

internal sealed class UpdateCalendarDayInputValidator : AbstractValidator<UpdateCalendarDayInput>
{
    public UpdateCalendarDayInputValidator(IStringLocalizer l)
    {
        RuleFor(x => x.Type).Cascade(CascadeMode.Stop)
            .NotEmpty().WithName(_ => l["Field:Calendar.Type"])
            .Must(v => CalendarDayTypes.All.Contains(v)).WithMessage(x => l["Calendar:UnknownType", x.Type!]);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(CalendarDay.MaxNameLength).WithName(_ => l["Field:Calendar.Name"]);
    }
}

using Dalad.Calendar.Data;
using Dalad.Calendar.Domain;
using Microsoft.EntityFrameworkCore;

namespace Dalad.Calendar;

public static class CalendarSeeder
{
    /// <summary>
    /// Adds the seed rows of every year the table has no day of yet. A year the joint office has started to edit is
    /// left alone, so a day they removed does not come back at the next start; a new year added to the seed file does.
    /// </summary>
    public static async Task SeedAsync(CalendarDbContext db, CancellationToken ct)
    {
        var yearsPresent = (await db.Days.Select(d => d.Date).ToListAsync(ct)).Select(d => d.Year).ToHashSet();
        foreach (var day in ReadSeed().Where(d => !yearsPresent.Contains(d.Date.Year)))
            db.Days.Add(new CalendarDay { Date = day.Date, Type = day.Type, Name = day.Name });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The module's copy of the national holiday list (SeedData/holidays-cn.csv: date,type,name).</summary>
    public static IReadOnlyList<CalendarDayDto> ReadSeed()
    {
        var assembly = typeof(CalendarSeeder).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".SeedData.holidays-cn.csv", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        var days = new List<CalendarDayDto>();
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var fields = line.Split(',', 3);
            days.Add(new CalendarDayDto(DateOnly.ParseExact(fields[0], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), fields[1], fields[2]));
        }
        return days;
    }
}

using Dalad.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Shouldly;
using Xunit;

namespace Dalad.Platform.Tests;

/// <summary>
/// EF Core builds a model's table mapping lazily, and two threads that first touch one cached model at once can make
/// one of them throw "The model must be finalized …" (a fresh-clone CI failed so when parallel test hosts seeded).
/// Every module context is configured by <see cref="DatabaseSetup"/>, whose model source builds the mapping before any
/// context can use the model.
/// </summary>
public class ModelSourceTests
{
    [Fact]
    public void A_context_configured_for_a_module_gets_its_model_with_the_table_mapping_already_built()
    {
        // A context type no other test uses, so its model is built here, fresh, whatever ran before.
        using var context = new FreshContext(Options<FreshContext>());

        context.Model.FindRuntimeAnnotation(RelationalAnnotationNames.RelationalModel).ShouldNotBeNull();
    }

    [Fact]
    public async Task Many_contexts_that_first_touch_one_model_at_once_all_save()
    {
        var options = Options<ProbeContext>();
        await using (var setup = new ProbeContext(options)) await setup.Database.EnsureCreatedAsync();

        var start = new Barrier(8);
        var saves = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            start.SignalAndWait();
            await using var context = new ProbeContext(options);
            context.Rows.Add(new ProbeRow { Name = "行" + i });
            return await context.SaveChangesAsync();
        }));

        (await Task.WhenAll(saves)).Sum().ShouldBe(8);
    }

    private static DbContextOptions<T> Options<T>() where T : DbContext
    {
        var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=probe-" + Guid.NewGuid().ToString("N") + ";Mode=Memory;Cache=Shared");
        connection.Open();
        var builder = new DbContextOptionsBuilder<T>();
        DatabaseSetup.Configure(builder, new DatabaseOptions { Provider = DatabaseProvider.Sqlite }, "probe", connection);
        return builder.Options;
    }

    private sealed class ProbeContext(DbContextOptions<ProbeContext> options) : DbContext(options)
    {
        public DbSet<ProbeRow> Rows => Set<ProbeRow>();
    }

    private sealed class FreshContext(DbContextOptions<FreshContext> options) : DbContext(options)
    {
        public DbSet<ProbeRow> Rows => Set<ProbeRow>();
    }

    private sealed class ProbeRow
    {
        public int Id { get; set; }
        public string Name { get; set; } = "";
    }
}

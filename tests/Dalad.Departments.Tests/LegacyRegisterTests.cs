using Dalad.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Shouldly;

namespace Dalad.Departments.Tests;

/// <summary>An installation from before the shared register table (SQLite): the housing plugin's own table with one entry.</summary>
public sealed class HostWithLegacyRegister : DepartmentsHost
{
    public const string EntryId = "5E0B1F3A-2C4D-4E6F-8A9B-0C1D2E3F4A5B";
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "dalad-tests", "legacy-" + Guid.NewGuid().ToString("N"));

    public HostWithLegacyRegister()
    {
        if (TestEnvironment.UsePostgreSql) return; // the PostgreSQL path is the same SQL on schema "housing"; the fixture is SQLite's
        Directory.CreateDirectory(DataPath);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(DataPath, "dalad.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        // The table as the housing plugin's Initial migration created it.
        command.CommandText = """
            CREATE TABLE "housing_RegisterEntries" ("Id" TEXT NOT NULL PRIMARY KEY, "OwnerBodyCode" TEXT NOT NULL, "Kind" TEXT NOT NULL,
              "Name" TEXT NOT NULL, "Aliases" TEXT NOT NULL, "TerritoryCode" TEXT NULL, "IndustryBodyCode" TEXT NULL, "Attributes" TEXT NULL,
              "IsActive" INTEGER NOT NULL, "CreatedAt" TEXT NOT NULL, "CreatedBy" TEXT NULL, "LastModifiedAt" TEXT NULL, "LastModifiedBy" TEXT NULL);
            INSERT INTO "housing_RegisterEntries" VALUES ('5E0B1F3A-2C4D-4E6F-8A9B-0C1D2E3F4A5B', 'housing', 'project', '旧登记测试项目', '旧项目',
              '150621102', 'housing', NULL, 1, '2026-11-20 08:00:00', 'old-clerk', NULL, NULL);
            """;
        command.ExecuteNonQuery();
    }

    protected override void Configure(IWebHostBuilder builder)
    {
        if (!TestEnvironment.UsePostgreSql) builder.UseSetting("Dalad:DataPath", DataPath);
    }
}

public sealed class LegacyRegisterTests(HostWithLegacyRegister host) : IClassFixture<HostWithLegacyRegister>
{
    [Fact]
    public async Task A_plugins_old_register_table_moves_into_the_shared_one_at_start()
    {
        if (TestEnvironment.UsePostgreSql) return;
        using var admin = await host.CreateClientAsAsync("admin");
        var entry = await admin.GetJsonAsync($"{Http.Register("housing")}/{HostWithLegacyRegister.EntryId.ToLowerInvariant()}");
        entry.Str("name").ShouldBe("旧登记测试项目");
        entry.Str("ownerBodyCode").ShouldBe("housing");
        entry.GetProperty("aliases")[0].GetString().ShouldBe("旧项目");
        (await admin.GetJsonAsync(Http.Register("transport"))).GetProperty("totalCount").GetInt64().ShouldBe(0);

        using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataPath, "dalad.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'housing_RegisterEntries'";
        Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(0);
    }
}

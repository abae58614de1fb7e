namespace Dalad.Testing;

/// <summary>
/// Which real services the suite runs against, from the environment the test script sets:
/// <c>DALAD_TEST_DB</c> = Sqlite (default) or PostgreSql, <c>DALAD_TEST_PG</c> = a PostgreSQL connection string
/// without a database name, <c>DALAD_TEST_REDIS</c> = a Redis endpoint. Asking for PostgreSQL without a server fails
/// loudly: nothing is skipped silently.
/// </summary>
public static class TestEnvironment
{
    public static bool UsePostgreSql => string.Equals(Environment.GetEnvironmentVariable("DALAD_TEST_DB"), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    public static string PostgreSqlServer => Environment.GetEnvironmentVariable("DALAD_TEST_PG") is { Length: > 0 } cs
        ? cs
        : throw new InvalidOperationException("DALAD_TEST_DB=PostgreSql needs DALAD_TEST_PG (e.g. Host=127.0.0.1;Port=55432;Username=postgres). Run the suite with scripts/test.sh.");

    public static string? Redis => Environment.GetEnvironmentVariable("DALAD_TEST_REDIS") is { Length: > 0 } redis ? redis : null;

    public static string Describe() => UsePostgreSql ? "PostgreSql" + (Redis is null ? "" : "+Redis") : "Sqlite" + (Redis is null ? "" : "+Redis");
}

using Microsoft.Extensions.Configuration;

namespace Dalad.Search.Elasticsearch;

/// <summary>The scaled profile's search cluster: <c>Search:Provider=Elasticsearch</c> and the section <c>Search:Elasticsearch</c>.</summary>
public sealed class ElasticsearchOptions
{
    /// <summary>The cluster's nodes; requests go round-robin and fail over to the next node.</summary>
    public IReadOnlyList<Uri> Urls { get; init; } = [];
    public string? Username { get; init; }
    public string? Password { get; init; }

    /// <summary>Every index and alias starts with it, so several platforms (or a test run) can share a cluster.</summary>
    public string IndexPrefix { get; init; } = "dalad";
    public int Shards { get; init; } = 1;
    public int Replicas { get; init; } = 1;

    /// <summary>The Chinese analyzer of the text fields: <c>cjk</c> (built in, bigrams), <c>smartcn</c> (plugin
    /// analysis-smartcn) or <c>ik</c> (plugin analysis-ik: ik_max_word to index, ik_smart to search).</summary>
    public string Analyzer { get; init; } = "cjk";

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Documents per bulk request.</summary>
    public int BulkSize { get; init; } = 1000;

    /// <summary>How often a bulk item rejected for a passing reason (429 queue full, 5xx) is sent again.</summary>
    public int BulkRetries { get; init; } = 3;

    public static bool IsSelected(IConfiguration configuration) =>
        string.Equals(configuration["Search:Provider"], "Elasticsearch", StringComparison.OrdinalIgnoreCase);

    public static ElasticsearchOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Search:Elasticsearch");
        // Urls: a list (Urls:0, Urls:1…) or one string separated by commas or semicolons (an environment variable).
        var urls = section.GetSection("Urls").GetChildren().Select(c => c.Value).Append(section["Urls"])
            .SelectMany(v => (v ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct().ToList();
        var bad = urls.FirstOrDefault(u => !Uri.TryCreate(u, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"));
        if (urls.Count == 0 || bad is not null)
            throw new InvalidOperationException(bad is null
                ? "Search:Provider=Elasticsearch needs Search:Elasticsearch:Urls (e.g. http://es1:9200,http://es2:9200)."
                : $"Search:Elasticsearch:Urls has a value that is not an http(s) address: '{bad}'.");
        var analyzer = (section["Analyzer"] ?? "cjk").ToLowerInvariant();
        if (analyzer is not ("cjk" or "smartcn" or "ik"))
            throw new InvalidOperationException($"Search:Elasticsearch:Analyzer must be cjk, smartcn or ik, not '{analyzer}'.");
        var prefix = section["IndexPrefix"] is { Length: > 0 } p ? p : "dalad";
        if (!prefix.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            throw new InvalidOperationException($"Search:Elasticsearch:IndexPrefix may hold only a-z, 0-9 and '-', not '{prefix}'.");
        return new ElasticsearchOptions
        {
            Urls = urls.Select(u => new Uri(u)).ToList(),
            Username = section["Username"],
            Password = section["Password"],
            IndexPrefix = prefix,
            Shards = section.GetValue("Shards", 1),
            Replicas = section.GetValue("Replicas", 1),
            Analyzer = analyzer,
            RequestTimeout = TimeSpan.FromSeconds(section.GetValue("RequestTimeoutSeconds", 10)),
            BulkSize = section.GetValue("BulkSize", 1000),
            BulkRetries = section.GetValue("BulkRetries", 3),
        };
    }
}

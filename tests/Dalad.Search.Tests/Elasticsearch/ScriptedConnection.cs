using System.Collections.Concurrent;
using System.Text;
using Elasticsearch.Net;

namespace Dalad.Search.Tests.Elasticsearch;

/// <summary>One request as the client sent it.</summary>
public sealed record SentRequest(string Node, string Method, string Path, string Body)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>
/// Elasticsearch.Net's in-memory connection (no network), answering each request from a script: the test says what the
/// cluster answers to a method and path, in the shapes of the Elasticsearch 7 documentation, and reads back what was
/// sent. A node listed in <see cref="DownNodes"/> does not answer at all, like a node that is down.
/// </summary>
// The product header marks every answer as Elasticsearch's, as a 7.14+ server sends it (the client refuses answers without).
public sealed class ScriptedConnection() : InMemoryConnection(productCheckResponse: null, statusCode: 200, productHeader: "Elasticsearch")
{
    private readonly List<(string Method, string PathPrefix, Func<SentRequest, (int Status, string Body)> Answer)> _script = [];

    public ConcurrentQueue<SentRequest> Sent { get; } = new();
    public HashSet<string> DownNodes { get; } = [];

    /// <summary>Adds an answer; the latest added for a matching method and path prefix wins.</summary>
    public ScriptedConnection On(string method, string pathPrefix, Func<SentRequest, (int, string)> answer)
    {
        _script.Insert(0, (method, pathPrefix, answer));
        return this;
    }

    public ScriptedConnection On(string method, string pathPrefix, int status, string body) => On(method, pathPrefix, _ => (status, body));

    public IReadOnlyList<SentRequest> To(string method, string pathPrefix) =>
        Sent.Where(r => r.Method == method && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).ToList();

    public override async Task<TResponse> RequestAsync<TResponse>(RequestData requestData, CancellationToken cancellationToken)
    {
        var node = requestData.Uri.GetLeftPart(UriPartial.Authority);
        if (DownNodes.Contains(node))
            return await ResponseBuilder.ToResponseAsync<TResponse>(requestData, new HttpRequestException($"Connection refused ({node})"),
                null, null, Stream.Null, null, null, cancellationToken);
        if (requestData.Uri.AbsolutePath == "/" && requestData.Method == global::Elasticsearch.Net.HttpMethod.GET)
            return await ReturnConnectionStatusAsync<TResponse>(requestData, cancellationToken); // the client's product check
        if (requestData.Uri.AbsolutePath == "/" && requestData.Method == global::Elasticsearch.Net.HttpMethod.HEAD)
            return await ReturnConnectionStatusAsync<TResponse>(requestData, cancellationToken, [], 200, RequestData.DefaultJsonMimeType); // the pool's ping

        var body = "";
        if (requestData.PostData is { } data)
        {
            using var stream = new MemoryStream();
            await data.WriteAsync(stream, requestData.ConnectionSettings, cancellationToken);
            body = Encoding.UTF8.GetString(stream.ToArray());
        }
        var sent = new SentRequest(node, requestData.Method.ToString(), "/" + requestData.PathAndQuery.TrimStart('/'), body);
        Sent.Enqueue(sent);
        var (_, _, answer) = _script.FirstOrDefault(s => s.Method == sent.Method && sent.Path.StartsWith(s.PathPrefix, StringComparison.Ordinal));
        var (status, responseBody) = answer is null ? (404, """{"error":{"type":"index_not_found_exception","reason":"no such index"},"status":404}""") : answer(sent);
        return await ReturnConnectionStatusAsync<TResponse>(requestData, cancellationToken, Encoding.UTF8.GetBytes(responseBody), status, RequestData.DefaultJsonMimeType);
    }

    public override TResponse Request<TResponse>(RequestData requestData) =>
        RequestAsync<TResponse>(requestData, CancellationToken.None).GetAwaiter().GetResult();
}

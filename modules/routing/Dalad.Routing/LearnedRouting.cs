using Dalad.Platform.Events;
using Dalad.Responsibility;
using Microsoft.Extensions.Logging;

namespace Dalad.Routing;

/// <summary>
/// The learned layer: a multinomial naive Bayes classifier over character 1- and 2-grams, trained on the dispatchers'
/// decisions (each confirmed or corrected dispatch is a labelled example) together with seeded examples (each scope
/// item's sector and keywords, weakly weighted). It votes for a body only as strongly as the complaint resembles the
/// decided complaints of that body, so the rules decide until dispatchers have taught it something about such
/// complaints. Retrained in the background when a decision arrives; the running model is swapped, never locked.
/// </summary>
public sealed class LearnedRouting(ILogger<LearnedRouting> logger)
{
    private const double SeedExampleWeight = 0.3;
    private const double VoteWeight = 5.0;
    private const double MinimumSimilarity = 0.45;

    /// <summary>The most decisions kept (the newest); read back from the dispatch history at start.</summary>
    public const int MaxDecisions = 20_000;

    private readonly Lock _gate = new();
    private readonly List<RoutingDecision> _decisions = [];
    private IReadOnlyList<(string Text, string Body)> _seeds = [];
    private Model? _model;
    private Task _training = Task.CompletedTask;
    private int _pending;
    private long _learnedEver;

    /// <summary>The number of decisions the running model was trained on.</summary>
    public int TrainedOn => _model?.DecisionCount ?? 0;

    /// <summary>Completes when the training in progress (if any) has finished; for tests and tools.</summary>
    public Task Training
    {
        get { lock (_gate) return _training; }
    }

    internal void Seed(ResponsibilityMatrixSnapshot matrix)
    {
        _seeds = matrix.ScopeItems.Select(i => (string.Join(' ', i.Keywords.Prepend(i.Sector)), i.BodyCode)).ToList();
        Retrain();
    }

    public void Learn(string text, string industryBody) => Restore([new RoutingDecision(text, industryBody)]);

    /// <summary>Adds decided dispatches (oldest first) and retrains once.</summary>
    public void Restore(IEnumerable<RoutingDecision> decisions)
    {
        lock (_gate)
        {
            _decisions.AddRange(decisions.Where(d => !string.IsNullOrWhiteSpace(d.Text) && !string.IsNullOrWhiteSpace(d.IndustryBodyCode))
                .Select(d => d with { Text = d.Text.Trim() }));
            if (_decisions.Count > MaxDecisions) _decisions.RemoveRange(0, _decisions.Count - MaxDecisions);
            _learnedEver++;
        }
        Retrain();
    }

    /// <summary>Changes whenever decisions are added (their count stops changing at <see cref="MaxDecisions"/>).</summary>
    public long Generation
    {
        get { lock (_gate) return _learnedEver; }
    }

    /// <summary>The decisions learned so far, oldest first.</summary>
    public IReadOnlyList<RoutingDecision> Decisions
    {
        get { lock (_gate) return [.. _decisions]; }
    }

    private void Retrain()
    {
        lock (_gate)
        {
            // One training at a time; decisions that arrive meanwhile are picked up by one more run.
            if (Interlocked.Increment(ref _pending) > 1) return;
            _training = Task.Run(() =>
            {
                while (true)
                {
                    List<(string, string)> decisions;
                    lock (_gate) decisions = _decisions.Select(d => (d.Text, d.IndustryBodyCode)).ToList();
                    Volatile.Write(ref _pending, 1);
                    try
                    {
                        _model = Model.Train(_seeds, decisions);
                    }
                    catch (Exception e)
                    {
                        logger.LogError(e, "Training the learned routing layer failed");
                    }
                    if (Interlocked.Decrement(ref _pending) == 0) return;
                }
            });
        }
    }

    internal LearnedVote? Vote(string text)
    {
        var model = _model;
        if (model is null || model.DecisionCount == 0 || string.IsNullOrWhiteSpace(text)) return null;
        var features = Grams(text);
        var body = model.Classify(features);
        if (body is null) return null;
        var (similarity, similar, examples) = model.MostSimilarDecision(features, body);
        if (similarity < MinimumSimilarity) return null;
        return new LearnedVote(body, Math.Round(VoteWeight * similarity, 2), examples, similar.Length > 24 ? similar[..24] + "…" : similar);
    }

    // The words every complaint uses (the desk's formula, the claim itself) say nothing about who owns it.
    internal static readonly string[] Boilerplate =
    [
        "来电人反映", "来访人反映", "信访人反映", "来电人", "来访人", "反映", "诉求", "拖欠", "工资", "工钱", "欠薪", "欠其", "欠我", "老板", "公司", "一家",
        "其在", "帮助", "追讨", "讨要", "支付", "督促", "协调", "解决", "尽快", "万元", "个月", "多次", "至今", "一直",
    ];

    internal static Dictionary<string, int> Grams(string text)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in Boilerplate) text = text.Replace(word, " ", StringComparison.Ordinal);
        var chars = text.Where(c => char.IsLetter(c)).ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var one = chars[i].ToString();
            grams[one] = grams.GetValueOrDefault(one) + 1;
            if (i + 1 < chars.Length)
            {
                var two = string.Concat(chars[i], chars[i + 1]);
                grams[two] = grams.GetValueOrDefault(two) + 1;
            }
        }
        return grams;
    }

    private sealed class Model
    {
        private readonly Dictionary<string, double> _logPrior = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, double>> _counts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, double> _totals = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(Dictionary<string, int> Grams, string Text)>> _decided = new(StringComparer.Ordinal);
        private int _vocabulary;

        public int DecisionCount { get; private init; }

        public static Model Train(IReadOnlyList<(string Text, string Body)> seeds, IReadOnlyList<(string Text, string Body)> decisions)
        {
            var model = new Model { DecisionCount = decisions.Count };
            var vocabulary = new HashSet<string>(StringComparer.Ordinal);
            var documents = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (text, body, weight) in seeds.Select(s => (s.Text, s.Body, SeedExampleWeight)).Concat(decisions.Select(d => (d.Text, d.Body, 1.0))))
            {
                documents[body] = documents.GetValueOrDefault(body) + weight;
                var counts = model._counts.TryGetValue(body, out var c) ? c : model._counts[body] = new(StringComparer.Ordinal);
                foreach (var (gram, n) in Grams(text))
                {
                    counts[gram] = counts.GetValueOrDefault(gram) + n * weight;
                    model._totals[body] = model._totals.GetValueOrDefault(body) + n * weight;
                    vocabulary.Add(gram);
                }
            }
            foreach (var (text, body) in decisions)
                (model._decided.TryGetValue(body, out var list) ? list : model._decided[body] = []).Add((Grams(text), text));
            var all = documents.Values.Sum();
            foreach (var (body, n) in documents) model._logPrior[body] = Math.Log(n / all);
            model._vocabulary = Math.Max(1, vocabulary.Count);
            return model;
        }

        public string? Classify(Dictionary<string, int> features)
        {
            string? best = null;
            var bestScore = double.NegativeInfinity;
            foreach (var (body, prior) in _logPrior)
            {
                var counts = _counts[body];
                var denominator = Math.Log(_totals.GetValueOrDefault(body) + _vocabulary);
                var score = prior;
                foreach (var (gram, n) in features) score += n * (Math.Log(counts.GetValueOrDefault(gram) + 1) - denominator);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = body;
                }
            }
            return best;
        }

        /// <summary>The cosine similarity of the complaint to the closest decided complaint of the body.</summary>
        public (double Similarity, string Text, int Examples) MostSimilarDecision(Dictionary<string, int> features, string body)
        {
            if (!_decided.TryGetValue(body, out var decided)) return (0, "", 0);
            var norm = Math.Sqrt(features.Values.Sum(v => (double)v * v));
            var best = (Similarity: 0.0, Text: "");
            foreach (var (grams, text) in decided)
            {
                double dot = 0;
                foreach (var (gram, n) in features)
                    if (grams.TryGetValue(gram, out var m)) dot += n * m;
                var similarity = dot / (norm * Math.Sqrt(grams.Values.Sum(v => (double)v * v)));
                if (similarity > best.Similarity) best = (similarity, text);
            }
            return (best.Similarity, best.Text, decided.Count);
        }
    }
}

/// <summary>Every dispatch a desk confirms or corrects teaches the learned layer.</summary>
internal sealed class LearnFromDecisions(LearnedRouting learned) : IIntegrationEventHandler<RoutingDecisionRecorded>
{
    public Task HandleAsync(RoutingDecisionRecorded integrationEvent, CancellationToken cancellationToken)
    {
        learned.Learn(integrationEvent.Text, integrationEvent.IndustryBodyCode);
        return Task.CompletedTask;
    }
}

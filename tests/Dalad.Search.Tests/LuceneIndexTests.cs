using Dalad.Search.Lucene;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Dalad.Responsibility;
using Shouldly;

namespace Dalad.Search.Tests;

/// <summary>A change is searchable when its write ends (concurrent writers sharing refreshes) and durable after the next commit, not one fsync per document.</summary>
public sealed class LuceneIndexTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "dalad-lucene-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_upsert_is_found_at_once_committed_by_the_pending_commit_and_kept_across_a_restart()
    {
        // The timer is set far off so that the test, not the clock, decides when the commit happens.
        using (var index = new LuceneIndex(_path, ["id"], commitDelay: TimeSpan.FromHours(1)))
        {
            await index.UpsertAsync("id", "lead-1", Document("lead-1", "白泥井镇和顺家园三期拖欠工资"));

            Hits(index, "和顺").ShouldBe(1); // near-real-time: no commit needed to find it
            CommittedDocuments().ShouldBe(0); // not yet on disk for another reader

            index.CommitPending();
            CommittedDocuments().ShouldBe(1);

            await index.UpsertAsync("id", "lead-2", Document("lead-2", "恩格贝镇复垦项目推土机"));
        } // disposing commits what is pending

        CommittedDocuments().ShouldBe(2);
        using var reopened = new LuceneIndex(_path, ["id"]);
        Hits(reopened, "复垦").ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_changes_share_refreshes_and_each_is_found_when_its_write_ends()
    {
        using var index = new LuceneIndex(_path, ["id"], commitDelay: TimeSpan.FromHours(1));
        var texts = new[] { "白泥井镇和顺家园三期拖欠工资", "恩格贝镇复垦项目推土机", "树林召镇物业保安工资" };

        await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(async () =>
        {
            await index.UpsertAsync("id", $"lead-{i}", Document($"lead-{i}", texts[i % texts.Length]));
            // Read-your-write: the writer's own document, whatever refresh served it.
            index.Search(searcher => searcher.Search(new TermQuery(new Term("id", $"lead-{i}")), 1).TotalHits).ShouldBe(1);
        })));

        index.DocumentCount.ShouldBe(300);
        Hits(index, "复垦").ShouldBe(100);
        await index.UpsertAsync("id", "lead-1", null);
        Hits(index, "复垦").ShouldBe(99);
    }

    private static Document Document(string id, string text) =>
        [new StringField("id", id, Field.Store.YES), new TextField("text", text, Field.Store.NO)];

    private static int Hits(LuceneIndex index, string phrase) => index.Search(searcher =>
    {
        var query = new PhraseQuery();
        foreach (var term in index.Terms("text", phrase)) query.Add(new Term("text", term));
        return searcher.Search(query, 10).TotalHits;
    });

    private int CommittedDocuments()
    {
        using var directory = FSDirectory.Open(_path);
        if (!DirectoryReader.IndexExists(directory)) return 0;
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }
}

public sealed class RegisterIndexTests
{
    [Fact]
    public void Finds_a_register_entry_by_its_name_or_alias_in_a_complaint_and_names_the_words()
    {
        var mine = new RegisterEntryDto(Guid.NewGuid(), "energy", "coal-mine", "宏岩煤业", ["宏岩煤矿"], "150621103", "energy");
        var taxi = new RegisterEntryDto(Guid.NewGuid(), "transport", "taxi-operator", "达旗顺达出租车公司", [], "150621003", "transport");
        using var index = new Dalad.Search.Registers.RegisterIndex([mine, taxi]);

        var found = index.Match("宏岩煤矿劳务外包单位拖欠井下工人工资").ShouldHaveSingleItem();
        found.Id.ShouldBe(mine.Id);
        found.Matched.ShouldBe("宏岩煤矿");
        found.TerritoryCode.ShouldBe("150621103");
        found.IndustryBodyCode.ShouldBe("energy");
        // Sharing bigrams (煤业) is not naming the entry.
        index.Match("某煤业公司欠薪").ShouldBeEmpty();
    }
}

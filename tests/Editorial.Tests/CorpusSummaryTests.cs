using Editorial.Configuration;
using Editorial.Figures;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Rules;
using Editorial.Text;

namespace Editorial.Tests;

/// <summary>A whole-run check holds articles as the summaries corpus rules keep (<see cref="CorpusRule.Summarize"/>): what a
/// rule kept is read in the cross-article pass, and reading an article's tokens there fails loudly, never silently.</summary>
public class CorpusSummaryTests
{
    private static readonly DiagnosticDescriptor WordCount = new("TEST01", "Word count", "{0} words", RuleCategory.Hygiene, Severity.Warning,
        "Counts an article's words in the cross-article pass.");

    private sealed record Words(int Count)
    {
        public static Words Of(AnalyzedArticle article) => article.GetShared(a => new Words(a.Article.Tokens.Count(t => t.IsWord)));
    }

    private sealed class CountWords(bool summarizes) : CorpusRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [WordCount];

        public override void Summarize(AnalyzedArticle article)
        {
            if (summarizes) article.Keep(Words.Of(article));
        }

        public override void Analyze(CorpusContext context)
        {
            foreach (var article in context.Articles) context.Report(article, WordCount, new TextSpan(0, 0), [Words.Of(article).Count]);
        }
    }

    private static List<string> Check(CorpusRule rule) =>
        new EditorialEngine(rules: [rule]).Check([new ArticleInput("a.txt", "The talks went on.", ArticleSettings.Empty)])
            .Select(d => $"{d.Location.Path}{d.Location.LineSpan}: {d.Id}: {d.Message}").ToList();

    [Fact]
    public void What_a_corpus_rule_keeps_is_read_in_the_cross_article_pass()
    {
        Check(new CountWords(summarizes: true)).ShouldBe(["a.txt(1,1,1,1): TEST01: 4 words"]);
    }

    [Fact]
    public void Reading_released_tokens_in_the_cross_article_pass_is_ED9000_naming_the_rule()
    {
        Check(new CountWords(summarizes: false)).ShouldBe(
        [
            "a.txt(1,1,1,1): ED9000: Rule TEST01 failed on this article: InvalidOperationException: The tokens of a.txt were released after " +
            "the per-article pass; a corpus rule keeps what it reads of them in CorpusRule.Summarize.",
        ]);
    }

    /// <summary>Summarises every article but one whose text says "boom", and reports each article's word count in the
    /// cross-article pass: reading the failed article there would fail again.</summary>
    private sealed class FailsToSummarize : CorpusRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [WordCount];

        public override void Summarize(AnalyzedArticle article)
        {
            if (article.Article.Text.Contains("boom")) throw new InvalidOperationException("boom");
            article.Keep(Words.Of(article));
        }

        public override void Analyze(CorpusContext context)
        {
            foreach (var article in context.Articles) context.Report(article, WordCount, new TextSpan(0, 0), [Words.Of(article).Count]);
        }
    }

    [Fact]
    public void An_article_a_rule_failed_to_summarise_is_one_ED9000_at_it_and_the_others_are_still_compared()
    {
        var engine = new EditorialEngine(rules: [new FailsToSummarize()]);
        var inputs = new[] { new ArticleInput("a.txt", "The talks went on.", ArticleSettings.Empty), new ArticleInput("b.txt", "A boom was heard.", ArticleSettings.Empty) };
        engine.Check(inputs).Select(d => $"{d.Location.Path}{d.Location.LineSpan}: {d.Id}: {d.Message}").ShouldBe(
        [
            "a.txt(1,1,1,1): TEST01: 4 words",
            "b.txt(1,1,1,1): ED9000: Rule TEST01 failed on this article: InvalidOperationException: boom",
        ]);
        // Nothing of it is kept for a later run, which reads the article again and fails where it did.
        var result = engine.Run(inputs);
        result.ArticleSummaries[1].ShouldBeNull();
        result.ArticleParts[0].ShouldNotBeNull();
        result.ArticleParts[1].ShouldBeNull();
    }

    [Fact]
    public void Only_an_analysis_shared_by_the_article_can_be_kept()
    {
        var article = new EditorialEngine().Prepare(Articles.Article.Parse("a.txt", "The talks went on."), ArticleSettings.Empty, out _);
        Should.Throw<ArgumentException>(() => article.Keep(new Words(4)));
    }

    /// <summary>The seeds, each under its folder's outlet (agency-a and agency-b have no profile: the default one).</summary>
    private static List<ArticleInput> OutletSeeds() =>
    [
        .. new[] { "afp/004.txt", "agency-a/000.txt", "agency-b/001.txt", "aljazeera/002.txt", "ap/003.txt" }.Select(relative =>
        {
            var settings = new Dictionary<string, string> { ["editorial.story"] = "talks" };
            if (!relative.StartsWith("agency", StringComparison.Ordinal)) settings["editorial.outlet"] = relative.Split('/')[0];
            return new ArticleInput("samples/Newsroom/" + relative, Seeds.Text(relative), new ArticleSettings(settings));
        }),
    ];

    private static List<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d} [{string.Join("; ", d.RelatedLocations)}]").ToList();

    [Fact]
    public void A_stored_summary_stands_for_the_article_in_the_cross_article_pass()
    {
        var engine = new EditorialEngine();
        var inputs = OutletSeeds();
        var fresh = engine.Run(inputs);
        fresh.Diagnostics.ShouldContain(d => d.Id == "ED2002");
        fresh.ArticleSummaries.ShouldAllBe(summary => summary != null);

        var known = inputs.Select((input, i) => input with { KnownFindings = fresh.ArticleFindings[i], KnownSummary = SummaryOf(fresh, i) }).ToList();
        Describe(engine.Run(known).Diagnostics).ShouldBe(Describe(fresh.Diagnostics));
        var knownParts = known.Select((input, i) => input with { KnownParts = fresh.ArticleParts[i] }).ToList();
        Describe(engine.Run(knownParts).Diagnostics).ShouldBe(Describe(fresh.Diagnostics));
        // Each codec reads back what it wrote: the restored article is summarised to the same bytes.
        for (var i = 0; i < inputs.Count; i++)
        {
            var restored = CorpusSummaryFormat.Restore(inputs[i].Path, () => inputs[i].Text, fresh.ArticleSummaries[i]!.Value, a => engine.Prepare(a, inputs[i].Settings, out _));
            CorpusSummaryFormat.Encode(restored!).ShouldBe(fresh.ArticleSummaries[i]!.Value.ToArray());
        }
    }

    /// <summary>Every property of a counted figure and its key survives the summary, so a field added to <see cref="CountedFigure"/>
    /// or <see cref="QuantityKey"/> without its codec fails here rather than as a cached build that reports otherwise than a clean one.</summary>
    [Fact]
    public void A_restored_counted_figure_has_every_property_of_the_fresh_one()
    {
        var engine = new EditorialEngine();
        var inputs = OutletSeeds();
        inputs.Add(new ArticleInput("amounts.txt", "Brandt Steel posted a net profit of $412 million in 2025. Analysts had expected a net profit of "
            + "$385 million. The company laid a 120-km pipeline.", ArticleSettings.Empty));
        Type[] described = [typeof(CountedFigure), typeof(QuantityKey), typeof(AmountAnchors), typeof(Figure)];
        var fresh = engine.Run(inputs);
        var properties = described.SelectMany(type => type.GetProperties()).ToList();
        var compared = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var analyzed = engine.Prepare(Articles.Article.Parse(input.Path, input.Text), input.Settings, out _);
            var restored = CorpusSummaryFormat.Restore(input.Path, () => input.Text, fresh.ArticleSummaries[i]!.Value, a => engine.Prepare(a, input.Settings, out _))!;
            var expected = ArticleFigures.Of(analyzed).Counted;
            var actual = restored.GetKept<ArticleFigures>().Counted;
            actual.Count.ShouldBe(expected.Count);
            for (var k = 0; k < expected.Count; k++)
            {
                Describe(expected[k]).ShouldBe(Describe(actual[k]), $"{input.Path}, figure {k}");
                compared++;
            }
        }
        compared.ShouldBeGreaterThan(10);

        string Describe(object? value) => value switch
        {
            null => "null",
            string text => text,
            System.Collections.IEnumerable values => "[" + string.Join(",", values.Cast<object>().Select(Describe).Order(StringComparer.Ordinal)) + "]",
            _ when described.Contains(value.GetType()) => string.Join("; ", properties.Where(p => p.DeclaringType == value.GetType())
                .Select(p => p.Name + "=" + Describe(p.GetValue(value)))),
            _ => value.ToString() ?? "",
        };
    }

    /// <summary>Every occurrence of a restored variant index (ED1005's summary) equals the fresh one's, every property
    /// included, so a property added to <see cref="Rules.Spelling.VariantOccurrence"/> without its place in the codec fails here.</summary>
    [Fact]
    public void A_restored_variant_index_has_every_occurrence_of_the_fresh_one()
    {
        var engine = new EditorialEngine();
        var inputs = OutletSeeds();
        inputs.Add(new ArticleInput("ap/front.txt", "Frontline troops held the front line near Kupiansk. The front line moved little, and the "
            + "frontline towns emptied. A Kestrel-9 drone and a Kestrel 9 fell, and an F16 flew past an F-16.", new ArticleSettings(new Dictionary<string, string> { ["editorial.outlet"] = "ap", ["editorial.story"] = "talks" })));
        var compared = 0;
        foreach (var (path, fresh, restored) in FreshAndRestoredVariantIndexes(engine, inputs))
        {
            var expected = fresh.Occurrences.Select(o => o.ToString()).ToList();
            restored.Occurrences.Select(o => o.ToString()).ToList().ShouldBe(expected, path);
            compared += expected.Count;
        }
        compared.ShouldBeGreaterThan(100);
    }

    /// <summary>A restored index's keys are the fresh index's, with what ED1005 reads of each before any occurrence: its forms,
    /// its given name, and whether the outlet's profile decides every occurrence of it (the seeds' AP article writes Kyiv).</summary>
    [Fact]
    public void A_restored_variant_index_has_the_keys_of_the_fresh_one()
    {
        var engine = new EditorialEngine();
        var decided = 0;
        foreach (var (path, fresh, restored) in FreshAndRestoredVariantIndexes(engine, OutletSeeds()))
        {
            restored.Keys.ToList().ShouldBe(fresh.Keys.ToList(), path);
            decided += fresh.Keys.Count(key => key.DecidedByOutlet);
        }
        decided.ShouldBeGreaterThan(0);
    }

    /// <summary>Each input's variant index as a fresh check makes it and as its summary restores it, for the inputs whose
    /// summary keeps one.</summary>
    private static IEnumerable<(string Path, Rules.Spelling.VariantIndex Fresh, Rules.Spelling.VariantIndex Restored)> FreshAndRestoredVariantIndexes(
        EditorialEngine engine, List<ArticleInput> inputs)
    {
        var run = engine.Run(inputs);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var analyzed = engine.Prepare(Articles.Article.Parse(input.Path, input.Text), input.Settings, out _);
            var restored = CorpusSummaryFormat.Restore(input.Path, () => input.Text, run.ArticleSummaries[i]!.Value, a => engine.Prepare(a, input.Settings, out _))!;
            if (!restored.KeptTypes.Contains(typeof(Rules.Spelling.VariantIndex))) continue;
            yield return (input.Path, Rules.Spelling.VariantIndex.Of(analyzed), restored.GetKept<Rules.Spelling.VariantIndex>());
        }
    }

    /// <summary>The occurrences of some of a restored index's keys are those of the fresh index, in the article's order, though the
    /// summary writes them key by key: every other key is asked for, so that the keys read and those passed over interleave.</summary>
    [Fact]
    public void A_restored_variant_index_reads_the_occurrences_of_the_keys_asked_for_in_the_article_order()
    {
        var engine = new EditorialEngine();
        var inputs = OutletSeeds();
        var compared = 0;
        foreach (var (path, fresh, restored) in FreshAndRestoredVariantIndexes(engine, inputs))
        {
            var wanted = new HashSet<ulong>(fresh.Keys.Where((_, place) => place % 2 == 0).Select(k => k.Hash));
            var expected = fresh.OccurrencesOf(wanted).Select(o => o.ToString()).ToList();
            restored.OccurrencesOf(wanted).Select(o => o.ToString()).ToList().ShouldBe(expected, path);
            compared += expected.Count;
        }
        compared.ShouldBeGreaterThan(50);
    }

    /// <summary>A restored occurrence whose words the summary leaves to the article's text reads that text only when its words
    /// are asked for: ED1005 compares an outlet's occurrences by key and form, so an unchanged article whose occurrences it
    /// leaves alone (a form the outlet's profile decides) is not read from disk again.</summary>
    [Fact]
    public void A_restored_variant_occurrence_reads_the_article_text_only_for_its_words()
    {
        var engine = new EditorialEngine();
        var input = new ArticleInput("ap/aid.txt", "Aid reached Kyiv on Monday. The convoy left Kyiv at dawn.",
            new ArticleSettings(new Dictionary<string, string> { ["editorial.outlet"] = "ap" }));
        var summary = engine.Run([input]).ArticleSummaries[0]!.Value;
        var reads = 0;
        var restored = CorpusSummaryFormat.Restore(input.Path, () => { reads++; return input.Text; }, summary, a => engine.Prepare(a, input.Settings, out _))!;
        var index = restored.GetKept<Rules.Spelling.VariantIndex>();

        var occurrences = index.OccurrencesOf([.. index.Keys.Where(k => k.Form == "Kyiv").Select(k => k.Hash)]);
        occurrences.Select(o => (o.Kind, o.Form, o.Span)).ShouldBe(
            [(Rules.Spelling.VariantKind.Listed, "Kyiv", new TextSpan(12, 4)), (Rules.Spelling.VariantKind.Listed, "Kyiv", new TextSpan(44, 4))]);
        reads.ShouldBe(0);
        occurrences.Select(o => o.Text).ShouldBe(["Kyiv", "Kyiv"]);
        reads.ShouldBe(1);
    }

    /// <summary>Every span list of a restored article (the spans of others' words that the diagnostic sink caps) equals the
    /// fresh article's, so a span list added to <see cref="Articles.Article"/> without its place in the summary fails here.</summary>
    [Fact]
    public void A_restored_article_has_the_paragraphs_of_the_fresh_one()
    {
        var engine = new EditorialEngine();
        var input = new ArticleInput("pier.md", "# Crossings\n\nThe notice reads:\n\n> The pier closes at six.\n\n| Route | Departs |\n|---|---|\n| North pier | 09:00 |\n",
            ArticleSettings.Empty);
        var fresh = Articles.Article.Parse(input.Path, input.Text);
        var summary = engine.Run([input]).ArticleSummaries[0]!.Value;
        var restored = CorpusSummaryFormat.Restore(input.Path, () => input.Text, summary, a => engine.Prepare(a, input.Settings, out _))!.Article;

        restored.Paragraphs.ShouldBe(fresh.Paragraphs);
        fresh.Paragraphs.ShouldContain(p => p.IsHeading);
        fresh.Paragraphs.ShouldContain(p => p.IsReproduced);
        fresh.Paragraphs.ShouldContain(p => p.IsTableCell);
    }

    /// <summary>Articles whose layout fills every list a restored article keeps: others' words (statements, a post, a
    /// transcript, teasers) and a stray closing mark in plain text; links, a page link, a cited source, a local file, a hard
    /// line break and an appended document in Markdown; a widget, an ad's slot and unit, an image's block and notes in HTML.</summary>
    private static readonly ArticleInput[] LaidOutArticles =
    [
        new("others.txt", "The harbour reopened on Monday. The mayor wrote on Facebook: We will rebuild the quay by spring.\n\n"
            + "''We are staying,'' said one fisherman.\n\n'The nets are gone,' another said. The crews left.” Then the rain came.\n\n"
            + "The mayor replied within minutes: Water is back — finally — in every district. pic.twitter.com/x7Yq2 — Ana Ruiz (@anaruiz) March 14, 2022\n\n"
            + "The mayor took questions. HALE: Will the pier reopen? OSEI: Not this week. It needs repairs. HALE: And then? OSEI: Next month.\n\n"
            + "The pier reopened on Friday. 3/4/21, 9:15 AM GMT BY Ana Ruiz Ferries return to the bay. "
            + "3/4/21, 8:02 AM GMT BY Kai Tamm Harbour fees rise again. The mayor spoke at noon.\n", ArticleSettings.Empty),
        new("letter.md", "The harbour reopened on [Monday](https://example.org/news/harbour), the [port](#port) said.  \nThe ferries sail again.\n\n"
            + "* Two ferries sank near the harbour. [(Harbour Gazette)](https://example.org/a)\n\n![The quay](file:///C:/Users/desk/quay.jpg)\n\n"
            + "The full text of the letter is below:\n\nDear Minister, the quay needs repair before winter comes.\n", ArticleSettings.Empty),
        new("page.html", "<html><body><p>The harbour reopened on Monday, the port said.</p>"
            + "<div class=\"ad-wrapper\"><div id=\"adspot-2\"></div><small>Advertisement</small></div>"
            + "<figure><img src=\"quay.jpg\"><figcaption>The quay at dawn.</figcaption></figure>"
            + "<div><img src=\"pier.jpg\"><p>The pier after the storm.</p></div>"
            + "<div class=\"footnotes\"><p>Figures from the port.</p></div></body></html>", ArticleSettings.Empty),
    ];

    /// <summary>Every list of spans or positions a restored article holds, public or not, and where an appended document
    /// starts, equal the fresh article's: a list added to <see cref="Articles.Article"/> without its place in the summary fails
    /// here rather than as a cached run that reports otherwise than a clean one. Each list is filled by one of the articles, so
    /// that no list passes for being empty on both sides.</summary>
    [Fact]
    public void A_restored_article_has_every_span_list_of_the_fresh_one()
    {
        var engine = new EditorialEngine();
        var fields = typeof(Articles.Article).GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
            .Where(f => f.FieldType == typeof(IReadOnlyList<TextSpan>) || f.FieldType == typeof(IReadOnlyList<int>)).ToList();
        fields.Select(f => f.Name).ShouldContain(name => name.Contains(nameof(Articles.Article.LinkTextSpans)));
        var filled = new HashSet<string>();
        foreach (var input in LaidOutArticles)
        {
            var fresh = Articles.Article.Parse(input.Path, input.Text);
            var summary = engine.Run([input]).ArticleSummaries[0]!.Value;
            var restored = CorpusSummaryFormat.Restore(input.Path, () => input.Text, summary, a => engine.Prepare(a, input.Settings, out _))!.Article;
            foreach (var field in fields)
            {
                var expected = ((System.Collections.IEnumerable)field.GetValue(fresh)!).Cast<object>().ToList();
                ((System.Collections.IEnumerable)field.GetValue(restored)!).Cast<object>().ShouldBe(expected, $"{input.Path}: {field.Name}");
                if (expected.Count > 0) filled.Add(field.Name);
            }
            restored.AppendedDocumentStart.ShouldBe(fresh.AppendedDocumentStart, input.Path);
        }
        fields.Select(f => f.Name).Where(name => !filled.Contains(name)).ShouldBeEmpty();
        Articles.Article.Parse(LaidOutArticles[1].Path, LaidOutArticles[1].Text).AppendedDocumentStart.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_summary_that_cannot_be_read_is_made_again_from_the_article()
    {
        var engine = new EditorialEngine();
        var inputs = OutletSeeds();
        var fresh = engine.Run(inputs);
        var damaged = inputs.Select((input, i) => input with { KnownFindings = fresh.ArticleFindings[i], KnownSummary = () => fresh.ArticleSummaries[i]!.Value[..^3] }).ToList();

        var again = engine.Run(damaged);
        Describe(again.Diagnostics).ShouldBe(Describe(fresh.Diagnostics));
        again.ArticleSummaries.Select(summary => summary?.ToArray()).ShouldBe(fresh.ArticleSummaries.Select(summary => summary?.ToArray()));
    }

    private static Func<StoredSummary> SummaryOf(EngineResult run, int i) => () => run.ArticleSummaries[i]!.Value;

    /// <summary>A summary that records the ranges read of it.</summary>
    private sealed class RecordedSummary(ArraySegment<byte> bytes) : StoredSummary
    {
        private readonly StoredSummary _bytes = bytes;

        public List<(int Offset, int Count)> Reads { get; } = [];

        public override int Length => bytes.Count;

        protected override ArraySegment<byte> ReadWithin(int offset, int count)
        {
            Reads.Add((offset, count));
            return _bytes.Read(offset, count);
        }
    }

    /// <summary>Restoring an article copies out of its host's summary the head only (the article and its analyses): the variant
    /// occurrences, the largest part of an outlet article's summary, are read from the host when a rule first asks for them, and once.</summary>
    [Fact]
    public void A_restored_article_reads_its_variant_occurrences_from_the_host_only_when_asked_for()
    {
        var engine = new EditorialEngine();
        var input = OutletSeeds().Single(i => i.Path.EndsWith("ap/003.txt", StringComparison.Ordinal));
        var bytes = engine.Run([input]).ArticleSummaries[0]!.Value;
        var summary = new RecordedSummary(bytes);

        var restored = CorpusSummaryFormat.Restore(input.Path, () => input.Text, summary, a => engine.Prepare(a, input.Settings, out _))!;
        var index = restored.GetKept<Rules.Spelling.VariantIndex>();
        index.Keys.Count().ShouldBeGreaterThan(100);
        var headRead = summary.Reads.Sum(r => r.Count);
        summary.Reads.ShouldAllBe(r => r.Offset + r.Count <= headRead);
        // The seed's 27 KB summary: 12 KB of occurrences stay with the host.
        (bytes.Count - headRead).ShouldBeGreaterThan(bytes.Count / 3);

        var occurrences = index.Occurrences;
        occurrences.Count.ShouldBeGreaterThan(100);
        _ = index.Occurrences;
        summary.Reads.Count(r => r.Offset + r.Count > headRead).ShouldBe(1);
        summary.Reads.Sum(r => r.Count).ShouldBe(bytes.Count);
    }

    /// <summary>With each article's parts known, a run after one article changed restores only the articles of the parts it shares
    /// with it (its outlet for ED1005 and ED4008, its story for the figure rules), reads the text of none it does not report on,
    /// and reports what a run without known findings reports.</summary>
    [Fact]
    public void Only_the_articles_of_the_parts_compared_again_are_restored()
    {
        var engine = new EditorialEngine();
        var inputs = OutletSeeds();
        var story = new ArticleSettings(new Dictionary<string, string> { ["editorial.outlet"] = "ap", ["editorial.story"] = "ferry-fire" });
        inputs.Add(new ArticleInput("samples/Newsroom/ap/ferry-1.txt", "At least 14 people were killed when fire swept the Korsgaard ferry near Hvalby on Tuesday, police said.", story) { Key = "h1" });
        inputs.Add(new ArticleInput("samples/Newsroom/ap/ferry-2.txt", "Nine people were killed when fire swept the Korsgaard ferry near Hvalby on Tuesday.", story) { Key = "h2" });
        inputs = inputs.Select((input, i) => input.Key is null ? input with { Key = "k" + i } : input).ToList();
        var before = engine.Run(inputs);
        inputs[^1] = new ArticleInput("samples/Newsroom/ap/ferry-2.txt", "Eight people were killed when fire swept the Korsgaard ferry near Hvalby on Tuesday.", story) { Key = "h2-changed" };
        var expected = engine.Run(inputs);
        expected.Diagnostics.ShouldContain(d => d.Id == "ED2002" && d.Location.Path == "samples/Newsroom/ap/ferry-2.txt");

        var restored = new List<string>();
        var textsRead = new List<string>();
        var known = inputs.Select((input, i) => i == inputs.Count - 1 ? input : new ArticleInput(input.Path, () =>
        {
            lock (textsRead) textsRead.Add(input.Path);
            return input.Text;
        }, input.Settings)
        {
            Key = input.Key,
            KnownFindings = before.ArticleFindings[i],
            KnownParts = before.ArticleParts[i],
            KnownSummary = () =>
            {
                lock (restored) restored.Add(input.Path);
                return before.ArticleSummaries[i]!.Value;
            },
        }).ToList();
        var again = engine.Run(known, knownPartFindings: fingerprint => before.PartFindings.TryGetValue(fingerprint, out var found) ? found : null);

        Describe(again.Diagnostics).ShouldBe(Describe(expected.Diagnostics));
        // ap's articles for ED1005 and ED4008, and the one other article of the changed story.
        restored.Order(StringComparer.Ordinal).ShouldBe(inputs.SkipLast(1).Where(input => input.Path.Contains("/ap/"))
            .Select(input => input.Path).Order(StringComparer.Ordinal));
        textsRead.ShouldBe(["samples/Newsroom/ap/ferry-1.txt"]);
        again.ArticleParts.ShouldBe(expected.ArticleParts);
    }

    /// <summary>What a host's results cache keeps between runs, in memory: each article's findings, summary and parts by its key,
    /// the parts' findings and tables. <see cref="Run"/> hands them back as a cache would, and records which articles it restored.</summary>
    private sealed class KeptRuns(EditorialEngine engine)
    {
        private readonly Dictionary<string, (ArticleInput Input, IReadOnlyList<Diagnostic> Findings, ArraySegment<byte> Summary, IReadOnlyList<string> Parts)> _articles = [];
        private IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> _partFindings = new Dictionary<string, IReadOnlyList<Diagnostic>>();
        private readonly Dictionary<string, ArraySegment<byte>> _tables = [];

        public List<string> Restored { get; } = [];

        public EngineResult Run(IReadOnlyList<ArticleInput> inputs)
        {
            Restored.Clear();
            var known = inputs.Select(input => _articles.TryGetValue(input.Key!, out var kept)
                ? input with
                {
                    KnownFindings = kept.Findings,
                    KnownParts = kept.Parts,
                    KnownSummary = () =>
                    {
                        lock (Restored) Restored.Add(input.Path);
                        return kept.Summary;
                    },
                }
                : input).ToList();
            var run = engine.Run(known, knownPartFindings: fingerprint => _partFindings.TryGetValue(fingerprint, out var found) ? found : null,
                knownPartTables: id => _tables.TryGetValue(id, out var table) ? (StoredSummary)table : null,
                knownArticles: key => _articles.TryGetValue(key, out var kept) ? kept.Input with { KnownSummary = () => kept.Summary } : null);
            for (var i = 0; i < inputs.Count; i++)
            {
                if (!_articles.ContainsKey(inputs[i].Key!)) _articles[inputs[i].Key!] = (inputs[i], run.ArticleFindings[i], run.ArticleSummaries[i]!.Value, run.ArticleParts[i]!);
            }
            _partFindings = run.PartFindings;
            foreach (var table in run.PartTables.Where(table => table.Value is not null)) _tables[table.Key] = table.Value!.Value;
            return run;
        }
    }

    /// <summary>An aljazeera article with a story of its own (the figure rules compare it with no other), keyed by its path and version.</summary>
    private static ArticleInput OutletArticle(string name, string text, int version = 0) =>
        new("news/" + name, text, new ArticleSettings(new Dictionary<string, string> { ["editorial.outlet"] = "aljazeera", ["editorial.story"] = name }))
        {
            Key = name + "#" + version,
        };

    /// <summary>ED1005 and ED4008 compare an outlet from tables of it kept between runs: after one article changed, they restore
    /// only the articles holding a key the outlet writes several ways and those ED4008 reports or names, and report what a run
    /// without anything known reports; when a key comes to be written several ways, every article is read to find its holders.</summary>
    [Fact]
    public void The_outlet_rules_restore_only_the_articles_their_tables_name()
    {
        var engine = new EditorialEngine();
        var inputs = new List<ArticleInput>
        {
            OutletArticle("1.txt", "The ministers met by videoconference on Monday. The envoy called the talks “useful”."),
            OutletArticle("2.txt", "Another videoconference followed on Tuesday. The envoy called them “slow”."),
            OutletArticle("3.txt", "The next videoconference is set for Friday, when the frontline towns are discussed."),
            OutletArticle("4.txt", "A video conference with the donors was held. Aid workers called the roads “impassable.”"),
            OutletArticle("5.txt", "The frontline villages were shelled overnight. Rescuers called the scene “grim”."),
            OutletArticle("6.txt", "Aid reached the frontline town of Dobrovo on Wednesday."),
            OutletArticle("7.txt", "Schools in Dobrovo reopened on Thursday after repairs."),
        };
        var kept = new KeptRuns(engine);
        void ShouldReportAsAFullCheck(params string[] restored)
        {
            var expected = engine.Run(inputs);
            Describe(kept.Run(inputs).Diagnostics).ShouldBe(Describe(expected.Diagnostics));
            kept.Restored.Order(StringComparer.Ordinal).ShouldBe(restored.Select(name => "news/" + name));
        }

        var first = kept.Run(inputs);
        first.Diagnostics.Select(d => $"{d.Location.Path}: {d.Id}").Where(d => d.Contains("ED1005") || d.Contains("ED4008")).ShouldBe(
            ["news/4.txt: ED1005", "news/4.txt: ED4008"]);

        // An article holding no key the outlet writes several ways, and neither reported nor named by ED4008.
        inputs[6] = OutletArticle("7.txt", "Schools in Dobrovo reopened on Friday after repairs.", 1);
        ShouldReportAsAFullCheck("1.txt", "2.txt", "3.txt", "4.txt");
        // The odd article takes the outlet's style: the outlet writes every key one way, and no other article is read.
        inputs[3] = OutletArticle("4.txt", "A videoconference with the donors was held. Aid workers called the roads “impassable”.", 1);
        ShouldReportAsAFullCheck();
        // A key comes to be written two ways ("frontline", "front line"): every article is read once to find its holders ...
        inputs[5] = OutletArticle("6.txt", "Aid reached the front line town of Dobrovo on Wednesday.", 1);
        ShouldReportAsAFullCheck("1.txt", "2.txt", "3.txt", "4.txt", "5.txt", "7.txt");
        // ... and then only those.
        inputs[6] = OutletArticle("7.txt", "Schools in Dobrovo reopened on Saturday after repairs.", 2);
        ShouldReportAsAFullCheck("3.txt", "5.txt", "6.txt");
        // An article removed and one added, which ED4008 reports: it reads the article it names (the first of the outlet's style)
        // and, for ED1005, the holders of "frontline".
        inputs.RemoveAt(1);
        inputs.Add(OutletArticle("8.txt", "The envoy said the videoconference was “frank.”"));
        ShouldReportAsAFullCheck("1.txt", "3.txt", "5.txt", "6.txt");
        engine.Run(inputs).Diagnostics.ShouldContain(d => d.Id == "ED4008" && d.Location.Path == "news/8.txt");
    }

    [Fact]
    public void An_article_that_kept_an_analysis_no_codec_writes_has_no_stored_summary()
    {
        var engine = new EditorialEngine(rules: [new CountWords(summarizes: true)]);
        var input = new ArticleInput("a.txt", "The talks went on.", ArticleSettings.Empty);
        var fresh = engine.Run([input]);
        fresh.ArticleSummaries.ShouldBe([null]);

        var again = engine.Run([input with { KnownFindings = fresh.ArticleFindings[0] }]);
        Describe(again.Diagnostics).ShouldBe(["a.txt(1,1,1,1): warning TEST01: 4 words []"]);
    }
}

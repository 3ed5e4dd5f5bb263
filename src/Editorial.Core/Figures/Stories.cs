using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Editorial.Articles;
using Editorial.Text;

namespace Editorial.Figures;

/// <summary>An article of a story and why it is there: its explicit story id, or the article it was linked to and what they share.</summary>
public sealed record StoryMember(AnalyzedArticle Article, string Reason);

/// <summary>The articles that report one event. <see cref="IsExplicit"/> when front matter <c>story:</c> or
/// <c>editorial.story</c> named it; otherwise <see cref="Id"/> is made of the names its articles share most.</summary>
public sealed record Story(string Id, bool IsExplicit, IReadOnlyList<StoryMember> Members);

/// <summary>The stories of one run: every article is in exactly one (alone, when nothing links it to another).</summary>
public sealed class StoryGrouping
{
    private readonly Dictionary<AnalyzedArticle, Story> _byArticle;

    internal StoryGrouping(IReadOnlyList<Story> stories)
    {
        Stories = stories;
        _byArticle = stories.SelectMany(story => story.Members.Select(member => (member.Article, story)))
            .ToDictionary(entry => entry.Article, entry => entry.story);
    }

    /// <summary>The stories in the order of their first article in the run.</summary>
    public IReadOnlyList<Story> Stories { get; }

    public Story StoryOf(AnalyzedArticle article) => _byArticle[article];

    public bool SameStory(AnalyzedArticle first, AnalyzedArticle second) => ReferenceEquals(StoryOf(first), StoryOf(second));
}

/// <summary>
/// Which articles of a run report the same event, so that their figures must agree.
/// <para>An explicit story (front matter <c>story:</c>, or <c>editorial.story</c> from <c>.editorconfig</c>) decides: articles
/// whose ids are equal (ignoring case) are one story, and an article with an id is never grouped with one without.</para>
/// <para>The others are grouped by what they name. Each capitalised name weighs by its rarity across the run (a country every
/// article names weighs little, a village or a victim's name much); a name of several words ("Associated Press", "Las Vegas")
/// weighs as one name, at its rarest word, so that a wire credit or a city of two words does not count twice. Two articles are linked when the names they share
/// weigh at least <see cref="MinimumSharedWeight"/> and <see cref="MinimumOverlap"/> of the lighter article's names (or
/// <see cref="SufficientSharedWeight"/>, whatever their length), counting
/// figures they both give ("35 people killed") as shared names too, and each number both give (an amount, a count, a share
/// or a measure of ten or more and not round, whatever it counts: "$750,000", "134 votes", a tally of "134 to 63") at its rarity
/// across the run, as a name, and so each quantity of one named holder both give, whatever its values ("the year since which
/// Pelosi has led House Democrats").
/// Two articles are never linked when their dates are more than <see cref="DateWindowDays"/> apart, or when each opens on a place the other never names: that is two events, even
/// with the same country and leaders. Links are followed transitively, as long as a story's dates stay in the window; a
/// story of undated articles, which no window bounds, takes another story in only when their first articles link too.</para>
/// <para>Grouping is about linear in articles: an article is compared only with the nearest articles (by date) that share one of
/// its rarest names (of those another article gives too), found through an index of names; never with every other article.</para>
/// </summary>
public static class Stories
{
    /// <summary>The most days between two articles of one event, and between the first and last article of a story.</summary>
    public const int DateWindowDays = 3;

    /// <summary>True when two dates are at most <see cref="DateWindowDays"/> apart, or either is unknown: nothing then says the
    /// two are different events.</summary>
    public static bool DatedWithinWindow(DateTime? first, DateTime? second) =>
        first is not { } a || second is not { } b || Math.Abs((a - b).TotalDays) <= DateWindowDays;
    /// <summary>How much the names two articles share must weigh: four names every article of the run gives (each weighs 1;
    /// "Ilse Vandermeer" is one name), or two names only these two articles give in a run of a dozen (each weighs about ln(N/3)+1).</summary>
    public const double MinimumSharedWeight = 4;
    /// <summary>The share of the lighter article's name weight that the other must also name.</summary>
    public const double MinimumOverlap = 0.4;
    /// <summary>Shared names that weigh this much link two articles however long they are: a dozen names only the two give in a
    /// run of a few hundred articles, or thirty names every article gives.</summary>
    public const double SufficientSharedWeight = 40;
    /// <summary>What a figure both articles give counts for, in name weight: "2,187 people killed" in both is a strong link.</summary>
    public const double SharedFigureWeight = 3;
    /// <summary>The smallest number that grouping compares (see <see cref="StoryTraits"/>): smaller ones are in every article.</summary>
    public const double MinimumNumber = 10;
    /// <summary>How many of an article's rarest names are looked up in the index, and how many articles near it (by date) each
    /// look-up returns: the bound that keeps grouping linear.</summary>
    public const int ProbeNames = 8;
    public const int ProbeWindow = 24;

    private static readonly ConditionalWeakTable<IReadOnlyList<AnalyzedArticle>, StoryGrouping> ByRun = new();

    /// <summary>The stories of the articles a corpus rule compares, computed once per list of articles and shared by every
    /// rule that asks. Grouped as in a run of all its articles: the articles are whole parts (<see cref="PartOf"/>), and
    /// names are reported relative to the whole run's folder.</summary>
    internal static StoryGrouping Of(Rules.CorpusContext context) => ByRun.GetValue(context.Articles, articles => Group(articles, context.ArticlesRoot));

    /// <summary>The articles <paramref name="article"/> may share a story with, as a corpus rule's part (<see cref="Rules.CorpusRule.PartOf"/>):
    /// those of its explicit story (ids compared ignoring case, as <see cref="Group(IReadOnlyList{AnalyzedArticle})"/> does), or, for an article with none,
    /// every article with none (name grouping weighs each name by its rarity among them all).</summary>
    public static string PartOf(AnalyzedArticle article) => article.Story is { } story ? "story " + story.Trim().ToUpperInvariant() : "unnamed";

    /// <summary>True when the two articles are one story, judged as a run of these two articles alone.</summary>
    public static bool SameStory(AnalyzedArticle first, AnalyzedArticle second) => Group([first, second]).SameStory(first, second);

    public static StoryGrouping Group(IReadOnlyList<AnalyzedArticle> articles) => Group(articles, ArticlePaths.CommonRoot(articles.Select(a => a.Article.Path)));

    private static StoryGrouping Group(IReadOnlyList<AnalyzedArticle> articles, string root)
    {
        var stories = new List<(int First, Story Story)>();
        foreach (var named in articles.Select((article, index) => (article, index)).Where(e => e.article.Story is not null)
                     .GroupBy(e => e.article.Story!.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            var members = named.Select(e => new StoryMember(e.article, ExplicitReason(e.article))).ToList();
            stories.Add((named.First().index, new Story(named.Key, true, members)));
        }
        var unnamed = articles.Select((article, index) => (article, index)).Where(e => e.article.Story is null).ToList();
        stories.AddRange(new NameGrouping(unnamed.Select(e => e.article).ToList(), root)
            .Group().Select(group => (unnamed[group.FirstIndex].index, group.Story)));
        return new StoryGrouping(stories.OrderBy(s => s.First).Select(s => s.Story).ToList());
    }

    private static string ExplicitReason(AnalyzedArticle article) =>
        article.Article.Metadata.ContainsKey("story") ? "front matter story: " + article.Story!.Trim() : "editorial.story = " + article.Story!.Trim();

    /// <summary>Reads and keeps what grouping needs of an article, for <see cref="Rules.CorpusRule.Summarize"/>.</summary>
    public static void Summarize(AnalyzedArticle article) => article.Keep(StoryTraits.Of(article));

    /// <summary>What grouping reads of an article, in a corpus summary (<see cref="Engine.CorpusSummaryFormat"/>).</summary>
    internal static readonly SummaryCodec TraitsCodec = SummaryCodec.For<StoryTraits>("story-traits/3", StoryTraits.WriteSummary, StoryTraits.ReadSummary);

    /// <summary>The distinct capitalised names of an article's prose, stemmed; computed once per article.</summary>
    public static IReadOnlyCollection<string> Names(AnalyzedArticle article) => StoryTraits.Of(article).Names;

    /// <summary>True when the article names <paramref name="stem"/> (a stemmed capitalised name) anywhere, headings included.</summary>
    public static bool Mentions(AnalyzedArticle article, string stem) => StoryTraits.Of(article).Mentions(stem);

    /// <summary>True when the article's headline, dateline or first paragraph places it in <paramref name="stem"/> ("in Tarnow").</summary>
    public static bool OpensOn(AnalyzedArticle article, string stem) => StoryTraits.Of(article).LeadPlaces.Contains(stem);

    /// <summary>True when one article names a place the other opens on (in its headline or opening paragraph): "a boy trapped in
    /// Hebei" and "the boy fell into the well in Hebei province" later in another report.</summary>
    public static bool NameAPlaceOneOpensOn(AnalyzedArticle first, AnalyzedArticle second)
    {
        var (a, b) = (StoryTraits.Of(first), StoryTraits.Of(second));
        return a.LeadPlaces.Any(b.Mentions) || b.LeadPlaces.Any(a.Mentions);
    }

    /// <summary>What grouping reads of one article: its names, the places its opening names, every name it mentions
    /// anywhere, the figures it gives, its date. Every article's traits are held for the cross-article pass, so they are kept
    /// compact: one table of the names, and strings shared with the run's other articles (<see cref="AnalyzedArticle.Share"/>).</summary>
    private sealed class StoryTraits
    {
        private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "near", "at", "outside", "off" };

        /// <summary>Capitalised words that are no names: "The" of "The Associated Press", "Our" of a slogan.</summary>
        private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
        {
            "The", "A", "An", "And", "Or", "But", "Of", "In", "On", "At", "To", "For", "By", "With", "From", "As", "If", "It", "Its",
            "He", "She", "We", "They", "I", "His", "Her", "Our", "Their", "My", "Your", "This", "That", "These", "Those",
        };

        /// <summary>The stems of the names, in the order first written, each with the first word of the name it was first written
        /// in ("associated" for "press" in "Associated Press": the words of one name weigh as one) and the name as first written
        /// ("Yavoriv" for "yavoriv").</summary>
        private Dictionary<string, (string Group, string Spelling)> _names = new(StringComparer.Ordinal);
        /// <summary>The capitalised words that are not names (only at a sentence start, in a heading, a month): with the names,
        /// every capitalised word anywhere.</summary>
        private readonly HashSet<string> _otherMentions = new(StringComparer.Ordinal);

        public Dictionary<string, (string Group, string Spelling)>.KeyCollection Names => _names.Keys;
        public bool HasName(string stem) => _names.ContainsKey(stem);
        /// <summary>The first word of the name <paramref name="name"/> was first written in.</summary>
        public string GroupOf(string name) => _names[name].Group;
        /// <summary>The name as first written for <paramref name="stem"/>; null when it is none of the article's names.</summary>
        public string? SpellingOf(string stem) => _names.TryGetValue(stem, out var name) ? name.Spelling : null;
        /// <summary>True when the article gives <paramref name="stem"/> capitalised anywhere, headings and sentence starts included:
        /// "does the article name Lviv at all".</summary>
        public bool Mentions(string stem) => _names.ContainsKey(stem) || _otherMentions.Contains(stem);
        /// <summary>Places of the headline and the opening paragraph: after "in", "near", "at", "outside", and the dateline.</summary>
        public HashSet<string> LeadPlaces { get; } = new(StringComparer.Ordinal);
        /// <summary>"people killed=35": counted figures by quantity and value.</summary>
        public HashSet<string> Figures { get; } = new(StringComparer.Ordinal);
        /// <summary>"#USD 750000", "#count 134": the amounts, counts, shares and measures the article gives, whatever they count.
        /// Two reports of one event repeat its numbers (a vote of 134 to 63, a $750,000 fraud) in words of their own.</summary>
        public HashSet<string> Numbers { get; } = new(StringComparer.Ordinal);
        /// <summary>"?year since which Pelosi has led House Democrats": the quantities of one named holder the article gives,
        /// whatever their values. Two reports of one event give the same attributes of its people and things, and a slip in one
        /// of them is what the figure rules are there to find.</summary>
        public HashSet<string> Quantities { get; } = new(StringComparer.Ordinal);
        public DateTime? Date { get; private set; }

        public static StoryTraits Of(AnalyzedArticle article) => article.GetShared(Read);

        public static void WriteSummary(System.IO.BinaryWriter writer, StoryTraits traits, AnalyzedArticle article)
        {
            // Names in their order, each with the name it belongs to and its first spelling; then every capitalised word.
            writer.Write(traits._names.Count);
            foreach (var name in traits._names)
            {
                writer.Write(name.Key);
                writer.Write(name.Value.Group);
                writer.Write(name.Value.Spelling);
            }
            writer.WriteStrings(traits.Names.Concat(traits._otherMentions).ToList());
            writer.WriteStrings(traits.LeadPlaces);
            writer.WriteStrings(traits.Figures);
            writer.WriteStrings(traits.Numbers);
            writer.WriteStrings(traits.Quantities);
            writer.WriteOptionalDate(traits.Date);
        }

        public static StoryTraits ReadSummary(System.IO.BinaryReader reader, AnalyzedArticle article)
        {
            var traits = new StoryTraits();
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var name = article.Share(reader.ReadString());
                traits._names[name] = (article.Share(reader.ReadString()), article.Share(reader.ReadString()));
            }
            traits.AddMentions(reader.ReadStringSet(), article);
            traits.LeadPlaces.UnionWith(reader.ReadStringSet().Select(article.Share));
            traits.Figures.UnionWith(reader.ReadStringSet().Select(article.Share));
            traits.Numbers.UnionWith(reader.ReadStringSet().Select(article.Share));
            traits.Quantities.UnionWith(reader.ReadStringSet().Select(article.Share));
            traits.Date = reader.ReadOptionalDate();
            return traits.Trimmed();
        }

        private static StoryTraits Read(AnalyzedArticle analyzed)
        {
            var article = analyzed.Article;
            var traits = new StoryTraits { Date = article.Date };
            var mentions = new HashSet<string>(StringComparer.Ordinal);
            string? run = null;
            for (var k = 0; k < article.Tokens.Count; k++)
            {
                var token = article.Tokens[k];
                var isCapitalised = token.Kind == TokenKind.Word && token.StartsUpper && !FunctionWords.Contains(token.Text);
                if (!isCapitalised)
                {
                    run = null;
                    continue;
                }
                var stem = analyzed.Share(QuantityKeyReader.Stem(token.Text));
                // "Associated Press", "Las Vegas", "NEW YORK": the words of one name are one name, however many there are.
                run ??= stem;
                if (token.Text.Length < 3) continue;
                mentions.Add(stem);
                if (token.IsSentenceStart || token.IsInHeading || CalendarWords.IsDayOrMonth(token.Text)) continue;
                if (!traits._names.ContainsKey(stem)) traits._names[stem] = (run, analyzed.Share(token.Text));
            }
            traits.AddMentions(mentions, analyzed);
            traits.ReadLeadPlaces(analyzed);
            var figures = ArticleFigures.Of(analyzed);
            foreach (var counted in figures.Counted)
            {
                if (counted.Figure.Value >= 3) traits.Figures.Add(analyzed.Share(counted.Key.Description + "=" + counted.Figure.Value.ToString(CultureInfo.InvariantCulture)));
                if (counted.Key.IsSpecific && !counted.Key.IsHeldByCommonNoun) traits.Quantities.Add(analyzed.Share("?" + counted.Key.Description));
            }
            foreach (var figure in figures.Figures)
            {
                if (NumberOf(figure) is { } number) traits.Numbers.Add(analyzed.Share(number));
            }
            return traits.Trimmed();
        }

        /// <summary>The traits without the room their tables grew into as they were filled (a table of 54 names has room for 79):
        /// every article's traits are held at once. Copied and trimmed in their order, which the sums of shared weights follow.</summary>
        private StoryTraits Trimmed()
        {
            _names = new Dictionary<string, (string Group, string Spelling)>(_names, StringComparer.Ordinal);
            _otherMentions.TrimExcess();
            LeadPlaces.TrimExcess();
            Figures.TrimExcess();
            Numbers.TrimExcess();
            Quantities.TrimExcess();
            return this;
        }

        /// <summary>Keeps the capitalised words of <paramref name="mentions"/> that are not names: the names are mentions too.</summary>
        private void AddMentions(IEnumerable<string> mentions, AnalyzedArticle article)
        {
            foreach (var mention in mentions)
            {
                if (!_names.ContainsKey(mention)) _otherMentions.Add(article.Share(mention));
            }
        }

        /// <summary>A figure as grouping compares it: its kind (its currency or unit, when it has one) and its value, or both sides
        /// of a tally however it is written ("134 to 63", "a 134-to-63 vote"). Dates, years, times and ages are left out (any two
        /// reports of one week share them), and so are numbers under ten and round numbers of one significant digit ("30 years",
        /// "a 20-minute drive", "5,000 fans"), which any article may give of anything.</summary>
        private static string? NumberOf(Figure figure)
        {
            if (figure.Kind == FigureKind.Tally)
            {
                return figure.Value < MinimumNumber ? null
                    : "#tally " + figure.Interval.High.ToString("R", CultureInfo.InvariantCulture) + "-" + figure.Interval.Low.ToString("R", CultureInfo.InvariantCulture);
            }
            if (figure.Kind is not (FigureKind.Count or FigureKind.Money or FigureKind.Percentage or FigureKind.Measure)) return null;
            if (figure.Value < MinimumNumber || IsRound(figure.Value)) return null;
            var kind = figure.Unit ?? figure.Kind.ToString().ToLowerInvariant();
            return "#" + kind + " " + figure.Value.ToString("R", CultureInfo.InvariantCulture);
        }

        /// <summary>True for a whole number with one significant digit: 30, 500, 2,000,000.</summary>
        private static bool IsRound(double value)
        {
            if (value != Math.Floor(value)) return false;
            while (value >= 10 && value % 10 == 0) value /= 10;
            return value < 10;
        }

        /// <summary>The headline and the first paragraph of prose: where an article says where its event happened.</summary>
        private void ReadLeadPlaces(AnalyzedArticle analyzed)
        {
            var article = analyzed.Article;
            var firstBody = article.Paragraphs.FirstOrDefault(p => !p.IsHeading);
            foreach (var paragraph in article.Paragraphs.Where(p => p.IsHeading || p == firstBody).Take(3))
            {
                // A paragraph of characters that are no token (a private-use character, a zero-width space) has no sentence to read.
                if (paragraph.SentenceCount == 0) continue;
                var first = article.Sentences[paragraph.FirstSentence].FirstToken;
                var end = article.Sentences[paragraph.LastSentence].EndToken;
                // A dateline: "LVIV, Ukraine —".
                var opening = article.Tokens[first];
                if (opening.Kind == TokenKind.Word && opening.Text.Length >= 3 && opening.Text.All(c => !char.IsLower(c))
                    && first + 1 < end && article.Tokens[first + 1].IsPunctuation(','))
                {
                    LeadPlaces.Add(analyzed.Share(QuantityKeyReader.Stem(opening.Text)));
                }
                for (var k = first; k + 1 < end; k++)
                {
                    if (article.Tokens[k].Kind != TokenKind.Word || !PlacePrepositions.Contains(article.Tokens[k].Text)) continue;
                    var place = article.Tokens[k + 1].Text is "the" or "The" && k + 2 < end ? article.Tokens[k + 2] : article.Tokens[k + 1];
                    if (place.Kind == TokenKind.Word && place.StartsUpper && place.Text.Length >= 3
                        && !CalendarWords.IsDayOrMonth(place.Text))
                    {
                        LeadPlaces.Add(analyzed.Share(QuantityKeyReader.Stem(place.Text)));
                    }
                }
            }
        }
    }

    /// <summary>A story found by names, and the position (among the articles grouped by names) of its first article.</summary>
    private sealed record FoundStory(int FirstIndex, Story Story);

    /// <summary>Whether two articles are one event: what they share weighs <see cref="SharedWeight"/>, and <see cref="Obstacle"/> says
    /// what keeps them apart. Every candidate pair is judged; what the two share is spelled out only for the links a reason is
    /// written from (<see cref="NameGrouping"/>'s <c>Explain</c>).</summary>
    private sealed record Link(int First, int Second, double SharedWeight, double Needed, LinkObstacle Obstacle)
    {
        public bool Holds => Obstacle == LinkObstacle.None;
    }

    private enum LinkObstacle
    {
        None,
        DatedApart,
        OpensOnOtherPlaces,
        SharesTooLittle,
    }

    /// <summary>What two articles share, as a reason names it: the names (as first written, heaviest first) and how many figures,
    /// numbers and quantities.</summary>
    private sealed record Shared(IReadOnlyList<string> Names, int Figures, int Numbers, int Quantities);

    /// <summary>Groups the articles that name no story by the names they share (see <see cref="Stories"/>).</summary>
    private sealed class NameGrouping
    {
        private readonly IReadOnlyList<AnalyzedArticle> _articles;
        private readonly string _root;
        private readonly StoryTraits[] _traits;
        private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
        /// <summary>Each name's <see cref="Weight(string)"/>, and each article's names' total: judging a pair reads them for every name
        /// of both articles, and an article is judged against up to <see cref="ProbeNames"/> × <see cref="ProbeWindow"/> others.</summary>
        private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
        private readonly double[] _nameWeights;

        public NameGrouping(IReadOnlyList<AnalyzedArticle> articles, string root)
        {
            _articles = articles;
            _root = root;
            _traits = articles.Select(StoryTraits.Of).ToArray();
            // Numbers and quantities weigh by their rarity as names do ("#USD 750000" is never a name's stem): "12" is in many
            // articles of a run, "$5,687.75" in the two that report one purchase.
            foreach (var token in _traits.SelectMany(t => t.Names.Concat(t.Numbers).Concat(t.Quantities)))
            {
                _documentFrequency[token] = _documentFrequency.TryGetValue(token, out var n) ? n + 1 : 1;
            }
            foreach (var entry in _documentFrequency) _weights[entry.Key] = Math.Log((1.0 + _articles.Count) / (1.0 + entry.Value)) + 1;
            _nameWeights = _traits.Select(t => Weight(t.Names, t)).ToArray();
        }

        /// <summary>Smoothed inverse document frequency: at least 1, so that in a run of a few articles every shared name still counts.</summary>
        private double Weight(string name) => _weights[name];

        /// <summary>What names weigh together, each name of several words ("Associated Press") counted once, at its rarest word.</summary>
        private double Weight(IEnumerable<string> names, StoryTraits traits) =>
            names.GroupBy(traits.GroupOf, StringComparer.Ordinal).Sum(name => name.Max(Weight));

        public IEnumerable<FoundStory> Group()
        {
            // Judging a pair reads only the two articles' traits: the pairs are judged on every core, and kept in their order.
            var candidates = Candidates().ToList();
            var judged = new Link[candidates.Count];
            Parallel.For(0, candidates.Count, k => judged[k] = Judge(candidates[k].Item1, candidates[k].Item2));
            var links = judged.ToList();
            var parent = Enumerable.Range(0, _articles.Count).ToArray();
            var earliest = _traits.Select(t => t.Date).ToArray();
            var latest = _traits.Select(t => t.Date).ToArray();
            // Each story's first article in the run, by its root.
            var first = Enumerable.Range(0, _articles.Count).ToArray();
            var bestLink = new Link?[_articles.Count];
            var closestLink = Closest(links);
            int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
            // Strongest links first, so that a story grows from its clearest pairs.
            foreach (var link in links.Where(l => l.Holds).OrderByDescending(l => l.SharedWeight))
            {
                var (a, b) = (Root(link.First), Root(link.Second));
                if (a == b)
                {
                    Remember(bestLink, link, IsHeavier);
                    continue;
                }
                var from = Min(earliest[a], earliest[b]);
                var to = Max(latest[a], latest[b]);
                if (!DatedWithinWindow(from, to)) continue;
                // No date bounds a story of undated articles, and links followed from article to article would chain a run's
                // events into one, a shared name at a time: two such stories join only when their first articles link too.
                if (from is null && !FirstArticlesLink(link, first[a], first[b])) continue;
                parent[b] = a;
                first[a] = Math.Min(first[a], first[b]);
                earliest[a] = from;
                latest[a] = to;
                Remember(bestLink, link, IsHeavier);
            }
            var groups = Enumerable.Range(0, _articles.Count).GroupBy(Root).Select(g => g.OrderBy(i => i).ToList()).OrderBy(g => g[0]).ToList();
            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var group in groups)
            {
                var members = group.Select(i => new StoryMember(_articles[i], Reason(i, bestLink[i], closestLink[i]))).ToList();
                var id = Unique(ids, StoryName(group));
                yield return new FoundStory(group[0], new Story(id, false, members));
            }
        }

        /// <summary>True when two stories' first articles link: the holding <paramref name="link"/> itself when it joins them,
        /// else judged now.</summary>
        private bool FirstArticlesLink(Link link, int firstOfOne, int firstOfOther)
        {
            var (low, high) = (Math.Min(firstOfOne, firstOfOther), Math.Max(firstOfOne, firstOfOther));
            return low == link.First && high == link.Second || Judge(low, high).Holds;
        }

        /// <summary>Keeps <paramref name="link"/> as the best of each of its two articles where it <paramref name="outranks"/> the one
        /// kept so far; the first of equals stays.</summary>
        private static void Remember(Link?[] best, Link link, Func<Link, Link, bool> outranks)
        {
            if (best[link.First] is not { } first || outranks(link, first)) best[link.First] = link;
            if (best[link.Second] is not { } second || outranks(link, second)) best[link.Second] = link;
        }

        private static bool IsHeavier(Link link, Link held) => link.SharedWeight > held.SharedWeight;

        /// <summary>
        /// The pairs worth judging: for each article, its <see cref="ProbeNames"/> rarest names are looked up in an index of
        /// names, and each look-up yields the <see cref="ProbeWindow"/> articles nearest to it by date. Articles of one event
        /// share their rare names; a name every article gives (the country of an archive) would link everything with everything.
        /// Names that articles of the same days give come first: a rare name that only articles of other weeks give yields pairs
        /// too far apart in time to be one story, and would take the place of a commoner name that finds the same days' reports.
        /// </summary>
        private IEnumerable<(int, int)> Candidates()
        {
            var order = Enumerable.Range(0, _articles.Count).OrderBy(i => _traits[i].Date ?? DateTime.MinValue).ThenBy(i => i).ToList();
            var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            // Where each article is in the posting list of each of its names, in the order of its names: an array per article, not
            // a table keyed by name and article (of some hundred thousand entries for 2,000 articles of one story).
            var positions = new int[_articles.Count][];
            foreach (var i in order)
            {
                var names = _traits[i].Names;
                var at = positions[i] = new int[names.Count];
                var k = 0;
                foreach (var name in names)
                {
                    if (!postings.TryGetValue(name, out var list)) postings[name] = list = new List<int>();
                    at[k++] = list.Count;
                    list.Add(i);
                }
            }
            var seen = new HashSet<(int, int)>();
            for (var i = 0; i < _articles.Count; i++)
            {
                // A name no other article gives links nothing: probe with the rarest of those that others give too.
                var probes = _traits[i].Names.Select((name, k) => (Name: name, At: positions[i][k])).Where(n => _documentFrequency[n.Name] > 1)
                    .OrderBy(n => GivenNearInTime(postings[n.Name], n.At) ? 0 : 1)
                    .ThenBy(n => _documentFrequency[n.Name]).ThenBy(n => n.Name, StringComparer.Ordinal).Take(ProbeNames);
                foreach (var (name, at) in probes)
                {
                    var list = postings[name];
                    for (var p = Math.Max(0, at - ProbeWindow / 2); p < Math.Min(list.Count, at + ProbeWindow / 2 + 1); p++)
                    {
                        var j = list[p];
                        if (j == i) continue;
                        var pair = (Math.Min(i, j), Math.Max(i, j));
                        if (seen.Add(pair)) yield return pair;
                    }
                }
            }
        }

        /// <summary>True when an article next to position <paramref name="at"/> of a name's posting list, which is in date order,
        /// is dated within <see cref="DateWindowDays"/> of the article there, or either has no date.</summary>
        private bool GivenNearInTime(List<int> posting, int at)
        {
            bool Near(int p) => p >= 0 && p < posting.Count && DatedWithinWindow(_traits[posting[at]].Date, _traits[posting[p]].Date);
            return Near(at - 1) || Near(at + 1);
        }

        /// <summary>Judges one candidate pair. It runs for every pair <see cref="Candidates"/> yields, on every core, so it only weighs;
        /// <see cref="Explain"/> and <see cref="ObstacleText"/> say why for the few links a reason is written from.</summary>
        private Link Judge(int first, int second)
        {
            var (a, b) = (_traits[first], _traits[second]);
            var weight = SharedNameWeight(a, b) + SharedWeight(a.Numbers, b.Numbers) + SharedWeight(a.Quantities, b.Quantities)
                         + CountShared(a.Figures, b.Figures) * SharedFigureWeight;
            var lighter = Math.Min(_nameWeights[first], _nameWeights[second]) + Math.Min(a.Figures.Count, b.Figures.Count) * SharedFigureWeight;
            var needed = Needed(lighter);
            var obstacle = a.Date is { } dateA && b.Date is { } dateB && !DatedWithinWindow(dateA, dateB) ? LinkObstacle.DatedApart
                : OnlyIn(a, b) is not null && OnlyIn(b, a) is not null ? LinkObstacle.OpensOnOtherPlaces
                : weight < needed ? LinkObstacle.SharesTooLittle
                : LinkObstacle.None;
            return new Link(first, second, weight, needed, obstacle);
        }

        /// <summary>Group maxima of the name weights being summed, one dictionary per thread judging pairs.</summary>
        [ThreadStatic] private static Dictionary<string, double>? s_groupMaxima;
        [ThreadStatic] private static List<double>? s_maxima;

        /// <summary>
        /// What the names both articles give weigh, each name of several words counted once at its rarest word (the smaller
        /// article's grouping of words into names), without a list of them. The names' weights are added heaviest first, an order
        /// set by value alone: links that share names of the same weights weigh the same to the last bit, so their ranking and
        /// the threshold they are held to do not depend on which article's names came first.
        /// </summary>
        private double SharedNameWeight(StoryTraits a, StoryTraits b)
        {
            var (smaller, larger) = a.Names.Count <= b.Names.Count ? (a, b) : (b, a);
            var groupMaxima = s_groupMaxima ??= new Dictionary<string, double>(StringComparer.Ordinal);
            groupMaxima.Clear();
            foreach (var name in smaller.Names)
            {
                if (!larger.HasName(name)) continue;
                var group = smaller.GroupOf(name);
                var weight = Weight(name);
                if (!groupMaxima.TryGetValue(group, out var held) || weight > held) groupMaxima[group] = weight;
            }
            var maxima = s_maxima ??= new List<double>();
            maxima.Clear();
            maxima.AddRange(groupMaxima.Values);
            maxima.Sort();
            var sum = 0.0;
            for (var i = maxima.Count - 1; i >= 0; i--) sum += maxima[i];
            return sum;
        }

        /// <summary>What the tokens of <paramref name="a"/> that <paramref name="b"/> also gives weigh, added in <paramref name="a"/>'s order.</summary>
        private double SharedWeight(HashSet<string> a, HashSet<string> b)
        {
            var sum = 0.0;
            foreach (var token in a)
            {
                if (b.Contains(token)) sum += Weight(token);
            }
            return sum;
        }

        private static int CountShared(HashSet<string> a, HashSet<string> b)
        {
            var count = 0;
            foreach (var item in a)
            {
                if (b.Contains(item)) count++;
            }
            return count;
        }

        /// <summary>What the two articles of <paramref name="link"/> share, as its reason names it.</summary>
        private Shared Explain(Link link)
        {
            var (a, b) = (_traits[link.First], _traits[link.Second]);
            var (smaller, larger) = a.Names.Count <= b.Names.Count ? (a, b) : (b, a);
            var names = smaller.Names.Where(larger.HasName).OrderByDescending(Weight).ThenBy(n => n, StringComparer.Ordinal)
                .Select(n => smaller.SpellingOf(n)!).ToList();
            return new Shared(names, CountShared(a.Figures, b.Figures), CountShared(a.Numbers, b.Numbers), CountShared(a.Quantities, b.Quantities));
        }

        /// <summary>Why the articles of <paramref name="link"/> are not one event; null when the link holds.</summary>
        private string? ObstacleText(Link link)
        {
            var (a, b) = (_traits[link.First], _traits[link.Second]);
            switch (link.Obstacle)
            {
                case LinkObstacle.DatedApart:
                    return DaysApart(a.Date!.Value, b.Date!.Value);
                case LinkObstacle.OpensOnOtherPlaces:
                    return $"opens on {Spelling(a, OnlyIn(a, b)!)} where it opens on {Spelling(b, OnlyIn(b, a)!)}";
                case LinkObstacle.SharesTooLittle:
                    return $"shares too little: {Describe(Explain(link))} (weight {link.SharedWeight.ToString("0.0", CultureInfo.InvariantCulture)} of " +
                           $"{link.Needed.ToString("0.0", CultureInfo.InvariantCulture)} needed)";
                default:
                    return null;
            }
        }

        /// <summary>What two articles must share: <see cref="MinimumOverlap"/> of the lighter one's names, but never more than
        /// <see cref="SufficientSharedWeight"/>: two long reports of one event each name many people the other leaves out.</summary>
        private static double Needed(double lighter) => Math.Max(MinimumSharedWeight, Math.Min(MinimumOverlap * lighter, SufficientSharedWeight));

        /// <summary>A place the opening of <paramref name="article"/> names and <paramref name="other"/> never mentions.</summary>
        private static string? OnlyIn(StoryTraits article, StoryTraits other) =>
            article.LeadPlaces.Where(p => !other.Mentions(p)).OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault();

        private static string Spelling(StoryTraits traits, string stem) => traits.SpellingOf(stem) ?? stem;

        /// <summary>For each article, the first of the links judged (held or not) that weighs most among those dated within
        /// <see cref="DateWindowDays"/>, else among all: what a lone article is told it lacked. A same-day report it shares too
        /// little with says more than a heavier link to another event weeks away. One pass over the links, never a search of
        /// them per article.</summary>
        private Link?[] Closest(List<Link> links)
        {
            var closest = new Link?[_articles.Count];
            foreach (var link in links) Remember(closest, link, Outranks);
            return closest;
        }

        private bool Outranks(Link link, Link held) =>
            (IsNearInTime(link), link.SharedWeight).CompareTo((IsNearInTime(held), held.SharedWeight)) > 0;

        private bool IsNearInTime(Link link) => DatedWithinWindow(_traits[link.First].Date, _traits[link.Second].Date);

        private string Reason(int article, Link? link, Link? closest)
        {
            if (link is { } held)
            {
                var other = held.First == article ? held.Second : held.First;
                var dates = _traits[article].Date is { } d1 && _traits[other].Date is { } d2 ? ", " + DaysApart(d1, d2) : "";
                return $"shares {Describe(Explain(held))} with {Relative(other)}{dates}";
            }
            // Alone: say what the closest article lacked.
            if (closest is null) return "alone: no other article shares one of its rarest names";
            var nearest = closest.First == article ? closest.Second : closest.First;
            return $"alone: closest is {Relative(nearest)}, {ObstacleText(closest) ?? "whose story's dates are too far apart"}";
        }

        private static string DaysApart(DateTime a, DateTime b)
        {
            var days = Math.Round(Math.Abs((a - b).TotalDays));
            return days == 0 ? "dated the same day" : $"dated {days} day{(days == 1 ? "" : "s")} apart";
        }

        private static string Describe(Shared shared)
        {
            var names = shared.Names;
            var shown = names.Count == 0 ? "no names" : string.Join(", ", names.Take(5)) + (names.Count > 5 ? $" and {names.Count - 5} more names" : "");
            var counts = new[] { (shared.Figures, "figure", "figures"), (shared.Numbers, "number", "numbers"), (shared.Quantities, "quantity", "quantities") }
                .Where(c => c.Item1 > 0).Select(c => $"{c.Item1} {(c.Item1 == 1 ? c.Item2 : c.Item3)}");
            return string.Join(" and ", new[] { shown }.Concat(counts));
        }

        private string Relative(int article) => ArticlePaths.Relative(_articles[article].Article.Path, _root);

        /// <summary>A story's name: the three names its articles share most, rarest first among equals ("yavoriv-lviv-renaud").</summary>
        private string StoryName(List<int> group)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in group.SelectMany(i => _traits[i].Names)) counts[name] = counts.TryGetValue(name, out var n) ? n + 1 : 1;
            var top = counts.OrderByDescending(e => e.Value * Weight(e.Key)).ThenBy(e => e.Key, StringComparer.Ordinal).Take(3).Select(e => e.Key).ToList();
            var spelled = top.Select(stem => group.Select(i => _traits[i].SpellingOf(stem))
                .First(written => written is not null)!.ToLowerInvariant());
            return top.Count == 0 ? "story" : string.Join("-", spelled);
        }

        private static string Unique(HashSet<string> ids, string id)
        {
            var unique = id;
            for (var n = 2; !ids.Add(unique); n++) unique = id + "-" + n.ToString(CultureInfo.InvariantCulture);
            return unique;
        }

        private static DateTime? Min(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a < b ? a : b;
        private static DateTime? Max(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;
    }
}

/// <summary>Paths of a run's articles as reports name them to a reader: relative to the folder all of them are under.</summary>
public static class ArticlePaths
{
    /// <summary>The longest folder prefix (ending in a separator) shared by every path; "" when they share none.</summary>
    public static string CommonRoot(IEnumerable<string> paths)
    {
        string? root = null;
        foreach (var path in paths)
        {
            var folder = Folder(path);
            if (root is null)
            {
                root = folder;
                continue;
            }
            var length = 0;
            while (length < root.Length && length < folder.Length && root[length] == folder[length]) length++;
            root = Folder(root.Substring(0, length));
        }
        return root ?? "";
    }

    /// <summary>The path without <paramref name="root"/>; the file name alone when the root is all it shares.</summary>
    public static string Relative(string path, string root) =>
        root.Length > 0 && path.StartsWith(root, StringComparison.Ordinal) ? path.Substring(root.Length) : path;

    private static string Folder(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? "" : path.Substring(0, slash + 1);
    }
}

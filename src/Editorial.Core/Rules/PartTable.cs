using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Editorial.Text;

namespace Editorial.Rules;

/// <summary>
/// What a corpus rule knows of one part of a run (<see cref="CorpusRule.PartOf"/>: an outlet's articles) without reading its
/// articles: what each article adds to it (<see cref="Count"/>), added as the article joins the part and taken away, from the
/// article as an earlier run summarised it, as it leaves. A host that keeps the table of each part (<see cref="Engine.EngineResult.PartTables"/>,
/// beside the articles' summaries) hands it back, so that a run where one article of an outlet of thousands changed takes that
/// article's old summary out, puts its new one in, and restores only the articles the table names (<see cref="ComparedPart.Read"/>).
/// The members are named by the host's key of each article (<see cref="Engine.ArticleInput.Key"/>).
/// </summary>
internal abstract class PartTable
{
    private readonly HashSet<string> _members = new(StringComparer.Ordinal);

    /// <summary>The articles counted in, by key.</summary>
    public IReadOnlyCollection<string> Members => _members;

    public void Add(string member, AnalyzedArticle article)
    {
        _members.Add(member);
        Count(member, article, 1);
    }

    public void Remove(string member, AnalyzedArticle article)
    {
        _members.Remove(member);
        Count(member, article, -1);
    }

    /// <summary>Adds (<paramref name="sign"/> 1) or takes away (-1) what <paramref name="article"/>, the member
    /// <paramref name="member"/>, adds to the table: taking an article away undoes adding it.</summary>
    protected abstract void Count(string member, AnalyzedArticle article, int sign);

    /// <summary>The table, its members first: what <see cref="WriteCounts"/> writes of a member names it by its number among them.</summary>
    public void Write(BinaryWriter writer)
    {
        var numbers = new Dictionary<string, int>(_members.Count, StringComparer.Ordinal);
        writer.WriteCompact(_members.Count);
        foreach (var member in _members)
        {
            numbers[member] = numbers.Count;
            writer.Write(member);
        }
        WriteCounts(writer, member => writer.WriteCompact(numbers[member]));
    }

    /// <summary>Reads what <see cref="Write"/> wrote into this empty table.</summary>
    public void Read(BinaryReader reader)
    {
        var members = new string[reader.ReadCompact()];
        for (var i = 0; i < members.Length; i++) _members.Add(members[i] = reader.ReadString());
        ReadCounts(reader, () => members[reader.ReadCompact()]);
    }

    protected abstract void WriteCounts(BinaryWriter writer, Action<string> writeMember);

    protected abstract void ReadCounts(BinaryReader reader, Func<string> readMember);
}

/// <summary>One part of a run as a corpus rule that keeps tables (<see cref="CorpusRule.NewTable"/>) compares it: its table, and
/// its articles, in the run's order, each read (restored from its summary) only when the rule asks for it (each
/// <c>Article</c> is restored once, however often it is called).</summary>
internal sealed class ComparedPart
{
    private readonly IReadOnlyList<(string Member, string Path, Func<AnalyzedArticle> Article)> _members;
    private readonly Dictionary<string, int> _places;

    public ComparedPart(PartTable table, IReadOnlyList<(string Member, string Path, Func<AnalyzedArticle> Article)> members)
    {
        Table = table;
        _members = members;
        _places = new Dictionary<string, int>(members.Count, StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++) _places[members[i].Member] = i;
    }

    public PartTable Table { get; }

    /// <summary>The members in the run's order.</summary>
    public IEnumerable<string> Members => _members.Select(m => m.Member);

    public string PathOf(string member) => _members[_places[member]].Path;

    /// <summary>The articles of <paramref name="members"/>, each once, in the run's order, restored on every core.</summary>
    public IReadOnlyList<(string Member, AnalyzedArticle Article)> Read(IEnumerable<string> members)
    {
        var places = members.Select(m => _places[m]).Distinct().OrderBy(place => place).ToList();
        var articles = new (string, AnalyzedArticle)[places.Count];
        Parallel.For(0, places.Count, k => articles[k] = (_members[places[k]].Member, _members[places[k]].Article()));
        return articles;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1005's table of one outlet (<see cref="PartTable"/>): what its articles' variant keys (<see cref="VariantIndex.Keys"/>) add up
/// to, so that the keys the outlet writes in more than one form, and the given names it writes, are known without reading its
/// articles: for each key hash, how many keys of each form, written in several forms within one article, and not decided by the
/// outlet's profile; how many keys name each given name; and which articles hold each key hash the outlet writes several ways
/// (<see cref="HoldersOf"/>), the only articles ED1005 then reads.
/// </summary>
internal sealed class OutletVariantTable : PartTable
{
    /// <summary>The keys of one hash: their first form and how many keys have it, the counts of the others (rare), and how many
    /// are written several ways in their article or not decided by the outlet. A value in the table's dictionary, not an object of
    /// its own: an outlet of thousands of articles has a few hundred thousand key hashes.</summary>
    private struct HashCounts
    {
        public string Form;
        public int FormCount;
        public Dictionary<string, int>? OtherForms;
        public int SeveralForms;
        public int Undecided;

        public readonly bool IsEmpty => FormCount == 0 && OtherForms is null;

        /// <summary>As in <see cref="VariantIndex"/>'s cross-article reading: written in more than one form, by the articles or
        /// within one, and not every time decided by the outlet.</summary>
        public readonly bool IsCandidate => (OtherForms is not null || SeveralForms > 0) && Undecided > 0;

        public void CountForm(string form, int sign)
        {
            if (IsEmpty) Form = form;
            if (Form == form)
            {
                FormCount = Counted(FormCount, sign);
            }
            else
            {
                OtherForms ??= new Dictionary<string, int>(StringComparer.Ordinal);
                CountIn(OtherForms, form, sign);
                if (OtherForms.Count == 0) OtherForms = null;
            }
            if (FormCount > 0 || OtherForms is null) return;
            // The first form is gone: another takes its place.
            var next = OtherForms.First();
            (Form, FormCount) = (next.Key, next.Value);
            OtherForms.Remove(next.Key);
            if (OtherForms.Count == 0) OtherForms = null;
        }
    }

    private readonly Dictionary<ulong, HashCounts> _hashes = new();
    private readonly Dictionary<string, int> _givenNames = new(StringComparer.Ordinal);

    /// <summary>For some key hashes (those the outlet wrote several ways when the rule last asked), every member holding a key
    /// of that hash, once per key: kept up to date as members are counted in and out, so that one is never incomplete.</summary>
    private readonly Dictionary<ulong, List<string>> _holders = new();

    /// <summary>The articles counted that the outlet compares (<see cref="VariantIndex.IsComparedAcrossArticles"/>).</summary>
    public int ComparedArticles { get; private set; }

    protected override void Count(string member, AnalyzedArticle article, int sign)
    {
        if (!VariantIndex.IsComparedAcrossArticles(article)) return;
        ComparedArticles = Counted(ComparedArticles, sign);
        foreach (var key in VariantIndex.Of(article).Keys)
        {
            _hashes.TryGetValue(key.Hash, out var counts);
            counts.CountForm(key.Form, sign);
            if (key.SeveralForms) counts.SeveralForms = Counted(counts.SeveralForms, sign);
            if (!key.DecidedByOutlet) counts.Undecided = Counted(counts.Undecided, sign);
            if (counts.IsEmpty) _hashes.Remove(key.Hash);
            else _hashes[key.Hash] = counts;
            if (key.GivenNameKey is not null) CountIn(_givenNames, NameVariants.AloneKeyOf(key.GivenNameKey), sign);
            if (!_holders.TryGetValue(key.Hash, out var holders)) continue;
            if (sign > 0) holders.Add(member);
            else if (!holders.Remove(member)) throw new FormatException("A member taken out of a table it was not counted in");
        }
    }

    private static int Counted(int count, int sign) =>
        count + sign >= 0 ? count + sign : throw new FormatException("A member taken out of a table it was not counted in");

    private static void CountIn(Dictionary<string, int> counts, string key, int sign)
    {
        counts.TryGetValue(key, out var count);
        count = Counted(count, sign);
        if (count == 0) counts.Remove(key);
        else counts[key] = count;
    }

    /// <summary>What the outlet's keys tell before any occurrence is read. Candidates: the hashes of the keys written in more than
    /// one form by the articles, or shared by keys of different forms (a superset of the keys ED1005 finds written several ways
    /// once it reads their occurrences), less those whose every occurrence in every article is one the outlet's profile decides
    /// (Kyiv in an AP article, beside another's Kiev): an article's occurrences of a key are left out as soon as one of them is
    /// decided, and what is read of a key (its forms, whether it is closed up or an open noun) tells nothing of another key, so
    /// such a key is reported nowhere and its occurrences need not be read. Given names: the keys of the names the outlet writes
    /// before a surname, as written alone; written alone ("Serhii is settling in"), such a name is a person the article
    /// introduces by given name, and two articles' Serhii and Serhiy are two people, not two spellings.</summary>
    public (HashSet<ulong> Candidates, HashSet<string> GivenNames) Keys() =>
        (new HashSet<ulong>(_hashes.Where(hash => hash.Value.IsCandidate).Select(hash => hash.Key)), new HashSet<string>(_givenNames.Keys, StringComparer.Ordinal));

    /// <summary>The members holding a key of one of <paramref name="hashes"/>. When the table does not know the holders of one of
    /// them (the table is new, or the hash has just come to be written several ways), every article of <paramref name="part"/> is
    /// read to find them. The holders of other hashes are forgotten: the table keeps those of the hashes asked for last.</summary>
    public IEnumerable<string> HoldersOf(HashSet<ulong> hashes, ComparedPart part)
    {
        foreach (var hash in _holders.Keys.Where(hash => !hashes.Contains(hash)).ToList()) _holders.Remove(hash);
        var unknown = new HashSet<ulong>(hashes.Where(hash => !_holders.ContainsKey(hash)));
        if (unknown.Count > 0)
        {
            foreach (var hash in unknown) _holders[hash] = [];
            foreach (var (member, article) in part.Read(part.Members).Where(read => VariantIndex.IsComparedAcrossArticles(read.Article)))
            {
                foreach (var key in VariantIndex.Of(article).Keys)
                {
                    if (unknown.Contains(key.Hash)) _holders[key.Hash].Add(member);
                }
            }
        }
        return _holders.Values.SelectMany(holders => holders);
    }

    protected override void WriteCounts(BinaryWriter writer, Action<string> writeMember)
    {
        var forms = new StringNumbering();
        foreach (var counts in _hashes.Values)
        {
            forms.NumberOf(counts.Form);
            foreach (var other in counts.OtherForms ?? []) forms.NumberOf(other.Key);
        }
        forms.WriteTable(writer);
        writer.WriteCompact(ComparedArticles);
        writer.WriteCompact(_hashes.Count);
        foreach (var entry in _hashes)
        {
            var counts = entry.Value;
            writer.Write(entry.Key);
            writer.WriteCompact(forms.NumberOf(counts.Form));
            writer.WriteCompact(counts.FormCount);
            writer.WriteCompact(counts.OtherForms?.Count ?? 0);
            foreach (var other in counts.OtherForms ?? [])
            {
                writer.WriteCompact(forms.NumberOf(other.Key));
                writer.WriteCompact(other.Value);
            }
            writer.WriteCompact(counts.SeveralForms);
            writer.WriteCompact(counts.Undecided);
        }
        writer.WriteCompact(_givenNames.Count);
        foreach (var name in _givenNames)
        {
            writer.Write(name.Key);
            writer.WriteCompact(name.Value);
        }
        writer.WriteCompact(_holders.Count);
        foreach (var holders in _holders)
        {
            writer.Write(holders.Key);
            writer.WriteCompact(holders.Value.Count);
            foreach (var holder in holders.Value) writeMember(holder);
        }
    }

    protected override void ReadCounts(BinaryReader reader, Func<string> readMember)
    {
        // Written by WriteTable, whose numbers are NumberOf's: the first string is 0.
        var forms = new string[reader.ReadCompact()];
        for (var i = 0; i < forms.Length; i++) forms[i] = reader.ReadString();
        ComparedArticles = reader.ReadCompact();
        for (var count = reader.ReadCompact(); count > 0; count--)
        {
            var hash = reader.ReadUInt64();
            var counts = new HashCounts { Form = forms[reader.ReadCompact()], FormCount = reader.ReadCompact() };
            var others = reader.ReadCompact();
            if (others > 0) counts.OtherForms = new Dictionary<string, int>(others, StringComparer.Ordinal);
            for (; others > 0; others--) counts.OtherForms![forms[reader.ReadCompact()]] = reader.ReadCompact();
            (counts.SeveralForms, counts.Undecided) = (reader.ReadCompact(), reader.ReadCompact());
            _hashes[hash] = counts;
        }
        for (var count = reader.ReadCompact(); count > 0; count--) _givenNames[reader.ReadString()] = reader.ReadCompact();
        for (var count = reader.ReadCompact(); count > 0; count--)
        {
            var (hash, holders) = (reader.ReadUInt64(), new List<string>());
            for (var held = reader.ReadCompact(); held > 0; held--) holders.Add(readMember());
            _holders[hash] = holders;
        }
    }
}

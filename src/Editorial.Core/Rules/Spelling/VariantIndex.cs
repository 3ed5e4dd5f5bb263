using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Editorial.Articles;
using Editorial.Lexicon;
using Editorial.Profiles;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

internal enum VariantKind
{
    /// <summary>A form of a profile's <c>spellings:</c> entry (Kyiv / Kiev).</summary>
    Listed,
    /// <summary>A name written several ways, found without a list (<see cref="NameVariants"/>): Zelensky / Zelenskyy,
    /// Đoković / Djokovic, Ki-moon / Ki Moon, Navlany / Navalny.</summary>
    Name,
    /// <summary>A compound written closed, hyphenated or spaced (videoconference / video conference).</summary>
    Compound,
    /// <summary>The designation of a model, a weapon or a product, letters then a number, written closed, hyphenated or
    /// spaced (B52 / B-52, Shahed 136 / Shahed-136).</summary>
    Designation,
}

/// <summary>One place where an article writes a word that can be spelled several ways.</summary>
/// <param name="Key">Identifies the word whatever its spelling: forms with the same key are the same word.</param>
/// <param name="Form">The spelling compared: the profile's form for listed entries (case ignored: see <see cref="CaseVariant"/>),
/// the name as written for names, "closed" or "open" for compounds.</param>
/// <param name="SplitAt">For compounds and designations, the length of the first part; <see cref="Separator"/> joins the parts of
/// an open form.</param>
internal sealed record VariantOccurrence(string Key, string Form, TextSpan Span, string Text, VariantKind Kind, bool InQuotation,
    bool InHeading, SpellingEntry? Entry, int SplitAt = 0, char Separator = ' ') : IStyleOccurrence
{
    private string? text = Text;
    private readonly Func<string>? readText;

    /// <summary>An occurrence restored from a summary: its words <paramref name="text"/>, or when the summary does not give them,
    /// read from its article's text (<paramref name="readText"/>) only when asked for. ED1005 compares an outlet's occurrences by
    /// key and form and reads the words of those it reports, so an unchanged article whose occurrences of a key it leaves alone
    /// (a form the outlet's profile decides) is not read.</summary>
    public VariantOccurrence(string key, string form, TextSpan span, string? text, Func<string> readText, VariantKind kind, bool inQuotation,
        bool inHeading, SpellingEntry? entry, int splitAt, char separator)
        : this(key, form, span, text!, kind, inQuotation, inHeading, entry, splitAt, separator) => this.readText = readText;

    /// <summary>The words as written.</summary>
    public string Text
    {
        get => text ??= readText!();
        init => text = value;
    }

    public string Style => Form;

    /// <summary>For a listed entry's form: written in a case the form does not allow ("Javascript", "kyiv" for "Kyiv").
    /// A capital at a sentence start or in a headline, and capitals in a shouted line, are allowed.</summary>
    public bool CaseVariant { get; init; }

    /// <summary>For a listed form with a plural ending the entry does not list ("bug-fixes" for "bug-fix"): that ending.</summary>
    public string Suffix { get; init; } = "";

    /// <summary>For a surname: the folded given name the article writes with it, so that articles naming two people with
    /// one surname are not compared (ED1005); null when the article never gives one.</summary>
    public string? GivenName { get; init; }

    /// <summary>For a name: the given name of a full name ("Serhiy" of "Serhiy Haidai"), keyed with its surname.</summary>
    public bool IsGivenName { get; init; }

    /// <summary>For a name: written with neither a given name before it nor a surname after it ("Serhiy said").</summary>
    public bool StandsAlone { get; init; }

    /// <summary>For a compound: written before the noun it modifies ("frontline troops"), where style guides close up or
    /// hyphenate a compound that as a noun stays open ("the front line"). See <see cref="VariantIndex.IsSetApart"/>.</summary>
    public bool ModifiesNoun { get; init; }

    /// <summary>For a name: a typo of another name of the article (<see cref="NameVariants"/>), whose spelling is the one to use
    /// however often the typo occurs.</summary>
    public bool IsSlip { get; init; }

    /// <summary>What separates the parts of an open compound: a hyphen, or the spaces of its words.</summary>
    private static readonly char[] OpenSeparators = ['-', ' ', '\u00A0'];

    /// <summary>This occurrence rewritten in the form of <paramref name="model"/>, keeping its own case and plural.</summary>
    public string RewriteAs(VariantOccurrence model)
    {
        switch (Kind)
        {
            case VariantKind.Compound:
                if (model.Form == VariantIndex.Closed) return Text.Replace(Separator.ToString(), "");
                // An open form takes the model's separator between its parts ("same sex" as "same-sex", "stop-and-frisk" as
                // "stop and frisk"); a closed one is split where the model's first part ends.
                if (Form == VariantIndex.Open) return string.Join(model.Separator.ToString(), Text.Split(OpenSeparators, StringSplitOptions.RemoveEmptyEntries));
                // Split where each of the model's parts ends: "SuperBowl" as "Super Bowl", "BlackLivesMatter" as "Black Lives Matter".
                var rewritten = new StringBuilder(Text.Length + 2);
                var at = 0;
                var modelParts = model.Text.Split(OpenSeparators, StringSplitOptions.RemoveEmptyEntries);
                for (var part = 0; part < modelParts.Length - 1 && at + modelParts[part].Length < Text.Length; part++)
                {
                    rewritten.Append(Text, at, modelParts[part].Length).Append(model.Separator);
                    at += modelParts[part].Length;
                }
                return rewritten.Append(Text, at, Text.Length - at).ToString();
            case VariantKind.Listed:
                return SpellingText.MatchCase(model.Form, Text) + Suffix;
            case VariantKind.Designation:
                var number = Text.Substring(Form == VariantIndex.Closed ? SplitAt : SplitAt + 1);
                return Text.Substring(0, SplitAt) + (model.Form == VariantIndex.Closed ? "" : model.Separator.ToString()) + number;
            default:
                return model.Text;
        }
    }
}

/// <summary>What an article's occurrences of one key add up to: enough to find the keys an outlet writes several ways
/// before any occurrence is read (<see cref="VariantIndex.OccurrencesOf"/>).</summary>
/// <param name="Hash">The key's <see cref="VariantIndex.HashOf(string)"/>: a restored index keeps no key strings but given names'.</param>
/// <param name="Form">The form of the key's first occurrence.</param>
/// <param name="SeveralForms">The article itself writes the key in more than one form.</param>
/// <param name="GivenNameKey">The key, when some occurrence is a name's given name (<see cref="VariantOccurrence.IsGivenName"/>).</param>
/// <param name="DecidedByOutlet">Every occurrence of the key is one the outlet's profile decides for the article
/// (<see cref="VariantIndex.IsDecidedByOutlet"/>): ED1002's, which ED1005 leaves alone whatever the other articles write.</param>
internal readonly record struct VariantKey(ulong Hash, string Form, bool SeveralForms, string? GivenNameKey, bool DecidedByOutlet);

/// <summary>
/// The words of an article that have several spellings, found once per article and shared by ED1001, ED1002 and
/// ED1005: forms of the profile's spelling entries, and variants found without any list (names, closed / open
/// compounds). Built in a few passes over the tokens and one over the name words; no regular expressions. The compounds and
/// names of an article ED1005 does not compare are only those it writes in more than one form (<see cref="IsComparedAcrossArticles"/>).
/// </summary>
internal sealed class VariantIndex
{
    public const string Closed = "closed";
    public const string Open = "open";

    /// <summary>Profile setting: <c>keep</c> (default) leaves a listed variant inside a longer name alone ("the Kiev Ballet",
    /// "Dynamo Kiev" is left to the entry's exceptions); <c>report</c> applies the entry there too.</summary>
    public static readonly ProfileSetting VariantsInNamesSetting = new("variants-in-names", ["keep", "report"], "keep",
        "report: spelling entries apply inside longer capitalised names (the Kiev Ballet) too");

    // Words that follow a place's name without making a new name of it: "Kiev Mayor Vitali Klitschko" is the city.
    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "Mayor", "Governor", "Police", "Prosecutor", "Prosecutors", "Residents", "Officials", "Authorities",
    };

    // Parts that make a different word when closed up ("every day" / "everyday", "any one" / "anyone", "take over" / "takeover"):
    // determiners, pronouns, and the particles of phrasal verbs, whose open form is a verb and closed form a noun ("turn
    // around" / "turnaround", "stand alone" / "standalone").
    private static readonly HashSet<string> NotCompoundParts = new(StringComparer.Ordinal)
    {
        "around", "along", "ahead", "apart", "aside", "across", "behind", "together", "alone", "aboard", "abroad",
        "all", "any", "every", "some", "no", "none", "may", "can", "who", "what", "when", "where", "how", "there", "here", "with",
        "for", "and", "the", "not", "her", "him", "them", "its", "our", "your", "their", "long", "short", "high", "low",
        "out", "off", "over", "down", "back", "away", "through", "about", "into", "onto", "upon", "under", "after", "thing", "body", "one",
        "self", "selves", "ever", "more", "less", "ward", "wards", "time", "times", "way", "ways", "other", "now", "mean",
    };

    private readonly Lazy<IReadOnlyList<VariantOccurrence>> occurrences;
    /// <summary>For an index made from its article: its keys.</summary>
    private readonly Lazy<IReadOnlyList<VariantKey>>? keys;
    /// <summary>For an index restored from a summary: its keys and occurrences, read from the summary when asked for.</summary>
    private readonly StoredIndex? stored;

    private VariantIndex(IReadOnlyList<VariantOccurrence> occurrences, AnalyzedArticle article)
    {
        this.occurrences = new Lazy<IReadOnlyList<VariantOccurrence>>(() => occurrences);
        keys = new Lazy<IReadOnlyList<VariantKey>>(() => KeysOf(occurrences, article));
    }

    private VariantIndex(StoredIndex stored)
    {
        this.stored = stored;
        occurrences = new Lazy<IReadOnlyList<VariantOccurrence>>(() => stored.Decode(null));
    }

    public IReadOnlyList<VariantOccurrence> Occurrences => occurrences.Value;

    /// <summary>The article's keys in the order of their first occurrence, with what the cross-article pass needs of each
    /// before it looks at single occurrences. A restored index reads them from its summary at each enumeration rather than
    /// keeping them: ED1005 goes over the keys of each of an outlet's thousands of articles, hundreds each, once or twice.</summary>
    public IEnumerable<VariantKey> Keys => stored?.ReadKeys() ?? keys!.Value;

    /// <summary>The occurrences whose key's hash is one of <paramref name="wanted"/>, in the article's order. A restored index
    /// decodes only these: an outlet writes most keys (every long word is a candidate closed compound) one way only.</summary>
    public IReadOnlyList<VariantOccurrence> OccurrencesOf(HashSet<ulong> wanted)
    {
        if (wanted.Count == 0) return [];
        if (stored is null || occurrences.IsValueCreated) return Occurrences.Where(o => wanted.Contains(HashOf(o.Key))).ToList();
        var decode = stored.PlacesOf(wanted);
        return decode is null ? [] : stored.Decode(decode);
    }

    public static VariantIndex Of(AnalyzedArticle article) => article.GetShared(Build);

    /// <summary>64-bit FNV-1a of the key's characters: the same in every process, unlike <see cref="string.GetHashCode()"/>,
    /// since summaries keep it. Keys of one hash are compared as one until their occurrences are read.</summary>
    public static ulong HashOf(string key) => Fnv1a.Of(key);

    private static IReadOnlyList<VariantKey> KeysOf(IReadOnlyList<VariantOccurrence> occurrences, AnalyzedArticle article)
    {
        // Most keys occur once (every long word is a candidate closed compound): sized for as many keys as occurrences.
        var places = new Dictionary<string, int>(occurrences.Count, StringComparer.Ordinal);
        var keys = new List<VariantKey>(occurrences.Count);
        // The separator of each key's first occurrence: a compound written hyphenated and spaced ("same-sex", "same sex") is
        // written two ways though both are open.
        var separators = new List<char>(occurrences.Count);
        foreach (var o in occurrences)
        {
            if (!places.TryGetValue(o.Key, out var place))
            {
                places[o.Key] = keys.Count;
                keys.Add(new VariantKey(HashOf(o.Key), o.Form, false, o.IsGivenName ? o.Key : null, IsDecidedByOutlet(o.Entry, article)));
                separators.Add(o.Separator);
                continue;
            }
            var key = keys[place];
            keys[place] = key with
            {
                SeveralForms = key.SeveralForms || key.Form != o.Form || o.Kind == VariantKind.Compound && o.Form == Open && separators[place] != o.Separator,
                GivenNameKey = o.IsGivenName ? o.Key : key.GivenNameKey,
                DecidedByOutlet = key.DecidedByOutlet && IsDecidedByOutlet(o.Entry, article),
            };
        }
        return keys;
    }

    /// <summary>The index in a corpus summary (<see cref="Engine.CorpusSummaryFormat"/>): its keys (<see cref="VariantKey"/>), then
    /// its occurrences, which a restored index reads only for the key hashes the cross-article pass asks for
    /// (<see cref="OccurrencesOf"/>). A listed form's entry is written by its place among the article's profile's spelling
    /// entries (the profile is the same whenever the summary is read: the cache's key says so). An outlet's article holds
    /// hundreds of occurrences, most of them compounds: what the article's text gives again (an occurrence's words, read at
    /// its span; a compound's key, made from them) is not written, other strings are written once each and named by number,
    /// and small numbers take a byte. The occurrences are written key by key, each key's behind its length and each with its
    /// place in the article's order, so that reading one key's passes over the others' without reading them; they are put aside
    /// (<see cref="SummaryWriting.WriteAside"/>), so that restoring the article does not copy them out of the host's summary.</summary>
    public static readonly SummaryCodec Codec = SummaryCodec.For<VariantIndex>("variant-index/7", WriteSummary, ReadSummary);

    private static void WriteSummary(BinaryWriter writer, VariantIndex index, AnalyzedArticle article)
    {
        var strings = new StringNumbering();
        // 0 stands for "as the text gives it" or "none"; a string of its own is its number plus one.
        // A key's place in Keys: they are in the order of their first occurrence.
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyBuffer = new StringBuilder();
        var occurrences = index.Occurrences.Select(o => (Occurrence: o,
            Place: places.TryGetValue(o.Key, out var place) ? place : places[o.Key] = places.Count,
            Key: o.Kind == VariantKind.Compound && o.Key == CompoundKeyOf(o.Text, o.Form, o.Separator, keyBuffer) ? 0 : strings.NumberOrNone(o.Key),
            Form: strings.NumberOrNone(o.Form),
            Text: o.Text == article.Article.GetText(o.Span) ? 0 : strings.NumberOrNone(o.Text),
            Suffix: strings.NumberOrNone(o.Suffix),
            GivenName: strings.NumberOrNone(o.GivenName))).ToList();
        var keys = index.Keys.ToList();
        strings.WriteTable(writer);
        writer.WriteCompact(keys.Count);
        // The keys too go behind their length: a restored index reads them where they lie each time it is asked for them.
        using var keyTable = new MemoryStream();
        using (var keyWriter = new BinaryWriter(keyTable, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var key in keys)
            {
                keyWriter.Write(key.Hash);
                keyWriter.WriteCompact(strings.NumberOrNone(key.Form)); // an occurrence's form: numbered above, before the strings were written
                keyWriter.Write((byte)(Flag(key.SeveralForms, 0) | Flag(key.GivenNameKey is not null, 1) | Flag(key.DecidedByOutlet, 2)));
                if (key.GivenNameKey is not null) keyWriter.Write(key.GivenNameKey);
            }
        }
        writer.WriteCompact((int)keyTable.Length);
        writer.Write(keyTable.GetBuffer(), 0, (int)keyTable.Length);
        // The occurrences are put aside, after the summary's head: a restored index reads them from where the host keeps the
        // summary only when they are asked for, and most are never (ED1005 reads the keys of each of an outlet's articles, the
        // occurrences of the few keys the outlet writes several ways). Within them, each key's occurrences go behind their
        // length, in the order of the keys.
        using var buffer = new MemoryStream();
        using var group = new MemoryStream();
        using (var occurrenceWriter = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        using (var groupWriter = new BinaryWriter(group, Encoding.UTF8, leaveOpen: true))
        {
            var entries = article.Profile.Spellings;
            occurrenceWriter.WriteCompact(occurrences.Count);
            var byKey = new List<int>[keys.Count];
            for (var i = 0; i < occurrences.Count; i++) (byKey[occurrences[i].Place] ??= new List<int>()).Add(i);
            foreach (var ofKey in byKey)
            {
                group.SetLength(0);
                foreach (var ordinal in ofKey) WriteOccurrence(groupWriter, ordinal, occurrences[ordinal], entries);
                groupWriter.Flush();
                occurrenceWriter.WriteCompact((int)group.Length);
                occurrenceWriter.Write(group.GetBuffer(), 0, (int)group.Length);
            }
        }
        writer.WriteAside(buffer.GetBuffer(), (int)buffer.Length);
    }

    /// <summary>One occurrence of the summary, after its place among the article's occurrences (<paramref name="ordinal"/>).</summary>
    private static void WriteOccurrence(BinaryWriter writer, int ordinal,
        (VariantOccurrence Occurrence, int Place, int Key, int Form, int Text, int Suffix, int GivenName) written, IReadOnlyList<SpellingEntry> entries)
    {
        var (o, _, key, form, text, suffix, givenName) = written;
        writer.WriteCompact(ordinal);
        writer.WriteCompact(key);
        writer.WriteCompact(form);
        writer.WriteCompact(text);
        writer.WriteCompactSpan(o.Span);
        writer.WriteCompact((int)o.Kind | Flag(o.InQuotation, 2) | Flag(o.InHeading, 3) | Flag(o.CaseVariant, 4)
            | Flag(o.IsGivenName, 5) | Flag(o.StandsAlone, 6) | Flag(o.IsSlip, 7) | Flag(o.ModifiesNoun, 8));
        writer.WriteCompact(o.Entry is null ? 0 : IndexOf(entries, o.Entry) + 1);
        writer.WriteCompact(o.SplitAt);
        writer.Write(o.Separator);
        writer.WriteCompact(suffix);
        writer.WriteCompact(givenName);
    }

    /// <summary>A compound's key as <see cref="CompoundCandidates"/> makes it from the words as written.</summary>
    private static string CompoundKeyOf(string written, string form, char separator, StringBuilder buffer) =>
        CompoundKey(written, form == Closed ? null : separator, buffer);

    private static int Flag(bool value, int bit) => value ? 1 << bit : 0;
    private static int IndexOf(IReadOnlyList<SpellingEntry> entries, SpellingEntry entry)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (ReferenceEquals(entries[i], entry)) return i;
        }
        throw new ArgumentException("A listed form's entry is not one of its profile's.", nameof(entry));
    }

    private static VariantIndex ReadSummary(BinaryReader reader, AnalyzedArticle article)
    {
        var strings = NumberedStrings.Read(reader);
        var keyCount = reader.ReadCompact();
        // Kept where the summary holds them, not copied: the keys are read as they are asked for, most occurrences never.
        var keys = reader.ReadSegment(reader.ReadCompact());
        var occurrences = reader.ReadAside();
        return new VariantIndex(new StoredIndex(keys, keyCount, occurrences, strings, article));
    }

    /// <summary>The keys and occurrences of a restored index as <see cref="WriteSummary"/> wrote them.</summary>
    private sealed class StoredIndex(ArraySegment<byte> keys, int keyCount, Lazy<ArraySegment<byte>> occurrenceBytes, NumberedStrings strings, AnalyzedArticle article)
    {
        public int KeyCount => keyCount;

        /// <summary>The keys in their order, each made as it is read.</summary>
        public IEnumerable<VariantKey> ReadKeys()
        {
            using var reader = new BinaryReader(new MemoryStream(keys.Array!, keys.Offset, keys.Count, writable: false), Encoding.UTF8);
            for (var i = 0; i < keyCount; i++)
            {
                var (hash, form, flags) = (reader.ReadUInt64(), strings[reader.ReadCompact()], reader.ReadByte());
                yield return new VariantKey(hash, form, (flags & 1) != 0, (flags & 2) != 0 ? reader.ReadString() : null, (flags & 4) != 0);
            }
            if (reader.BaseStream.Position != keys.Count) throw new FormatException("A variant index's keys run past their length");
        }

        /// <summary>Whether each key's hash is one of <paramref name="wanted"/>, by the key's place; null when none is. Only the
        /// hashes are read: an outlet's article has hundreds of keys, and ED1005 asks this of each of the outlet's articles.</summary>
        public bool[]? PlacesOf(HashSet<ulong> wanted)
        {
            using var reader = new BinaryReader(new MemoryStream(keys.Array!, keys.Offset, keys.Count, writable: false), Encoding.UTF8);
            bool[]? places = null;
            for (var i = 0; i < keyCount; i++)
            {
                if (wanted.Contains(reader.ReadUInt64())) (places ??= new bool[keyCount])[i] = true;
                reader.ReadCompact();
                if ((reader.ReadByte() & 2) != 0) reader.ReadString();
            }
            if (reader.BaseStream.Position != keys.Count) throw new FormatException("A variant index's keys run past their length");
            return places;
        }

        /// <summary>The occurrences whose key's place is true in <paramref name="wanted"/>, or all of them for null, in the
        /// article's order; the other keys' are passed over by their length.</summary>
        public IReadOnlyList<VariantOccurrence> Decode(bool[]? wanted)
        {
            var bytes = occurrenceBytes.Value;
            var stream = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            var entries = article.Profile.Spellings;
            var keyBuffer = new StringBuilder();
            var count = reader.ReadCompact();
            var occurrences = new List<(int Ordinal, VariantOccurrence Occurrence)>(wanted is null ? count : 0);
            for (var place = 0; place < keyCount; place++)
            {
                var length = reader.ReadCompact();
                var end = stream.Position + length;
                if (wanted is not null && !wanted[place])
                {
                    stream.Position = end;
                    continue;
                }
                while (stream.Position < end) occurrences.Add(ReadOccurrence(reader, entries, keyBuffer));
            }
            if (stream.Position != stream.Length) throw new FormatException("A variant index's occurrences run past their keys");
            // Stable: ordinals are distinct.
            return occurrences.OrderBy(o => o.Ordinal).Select(o => o.Occurrence).ToList();
        }

        /// <summary>One occurrence as <see cref="WriteOccurrence"/> wrote it, with its place in the article's order.</summary>
        private (int Ordinal, VariantOccurrence Occurrence) ReadOccurrence(BinaryReader reader, IReadOnlyList<SpellingEntry> entries, StringBuilder keyBuffer)
        {
            var (ordinal, key, form, text, span) = (reader.ReadCompact(), reader.ReadCompact(), reader.ReadCompact(), reader.ReadCompact(), reader.ReadCompactSpan());
            var flags = reader.ReadCompact();
            var (entry, splitAt, separator, suffix, givenName) =
                (reader.ReadCompact(), reader.ReadCompact(), reader.ReadChar(), reader.ReadCompact(), reader.ReadCompact());
            bool Has(int bit) => (flags & (1 << bit)) != 0;
            // The words are read from the article's text now only when the key is made of them (a compound's).
            var given = strings.Given(text) ?? (key == 0 ? article.Article.GetText(span) : null);
            return (ordinal, new VariantOccurrence(strings.Given(key) ?? CompoundKeyOf(given!, strings[form], separator, keyBuffer), strings[form],
                span, given, () => article.Article.GetText(span), (VariantKind)(flags & 3), Has(2), Has(3), entry == 0 ? null : entries[entry - 1],
                splitAt, separator)
            {
                CaseVariant = Has(4),
                IsGivenName = Has(5),
                StandsAlone = Has(6),
                IsSlip = Has(7),
                ModifiesNoun = Has(8),
                Suffix = strings.Given(suffix)!,
                GivenName = strings.Given(givenName),
            });
        }
    }

    /// <summary>True when the outlet's profile decides this entry for the article (ED1002 reports it, so ED1001 and ED1005 leave it).</summary>
    public static bool IsDecidedByOutlet(SpellingEntry? entry, AnalyzedArticle article) =>
        entry is not null && entry.ProfileName != BuiltInProfiles.DefaultName && entry.AppliesOn(article.Article.Date);

    /// <summary>The outlet's entry in force for the article that lists <paramref name="form"/> as a variant to avoid ("Zelensky"
    /// where AP writes "Zelenskyy"); null when the outlet allows the form.</summary>
    public static SpellingEntry? OutletEntryRulingOut(string form, AnalyzedArticle article)
    {
        foreach (var entry in article.Profile.Spellings)
        {
            if (IsDecidedByOutlet(entry, article) && entry.ListsVariant(form)) return entry;
        }
        return null;
    }

    private static VariantIndex Build(AnalyzedArticle analyzed)
    {
        var article = analyzed.Article;
        var occurrences = new List<VariantOccurrence>();
        var profile = analyzed.Profile;
        var keepNames = VariantsInNamesSetting.ValueIn(profile) == "keep";
        var listed = FindListed(article, profile, keepNames, occurrences);
        NameVariants.Find(article, listed, NameParticles.Of(profile), occurrences, onlyWrittenSeveralWays: !IsComparedAcrossArticles(analyzed));
        WordSlips.Find(analyzed, occurrences);
        AddDesignations(article, listed, occurrences);
        AddClosedUpNames(article, listed, WordsOutsideProse.Of(analyzed), occurrences);
        var keyBuffer = new StringBuilder();
        var letterPrefixed = LetterPrefixedKeys(article, listed, keyBuffer);
        // Every long word and most pairs of words are candidate compounds, and an article writes nearly all of them one way
        // only. Only the outlet's other articles can show such a word's other form (ED1005): an article no rule compares
        // across articles keeps the compounds it writes in more than one form itself, the only ones ED1001 reads.
        var candidates = CompoundCandidates(article, listed, keyBuffer, letterPrefixed);
        var writtenSeveralWays = IsComparedAcrossArticles(analyzed) ? null : HashesWrittenSeveralWays(candidates);
        var tokens = article.Tokens;
        foreach (var candidate in candidates)
        {
            if (writtenSeveralWays is not null && !writtenSeveralWays.Contains(candidate.KeyHash)) continue;
            var token = tokens[candidate.First];
            var (form, splitAt, separator, last) = candidate.Shape switch
            {
                CompoundShape.Closed => (Closed, 0, ' ', candidate.First),
                CompoundShape.Spaced => (Open, token.Text.Length, ' ', candidate.First + (candidate.IsPhrase ? 2 : 1)),
                _ => (Open, token.Text.IndexOf('-'), '-', candidate.First),
            };
            var span = TextSpan.FromBounds(token.Span.Start, tokens[last].Span.End);
            occurrences.Add(new VariantOccurrence(CompoundKey(candidate.Written, form == Closed ? null : separator, keyBuffer), form, span, candidate.Written,
                VariantKind.Compound, token.IsTranscribed, token.IsInHeading, null, splitAt, separator) { ModifiesNoun = IsBeforeItsNoun(article, candidate.First, last) });
        }
        return new VariantIndex(occurrences, analyzed);
    }

    /// <summary>True when ED1005 compares the article's index with those of its outlet's other articles: articles of an outlet
    /// are compared, those of the neutral default profile (no outlet) are not.</summary>
    public static bool IsComparedAcrossArticles(AnalyzedArticle article) => article.Profile.Name != BuiltInProfiles.DefaultName;

    private enum CompoundShape : byte
    {
        /// <summary>One word ("videoconference").</summary>
        Closed,
        /// <summary>Two words a space apart ("video conference").</summary>
        Spaced,
        /// <summary>One word of two parts a hyphen apart ("video-conference").</summary>
        Hyphenated,
    }

    /// <summary>A candidate compound as found, before any occurrence is made of it: its first token, its shape, the text it is
    /// written as, and its key's <see cref="HashOf(string)"/>.</summary>
    private readonly struct CompoundCandidate(int first, CompoundShape shape, string written, ulong keyHash, bool isShort = false, bool isPhrase = false)
    {
        public int First { get; } = first;
        public CompoundShape Shape { get; } = shape;
        public string Written { get; } = written;
        public ulong KeyHash { get; } = keyHash;
        /// <summary>A closed word of four to six letters: a candidate only where the article also writes it after a letter and
        /// a hyphen ("email" beside "e-mail").</summary>
        public bool IsShort { get; } = isShort;
        /// <summary>Three words joined by a short word, spaced or hyphenated ("stop and frisk", "editor-in-chief"): a candidate
        /// only where the article writes it both ways (<see cref="PhrasesWrittenBothWays"/>), or every "trade and industry" would be one.</summary>
        public bool IsPhrase { get; } = isPhrase;

        public CompoundCandidate At(int first) => new(first, Shape, Written, KeyHash, IsShort, IsPhrase);
    }

    /// <summary>The hashes of the compound keys the article writes in more than one shape: closed and open, or hyphenated and
    /// spaced. Two keys of one hash only make a key read that need not be: whether a key varies is decided on its occurrences.</summary>
    private static HashSet<ulong> HashesWrittenSeveralWays(List<CompoundCandidate> candidates)
    {
        // The hashes of the rarer kind are held, and the other kind's looked up in them; so are the hyphenated ones, which are few.
        // Held sorted in arrays of their exact size: the candidates are known before any is held, and a set grown one hash at a
        // time made several tables for each edit's hundreds of candidates.
        var (closed, hyphenatedCount) = (0, 0);
        foreach (var candidate in candidates)
        {
            if (candidate.Shape == CompoundShape.Closed) closed++;
            else if (candidate.Shape == CompoundShape.Hyphenated) hyphenatedCount++;
        }
        var holdClosed = closed <= candidates.Count - closed;
        var held = new ulong[holdClosed ? closed : candidates.Count - closed];
        var hyphenated = new ulong[hyphenatedCount];
        var (heldCount, hyphenatedHeld) = (0, 0);
        foreach (var candidate in candidates)
        {
            if ((candidate.Shape == CompoundShape.Closed) == holdClosed) held[heldCount++] = candidate.KeyHash;
            if (candidate.Shape == CompoundShape.Hyphenated) hyphenated[hyphenatedHeld++] = candidate.KeyHash;
        }
        Array.Sort(held);
        Array.Sort(hyphenated);
        var several = new HashSet<ulong>();
        foreach (var candidate in candidates)
        {
            if ((candidate.Shape == CompoundShape.Closed) != holdClosed && Array.BinarySearch(held, candidate.KeyHash) >= 0
                || candidate.Shape == CompoundShape.Spaced && Array.BinarySearch(hyphenated, candidate.KeyHash) >= 0) several.Add(candidate.KeyHash);
        }
        return several;
    }

    /// <summary>The forms of a profile's spelling entries by their first word, case ignored.</summary>
    private sealed class FormsByFirstWord
    {
        public FormsByFirstWord(IReadOnlyList<SpellingEntry> entries)
        {
            _readStarts = ReadStarts;
            // Entries come inherited first; walking them backwards lets the nearest profile's entry claim a form first
            // (afp prefers "Zelensky" where the default profile only groups it with "Zelenskyy").
            foreach (var entry in entries.Reverse())
            {
                foreach (var form in entry.Variants.Prepend(entry.Preferred))
                {
                    var words = form.Split([' '], StringSplitOptions.RemoveEmptyEntries);
                    if (words.Length == 0) continue;
                    if (!Forms.TryGetValue(words[0], out var list)) Forms[words[0]] = list = new();
                    list.Add((words, form, entry));
                    _firstWordLengths.Add(words[0].Length);
                    if (!IsNameForm(words)) continue;
                    var family = NameFamily(words, severalWords: words.Length > 1);
                    if (!_names.TryGetValue(family, out var named)) _names[family] = named = new();
                    named.Add((form, entry));
                    var firstPart = FirstPart(words[0]);
                    _firstPartFolds.Add(SeveralWordsPrefix + NameVariants.Fold(firstPart));
                    _firstPartFolds.Add(OneWordPrefix + NameVariants.FoldKeepingVowels(firstPart));
                    MaxNameTokens = Math.Max(MaxNameTokens, words.Length + 1);
                }
            }
        }

        /// <summary>The forms that are names ("Navalny", "Mohammed Dahlan"), by their <see cref="NameFamily"/>: a name the
        /// article writes in another spelling of that family ("Navalnyy", "Mohamed Dahlan", "Thomas Greenfield" for
        /// "Thomas-Greenfield") is the entry's too.</summary>
        private readonly Dictionary<string, List<(string Form, SpellingEntry Entry)>> _names = new(StringComparer.Ordinal);

        private const string SeveralWordsPrefix = "n:";
        private const string OneWordPrefix = "1:";

        /// <summary>The first parts of the name forms, folded as <see cref="NameFamily"/> folds them either way: a run of
        /// capitalised words whose first part is none of these is of no listed name's family, and nothing more is made of it.</summary>
        private readonly HashSet<string> _firstPartFolds = new(StringComparer.Ordinal);

        /// <summary>Whether a word may start a listed name's family, for the words read recently: most capitalised words of an
        /// article are read again at each edit, and folding them again was most of what the name families cost.</summary>
        private readonly RecentSlots<FirstWordVerdict> _mayStartName = new(12);

        private sealed record FirstWordVerdict(string Word, bool MayStart);

        /// <summary>True when a run of capitalised words starting with <paramref name="word"/> may be of a listed name's family.</summary>
        public bool MayStartName(string word)
        {
            var hash = (uint)Fnv1a.Of(word);
            if (_mayStartName.Get(hash) is { } known && known.Word == word) return known.MayStart;
            var part = FirstPart(word);
            var may = _firstPartFolds.Contains(SeveralWordsPrefix + NameVariants.Fold(part))
                      || _firstPartFolds.Contains(OneWordPrefix + NameVariants.FoldKeepingVowels(part));
            _mayStartName.Set(hash, new FirstWordVerdict(word, may));
            return may;
        }

        private static string FirstPart(string word)
        {
            var hyphen = word.IndexOf('-');
            return hyphen > 0 ? word.Substring(0, hyphen) : word;
        }

        /// <summary>The words of recently read sentences where a form or a listed name's family may start (<see cref="StartsIn"/>).</summary>
        private readonly SentenceCache<int> _startsBySentence = new(bits: 12);

        /// <summary>The tokens of <paramref name="sentence"/>, counted from its first, where one of the forms may start (its first
        /// word, or that word's singular) or a listed name's family may (<see cref="MayStartName"/>): what the article writes
        /// everywhere else is no form of an entry. They depend on the sentence's words alone, and are kept by sentence.</summary>
        public int[] StartsIn(Article article, Sentence sentence) => _startsBySentence.GetOrRead(article, sentence, _readStarts);

        private readonly Func<Article, Sentence, int[]> _readStarts;

        private int[] ReadStarts(Article article, Sentence sentence)
        {
            var tokens = article.Tokens;
            List<int>? starts = null;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var text = tokens[i].Text;
                if (tokens[i].IsWord && (TryGetCandidates(text, out _) || MaxNameTokens > 0 && IsNameWord(text) && MayStartName(text)))
                {
                    (starts ??= new List<int>()).Add(i - sentence.FirstToken);
                }
            }
            return starts?.ToArray() ?? [];
        }

        /// <summary>How many tokens a name form's family may take: its words, and one more for a hyphen written as a space.</summary>
        public int MaxNameTokens { get; private set; }

        /// <summary>The name forms of the family of <paramref name="words"/> as an article writes them, read as several words of
        /// a full name or as one name.</summary>
        public bool TryGetNameFamily(IReadOnlyList<string> words, out List<(string Form, SpellingEntry Entry)> forms) =>
            _names.TryGetValue(NameFamily(words, severalWords: true), out forms!) || _names.TryGetValue(NameFamily(words, severalWords: false), out forms!);

        /// <summary>
        /// The family key of a name, part by part (hyphens and spaces alike part it: "Thomas-Greenfield" is "Thomas Greenfield",
        /// and each part keeps its transliterated ending). A full name of several words names its person by all of them, so
        /// its parts fold fully (<see cref="NameVariants.Fold"/>: "Muhammad Dahlan" / "Mohammed Dahlan"); a name of one word
        /// has nothing else to tell two surnames apart, so its vowels are kept (<see cref="NameVariants.FoldKeepingVowels"/>:
        /// "Möller" is no spelling of "Müller").
        /// </summary>
        private static string NameFamily(IEnumerable<string> words, bool severalWords)
        {
            var parts = words.SelectMany(w => w.Split(['-'], StringSplitOptions.RemoveEmptyEntries));
            return (severalWords ? SeveralWordsPrefix : OneWordPrefix) + string.Join(" ", parts.Select(severalWords ? NameVariants.Fold : (Func<string, string>)NameVariants.FoldKeepingVowels));
        }

        /// <summary>Every word capitalised and of letters, not all capitals: a name, whose other spellings a family key finds.</summary>
        private static bool IsNameForm(string[] words) => words.All(IsNameWord);

        private Dictionary<string, List<(string[] Words, string Form, SpellingEntry Entry)>> Forms { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>The lengths of the forms' first words: words compared ignoring case are as long as each other, and most
        /// words of an article, of no such length, are then never looked up (nor their singulars made).</summary>
        private readonly HashSet<int> _firstWordLengths = new();

        /// <summary>The entries whose forms start with <paramref name="word"/>, or with its singular ("bug-fixes": "bug-fix").</summary>
        public bool TryGetCandidates(string word, out List<(string[] Words, string Form, SpellingEntry Entry)> candidates)
        {
            candidates = null!;
            if (_firstWordLengths.Contains(word.Length) && Forms.TryGetValue(word, out candidates!)) return true;
            if (word.Length > 3 && _firstWordLengths.Contains(word.Length - 2) && word.EndsWith("es", StringComparison.OrdinalIgnoreCase)
                && Forms.TryGetValue(word.Substring(0, word.Length - 2), out candidates!)) return true;
            return word.Length > 3 && _firstWordLengths.Contains(word.Length - 1) && word.EndsWith("s", StringComparison.OrdinalIgnoreCase)
                   && Forms.TryGetValue(word.Substring(0, word.Length - 1), out candidates!);
        }
    }

    private static HashSet<int> FindListed(Article article, OutletProfile profile, bool keepNames, List<VariantOccurrence> occurrences)
    {
        var covered = new HashSet<int>();
        if (profile.Spellings.Count == 0) return covered;
        var byFirstWord = profile.GetDerived(p => new FormsByFirstWord(p.Spellings));
        // Only where a form or a listed name's family may start is anything read, and a sentence's such words are kept
        // (FormsByFirstWord.StartsIn); what is read from them looks beyond the sentence, and is read here.
        var readUpTo = -1;
        var scan = new ListedScan(article);
        foreach (var sentence in article.Sentences)
        {
            foreach (var start in byFirstWord.StartsIn(article, sentence))
            {
                var i = start + sentence.FirstToken;
                if (i > readUpTo) readUpTo = ReadListed(article, byFirstWord, keepNames, scan, i, occurrences, covered);
            }
        }
        return covered;
    }

    /// <summary>The listed form, or the listed name's family, written from token <paramref name="i"/>, if any; returns the last
    /// token read.</summary>
    private static int ReadListed(Article article, FormsByFirstWord byFirstWord, bool keepNames, ListedScan scan, int i,
        List<VariantOccurrence> occurrences, HashSet<int> covered)
    {
        var tokens = article.Tokens;
        if (!byFirstWord.TryGetCandidates(tokens[i].Text, out var candidates)) return FindNameFamily(article, byFirstWord, scan, i, occurrences, covered);
        foreach (var (words, form, entry) in candidates)
        {
            var (last, suffix) = MatchWords(article, i, words, entry.MatchCase);
            if (last < 0) continue;
            var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[last].Span.End);
            for (var k = i; k <= last; k++) covered.Add(k);
            if (!IsException(article.Text, span, entry.Exceptions) && !(keepNames && IsInsideLongerName(article, i, last, scan.TitleCaseLines)))
            {
                var text = article.GetText(span);
                occurrences.Add(new VariantOccurrence("list:" + entry.Preferred.ToLowerInvariant(), form, span, text,
                    VariantKind.Listed, tokens[i].IsTranscribed, tokens[i].IsInHeading, entry)
                {
                    CaseVariant = !IsAllowedCase(article, i, text.Substring(0, text.Length - suffix.Length), form),
                    Suffix = suffix,
                });
            }
            return last;
        }
        return FindNameFamily(article, byFirstWord, scan, i, occurrences, covered);
    }

    /// <summary>
    /// A name written in another spelling of a name the profile lists ("Navalnyy" for "Navalny", "Mohamed Dahlan" for "Mohammed
    /// Dahlan", "Thomas Greenfield" for "Thomas-Greenfield"): the same family key (FormsByFirstWord.NameFamily) of the run
    /// of capitalised words from <paramref name="first"/> (at most <see cref="FormsByFirstWord.MaxNameTokens"/>). The entry
    /// names one entity, so the name must stand as that entity: not an ordinary word ("Grey"), and not followed by another
    /// capitalised word, which makes it part of a longer name with its own spelling ("Mohamed Salah" for an entry
    /// "Mohammed", "the Navalnyy Foundation"), in a headline too; nor one word that the article writes at the head of a
    /// longer name elsewhere ("Mohamed" alone after "Mohamed Salah"). Returns the last token read.
    /// </summary>
    private static int FindNameFamily(Article article, FormsByFirstWord byFirstWord, ListedScan scan, int first, List<VariantOccurrence> occurrences,
        HashSet<int> covered)
    {
        var tokens = article.Tokens;
        if (byFirstWord.MaxNameTokens == 0 || !IsNameWord(tokens[first].Text) || !byFirstWord.MayStartName(tokens[first].Text)) return first;
        var end = first;
        while (end + 1 < tokens.Count && end + 1 - first < byFirstWord.MaxNameTokens && tokens[end + 1].IsWord && IsNameWord(tokens[end + 1].Text)
               && tokens[end + 1].SentenceIndex == tokens[first].SentenceIndex && SpellingText.OnlySpacesBetween(article.Text, tokens[end].Span, tokens[end + 1].Span)) end++;
        // A name run longer than any form: the listed name is a part of it.
        if (IsBeforeName(article, end)) return first;
        var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[end].Span.End);
        var text = article.GetText(span);
        if (end == first && CommonWords.ContainsLowered(text)) return first;
        var words = new List<string>(end - first + 1);
        for (var k = first; k <= end; k++) words.Add(tokens[k].Text);
        if (!byFirstWord.TryGetNameFamily(words, out var forms)) return first;
        // One word the article also writes at the head of a longer name ("Mohamed Salah", then "Mohamed said") is that name's.
        if (end == first && scan.IsNameHead(text)) return first;
        var (form, entry) = forms[0];
        var written = text.Normalize(NormalizationForm.FormC);
        // Written as the form itself, spaced: the exact match above read it already, or it is that form's case.
        if (string.Equals(written, form, StringComparison.OrdinalIgnoreCase)) return first;
        for (var k = first; k <= end; k++) covered.Add(k);
        occurrences.Add(new VariantOccurrence("list:" + entry.Preferred.ToLowerInvariant(), written, span, text, VariantKind.Listed,
            tokens[first].IsTranscribed, tokens[first].IsInHeading, entry));
        return end;
    }

    /// <summary>True when a capitalised word follows token <paramref name="index"/> in its sentence with only spaces between.</summary>
    private static bool IsBeforeName(Article article, int index)
    {
        var tokens = article.Tokens;
        return index + 1 < tokens.Count && tokens[index + 1].IsWord && char.IsUpper(tokens[index + 1].Text[0])
               && tokens[index + 1].SentenceIndex == tokens[index].SentenceIndex && SpellingText.OnlySpacesBetween(article.Text, tokens[index].Span, tokens[index + 1].Span);
    }

    /// <summary>What reading an article's listed forms asks of the whole article, found once, when first asked: an article of
    /// many forms would otherwise be read once for each.</summary>
    private sealed class ListedScan(Article article)
    {
        private HashSet<string>? _words;
        private TitleCaseLines? _titleCaseLines;

        /// <summary>Whether the article writes <paramref name="word"/> at the head of a longer name ("Mohamed" in "Mohamed Salah").</summary>
        public bool IsNameHead(string word) => (_words ??= Gather()).Contains(word);

        public TitleCaseLines TitleCaseLines => _titleCaseLines ??= new TitleCaseLines(article);

        private HashSet<string> Gather()
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < article.Tokens.Count; i++)
            {
                if (IsBeforeName(article, i)) words.Add(article.Tokens[i].Text);
            }
            return words;
        }
    }

    /// <summary>A capital and then letters, hyphens or apostrophes, not all capitals: "Navalny", "Thomas-Greenfield", "O'Brien".</summary>
    private static bool IsNameWord(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || SpellingText.IsAllCaps(word)) return false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '’') && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) return false;
        }
        return true;
    }

    /// <summary>
    /// The index of the last token of <paramref name="words"/> read from token <paramref name="start"/>, or -1; and the
    /// plural ending the last token adds to the last word ("change logs", "bug-fixes"), if any.
    /// </summary>
    private static (int Last, string Suffix) MatchWords(Article article, int start, string[] words, bool matchCase)
    {
        var comparison = matchCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var tokens = article.Tokens;
        var suffix = "";
        for (var w = 0; w < words.Length; w++)
        {
            var k = start + w;
            if (k >= tokens.Count || !tokens[k].IsWord) return (-1, "");
            if (w > 0 && !SpellingText.OnlySpacesBetween(article.Text, tokens[k - 1].Span, tokens[k].Span)) return (-1, "");
            if (string.Equals(tokens[k].Text, words[w], comparison)) continue;
            if (w < words.Length - 1 || matchCase) return (-1, "");
            suffix = PluralEnding(tokens[k].Text, words[w]);
            if (suffix.Length == 0) return (-1, "");
        }
        return (start + words.Length - 1, suffix);
    }

    /// <summary>"s" or "es" when <paramref name="written"/> is the plural of <paramref name="word"/> ("logs", "fixes");
    /// otherwise empty. Words shorter than three letters take none ("US" is no singular of "uses").</summary>
    private static string PluralEnding(string written, string word)
    {
        if (word.Length < 3 || !char.IsLetter(word[word.Length - 1]) || !written.StartsWith(word, StringComparison.OrdinalIgnoreCase)) return "";
        var ending = written.Substring(word.Length);
        if (ending is "s" or "S") return ending;
        return ending is "es" or "ES" && word[word.Length - 1] is 's' or 'x' or 'z' or 'h' ? ending : "";
    }

    /// <summary>
    /// True when <paramref name="written"/> is <paramref name="form"/> in a case the form allows: as listed, capitalised at a
    /// sentence start or in a headline ("Webpack is good"), or in capitals in a headline or shouted line.
    /// </summary>
    private static bool IsAllowedCase(Article article, int index, string written, string form)
    {
        if (string.Equals(written, form, StringComparison.Ordinal)) return true;
        var token = article.Tokens[index];
        if ((token.IsSentenceStart || token.IsInHeading) && char.IsUpper(written[0])
            && string.Equals(written.Substring(1), form.Substring(1), StringComparison.Ordinal)) return true;
        return SpellingText.IsAllCaps(written) && (token.IsInHeading || SpellingText.IsInShoutedText(article, index));
    }

    /// <summary>
    /// True when the matched tokens are part of a longer capitalised name: followed, in the same sentence, by a capitalised
    /// word that is not a role ("the Kiev Ballet", "Internet Explorer"). In a headline in title case every word is
    /// capitalised, so there nothing counts as a name; a headline in sentence case capitalises names only.
    /// </summary>
    internal static bool IsInsideLongerName(Article article, int first, int last, TitleCaseLines? titleCaseLines = null)
    {
        var tokens = article.Tokens;
        if (!char.IsUpper(tokens[first].Text[0]) || last + 1 >= tokens.Count || tokens[first].IsInHeading && IsTitleCaseLine(article, first, last, titleCaseLines)) return false;
        var next = tokens[last + 1];
        return next.IsWord && next.SentenceIndex == tokens[last].SentenceIndex && SpellingText.IsCapitalized(next.Text)
               && !RoleWords.Contains(next.Text) && SpellingText.OnlySpacesBetween(article.Text, tokens[last].Span, next.Span);
    }

    /// <summary>Whether the heading holding tokens <paramref name="first"/> to <paramref name="last"/> is in title case, from the
    /// article's <paramref name="titleCaseLines"/> when the caller keeps them, else from its own sentence's words alone (not
    /// a table of every sentence made for one question).</summary>
    private static bool IsTitleCaseLine(Article article, int first, int last, TitleCaseLines? titleCaseLines)
    {
        var sentence = article.Tokens[first].SentenceIndex;
        return titleCaseLines?.Contains(sentence, first, last)
               ?? TitleCaseLines.IsTitleCase(article, TitleCaseLines.CountWords(article, article.Sentences[sentence]), first, last);
    }

    /// <summary>True when the match sits inside one of the entry's exception phrases ("chicken Kiev").</summary>
    private static bool IsException(string text, TextSpan span, IReadOnlyList<string> exceptions)
    {
        var matched = text.Substring(span.Start, span.Length);
        foreach (var exception in exceptions)
        {
            var at = exception.IndexOf(matched, StringComparison.OrdinalIgnoreCase);
            var start = span.Start - at;
            if (at < 0 || start < 0 || start + exception.Length > text.Length) continue;
            if (string.Compare(text, start, exception, 0, exception.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        }
        return false;
    }

    /// <summary>Closed words, two-part hyphenated words and two-word phrases, keyed by their letters ("videoconference"), in
    /// text order, but for the profile's listed words. A sentence's are read once and kept (<see cref="CandidatesBySentence"/>).</summary>
    private static List<CompoundCandidate> CompoundCandidates(Article article, HashSet<int> listed, StringBuilder keyBuffer, HashSet<string> letterPrefixed)
    {
        // News copy starts a candidate at about two tokens in five: sized for a little more than that, the list is made once.
        var candidates = new List<CompoundCandidate>(article.Tokens.Count / 2);
        foreach (var sentence in article.Sentences)
        {
            var found = CandidatesBySentence.GetOrRead(article, sentence, CandidatesIn);
            foreach (var candidate in found)
            {
                var first = candidate.First + sentence.FirstToken;
                if (listed.Contains(first)) continue;
                // A short word is a candidate only where the article also writes it after a letter and a hyphen ("email" beside
                // "e-mail"), or every short word would be one.
                if (candidate.IsShort && !(letterPrefixed.Count > 0 && letterPrefixed.Contains(CompoundKey(candidate.Written, null, keyBuffer)))) continue;
                candidates.Add(candidate.At(first));
            }
        }
        return PhrasesWrittenBothWays(candidates);
    }

    /// <summary><paramref name="candidates"/> less the phrases (<see cref="CompoundCandidate.IsPhrase"/>) the article writes one
    /// way only: "stop and frisk" is a candidate beside "stop-and-frisk", "law and order" alone is three words.</summary>
    private static List<CompoundCandidate> PhrasesWrittenBothWays(List<CompoundCandidate> candidates)
    {
        HashSet<ulong>? spaced = null, hyphenated = null;
        foreach (var candidate in candidates)
        {
            if (candidate.IsPhrase) (candidate.Shape == CompoundShape.Spaced ? spaced ??= [] : hyphenated ??= []).Add(candidate.KeyHash);
        }
        if (spaced is null && hyphenated is null) return candidates;
        candidates.RemoveAll(c => c.IsPhrase && !(spaced is not null && spaced.Contains(c.KeyHash) && hyphenated is not null && hyphenated.Contains(c.KeyHash)));
        return candidates;
    }

    /// <summary>The compound candidates of recently read sentences (<see cref="CandidatesIn"/>): they depend on the sentence's
    /// words and the characters between them alone.</summary>
    private static readonly SentenceCache<CompoundCandidate> CandidatesBySentence = new(bits: 12);

    /// <summary>The candidates of one sentence, whatever the profile lists and whatever the article writes elsewhere: token
    /// indexes counted from the sentence's first token, and every closed word of four letters or more (<see cref="CompoundCandidate.IsShort"/>).</summary>
    private static CompoundCandidate[] CandidatesIn(Article article, Sentence sentence)
    {
        var tokens = article.Tokens;
        List<CompoundCandidate>? candidates = null;
        for (var index = sentence.FirstToken; index < sentence.EndToken; index++)
        {
            var token = tokens[index];
            if (!token.IsWord) continue;
            var text = token.Text;
            if (token.StartsUpper && !token.IsSentenceStart) continue;
            var at = index - sentence.FirstToken;
            var hyphen = text.IndexOf('-');
            if (hyphen < 0)
            {
                // Every long word may be a closed compound; a short one only as the article allows (IsShort). Not one with a
                // capital inside ("InputObject", "PlayStation"): an identifier or a brand, not "input object" closed up.
                if (text.Length >= 4 && SpellingText.IsLetters(text) && !Capitals.HasInnerCapital(text))
                {
                    Add(new CompoundCandidate(at, CompoundShape.Closed, text, CompoundKeyHash(text, null), isShort: text.Length < 7));
                }
                var next = index + 1;
                if (next < sentence.EndToken && tokens[next] is { IsWord: true } second
                    && !second.StartsUpper && SpellingText.OnlySpacesBetween(article.Text, token.Span, second.Span)
                    && IsCompoundPart(text) && IsCompoundPart(second.Text))
                {
                    var written = article.GetText(TextSpan.FromBounds(token.Span.Start, second.Span.End));
                    Add(new CompoundCandidate(at, CompoundShape.Spaced, written, CompoundKeyHash(written, ' ')));
                }
                var third = index + 2;
                if (third < sentence.EndToken && tokens[next] is { IsWord: true } joining && JoiningWords.Contains(joining.Text)
                    && tokens[third] is { IsWord: true, StartsUpper: false } last && IsCompoundPart(text) && IsCompoundPart(last.Text)
                    && SpellingText.OnlySpacesBetween(article.Text, token.Span, joining.Span) && SpellingText.OnlySpacesBetween(article.Text, joining.Span, last.Span))
                {
                    var written = article.GetText(TextSpan.FromBounds(token.Span.Start, last.Span.End));
                    Add(new CompoundCandidate(at, CompoundShape.Spaced, written, CompoundKeyHash(written, ' '), isPhrase: true));
                }
            }
            else if (text.IndexOf('-', hyphen + 1) is var secondHyphen && secondHyphen < 0)
            {
                if ((IsCompoundPart(text.Substring(0, hyphen)) || IsLetterPrefix(text, hyphen)) && IsCompoundPart(text.Substring(hyphen + 1)))
                {
                    Add(new CompoundCandidate(at, CompoundShape.Hyphenated, text, CompoundKeyHash(text, '-')));
                }
            }
            else if (text.IndexOf('-', secondHyphen + 1) < 0 && JoiningWords.Contains(text.Substring(hyphen + 1, secondHyphen - hyphen - 1))
                     && IsCompoundPart(text.Substring(0, hyphen)) && IsCompoundPart(text.Substring(secondHyphen + 1)))
            {
                Add(new CompoundCandidate(at, CompoundShape.Hyphenated, text, CompoundKeyHash(text, '-'), isPhrase: true));
            }
        }
        return candidates?.ToArray() ?? [];

        void Add(CompoundCandidate candidate) => (candidates ??= new List<CompoundCandidate>()).Add(candidate);
    }

    private const string DesignationKeyPrefix = "designation:";
    private const string Hyphenated = "hyphenated";
    private const string Spaced = "spaced";

    /// <summary>
    /// Designations written closed or hyphenated in one word ("B52", "Shahed-136"): letters, the first a capital, then digits
    /// (<see cref="IsNumberedWord"/>: no ordinary word, and no day or month, whose number makes a date: "23-April-2025").
    /// A capitalised word and a number spaced ("Shahed 136") is one only where the article also writes it in one word: any
    /// other pair ("June 12", "Article 5") is no designation. Keyed by the letters as written and the digits, so that a case
    /// ("COVID-19" / "Covid-19") stays a house style question, not a spelling.
    /// </summary>
    private static void AddDesignations(Article article, HashSet<int> listed, List<VariantOccurrence> occurrences)
    {
        var tokens = article.Tokens;
        var written = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<VariantOccurrence>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || !char.IsUpper(token.Text[0]) || listed.Contains(i)) continue;
            var text = token.Text;
            var letters = 0;
            while (letters < text.Length && char.IsLetter(text[letters])) letters++;
            var digits = letters < text.Length && text[letters] == '-' ? letters + 1 : letters;
            if (letters == text.Length || digits == text.Length || !Digits.Only(text, digits) || IsNumberedWord(text.Substring(0, letters))) continue;
            var key = DesignationKeyPrefix + text.Substring(0, letters) + text.Substring(digits);
            written.Add(key);
            found.Add(new VariantOccurrence(key, digits == letters ? Closed : Hyphenated, token.Span, text, VariantKind.Designation, token.IsTranscribed,
                token.IsInHeading, null, letters, '-'));
        }
        if (found.Count == 0) return;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var (word, number) = (tokens[i], tokens[i + 1]);
            if (!word.IsWord || number.Kind != TokenKind.Number || !char.IsUpper(word.Text[0]) || !SpellingText.IsLetters(word.Text)
                || !Digits.Only(number.Text) || !SpellingText.OnlySpacesBetween(article.Text, word.Span, number.Span)) continue;
            var key = DesignationKeyPrefix + word.Text + number.Text;
            if (!written.Contains(key)) continue;
            var span = TextSpan.FromBounds(word.Span.Start, number.Span.End);
            found.Add(new VariantOccurrence(key, Spaced, span, article.GetText(span), VariantKind.Designation, word.IsTranscribed,
                word.IsInHeading, null, word.Text.Length, ' '));
        }
        occurrences.AddRange(found.OrderBy(o => o.Span.Start));
    }

    private const string ClosedUpNameKeyPrefix = "closed-up name:";

    /// <summary>
    /// A name of capitalised words written closed up and spaced: "SuperBowl" beside "Super Bowl", "BlackLivesMatter" beside
    /// "Black Lives Matter". A closed word of two capitalised parts or more, each of two letters or more ("YouTube", not
    /// "McD" or "iPhone"), is a candidate only where the article also writes its parts as capitalised words a space apart; both
    /// are then one compound, closed and open. Not a closed word the page's code writes (<paramref name="wordsOutsideProse"/>):
    /// there it is the code's identifier ("ViewTransition", a component, or its plural), and the spaced words name what it does.
    /// </summary>
    private static void AddClosedUpNames(Article article, HashSet<int> listed, WordsOutsideProse wordsOutsideProse, List<VariantOccurrence> occurrences)
    {
        var tokens = article.Tokens;
        Dictionary<string, string[]>? closedUp = null;
        var found = new List<VariantOccurrence>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || !char.IsUpper(token.Text[0]) || listed.Contains(i) || PartsOfClosedUpName(token.Text) is not { } parts
                || wordsOutsideProse.ContainsOrSingular(token.Text)) continue;
            (closedUp ??= new Dictionary<string, string[]>(StringComparer.Ordinal))[parts[0]] = parts;
            found.Add(new VariantOccurrence(ClosedUpNameKeyPrefix + token.Text.ToLowerInvariant(), Closed, token.Span, token.Text, VariantKind.Compound,
                token.IsTranscribed, token.IsInHeading, null, parts[0].Length));
        }
        if (closedUp is null) return;
        // The spaced forms: a name's first part is one capitalised word, never itself closed up, so no closed-up word is one.
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || listed.Contains(i) || !closedUp.TryGetValue(token.Text, out var parts) || i + parts.Length > tokens.Count) continue;
            var last = i;
            while (last + 1 < i + parts.Length && tokens[last + 1].Text == parts[last + 1 - i]
                   && SpellingText.OnlySpacesBetween(article.Text, tokens[last].Span, tokens[last + 1].Span)) last++;
            if (last != i + parts.Length - 1) continue;
            var span = TextSpan.FromBounds(token.Span.Start, tokens[last].Span.End);
            found.Add(new VariantOccurrence(ClosedUpNameKeyPrefix + string.Concat(parts).ToLowerInvariant(), Open, span, article.GetText(span), VariantKind.Compound,
                token.IsTranscribed, token.IsInHeading, null, token.Text.Length));
        }
        // A closed-up name before a capitalised word that the spaced words never stand before is part of a longer name of its
        // own, a brand's ("SriLankan Airlines" beside "Sri Lankan officials"): the airline is not the people, and keeps its spelling.
        // A headline capitalises every word, and says nothing so.
        var spacedBefore = new HashSet<string>(found.Where(o => o.Form == Open).Select(o => o.Key + " " + CapitalisedWordAfter(article, o.Span)), StringComparer.Ordinal);
        found.RemoveAll(o => o.Form == Closed && !o.InHeading && CapitalisedWordAfter(article, o.Span) is { Length: > 0 } next && !spacedBefore.Contains(o.Key + " " + next));
        // A closed-up name the article never spaces is one spelling: nothing to compare.
        var spacedKeys = new HashSet<string>(found.Where(o => o.Form == Open).Select(o => o.Key), StringComparer.Ordinal);
        var closedKeys = new HashSet<string>(found.Where(o => o.Form == Closed).Select(o => o.Key), StringComparer.Ordinal);
        occurrences.AddRange(found.Where(o => spacedKeys.Contains(o.Key) && closedKeys.Contains(o.Key)).OrderBy(o => o.Span.Start));
    }

    /// <summary>The capitalised word right after <paramref name="span"/> in its sentence, a space apart; empty when there is none.</summary>
    private static string CapitalisedWordAfter(Article article, TextSpan span)
    {
        var next = SpellingText.CapitalisedWordAfter(article, article.Tokens.FirstStartingAt(span.End) - 1);
        return next < 0 ? "" : article.Tokens[next].Text;
    }

    /// <summary>The capitalised parts of a word of letters written as a closed-up name ("Super", "Bowl" of "SuperBowl"): two
    /// parts or more, each a capital and at least one letter in lower case. Null for any other word. The parts are told in
    /// place first: most capitalised words are a single part ("Zelensky"), and none of their letters is copied.</summary>
    private static string[]? PartsOfClosedUpName(string text)
    {
        if (text.Length < 5 || !SpellingText.IsLetters(text)) return null;
        var count = 0;
        var start = 0;
        for (var k = 1; k <= text.Length; k++)
        {
            if (k < text.Length && !char.IsUpper(text[k])) continue;
            if (!SpellingText.IsCapitalized(text, start, k)) return null;
            count++;
            start = k;
        }
        if (count < 2) return null;
        var parts = new string[count];
        start = 0;
        for (int k = 1, part = 0; k <= text.Length; k++)
        {
            if (k < text.Length && !char.IsUpper(text[k])) continue;
            parts[part++] = text.Substring(start, k - start);
            start = k;
        }
        return parts;
    }

    /// <summary>"No 10", "Article 5", "Windows 10": an ordinary word with a number is a thing numbered, not a designation
    /// coined of letters ("B-52", "MI5", "Shahed-136"), and how a house writes it is its style, not a spelling.</summary>
    /// <summary>A word a number follows in its ordinary use, whatever joins them: a common word ("Game 7", "Article-5") or a day's
    /// or a month's name, a date's ("April 2025", "23-April-2025").</summary>
    private static bool IsNumberedWord(string letters) =>
        SpellingText.IsCapitalized(letters) && CommonWords.ContainsLowered(letters) || CalendarWords.IsDayOrMonth(letters);

    private const string CompoundKeyPrefix = "compound:";

    /// <summary>
    /// The compounds that <paramref name="occurrences"/> write open, with a space, more often than closed where they are
    /// nouns (not before a noun they modify): against those, a closed form before its noun is no variant
    /// (<see cref="IsSetApart"/>). Where the noun is closed up ("the courtroom"), so is the modifier ("courtroom sketch").
    /// </summary>
    public static HashSet<string> OpenNouns(IEnumerable<VariantOccurrence> occurrences)
    {
        var balance = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var o in occurrences)
        {
            if (o.Kind != VariantKind.Compound || o.ModifiesNoun || o.Form == Open && o.Separator != ' ') continue;
            balance[o.Key] = (balance.TryGetValue(o.Key, out var b) ? b : 0) + (o.Form == Open ? 1 : -1);
        }
        return new HashSet<string>(balance.Where(b => b.Value > 0).Select(b => b.Key), StringComparer.Ordinal);
    }

    /// <summary>
    /// True for a closed compound before the noun it modifies when the noun is written open: "frontline troops" beside "the
    /// front line" is one word in two uses, as style guides write them, not one word spelled two ways.
    /// </summary>
    public static bool IsSetApart(VariantOccurrence occurrence, HashSet<string> openNouns) =>
        occurrence.Form == Closed && occurrence.ModifiesNoun && openNouns.Contains(occurrence.Key);

    /// <summary>
    /// <paramref name="occurrence"/> rewritten in the form of <paramref name="model"/>. Where the model is the hyphenated
    /// form and the writers also space the compound (<paramref name="spacedToo"/>), the hyphen is the modifier's: "front-line
    /// troops" beside "the front line", as style guides write them. A noun then takes the spaced form ("the frontline"
    /// becomes "the front line", never "the front-line"). A compound no one spaces keeps its hyphen in every use
    /// ("counter-offensive", "e-mail").
    /// </summary>
    public static string Rewrite(VariantOccurrence occurrence, VariantOccurrence model, bool spacedToo) =>
        spacedToo && occurrence.Kind == VariantKind.Compound && model.Form == Open && model.Separator == '-' && !occurrence.ModifiesNoun
            ? occurrence.RewriteAs(model with { Separator = ' ' })
            : occurrence.RewriteAs(model);

    /// <summary>True when some of <paramref name="occurrences"/> write the compound open with a space ("front line").</summary>
    public static bool WrittenSpaced(IEnumerable<VariantOccurrence> occurrences) =>
        occurrences.Any(o => o.Kind == VariantKind.Compound && o.Form == Open && o.Separator == ' ');

    /// <summary>True when the word after token <paramref name="last"/>, the compound's last (its first is <paramref name="first"/>),
    /// in the same sentence with only spaces between, reads
    /// as a noun the compound modifies: a lower-case word that is no function word, verb form, adverb or time word
    /// ("frontline troops", not "the frontline in Kharkiv", "its frontline had crumbled", "the airbase last week"; a word in
    /// "-ing" only after a preposition: "from frontline fighting"). A plural
    /// modifies nothing ("airstrikes hit"): a noun before a noun is singular.</summary>
    internal static bool IsBeforeItsNoun(Article article, int first, int last)
    {
        var tokens = article.Tokens;
        if (last + 1 >= tokens.Count || tokens[last].Text.EndsWith("s", StringComparison.Ordinal)) return false;
        var next = tokens[last + 1];
        if (!next.IsWord || next.SentenceIndex != tokens[last].SentenceIndex || !SpellingText.OnlySpacesBetween(article.Text, tokens[last].Span, next.Span)) return false;
        var word = next.Text;
        return word.Length >= 3 && SpellingText.IsLetters(word) && SpellingText.IsAllLower(word) && !NotNouns.Contains(word)
               && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ly", StringComparison.Ordinal)
               && (!word.EndsWith("ing", StringComparison.Ordinal) || first > 0 && GerundPrepositions.Contains(tokens[first - 1].Text));
    }

    // A preposition right before a compound makes the word in "-ing" after it a noun the compound modifies ("troops
    // diverted from frontline fighting"), not a verb the compound is the subject of ("its frontline collapsing").
    private static readonly HashSet<string> GerundPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "in", "on", "at", "of", "with", "for", "to", "into", "during", "after", "before", "by", "about",
    };

    // Words that follow a compound noun without being modified by it: prepositions, conjunctions, pronouns, determiners,
    // auxiliaries, the commonest verbs of reporting and being, and time words.
    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal)
    {
        "about", "above", "across", "after", "against", "along", "amid", "among", "around", "before", "behind", "below", "beside",
        "between", "beyond", "but", "despite", "down", "during", "except", "for", "from", "inside", "into", "near", "off", "onto",
        "outside", "over", "past", "per", "since", "than", "through", "throughout", "toward", "towards", "under", "until", "upon",
        "via", "with", "within", "without", "and", "nor", "yet", "because", "while", "whereas", "although", "though", "unless",
        "whether", "that", "which", "who", "whom", "whose", "where", "when", "what", "how", "why", "this", "these", "those", "the",
        "its", "his", "her", "their", "our", "your", "him", "them", "they", "she", "you", "all", "any", "some", "each", "every",
        "both", "either", "neither", "are", "was", "were", "been", "being", "has", "have", "had", "does", "did", "can", "could",
        "will", "would", "shall", "should", "may", "might", "must", "not", "says", "said", "say", "too", "also", "then", "there",
        "here", "now", "again", "still", "even", "just", "only", "remains", "became", "becomes", "seems", "last", "next", "ago",
        "early", "late", "later", "earlier", "today", "tonight", "yesterday", "tomorrow", "close", "alone", "itself", "nearby",
        "overnight", "abroad", "home", "away", "instead", "anyway", "once", "twice",
    };

    /// <summary>
    /// "compound:" and the compound's letters in lower case, without its separator: built in one buffer, since every long
    /// word and most pairs of words are candidates. "air strikes" and "airstrike" are the same compound: a plural -s does
    /// not change the key.
    /// </summary>
    private static string CompoundKey(string written, char? separator, StringBuilder buffer)
    {
        buffer.Clear().Append(CompoundKeyPrefix);
        foreach (var c in written)
        {
            if (c != separator) buffer.Append(char.ToLowerInvariant(c));
        }
        var letters = buffer.Length - CompoundKeyPrefix.Length;
        if (letters > 4 && buffer[buffer.Length - 1] == 's' && buffer[buffer.Length - 2] != 's') buffer.Length--;
        return buffer.ToString();
    }

    /// <summary><see cref="HashOf(string)"/> of <see cref="CompoundKey"/>, read from the words as written without making the
    /// key: most candidates are never made an occurrence.</summary>
    private static ulong CompoundKeyHash(string written, char? separator)
    {
        var hash = CompoundKeyPrefixHash;
        // The hash before the last letter, and the last two letters: a plural -s is dropped once the key's end is known.
        var beforeLast = hash;
        var (last, secondLast) = ('\0', '\0');
        var letters = 0;
        foreach (var c in written)
        {
            if (c == separator) continue;
            var lower = char.ToLowerInvariant(c);
            beforeLast = hash;
            hash = Fnv1a.Add64(hash, lower);
            (secondLast, last) = (last, lower);
            letters++;
        }
        return letters > 4 && last == 's' && secondLast != 's' ? beforeLast : hash;
    }

    private static readonly ulong CompoundKeyPrefixHash = HashOf(CompoundKeyPrefix);

    /// <summary>"e-mail", "e-book", "x-ray": one lower-case letter before the word's only hyphen.</summary>
    private static bool IsLetterPrefix(string text, int hyphen) => hyphen == 1 && char.IsLower(text[0]) && text.IndexOf('-', hyphen + 1) < 0;

    /// <summary>The compound keys of the article's letter-prefixed words ("e-mail"), outside profile entries.</summary>
    private static HashSet<string> LetterPrefixedKeys(Article article, HashSet<int> listed, StringBuilder keyBuffer)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var tokens = article.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var text = tokens[i].Text;
            // The tests of the word alone first, its second character first of all: few words have a hyphen there.
            if (tokens[i].IsWord && text.Length > 2 && text[1] == '-' && text[0] != '-' && IsLetterPrefix(text, 1) && !listed.Contains(i)
                && IsCompoundPart(text.Substring(2)))
            {
                keys.Add(CompoundKey(text, '-', keyBuffer));
            }
        }
        return keys;
    }

    /// <summary>The short words that join the outer words of a three-word compound: "stop-and-frisk", "editor-in-chief",
    /// "face-to-face", "cash-for-access".</summary>
    private static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal) { "and", "in", "of", "to", "for", "on", "by", "or", "the", "at" };

    /// <summary>Three letters or more, all lower case (so the part is looked up as written), and no word that makes a different
    /// word when closed up.</summary>
    private static bool IsCompoundPart(string part) =>
        part.Length >= 3 && SpellingText.IsLetters(part) && SpellingText.IsAllLower(part) && !NotCompoundParts.Contains(part);
}

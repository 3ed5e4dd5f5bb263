using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Editorial.Articles;
using Editorial.Figures;
using Editorial.Rules.Figures;
using Editorial.Rules.Hygiene;
using Editorial.Rules.Spelling;

namespace Editorial.Engine;

/// <summary>
/// What the cross-article pass reads of one article, as bytes for a host's results cache: the article as it is kept past the
/// per-article pass (<see cref="Article.WriteRetained"/>: metadata, paragraphs, quotations, suppressions; never its tokens)
/// and the analyses the corpus rules kept of it (<see cref="Rules.CorpusRule.Summarize"/>, <see cref="AnalyzedArticle.Keep{T}"/>).
/// An article whose summary is known is neither parsed nor summarised again: the cross-article pass, and the sink that
/// reports its findings, read the restored article as they read a fresh one. Each kept analysis is written by the codec of its
/// type (<see cref="SummaryCodec"/>, defined beside the type); an article that kept an analysis no codec writes has no stored
/// summary and is read again on every run. The engine writes and reads bytes only; the host keeps them.
/// </summary>
public static class CorpusSummaryFormat
{
    /// <summary>Written first: bytes of another layout are not read (the article is then read and summarised again).</summary>
    private const int Version = 1;

    /// <summary>Every analysis a corpus rule keeps, in the order they are restored: an analysis that refers to another
    /// (the pairs inside an article refer to its figures) comes after it.</summary>
    private static readonly IReadOnlyList<SummaryCodec> Codecs =
    [
        FigureSummary.Codec,
        FigurePairs.WithinArticleCodec,
        Stories.TraitsCodec,
        VariantIndex.Codec,
        QuotedFragmentPunctuation.Codec,
    ];

    /// <summary>The summary of <paramref name="article"/>, after <see cref="Rules.CorpusRule.Summarize"/>; null when it kept an
    /// analysis no codec writes.</summary>
    public static byte[]? Encode(AnalyzedArticle article)
    {
        var kept = article.KeptTypes;
        if (kept.Any(type => Codecs.All(codec => codec.Type != type))) return null;
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            article.Article.WriteRetained(writer);
            var written = Codecs.Where(codec => kept.Contains(codec.Type)).ToList();
            writer.Write(written.Count);
            foreach (var codec in written)
            {
                writer.Write(codec.Tag);
                codec.Write(writer, article);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The article of <paramref name="path"/> and <paramref name="text"/> as <see cref="Encode"/> summarised it, made
    /// ready by <paramref name="prepare"/> (outlet, story, settings) and holding the kept analyses, as the per-article pass
    /// leaves it; null when the bytes are of another layout or cannot be read.</summary>
    public static AnalyzedArticle? Restore(string path, string text, byte[] summary, Func<Article, AnalyzedArticle> prepare)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(summary), Encoding.UTF8);
            if (reader.ReadInt32() != Version) return null;
            var article = prepare(Article.ReadRetained(path, text, reader));
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var tag = reader.ReadString();
                var codec = Codecs.FirstOrDefault(c => c.Tag == tag) ?? throw new FormatException("No summary codec " + tag);
                codec.Restore(reader, article);
            }
            if (reader.BaseStream.Position != reader.BaseStream.Length) throw new FormatException("Bytes after the summary");
            return article;
        }
        catch (Exception exception) when (exception is EndOfStreamException or FormatException or ArgumentException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}

/// <summary>How one kind of kept analysis is written to a summary and restored from it (<see cref="CorpusSummaryFormat"/>).
/// The tag names the layout: a codec whose layout changes takes a new tag.</summary>
internal abstract class SummaryCodec
{
    private protected SummaryCodec(Type type, string tag) => (Type, Tag) = (type, tag);

    public Type Type { get; }
    public string Tag { get; }

    internal abstract void Write(BinaryWriter writer, AnalyzedArticle article);
    internal abstract void Restore(BinaryReader reader, AnalyzedArticle article);

    internal static SummaryCodec For<T>(string tag, Action<BinaryWriter, T, AnalyzedArticle> write, Func<BinaryReader, AnalyzedArticle, T> read)
        where T : class => new Typed<T>(tag, write, read);

    private sealed class Typed<T>(string tag, Action<BinaryWriter, T, AnalyzedArticle> write, Func<BinaryReader, AnalyzedArticle, T> read)
        : SummaryCodec(typeof(T), tag) where T : class
    {
        internal override void Write(BinaryWriter writer, AnalyzedArticle article) => write(writer, article.GetKept<T>(), article);
        internal override void Restore(BinaryReader reader, AnalyzedArticle article) => article.RestoreKept(read(reader, article));
    }
}

/// <summary>The pieces summaries are made of, written the same way by every codec.</summary>
internal static class SummaryWriting
{
    public static void WriteSpan(this BinaryWriter writer, Text.TextSpan span)
    {
        writer.Write(span.Start);
        writer.Write(span.Length);
    }

    public static Text.TextSpan ReadSpan(this BinaryReader reader) => new(reader.ReadInt32(), reader.ReadInt32());

    public static void WriteOptional(this BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }

    public static string? ReadOptional(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    /// <summary>Strings in their enumeration order; read back as an ordinal set enumerating them in that order.</summary>
    public static void WriteStrings(this BinaryWriter writer, IReadOnlyCollection<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values) writer.Write(value);
    }

    public static HashSet<string> ReadStringSet(this BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < count; k++) set.Add(reader.ReadString());
        return set;
    }

    /// <summary>A non-negative number in as few bytes as it needs, seven bits a byte: most counts and lengths of a summary
    /// are small, and an outlet's article holds hundreds of them.</summary>
    public static void WriteCompact(this BinaryWriter writer, int value)
    {
        var remaining = (uint)value;
        while (remaining >= 0x80)
        {
            writer.Write((byte)(remaining | 0x80));
            remaining >>= 7;
        }
        writer.Write((byte)remaining);
    }

    public static int ReadCompact(this BinaryReader reader)
    {
        var value = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var next = reader.ReadByte();
            value |= (uint)(next & 0x7F) << shift;
            if (next < 0x80) return checked((int)value);
        }
        throw new FormatException("A compact number runs past five bytes.");
    }

    public static void WriteOptionalDate(this BinaryWriter writer, DateTime? date)
    {
        writer.Write(date.HasValue);
        if (date is { } value) writer.Write(value.ToBinary());
    }

    public static DateTime? ReadOptionalDate(this BinaryReader reader) => reader.ReadBoolean() ? DateTime.FromBinary(reader.ReadInt64()) : null;
}

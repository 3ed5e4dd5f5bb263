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
using Editorial.Text;

namespace Editorial.Engine;

/// <summary>
/// What the cross-article pass reads of one article, as bytes for a host's results cache: the article as it is kept past the
/// per-article pass (<see cref="Article.WriteRetained"/>: metadata, paragraphs, quotations, suppressions; never its tokens)
/// and the analyses the corpus rules kept of it (<see cref="Rules.CorpusRule.Summarize"/>, <see cref="AnalyzedArticle.Keep{T}"/>).
/// An article whose summary is known is neither parsed nor summarised again: the cross-article pass, and the sink that
/// reports its findings, read the restored article as they read a fresh one. Each kept analysis is written by the codec of its
/// type (<see cref="SummaryCodec"/>, defined beside the type); an article that kept an analysis no codec writes has no stored
/// summary and is read again on every run. The engine writes and reads bytes only; the host keeps them.
/// A summary is its head (the article and the analyses) and then what the codecs put aside (<see cref="SummaryWriting.WriteAside"/>),
/// behind the lengths of both: a restored article reads its head from the host's <see cref="StoredSummary"/> and the rest only
/// where a rule asks for it.
/// </summary>
public static class CorpusSummaryFormat
{
    /// <summary>Written first: bytes of another layout are not read (the article is then read and summarised again).</summary>
    private const int Version = 13;

    /// <summary>The version and the lengths of the head and of what was put aside, before the head.</summary>
    private const int PrefixLength = 3 * sizeof(int);

    /// <summary>Every analysis a corpus rule keeps. An analysis that refers to another (the pairs inside an article refer to
    /// its figures) asks for it as it is read.</summary>
    private static readonly IReadOnlyList<SummaryCodec> Codecs =
    [
        FigureSummary.Codec,
        FigurePairs.WithinArticleCodec,
        Stories.TraitsCodec,
        VariantIndex.Codec,
        QuotedFragmentPunctuation.Codec,
    ];

    /// <summary>The summary of <paramref name="article"/>, after <see cref="Rules.CorpusRule.Summarize"/>; null when it kept an
    /// analysis no codec writes, or a rule failed to summarise it (a restored article must take part in every rule's pass).</summary>
    public static byte[]? Encode(AnalyzedArticle article)
    {
        if (!article.IsFullySummarized) return null;
        var kept = article.KeptTypes;
        if (kept.Any(type => Codecs.All(codec => codec.Type != type))) return null;
        using var stream = new MemoryStream();
        using var aside = new MemoryStream();
        using (var writer = new SummaryWriter(stream, aside))
        {
            article.Article.WriteRetained(writer);
            var written = Codecs.Where(codec => kept.Contains(codec.Type)).ToList();
            writer.Write(written.Count);
            foreach (var codec in written)
            {
                writer.Write(codec.Tag);
                // Each analysis behind its length: a restored article reads it only when a rule asks for it.
                writer.Flush();
                var lengthAt = stream.Position;
                writer.Write(0);
                codec.Write(writer, article);
                writer.Flush();
                var end = stream.Position;
                stream.Position = lengthAt;
                writer.Write(checked((int)(end - lengthAt - sizeof(int))));
                writer.Flush();
                stream.Position = end;
            }
        }
        using var summary = new MemoryStream(PrefixLength + (int)stream.Length + (int)aside.Length);
        using (var writer = new BinaryWriter(summary, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write((int)stream.Length);
            writer.Write((int)aside.Length);
            writer.Write(stream.GetBuffer(), 0, (int)stream.Length);
            writer.Write(aside.GetBuffer(), 0, (int)aside.Length);
        }
        return summary.ToArray();
    }

    /// <summary>The article of <paramref name="path"/> and the text <paramref name="readText"/> gives (read only when a rule or a
    /// finding asks for it) as <see cref="Encode"/> summarised it, made
    /// ready by <paramref name="prepare"/> (outlet, story, settings) and holding the kept analyses, as the per-article pass
    /// leaves it; null when the bytes are of another layout or cannot be read. Each kept analysis stays as bytes until a rule
    /// asks for it (<see cref="AnalyzedArticle.RestoreKept{T}"/>), and what its codec put aside stays in <paramref name="summary"/>
    /// until the analysis reads it: the bytes are this engine's own (a host keeps them for one build of the engine), so one that
    /// cannot be read then is a fault of that rule, ED9000, as any other.</summary>
    public static AnalyzedArticle? Restore(string path, Func<string> readText, StoredSummary summary, Func<Article, AnalyzedArticle> prepare)
    {
        try
        {
            if (summary.Length < PrefixLength) return null;
            var prefix = summary.Read(0, PrefixLength);
            var (version, headLength, asideLength) = (BitConverter.ToInt32(prefix.Array!, prefix.Offset), BitConverter.ToInt32(prefix.Array!, prefix.Offset + 4),
                BitConverter.ToInt32(prefix.Array!, prefix.Offset + 8));
            if (version != Version) return null;
            if (headLength < 0 || asideLength < 0 || (long)PrefixLength + headLength + asideLength != summary.Length) throw new FormatException("A summary of another length");
            var head = summary.Read(PrefixLength, headLength);
            var asideAt = PrefixLength + headLength;
            ArraySegment<byte> Aside(int offset, int count) =>
                offset >= 0 && count >= 0 && offset <= asideLength - count ? summary.Read(asideAt + offset, count) : throw new FormatException("Bytes put aside past the summary's end");
            using var reader = new BinaryReader(new MemoryStream(head.Array!, head.Offset, head.Count, writable: false), Encoding.UTF8);
            var article = prepare(Article.ReadRetained(path, readText, reader));
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var tag = reader.ReadString();
                var codec = Codecs.FirstOrDefault(c => c.Tag == tag) ?? throw new FormatException("No summary codec " + tag);
                var (start, length) = ((int)reader.BaseStream.Position, reader.ReadInt32());
                start += sizeof(int);
                if (length < 0 || length > head.Count - start) throw new FormatException("A summary's analysis runs past its end");
                codec.Restore(new ArraySegment<byte>(head.Array!, head.Offset + start, length), article, Aside);
                reader.BaseStream.Position = start + length;
            }
            if (reader.BaseStream.Position != reader.BaseStream.Length) throw new FormatException("Bytes after the summary");
            return article;
        }
        catch (Exception exception) when (exception is EndOfStreamException or FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            return null;
        }
    }
}

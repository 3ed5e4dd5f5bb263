using System;
using System.IO;
using Editorial.Text;

namespace Editorial;

/// <summary>How one kind of kept analysis is written to a summary and restored from it (<see cref="Engine.CorpusSummaryFormat"/>).
/// The tag names the layout: a codec whose layout changes takes a new tag.</summary>
internal abstract class SummaryCodec
{
    private protected SummaryCodec(Type type, string tag) => (Type, Tag) = (type, tag);

    public Type Type { get; }
    public string Tag { get; }

    internal abstract void Write(BinaryWriter writer, AnalyzedArticle article);

    /// <summary>Puts the analysis <see cref="Write"/> wrote to <paramref name="bytes"/> in place in <paramref name="article"/>, to
    /// be read when a rule first asks for it (<see cref="AnalyzedArticle.RestoreKept{T}"/>); what it put aside
    /// (<see cref="SummaryWriting.WriteAside"/>) is read from <paramref name="aside"/>.</summary>
    internal abstract void Restore(ArraySegment<byte> bytes, AnalyzedArticle article, Func<int, int, ArraySegment<byte>> aside);

    internal static SummaryCodec For<T>(string tag, Action<BinaryWriter, T, AnalyzedArticle> write, Func<BinaryReader, AnalyzedArticle, T> read)
        where T : class => new Typed<T>(tag, write, read);

    private sealed class Typed<T>(string tag, Action<BinaryWriter, T, AnalyzedArticle> write, Func<BinaryReader, AnalyzedArticle, T> read)
        : SummaryCodec(typeof(T), tag) where T : class
    {
        internal override void Write(BinaryWriter writer, AnalyzedArticle article) => write(writer, article.GetKept<T>(), article);
        internal override void Restore(ArraySegment<byte> bytes, AnalyzedArticle article, Func<int, int, ArraySegment<byte>> aside) =>
            article.RestoreKept(() => Read(bytes, article, aside));

        private T Read(ArraySegment<byte> bytes, AnalyzedArticle article, Func<int, int, ArraySegment<byte>> aside)
        {
            // Its buffer visible: a codec may keep a part of the bytes as they are (SummaryWriting.ReadSegment).
            using var reader = new SummaryReader(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false, publiclyVisible: true), aside);
            var analysis = read(reader, article);
            if (reader.BaseStream.Position != bytes.Count) throw new FormatException($"The summary's {Tag} was not read to its end");
            return analysis;
        }
    }
}

using System;
using System.IO;

namespace Editorial;

/// <summary>How one kind of kept analysis is written to a summary and restored from it (<see cref="Engine.CorpusSummaryFormat"/>).
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

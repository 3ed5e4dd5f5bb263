using System;
using System.IO;

namespace Editorial.Engine;

/// <summary>
/// An article's summary (<see cref="CorpusSummaryFormat"/>) where a host keeps it, read a range at a time: restoring the article
/// reads the head of the summary (the article and its analyses) and leaves the rest (what a codec puts aside: an outlet article's
/// variant occurrences, most of its bytes) where the host keeps it until a rule asks for it. A host that keeps thousands of
/// summaries in a file and copies out the ones it restores copies only what the rules read.
/// </summary>
public abstract class StoredSummary
{
    public abstract int Length { get; }

    /// <summary>The <paramref name="count"/> bytes at <paramref name="offset"/>; <see cref="EndOfStreamException"/> past the end.</summary>
    public ArraySegment<byte> Read(int offset, int count) =>
        offset >= 0 && count >= 0 && offset <= Length - count ? ReadWithin(offset, count) : throw new EndOfStreamException("A range past the end of a summary");

    /// <summary>The <paramref name="count"/> bytes at <paramref name="offset"/>, a range <see cref="Read"/> has checked lies within <see cref="Length"/>.</summary>
    protected abstract ArraySegment<byte> ReadWithin(int offset, int count);

    /// <summary>A summary in memory, as <see cref="EngineResult.ArticleSummaries"/> gives it.</summary>
    public static implicit operator StoredSummary(ArraySegment<byte> bytes) => new InMemory(bytes);

    private sealed class InMemory(ArraySegment<byte> bytes) : StoredSummary
    {
        public override int Length => bytes.Count;

        protected override ArraySegment<byte> ReadWithin(int offset, int count) => new(bytes.Array!, bytes.Offset + offset, count);
    }
}

using System.Collections.Generic;
using Editorial.Articles;
using Editorial.Text;

namespace Editorial.Figures;

/// <summary>
/// The figures of recently read sentences, kept by one <see cref="FigureLexicon"/>: an IDE reads the article again at every
/// keystroke with one sentence changed, and a newsroom's articles share sentences, so most sentences were read before.
/// <see cref="FigureExtractor"/> reads no further than a sentence's tokens, the prose between them and the lexicon, so a
/// sentence whose prose and tokens (each token's place, kind and flags: its <see cref="SentenceKey"/>) are those of one read before has the same figures,
/// wherever it stands: they are kept with offsets and token indexes counted from the sentence's start and shifted when read
/// back (<see cref="RecentSlots{T}"/>).
/// </summary>
internal sealed class SentenceFigureCache
{
    /// <summary>Sentences longer than this (a table, a list run together) are rarely met again: they are not kept.</summary>
    private const int MaximumTokens = 256;

    private readonly RecentSlots<Entry> _entries = new(bits: 12);

    /// <summary>The hash of what the figures of <paramref name="sentence"/> depend on (its <see cref="SentenceKey"/>), for <see cref="TryAppend"/> and <see cref="Add"/>.</summary>
    public static uint Hash(Article article, Sentence sentence) => SentenceKey.Hash(article, sentence);

    /// <summary>True when <paramref name="sentence"/> was read before: its figures, placed where it stands, are added to <paramref name="figures"/>.</summary>
    public bool TryAppend(Article article, Sentence sentence, uint hash, List<Figure> figures)
    {
        var entry = _entries.Get(hash);
        if (entry is null || entry.Hash != hash || !entry.Key.Matches(article, sentence)) return false;
        var offset = article.Tokens[sentence.FirstToken].Span.Start;
        foreach (var kept in entry.Figures)
        {
            var span = new TextSpan(kept.Span.Start + offset, kept.Span.Length);
            figures.Add(new Figure(kept.Kind, span, article.GetText(span), kept.Value, kept.Interval, kept.Hedge, kept.Unit,
                kept.FirstToken + sentence.FirstToken, kept.LastToken + sentence.FirstToken,
                kept.NumberFirstToken + sentence.FirstToken, kept.NumberLastToken + sentence.FirstToken, sentence.Index));
        }
        return true;
    }

    /// <summary>Keeps the figures of <paramref name="sentence"/>, <paramref name="figures"/> from <paramref name="first"/> on.</summary>
    public void Add(Article article, Sentence sentence, uint hash, List<Figure> figures, int first)
    {
        if (sentence.TokenCount > MaximumTokens) return;
        var offset = article.Tokens[sentence.FirstToken].Span.Start;
        var kept = new Figure[figures.Count - first];
        for (var i = 0; i < kept.Length; i++)
        {
            var figure = figures[first + i];
            kept[i] = new Figure(figure.Kind, new TextSpan(figure.Span.Start - offset, figure.Span.Length), figure.Text, figure.Value, figure.Interval,
                figure.Hedge, figure.Unit, figure.FirstToken - sentence.FirstToken, figure.LastToken - sentence.FirstToken,
                figure.NumberFirstToken - sentence.FirstToken, figure.NumberLastToken - sentence.FirstToken, 0);
        }
        _entries.Set(hash, new Entry(new SentenceKey(article, sentence), hash, kept));
    }

    private sealed class Entry(SentenceKey key, uint hash, Figure[] figures)
    {
        public SentenceKey Key { get; } = key;
        public uint Hash { get; } = hash;
        /// <summary>The figures, with spans from the sentence's start, token indexes from its first token and sentence index 0.</summary>
        public Figure[] Figures { get; } = figures;
    }
}

using System.Collections.Generic;
using Editorial.Articles;
using Editorial.Text;

namespace Editorial.Figures;

/// <summary>
/// The figures of recently read sentences, kept by one <see cref="FigureLexicon"/>: an IDE reads the article again at every
/// keystroke with one sentence changed, and a newsroom's articles share sentences, so most sentences were read before.
/// <see cref="FigureExtractor"/> reads no further than a sentence's tokens, the prose between them and the lexicon, so a
/// sentence whose prose and tokens (each token's place, kind and flags) are those of one read before has the same figures,
/// wherever it stands: they are kept with offsets and token indexes counted from the sentence's start and shifted when read
/// back (<see cref="RecentSlots{T}"/>).
/// </summary>
internal sealed class SentenceFigureCache
{
    /// <summary>Sentences longer than this (a table, a list run together) are rarely met again: they are not kept.</summary>
    private const int MaximumTokens = 256;

    private readonly RecentSlots<Entry> _entries = new(bits: 12);

    /// <summary>The hash of what the figures of <paramref name="sentence"/> depend on, for <see cref="TryAppend"/> and <see cref="Add"/>.</summary>
    public static uint Hash(Article article, Sentence sentence)
    {
        var tokens = article.Tokens;
        var prose = article.ProseText;
        var start = tokens[sentence.FirstToken].Span.Start;
        var hash = Fnv1a.Basis32;
        for (var i = start; i < tokens[sentence.LastToken].Span.End; i++) hash = Fnv1a.Add32(hash, prose[i]);
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            ref readonly var token = ref tokens[t];
            hash = Fnv1a.Add32(hash, (uint)(token.Span.Start - start));
            hash = Fnv1a.Add32(hash, (uint)token.Span.Length);
            hash = Fnv1a.Add32(hash, Shape(token));
        }
        return hash;
    }

    /// <summary>True when <paramref name="sentence"/> was read before: its figures, placed where it stands, are added to <paramref name="figures"/>.</summary>
    public bool TryAppend(Article article, Sentence sentence, uint hash, List<Figure> figures)
    {
        var entry = _entries.Get(hash);
        if (entry is null || entry.Hash != hash || !entry.Matches(article, sentence)) return false;
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
        _entries.Set(hash, new Entry(article, sentence, hash, kept));
    }

    /// <summary>What of a token, besides its span, the reading sees: its kind and flags (its text is the prose at its span).</summary>
    private static uint Shape(in Token token) => (uint)token.Kind << 8 | (uint)token.Flags;

    private sealed class Entry
    {
        public Entry(Article article, Sentence sentence, uint hash, Figure[] figures)
        {
            var tokens = article.Tokens;
            var start = tokens[sentence.FirstToken].Span.Start;
            Hash = hash;
            Prose = article.ProseText.Substring(start, tokens[sentence.LastToken].Span.End - start);
            Tokens = new uint[sentence.TokenCount * 3];
            for (var t = 0; t < sentence.TokenCount; t++)
            {
                ref readonly var token = ref tokens[sentence.FirstToken + t];
                Tokens[3 * t] = (uint)(token.Span.Start - start);
                Tokens[3 * t + 1] = (uint)token.Span.Length;
                Tokens[3 * t + 2] = Shape(token);
            }
            Figures = figures;
        }

        public uint Hash { get; }
        /// <summary>The prose from the sentence's first token to the end of its last.</summary>
        public string Prose { get; }
        /// <summary>Each token's start from the sentence's start, its length and its <see cref="Shape"/>.</summary>
        public uint[] Tokens { get; }
        /// <summary>The figures, with spans from the sentence's start, token indexes from its first token and sentence index 0.</summary>
        public Figure[] Figures { get; }

        public bool Matches(Article article, Sentence sentence)
        {
            var tokens = article.Tokens;
            var start = tokens[sentence.FirstToken].Span.Start;
            if (Tokens.Length != sentence.TokenCount * 3 || tokens[sentence.LastToken].Span.End - start != Prose.Length) return false;
            if (string.CompareOrdinal(article.ProseText, start, Prose, 0, Prose.Length) != 0) return false;
            for (var t = 0; t < sentence.TokenCount; t++)
            {
                ref readonly var token = ref tokens[sentence.FirstToken + t];
                if (Tokens[3 * t] != (uint)(token.Span.Start - start) || Tokens[3 * t + 1] != (uint)token.Span.Length || Tokens[3 * t + 2] != Shape(token)) return false;
            }
            return true;
        }
    }
}

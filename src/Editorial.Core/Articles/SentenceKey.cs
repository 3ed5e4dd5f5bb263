using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// What a reader that sees no further than a sentence reads of it: the prose from its first token to the end of its last,
/// and each token's place from the sentence's start, length, kind and flags (a token's text is the prose at its span). Two
/// sentences of one key read alike wherever they stand, so what such a reader made of one can be kept by the key
/// (<see cref="SentenceCache{T}"/>: the figures of a sentence, its compound candidates, its name words) and compared in full
/// before use, since two keys share a <see cref="Hash"/>.
/// </summary>
internal sealed class SentenceKey
{
    public SentenceKey(Article article, Sentence sentence)
    {
        var tokens = article.Tokens;
        var start = tokens[sentence.FirstToken].Span.Start;
        Prose = article.ProseText.Substring(start, tokens[sentence.LastToken].Span.End - start);
        _tokens = new uint[sentence.TokenCount * 3];
        for (var t = 0; t < sentence.TokenCount; t++)
        {
            ref readonly var token = ref tokens[sentence.FirstToken + t];
            _tokens[3 * t] = (uint)(token.Span.Start - start);
            _tokens[3 * t + 1] = (uint)token.Span.Length;
            _tokens[3 * t + 2] = Shape(token);
        }
    }

    /// <summary>The prose from the sentence's first token to the end of its last.</summary>
    public string Prose { get; }

    /// <summary>Each token's start from the sentence's start, its length and its <see cref="Shape"/>.</summary>
    private readonly uint[] _tokens;

    /// <summary>The hash of the key <paramref name="sentence"/> has (<see cref="Article.SentenceKeyHashes"/>).</summary>
    public static uint Hash(Article article, Sentence sentence) => article.SentenceKeyHashes[sentence.Index];

    /// <summary>The hash of each sentence's key, made without making the keys.</summary>
    internal static uint[] HashAll(Article article)
    {
        var hashes = new uint[article.Sentences.Count];
        for (var s = 0; s < hashes.Length; s++) hashes[s] = HashOf(article, article.Sentences[s]);
        return hashes;
    }

    private static uint HashOf(Article article, Sentence sentence)
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

    /// <summary>True when <paramref name="sentence"/> has this key.</summary>
    public bool Matches(Article article, Sentence sentence)
    {
        var tokens = article.Tokens;
        var start = tokens[sentence.FirstToken].Span.Start;
        if (_tokens.Length != sentence.TokenCount * 3 || tokens[sentence.LastToken].Span.End - start != Prose.Length) return false;
        if (string.CompareOrdinal(article.ProseText, start, Prose, 0, Prose.Length) != 0) return false;
        for (var t = 0; t < sentence.TokenCount; t++)
        {
            ref readonly var token = ref tokens[sentence.FirstToken + t];
            if (_tokens[3 * t] != (uint)(token.Span.Start - start) || _tokens[3 * t + 1] != (uint)token.Span.Length || _tokens[3 * t + 2] != Shape(token)) return false;
        }
        return true;
    }

    /// <summary>What of a token, besides its span, a reader sees: its kind and flags (its text is the prose at its span).</summary>
    private static uint Shape(in Token token) => (uint)token.Kind << 8 | (uint)token.Flags;
}

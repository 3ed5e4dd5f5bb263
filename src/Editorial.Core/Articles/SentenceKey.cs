using System.Threading;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// What a reader that sees no further than a sentence reads of it: the prose from its first token to the end of its last,
/// the article's characters there, and each token's place from the sentence's start, length, kind and flags (a token's
/// text is the prose at its span). Two sentences of one key read alike wherever they stand, so what such a reader made of
/// one can be kept by the key (<see cref="SentenceCache{T}"/>: the figures of a sentence, its compound candidates, its name
/// words). A sentence's key is compared in full once per article (<see cref="Of"/>), not once by each reader that keeps
/// something for it: every sentence of one key read recently shares one key object, which those readers compare by reference.
/// </summary>
internal sealed class SentenceKey
{
    /// <summary>Sentences longer than this (a table, a list run together) are rarely met again: they have no key.</summary>
    private const int MaximumTokens = 256;

    /// <summary>The keys of the sentences read recently, by hash: a sentence whose key is one of them takes that object.</summary>
    private static readonly RecentSlots<SentenceKey> Recent = new(bits: 14);

    private SentenceKey(Article article, Sentence sentence, uint hash)
    {
        Hash = hash;
        var tokens = article.Tokens;
        var start = tokens[sentence.FirstToken].Span.Start;
        _prose = article.ProseText.Substring(start, tokens[sentence.LastToken].Span.End - start);
        // Most articles hide nothing of a sentence: its characters are its prose, held once.
        _characters = string.CompareOrdinal(article.Text, start, _prose, 0, _prose.Length) == 0 ? _prose : article.Text.Substring(start, _prose.Length);
        _tokens = new uint[sentence.TokenCount * 3];
        for (var t = 0; t < sentence.TokenCount; t++)
        {
            ref readonly var token = ref tokens[sentence.FirstToken + t];
            _tokens[3 * t] = (uint)(token.Span.Start - start);
            _tokens[3 * t + 1] = (uint)token.Span.Length;
            _tokens[3 * t + 2] = Shape(token);
        }
    }

    /// <summary>The hash of the key, never 0; <see cref="RecentSlots{T}"/> of kept readings are found by it.</summary>
    public uint Hash { get; }

    /// <summary>The prose from the sentence's first token to the end of its last.</summary>
    private readonly string _prose;

    /// <summary>The article's characters at <see cref="_prose"/>: what a token's text is read from.</summary>
    private readonly string _characters;

    /// <summary>Each token's start from the sentence's start, its length and its <see cref="Shape"/>.</summary>
    private readonly uint[] _tokens;

    /// <summary>The key of <paramref name="sentence"/>: the same object as for every sentence of this key read recently, in
    /// this article or another; null for a sentence that is not kept (too long, or in an article read through an HTML view,
    /// <see cref="Article.ReadsAsWritten"/>, whose words also depend on the markup hidden between them).</summary>
    public static SentenceKey? Of(Article article, Sentence sentence)
    {
        if (sentence.TokenCount == 0 || sentence.TokenCount > MaximumTokens || !article.ReadsAsWritten) return null;
        var keys = article.SentenceKeys;
        return Volatile.Read(ref keys[sentence.Index]) ?? Resolve(article, sentence, keys);
    }

    /// <summary>Finds the key among those read recently, or makes it; whichever thread asks first, the article keeps one.</summary>
    private static SentenceKey Resolve(Article article, Sentence sentence, SentenceKey?[] keys)
    {
        var hash = HashOf(article, sentence);
        if (hash == 0) hash = 1;
        var key = Recent.Get(hash);
        if (key is null || key.Hash != hash || !key.Matches(article, sentence))
        {
            key = new SentenceKey(article, sentence, hash);
            Recent.Set(hash, key);
        }
        return Interlocked.CompareExchange(ref keys[sentence.Index], key, null) ?? key;
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
    private bool Matches(Article article, Sentence sentence)
    {
        var tokens = article.Tokens;
        var start = tokens[sentence.FirstToken].Span.Start;
        if (_tokens.Length != sentence.TokenCount * 3 || tokens[sentence.LastToken].Span.End - start != _prose.Length) return false;
        if (string.CompareOrdinal(article.ProseText, start, _prose, 0, _prose.Length) != 0) return false;
        if (string.CompareOrdinal(article.Text, start, _characters, 0, _characters.Length) != 0) return false;
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

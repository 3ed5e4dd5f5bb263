using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// What a reader that sees no further than a sentence made of recently read sentences: an IDE reads the article again at
/// every keystroke with one sentence changed, and a newsroom's articles share sentences. A reader of a sentence's tokens
/// (their text, kind and flags) and of the article's characters between them, and of nothing else, makes the same of a
/// sentence whose <see cref="SentenceKey"/> and characters are those of one read before, wherever it stands: what it made is
/// kept with token indexes counted from the sentence's first token (<see cref="RecentSlots{T}"/>), and what depends on
/// the rest of the article is applied to it afterwards. Not for an article read through an HTML view
/// (<see cref="Article.ReadsAsWritten"/>), whose words also depend on the markup hidden between them.
/// </summary>
internal sealed class SentenceCache<T>
{
    /// <summary>Sentences longer than this (a table, a list run together) are rarely met again: they are not kept.</summary>
    private const int MaximumTokens = 256;

    private readonly RecentSlots<Entry> _entries;

    /// <param name="bits">The cache holds 2^<paramref name="bits"/> sentences.</param>
    public SentenceCache(int bits) => _entries = new RecentSlots<Entry>(bits);

    /// <summary>What <paramref name="read"/> makes of <paramref name="sentence"/>, token indexes counted from its first token:
    /// kept from a sentence read the same before, or read now and kept.</summary>
    public T[] GetOrRead(Article article, Sentence sentence, System.Func<Article, Sentence, T[]> read)
    {
        var hash = Hash(article, sentence);
        return Get(article, sentence, hash) ?? Add(article, sentence, hash, read(article, sentence));
    }

    /// <summary>The hash of what a reading of <paramref name="sentence"/> depends on, for <see cref="Get"/> and
    /// <see cref="Add"/>; 0 for a sentence that is not kept.</summary>
    private static uint Hash(Article article, Sentence sentence)
    {
        if (sentence.TokenCount > MaximumTokens || !article.ReadsAsWritten) return 0;
        var hash = SentenceKey.Hash(article, sentence);
        return hash == 0 ? 1 : hash;
    }

    /// <summary>What was kept for a sentence read as <paramref name="sentence"/> reads, token indexes counted from its first
    /// token; null when nothing is kept.</summary>
    private T[]? Get(Article article, Sentence sentence, uint hash)
    {
        if (hash == 0) return null;
        var entry = _entries.Get(hash);
        return entry is not null && entry.Hash == hash && entry.Matches(article, sentence) ? entry.Values : null;
    }

    /// <summary>Keeps <paramref name="values"/>, token indexes counted from the sentence's first token, and returns them.</summary>
    private T[] Add(Article article, Sentence sentence, uint hash, T[] values)
    {
        if (hash == 0) return values;
        var key = new SentenceKey(article, sentence);
        var start = article.Tokens[sentence.FirstToken].Span.Start;
        // Most articles hide nothing of a sentence: its characters are its prose, held once.
        var characters = string.CompareOrdinal(article.Text, start, key.Prose, 0, key.Prose.Length) == 0 ? key.Prose : article.Text.Substring(start, key.Prose.Length);
        _entries.Set(hash, new Entry(key, characters, hash, values));
        return values;
    }

    private sealed class Entry(SentenceKey key, string characters, uint hash, T[] values)
    {
        public uint Hash { get; } = hash;
        public T[] Values { get; } = values;

        public bool Matches(Article article, Sentence sentence) =>
            key.Matches(article, sentence) && string.CompareOrdinal(article.Text, article.Tokens[sentence.FirstToken].Span.Start, characters, 0, characters.Length) == 0;
    }
}

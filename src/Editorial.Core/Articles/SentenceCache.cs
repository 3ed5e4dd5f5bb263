using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// What a reader that sees no further than a sentence made of recently read sentences: an IDE reads the article again at
/// every keystroke with one sentence changed, and a newsroom's articles share sentences. A reader of a sentence's tokens
/// (their text, kind and flags) and of the article's characters between them, and of nothing else, makes the same of a
/// sentence whose <see cref="SentenceKey"/> is that of one read before, wherever it stands: what it made is kept with
/// token indexes counted from the sentence's first token (<see cref="RecentSlots{T}"/>), and what depends on the rest of
/// the article is applied to it afterwards.
/// </summary>
internal sealed class SentenceCache<T>
{
    private readonly RecentSlots<Entry> _entries;

    /// <param name="bits">The cache holds 2^<paramref name="bits"/> sentences.</param>
    public SentenceCache(int bits) => _entries = new RecentSlots<Entry>(bits);

    /// <summary>What <paramref name="read"/> makes of <paramref name="sentence"/>, token indexes counted from its first token:
    /// kept from a sentence read the same before, or read now and kept. A reader that also asks the rest of the article
    /// something passes <paramref name="holds"/>, which says whether what was kept still holds in this article.</summary>
    public T[] GetOrRead(Article article, Sentence sentence, System.Func<Article, Sentence, T[]> read, System.Func<T[], bool>? holds = null)
    {
        if (SentenceKey.Of(article, sentence) is not { } key) return read(article, sentence);
        // One key object stands for every sentence of its key read recently: a kept entry is the sentence's when it holds that object.
        if (_entries.Get(key.Hash) is { } entry && entry.Key == key && (holds is null || holds(entry.Values))) return entry.Values;
        var values = read(article, sentence);
        _entries.Set(key.Hash, new Entry(key, values));
        return values;
    }

    private sealed class Entry(SentenceKey key, T[] values)
    {
        public SentenceKey Key { get; } = key;
        public T[] Values { get; } = values;
    }
}

using Editorial.Articles;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// The compound candidates (<see cref="VariantIndex"/>) of recently read sentences: an IDE reads the article again at every
/// keystroke with one sentence changed, and a newsroom's articles share sentences. A sentence's candidates depend on its
/// <see cref="SentenceKey"/> and the article's characters between its tokens (the words a two-word candidate is written as),
/// nothing else: the profile's listed words and the article's letter-prefixed words are applied to them afterwards. So a
/// sentence whose key and characters are those of one read before has the same candidates wherever it stands: they are
/// kept with token indexes counted from the sentence's first token (<see cref="RecentSlots{T}"/>). Not for an article read
/// through an HTML view (<see cref="Article.ReadsAsWritten"/>), whose words also depend on the markup hidden between them.
/// </summary>
internal static class SentenceCompoundCache
{
    /// <summary>Sentences longer than this (a table, a list run together) are rarely met again: they are not kept.</summary>
    private const int MaximumTokens = 256;

    private static readonly RecentSlots<Entry> Entries = new(bits: 12);

    /// <summary>The hash of what the candidates of <paramref name="sentence"/> depend on, for <see cref="Get"/> and
    /// <see cref="Add"/>; 0 for a sentence that is not kept.</summary>
    public static uint Hash(Article article, Sentence sentence)
    {
        if (sentence.TokenCount > MaximumTokens || !article.ReadsAsWritten) return 0;
        var hash = SentenceKey.Hash(article, sentence);
        return hash == 0 ? 1 : hash;
    }

    /// <summary>The candidates kept for a sentence read as <paramref name="sentence"/> reads, token indexes counted from its
    /// first token; null when none are kept.</summary>
    public static VariantIndex.CompoundCandidate[]? Get(Article article, Sentence sentence, uint hash)
    {
        if (hash == 0) return null;
        var entry = Entries.Get(hash);
        return entry is not null && entry.Hash == hash && entry.Matches(article, sentence) ? entry.Candidates : null;
    }

    /// <summary>Keeps <paramref name="candidates"/>, token indexes counted from the sentence's first token, and returns them.</summary>
    public static VariantIndex.CompoundCandidate[] Add(Article article, Sentence sentence, uint hash, VariantIndex.CompoundCandidate[] candidates)
    {
        if (hash == 0) return candidates;
        var key = new SentenceKey(article, sentence);
        var start = article.Tokens[sentence.FirstToken].Span.Start;
        var characters = string.CompareOrdinal(article.Text, start, key.Prose, 0, key.Prose.Length) == 0 ? key.Prose : article.Text.Substring(start, key.Prose.Length);
        Entries.Set(hash, new Entry(key, characters, hash, candidates));
        return candidates;
    }

    private sealed class Entry
    {
        public Entry(SentenceKey key, string characters, uint hash, VariantIndex.CompoundCandidate[] candidates)
        {
            Key = key;
            Characters = characters;
            Hash = hash;
            Candidates = candidates;
        }

        public SentenceKey Key { get; }
        /// <summary>The article's characters over the sentence's prose: most articles hide nothing there, and hold the prose once.</summary>
        public string Characters { get; }
        public uint Hash { get; }
        public VariantIndex.CompoundCandidate[] Candidates { get; }

        public bool Matches(Article article, Sentence sentence) =>
            Key.Matches(article, sentence) && string.CompareOrdinal(article.Text, article.Tokens[sentence.FirstToken].Span.Start, Characters, 0, Characters.Length) == 0;
    }
}

using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// The tokens of recently read blocks of prose (<see cref="Tokenizer"/>), by their characters: an IDE reads the article again
/// at every keystroke with one paragraph changed, and a newsroom's articles share paragraphs. The tokenizer reads nothing of
/// the text but the block's characters and the one before it (whether a word runs into the block), so a block of the same
/// characters after the same character has the same tokens wherever it stands: they are kept with spans counted from the
/// block's start and shifted when read back (<see cref="RecentSlots{T}"/>; a block kept is at most <see cref="MaximumLength"/> long).
/// </summary>
internal static class TokenizedBlockCache
{
    /// <summary>Longer blocks (a page merged onto one line, a table) are rarely met again and would hold much memory: they are not kept.</summary>
    private const int MaximumLength = 1000;

    private static readonly RecentSlots<Entry> Entries = new(bits: 10);

    /// <summary>The hash of <paramref name="block"/>'s characters and the one before it, for <see cref="TryAppend"/> and <see cref="Add"/>;
    /// 0 for a block too long to keep.</summary>
    public static uint Hash(string text, TextSpan block)
    {
        if (block.Length > MaximumLength) return 0;
        var hash = Fnv1a.Add32(Fnv1a.Basis32, Before(text, block));
        for (var i = block.Start; i < block.End; i++) hash = Fnv1a.Add32(hash, text[i]);
        return hash == 0 ? 1 : hash;
    }

    /// <summary>True when a block of these characters was read before: its tokens, placed where it stands, are added to <paramref name="tokens"/>.</summary>
    public static bool TryAppend(string text, TextSpan block, uint hash, TokenList tokens)
    {
        if (hash == 0) return false;
        var entry = Entries.Get(hash);
        if (entry is null || entry.Hash != hash || !entry.Matches(text, block)) return false;
        foreach (var kept in entry.Tokens)
        {
            tokens.Add(new Token(new TextSpan(kept.Span.Start + block.Start, kept.Span.Length), kept.Text, kept.Kind, kept.SentenceIndex, kept.Flags));
        }
        return true;
    }

    /// <summary>Keeps the tokens of <paramref name="block"/>, those of <paramref name="tokens"/> from <paramref name="first"/> on.</summary>
    public static void Add(string text, TextSpan block, uint hash, TokenList tokens, int first)
    {
        if (hash == 0) return;
        var kept = new Token[tokens.Count - first];
        for (var i = 0; i < kept.Length; i++)
        {
            ref readonly var token = ref tokens[first + i];
            kept[i] = new Token(new TextSpan(token.Span.Start - block.Start, token.Span.Length), token.Text, token.Kind, token.SentenceIndex, token.Flags);
        }
        Entries.Set(hash, new Entry(hash, block.Start == 0, Before(text, block), text.Substring(block.Start, block.Length), kept));
    }

    /// <summary>The character before the block, or '\0' at the start of the text.</summary>
    private static char Before(string text, TextSpan block) => block.Start > 0 ? text[block.Start - 1] : '\0';

    private sealed class Entry(uint hash, bool atStart, char before, string chars, Token[] tokens)
    {
        public uint Hash { get; } = hash;
        public Token[] Tokens { get; } = tokens;

        public bool Matches(string text, TextSpan block) =>
            chars.Length == block.Length && atStart == (block.Start == 0) && before == Before(text, block)
            && string.CompareOrdinal(text, block.Start, chars, 0, chars.Length) == 0;
    }
}

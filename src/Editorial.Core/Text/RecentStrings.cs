namespace Editorial.Text;

/// <summary>
/// Strings joined of parts, kept as recently made: an IDE reads an article again at every keystroke, and the keys it makes of
/// the article's words (a name's family key and the surname it goes with) are the same strings edit after edit, shared by
/// many words. A string is found by the hash of its parts and compared with them in place, so none is made to look one up.
/// </summary>
internal sealed class RecentStrings
{
    private readonly RecentSlots<string> _strings;

    /// <param name="bits">The table holds 2^<paramref name="bits"/> strings.</param>
    public RecentStrings(int bits) => _strings = new RecentSlots<string>(bits);

    /// <summary><paramref name="first"/> to <paramref name="fourth"/> joined: the string made recently of them, or a new one.</summary>
    public string Concat(string first, string second, string third = "", string fourth = "")
    {
        var hash = Add(Add(Add(Add(Fnv1a.Basis32, first), second), third), fourth);
        if (_strings.Get(hash) is { } kept && kept.Length == first.Length + second.Length + third.Length + fourth.Length
            && Holds(kept, 0, first) && Holds(kept, first.Length, second) && Holds(kept, first.Length + second.Length, third)
            && Holds(kept, first.Length + second.Length + third.Length, fourth)) return kept;
        var made = string.Concat(first, second, third, fourth);
        _strings.Set(hash, made);
        return made;
    }

    private static uint Add(uint hash, string part)
    {
        foreach (var c in part) hash = Fnv1a.Add32(hash, c);
        return hash;
    }

    private static bool Holds(string kept, int at, string part) => string.CompareOrdinal(kept, at, part, 0, part.Length) == 0;
}

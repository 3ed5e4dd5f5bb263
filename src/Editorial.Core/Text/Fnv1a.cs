namespace Editorial.Text;

/// <summary>
/// FNV-1a, the hash the engine uses wherever it hashes characters as it reads them, without making a string of them first (a
/// token's text in the tokenizer's pool, a word-list entry, a name with a letter left out, a compound's key): the caller walks
/// its characters, skipping or folding as it needs, and adds each with <see cref="Add32"/> or <see cref="Add64"/>. The same characters hash alike however they
/// are walked, so a hash made while reading equals the hash of the string that reading would make.
/// </summary>
internal static class Fnv1a
{
    /// <summary>The 32-bit hash of nothing.</summary>
    public const uint Basis32 = 2166136261u;

    /// <summary>The 64-bit hash of nothing.</summary>
    public const ulong Basis64 = 14695981039346656037UL;

    /// <summary><paramref name="hash"/> with one more character (or byte) added.</summary>
    public static uint Add32(uint hash, uint unit) => (hash ^ unit) * 16777619u;

    /// <summary><paramref name="hash"/> with one more character added.</summary>
    public static ulong Add64(ulong hash, char unit) => (hash ^ unit) * 1099511628211UL;

    /// <summary>The 64-bit hash of <paramref name="text"/>.</summary>
    public static ulong Of(string text)
    {
        var hash = Basis64;
        foreach (var c in text) hash = Add64(hash, c);
        return hash;
    }
}

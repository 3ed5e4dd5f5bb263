using System.Threading;

namespace Editorial.Text;

/// <summary>
/// A bounded table of recently made values, one slot per hash: a newer value takes the slot of an older one. Safe across
/// threads for values never changed once stored: a slot is only ever read or replaced whole, so a reader sees some value
/// whole, and compares it in full with what it looks for before use (two hashes share a slot).
/// </summary>
internal sealed class RecentSlots<T> where T : class
{
    private readonly T?[] _slots;

    /// <param name="bits">The table holds 2^<paramref name="bits"/> slots.</param>
    public RecentSlots(int bits) => _slots = new T?[1 << bits];

    /// <summary>The value last stored in the slot of <paramref name="hash"/>, whatever hash it was stored for; null when none.</summary>
    public T? Get(uint hash) => Volatile.Read(ref _slots[hash & (uint)(_slots.Length - 1)]);

    public void Set(uint hash, T value) => Volatile.Write(ref _slots[hash & (uint)(_slots.Length - 1)], value);
}

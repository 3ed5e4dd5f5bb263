using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Editorial.Articles;

/// <summary>
/// An article's tokens, read by every rule many times over. A sealed class over an array, so that reading one is an array
/// access the compiler can inline, ReadyToRun code included. Through <see cref="IReadOnlyList{T}"/> or a
/// <see cref="List{T}"/> of this struct each read was a call, and a call into code the runtime compiles for the struct at
/// run time (first unoptimised): a page of 1.6 million tokens paid it in the reader and in every rule.
/// The article reader fills it (<see cref="Add"/>, <see cref="Replace"/>); rules only read it.
/// </summary>
public sealed class TokenList : IReadOnlyList<Token>
{
    private Token[] _tokens;
    private int _count;

    internal TokenList(int capacity) => _tokens = new Token[System.Math.Max(4, capacity)];

    public int Count => _count;

    // Every rule walks the tokens through this indexer: the throw is in a method of its own so that the indexer stays small
    // enough to be inlined where it is called (it was 3 % of a corpus check's samples as a call).
    public ref readonly Token this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)_count) ThrowIndexOutOfRange();
            return ref _tokens[index];
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowIndexOutOfRange() => throw new System.ArgumentOutOfRangeException("index");

    Token IReadOnlyList<Token>.this[int index] => this[index];

    /// <summary>The index of the first token that starts at or after <paramref name="position"/>; <see cref="Count"/> when none does.</summary>
    public int FirstStartingAt(int position) => Editorial.Text.Sorted.FirstAtOrAfter(this, position, t => t.Span.Start);

    /// <summary>True when a comma stands among the tokens from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    public bool HasCommaBetween(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (this[i].IsPunctuation(',')) return true;
        }
        return false;
    }

    internal void Add(Token token)
    {
        if (_count == _tokens.Length) System.Array.Resize(ref _tokens, _tokens.Length * 2);
        _tokens[_count++] = token;
    }

    internal void Replace(int index, Token token)
    {
        if ((uint)index >= (uint)_count) throw new System.ArgumentOutOfRangeException(nameof(index));
        _tokens[index] = token;
    }

    /// <summary>A <c>foreach</c> over the tokens reads the array in place, as an index loop does: no enumerator object is
    /// made and no call is made through an interface for each token (rules walk every token of the article).</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return _tokens[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<Token>)this).GetEnumerator();

    public struct Enumerator
    {
        private readonly TokenList _list;
        private int _index;

        internal Enumerator(TokenList list)
        {
            _list = list;
            _index = -1;
        }

        public readonly ref readonly Token Current => ref _list._tokens[_index];

        public bool MoveNext() => ++_index < _list._count;
    }
}

using System;
using Editorial.Articles;

namespace Editorial.Figures;

/// <summary>
/// One sentence of an article's tokens, read by the article's token index: a read outside the sentence is "nothing" (no
/// word, no mark), so that the number reader and the figure classifier never look past the sentence's ends.
/// </summary>
internal readonly struct SentenceWindow
{
    public SentenceWindow(Article article, Sentence sentence)
    {
        Tokens = article.Tokens;
        _prose = article.ProseText;
        Start = sentence.FirstToken;
        End = sentence.EndToken;
    }

    private readonly string _prose;

    public TokenList Tokens { get; }
    public int Start { get; }
    public int End { get; }

    public bool Has(int i) => i >= Start && i < End;

    /// <summary>The text of a word or number token; "" for a mark or outside the sentence.</summary>
    public string Word(int i) => Has(i) && Tokens[i].Kind != TokenKind.Punctuation ? Tokens[i].Text : "";

    public bool IsWord(int i, string word) => Has(i) && Tokens[i].Kind == TokenKind.Word && string.Equals(Tokens[i].Text, word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunctuation(int i, char c) => Has(i) && Tokens[i].IsPunctuation(c);

    /// <summary>True when tokens <paramref name="i"/> and <paramref name="i"/>+1 touch, with no space between.</summary>
    public bool Adjacent(int i) => Has(i) && Has(i + 1) && Tokens[i].Span.End == Tokens[i + 1].Span.Start;

    /// <summary>The one character between tokens <paramref name="i"/> and <paramref name="i"/>+1 (a space of some kind), or
    /// '\0' when they touch or more than one stands between them.</summary>
    public char OneCharacterAfter(int i) =>
        Has(i) && Has(i + 1) && Tokens[i + 1].Span.Start - Tokens[i].Span.End == 1 ? _prose[Tokens[i].Span.End] : '\0';
}

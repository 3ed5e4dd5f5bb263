using System;
using Editorial.Text;

namespace Editorial.Articles;

public enum TokenKind : byte
{
    /// <summary>Letters, with inner apostrophes, hyphens and the dots of "U.S."-style abbreviations.</summary>
    Word,
    /// <summary>Digits with inner thousands separators, decimal points or clock colons, and attached suffixes ("4th", "1990s").</summary>
    Number,
    /// <summary>Any other visible character, one per token; and each non-prose span (<see cref="TokenFlags.NonProse"/>) as one token.</summary>
    Punctuation,
}

[Flags]
public enum TokenFlags : byte
{
    None = 0,
    /// <summary>The first word of a sentence, of a quotation or after a colon: its capital letter says nothing about the word.</summary>
    SentenceStart = 1,
    /// <summary>Inside a direct quotation: the speaker's words, not the outlet's.</summary>
    InQuotation = 2,
    /// <summary>In a headline or subheading.</summary>
    InHeading = 4,
    /// <summary>Not prose at all: a URL or bare domain, an e-mail address, a social handle or hashtag, a file name, a code
    /// span. Such a span is one token of <see cref="TokenKind.Punctuation"/> kind, so that no rule reads its parts as words,
    /// and <see cref="Token.IsPunctuation"/> is false for it, so that no rule reads its dots as punctuation (".museum", ".png").</summary>
    NonProse = 8,
    /// <summary>In a document the article reproduces at length (an embedded post, a statement, a letter, a transcript):
    /// someone else's words, like a quotation.</summary>
    InReproducedText = 16,
    /// <summary>Inside a statement in single quotation marks (<see cref="SingleQuotedStatements"/>): the speaker's words, though
    /// not a <see cref="Quotation"/>, which attribution reads.</summary>
    InSingleQuotes = 32,
    /// <summary>The first word of a label the writer set apart, a link's text or an emphasised span ("[docs](…)", "**Installer
    /// location**", a button's or a setting's name): its case is the label's, not the sentence's.</summary>
    StartsLabel = 64,
}

/// <summary>A token of prose with its exact span in the article's text.</summary>
public readonly struct Token
{
    public Token(TextSpan span, string text, TokenKind kind, int sentenceIndex, TokenFlags flags)
    {
        Span = span;
        Text = text;
        Kind = kind;
        SentenceIndex = sentenceIndex;
        Flags = flags;
    }

    public TextSpan Span { get; }
    public string Text { get; }
    public TokenKind Kind { get; }
    public int SentenceIndex { get; }
    public TokenFlags Flags { get; }

    public bool IsWord => Kind == TokenKind.Word;
    public bool IsSentenceStart => (Flags & TokenFlags.SentenceStart) != 0;
    public bool IsInQuotation => (Flags & TokenFlags.InQuotation) != 0;
    public bool IsInHeading => (Flags & TokenFlags.InHeading) != 0;
    public bool IsNonProse => (Flags & TokenFlags.NonProse) != 0;
    public bool IsInReproducedText => (Flags & TokenFlags.InReproducedText) != 0;
    public bool StartsLabel => (Flags & TokenFlags.StartsLabel) != 0;
    public bool IsInSingleQuotes => (Flags & TokenFlags.InSingleQuotes) != 0;
    /// <summary>Inside quotation marks of either kind (a quoted term included) or a reproduced document: words the article
    /// transcribes rather than writes.</summary>
    public bool IsTranscribed => IsInQuotation || IsInSingleQuotes || IsInReproducedText;
    public bool IsPunctuation(char c) => Kind == TokenKind.Punctuation && !IsNonProse && Text[0] == c;
    /// <summary>A full stop, question mark or exclamation mark: a mark that ends a sentence.</summary>
    public bool IsSentenceStop => IsPunctuation('.') || IsPunctuation('!') || IsPunctuation('?');
    public bool StartsUpper => Text.Length > 0 && char.IsUpper(Text[0]);
    /// <summary>The possessive ending, which the tokenizer makes a token of its own: "Kyiv’s" is "Kyiv" and "’s".</summary>
    public bool IsPossessive => IsPossessiveEnding(Text);

    /// <summary>"'s" or "’s": the text of a possessive token.</summary>
    public static bool IsPossessiveEnding(string text) => text is "'s" or "’s";

    public override string ToString() => $"{Kind} '{Text}' {Span}";
}

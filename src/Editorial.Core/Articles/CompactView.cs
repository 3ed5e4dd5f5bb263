using System;
using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// The prose view as it reads, for a view that holds HTML inline tags (<see cref="ArticleLayout.Markup"/>) or character
/// references (<see cref="ArticleLayout.ReferenceTail"/>): those positions are dropped, so "Ki&lt;b&gt;ev&lt;/b&gt;" is the word
/// "Kiev" and "don&amp;rsquo;t" the word "don’t". The tokenizer and quotation finder read the compact characters; every span
/// they find is mapped back to the article's text, where it covers whole references.
/// </summary>
internal sealed class CompactView
{
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly int _textLength;

    private CompactView(string text, int[] starts, int[] ends, int textLength)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
        _textLength = textLength;
    }

    /// <summary>The view's characters without the hidden ones.</summary>
    public string Text { get; }

    /// <summary>The compact view of <paramref name="view"/>, or null when nothing in it is hidden (the view reads as it is).</summary>
    public static CompactView? Of(string view)
    {
        var hidden = 0;
        foreach (var c in view)
        {
            if (ArticleLayout.IsHidden(c)) hidden++;
        }
        if (hidden == 0) return null;
        var count = view.Length - hidden;
        var chars = new char[count];
        var starts = new int[count];
        var ends = new int[count];
        var k = 0;
        for (var i = 0; i < view.Length; i++)
        {
            switch (view[i])
            {
                case ArticleLayout.Markup:
                    break;
                case ArticleLayout.ReferenceTail:
                    // A reference's tail belongs to the character at its start.
                    ends[k - 1] = i + 1;
                    break;
                default:
                    chars[k] = view[i];
                    starts[k] = i;
                    ends[k] = i + 1;
                    k++;
                    break;
            }
        }
        return new CompactView(new string(chars), starts, ends, view.Length);
    }

    /// <summary>The compact span of the characters that start inside <paramref name="span"/> of the text.</summary>
    public TextSpan ToCompact(TextSpan span) => TextSpan.FromBounds(FirstStartingAt(span.Start), FirstStartingAt(span.End));

    /// <summary>The span of the text that <paramref name="span"/> of the compact view stands for.</summary>
    public TextSpan ToSource(TextSpan span)
    {
        if (span.Length == 0)
        {
            var at = span.Start < _starts.Length ? _starts[span.Start] : _textLength;
            return new TextSpan(at, 0);
        }
        return TextSpan.FromBounds(_starts[span.Start], _ends[span.End - 1]);
    }

    private int FirstStartingAt(int offset)
    {
        var index = Array.BinarySearch(_starts, offset);
        return index >= 0 ? index : ~index;
    }

    /// <summary>Maps the tokens from <paramref name="first"/> on, found in the compact view, back to the text.</summary>
    public void MapBack(TokenList tokens, int first)
    {
        for (var k = first; k < tokens.Count; k++)
        {
            var token = tokens[k];
            tokens.Replace(k, new Token(ToSource(token.Span), token.Text, token.Kind, token.SentenceIndex, token.Flags));
        }
    }

    /// <summary>Maps the quotations from <paramref name="first"/> on, found in the compact view, back to the text.</summary>
    public void MapBack(List<Quotation> quotations, int first)
    {
        for (var q = first; q < quotations.Count; q++)
        {
            quotations[q] = quotations[q] with { Span = ToSource(quotations[q].Span), ContentSpan = ToSource(quotations[q].ContentSpan) };
        }
    }

    /// <summary>Maps the spans from <paramref name="first"/> on, found in the compact view, back to the text.</summary>
    public void MapBack(List<TextSpan> spans, int first)
    {
        for (var s = first; s < spans.Count; s++) spans[s] = ToSource(spans[s]);
    }

    /// <summary>Maps the offsets from <paramref name="first"/> on, found in the compact view, back to the text.</summary>
    public void MapBack(List<int> offsets, int first)
    {
        for (var m = first; m < offsets.Count; m++) offsets[m] = _starts[offsets[m]];
    }
}

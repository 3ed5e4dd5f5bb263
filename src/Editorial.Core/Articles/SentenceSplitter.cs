using System;
using System.Collections.Generic;

namespace Editorial.Articles;

/// <summary>
/// Finds sentence ends among a block's tokens: a full stop, question or exclamation mark (with any closing quotes
/// after it) followed by a space and a capital, a digit or an opening quotation mark, unless the word before the
/// stop is an abbreviation ("Mr.", "Gen.", "Jan.") or an initial ("Lolita C. Baldor"). "U.S." and "a.m." are single
/// word tokens and so never end a sentence by themselves.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Adm", "Gov", "Sen", "Rep",
        "Rev", "St", "Mt", "Ft", "Jr", "Sr", "No", "Nos", "vs", "Inc", "Corp", "Ltd", "Co", "Pte", "Pty", "Sdn", "Bhd", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ave", "Blvd", "Dept", "Fig", "approx", "Pres", "Supt",
    };

    /// <summary>Fills <paramref name="ends"/> with the index one past the last token of each sentence in <paramref name="tokens"/>[from..to).
    /// One list for every block of an article, not an enumerator made for each.</summary>
    public static void SentenceEnds(TokenList tokens, int from, int to, List<int> ends)
    {
        ends.Clear();
        for (var k = from; k < to; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Punctuation || token.IsNonProse || !IsTerminal(token.Text[0])) continue;
            var m = k + 1;
            while (m < to && tokens[m].Kind == TokenKind.Punctuation && !tokens[m].IsNonProse && tokens[m].Span.Start == tokens[m - 1].Span.End
                   && (IsTerminal(tokens[m].Text[0]) || IsClosing(tokens[m].Text[0])))
            {
                m++;
            }
            if (m >= to) break;
            var next = tokens[m];
            if (next.Span.Start == tokens[m - 1].Span.End) continue;
            if (token.Text[0] == '.' && k > from && IsAbbreviation(tokens[k - 1], token)) continue;
            if (IsCompanySuffix(tokens, m, to)) continue;
            if (StartsSentence(next))
            {
                ends.Add(m);
                k = m - 1;
            }
        }
        ends.Add(to);
    }

    /// <summary>A company's suffix, abbreviated, never opens a sentence: a stop before it closes an abbreviation the list
    /// lacks or a slip of one ("Mark Enterprise Ptd. Ltd. was fined"), not a sentence.</summary>
    private static bool IsCompanySuffix(TokenList tokens, int k, int to) =>
        tokens[k].Kind == TokenKind.Word && CompanySuffixes.Contains(tokens[k].Text)
        && k + 1 < to && tokens[k + 1].IsPunctuation('.') && tokens[k + 1].Span.Start == tokens[k].Span.End;

    private static readonly HashSet<string> CompanySuffixes = new(StringComparer.Ordinal) { "Ltd", "Inc", "Corp", "Pte", "Pty", "Bhd", "Plc", "LLC" };

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';
    private static bool IsClosing(char c) => c is '”' or '"' or '’' or '\'' or ')' or ']' or '»';

    private static bool StartsSentence(Token next) => next.Kind switch
    {
        TokenKind.Word => char.IsUpper(next.Text[0]),
        TokenKind.Number => true,
        // A code span, a link written as an address, an image, ".NET": "…the form. `StatusStrip` controls…" starts a sentence.
        _ when next.IsNonProse => true,
        _ => next.Text[0] is '“' or '"' or '‘' or '(' or '[' or '«',
    };

    /// <summary>True when <paramref name="stop"/> closes an abbreviation glued to it ("Mr.", "Inc.", an initial's "D."),
    /// which ends no sentence.</summary>
    public static bool IsAbbreviation(Token previous, Token stop) =>
        previous.Kind == TokenKind.Word && previous.Span.End == stop.Span.Start
        && (Abbreviations.Contains(previous.Text) || (previous.Text.Length == 1 && char.IsUpper(previous.Text[0])));
}

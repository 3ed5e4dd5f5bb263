using System;
using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Finds direct quotations in a block, and decides which double marks are quotation marks at all. It reads each
/// character once, so a block of thousands of quotations costs no more than their length.
/// <list type="bullet">
/// <item>Curly (“ ”), guillemets (« ») and straight (") marks. A straight or closing-shaped mark opens when nothing is
/// open and it stands like an opener (after a space, a bracket, a dash or a colon, or at the start of the block);
/// otherwise it closes. An opening curly mark shaped like a closer ("word“ next") closes: exports mix them up.</item>
/// <item>An export's stand-in for a closing double mark closes an open quotation: two apostrophes or acute accents
/// ('' ´´ ’’) or a double prime (″) after a word.</item>
/// <item>A mark doubled by an export straight after an opening mark (““, "“, “") opens one quotation.</item>
/// <item>Not quotation marks: the attribute values inside an HTML or XML tag (&lt;tweet tweet-id="…"&gt;), and a mark
/// after a digit when no quotation is open (an inch or foot mark: 12", 5'11"). Single quotes, and primes with no quotation
/// open, are never read.</item>
/// <item>The multi-paragraph convention: a quotation still open at the end of the block is kept as not closed, and a
/// quotation that opens the next block continues it (<see cref="Quotation.ContinuesPrevious"/>). The same holds inside
/// one block when an export merged the paragraphs: an opening mark straight after a sentence end, while a quotation is
/// open, continues it ("… end of one paragraph. “Next paragraph …").</item>
/// <item>Quoted terms (<see cref="Quotation.IsTerm"/>): titles, nicknames, "so-called" terms and short fragments woven
/// into a sentence. Their marks pair like any other, but they are nobody's statement.</item>
/// </list>
/// </summary>
internal static class QuotationFinder
{
    /// <summary>A fragment shorter than this, woven into a sentence, is a scare quote or a borrowed term: “hard” talks.</summary>
    public const int MinimumStatementWords = 4;

    /// <summary>How far a tag may run before its closing &gt;: a longer run is read as prose (and keeps the scan linear).</summary>
    private const int MaximumTagLength = 2000;

    /// <summary>Words of four letters or more that titles leave in lowercase: “World News Tonight with David Muir”.</summary>
    private static readonly string[] TitleFunctionWords = ["with", "from", "into", "onto", "upon", "over", "than", "that", "about"];

    /// <summary>Words that name what follows rather than quote it: the so-called “…”, dubbed “…”, known as “…”.</summary>
    private static readonly string[] NamingWords = ["so-called", "dubbed", "nicknamed", "titled", "entitled", "named", "known as", "called"];

    /// <param name="tokens">The block's tokens from <paramref name="firstToken"/> on, in the same text: a mark inside a token that
    /// is no prose (a template tag's attribute, a code span, a web address) is no quotation mark.</param>
    public static void Find(string text, TextSpan block, int paragraphIndex, List<Quotation> quotations, List<int> strayClosingMarks, TokenList tokens, int firstToken)
    {
        var token = firstToken;
        var open = -1;
        var mark = '\0';
        // Where a quotation must open to continue one left open by the previous block; -1 when none was left open.
        var runOnStart = RunsOnFromPreviousBlock(text, block, paragraphIndex, quotations) ? FirstVisible(text, block) : -1;
        // Whether the open quotation continues the one before it (from the previous block, or merged in this one).
        var openContinues = false;
        // Whether two apostrophes opened a term inside the open quotation, which the next two close.
        var innerPairOpen = false;
        for (var i = block.Start; i < block.End; i++)
        {
            var c = text[i];
            if (c == '<' && TagEnd(text, i, block.End) is var tagEnd && tagEnd > i)
            {
                i = tagEnd - 1;
                continue;
            }
            if (QuotationMarks.IsMark(c) && NonProseEnd(tokens, ref token, i) is var nonProseEnd and > 0)
            {
                i = nonProseEnd - 1;
                continue;
            }
            if (!QuotationMarks.IsMark(c))
            {
                if (open < 0) continue;
                if (ExportedClosingMarkLength(text, block, i) is var length and > 0)
                {
                    // After a term the quotation quotes in two apostrophes (“… the ''national strike'' …”) they close the term.
                    if (innerPairOpen) innerPairOpen = false;
                    else
                    {
                        quotations.Add(Close(text, block, open, i + length, paragraphIndex, mark, closed: true, openContinues, closingLength: length));
                        open = -1;
                    }
                    i += length - 1;
                }
                else if (IsDoubledApostrophe(text, block, i) && IsOpeningShaped(text, block, i, markLength: 2))
                {
                    innerPairOpen = true;
                    i++;
                }
                continue;
            }
            var openingShaped = IsOpeningShaped(text, block, i);
            if (open < 0)
            {
                if (c is '“' or '«' || (c is '"' or '”' && openingShaped))
                {
                    open = i;
                    innerPairOpen = false;
                    mark = c;
                    openContinues = i == runOnStart;
                }
                else if (!(i > block.Start && char.IsDigit(text[i - 1])))
                {
                    // A mark after a digit with nothing open is an inch or foot mark (12", 5'11").
                    strayClosingMarks.Add(i);
                }
                continue;
            }
            // A second opening mark straight after the first ("““Russia …", "\"“From …", "“\"The …"): an export doubled the
            // mark, and one quotation opens. Two straight marks ("") are an empty quotation.
            if (i == open + 1 && (c == '“' || c == '"' && mark != '"')) continue;
            var closes = c switch
            {
                '”' or '»' => true,
                '"' => !(openingShaped && FollowsSentenceEnd(text, block, i)),
                // “ or « shaped like a closer: “We stay,“ she said.
                _ => !openingShaped,
            };
            if (closes)
            {
                quotations.Add(Close(text, block, open, i + 1, paragraphIndex, mark, closed: true, openContinues));
                open = -1;
                innerPairOpen = false;
                continue;
            }
            // An opening mark while a quotation is open: after a sentence end it is the next paragraph of the same
            // quotation, merged onto this line; anywhere else the open quotation was left unclosed.
            quotations.Add(Close(text, block, open, i, paragraphIndex, mark, closed: false, openContinues));
            openContinues = FollowsSentenceEnd(text, block, i);
            open = i;
            innerPairOpen = false;
            mark = c;
        }
        if (open >= 0) quotations.Add(Close(text, block, open, block.End, paragraphIndex, mark, closed: false, openContinues));
    }

    private static Quotation Close(string text, TextSpan block, int open, int end, int paragraphIndex, char mark, bool closed, bool continuesPrevious, int closingLength = 1)
    {
        var content = TextSpan.FromBounds(open + 1, closed ? end - closingLength : end);
        return new Quotation(TextSpan.FromBounds(open, end), content, paragraphIndex, mark, closed)
        {
            ContinuesPrevious = continuesPrevious,
            IsTerm = closed && !continuesPrevious && IsTerm(text, block, open, end, content),
        };
    }

    /// <summary>A title (“The Russian Federation and the Future of Europe”), a term after a naming word (the so-called
    /// “…”), or a fragment of fewer than <see cref="MinimumStatementWords"/> words inside a sentence (“hard” talks).</summary>
    private static bool IsTerm(string text, TextSpan block, int open, int end, TextSpan content)
    {
        var words = 0;
        var longWords = 0;
        var titleCase = true;
        var allCapitalised = true;
        var i = content.Start;
        while (i < content.End)
        {
            while (i < content.End && char.IsWhiteSpace(text[i])) i++;
            var chunk = i;
            while (i < content.End && !char.IsWhiteSpace(text[i])) i++;
            var letters = 0;
            var firstLetter = '\0';
            for (var k = chunk; k < i; k++)
            {
                if (!char.IsLetterOrDigit(text[k])) continue;
                if (letters++ == 0) firstLetter = text[k];
            }
            if (letters == 0) continue;
            words++;
            if (!char.IsUpper(firstLetter)) allCapitalised = false;
            // Short words ("of", "and", "the") and a few longer function words ("with", "from") stay lowercase in titles.
            if (letters <= 3 || (letters <= 5 && IsTitleFunctionWord(text, chunk, i))) continue;
            longWords++;
            if (!char.IsUpper(firstLetter)) titleCase = false;
        }
        // “The Russian Federation and the Future of Europe”; with no long word, every word capitalised: “Jeb Can Fix It”.
        if (words >= 2 && (longWords > 0 ? titleCase : allCapitalised)) return true;
        var before = open - 1;
        while (before >= block.Start && char.IsWhiteSpace(text[before])) before--;
        if (EndsWithNamingWord(text, block.Start, before)) return true;
        var after = end;
        while (after < block.End && char.IsWhiteSpace(text[after])) after++;
        // A headline with its byline: “Pop-up show opens in the Bronx,” by Ana Ruiz, by the Gazette's Ana Ruiz.
        if (StartsWithByline(text, after, block.End)) return true;
        if (words >= MinimumStatementWords) return false;
        var wovenAfter = after < block.End && char.IsLower(text[after]);
        var wovenBefore = before >= block.Start && (char.IsLetterOrDigit(text[before]) || text[before] is ',' or ';' or '—' or '–' or '-' or '(');
        return wovenBefore || wovenAfter;
    }

    /// <summary>"by " and a capitalised name, or "by the " and one, at <paramref name="i"/>.</summary>
    private static bool StartsWithByline(string text, int i, int end)
    {
        if (i + 3 >= end || text[i] != 'b' || text[i + 1] != 'y' || text[i + 2] != ' ') return false;
        var name = i + 3;
        if (name + 4 < end && text[name] == 't' && text[name + 1] == 'h' && text[name + 2] == 'e' && text[name + 3] == ' ') name += 4;
        return char.IsUpper(text[name]);
    }

    /// <summary>True when the chunk from <paramref name="start"/> to <paramref name="end"/>, without the punctuation after it, is
    /// one of <see cref="TitleFunctionWords"/>; read in place (every word of four or five letters in a quotation is asked).</summary>
    private static bool IsTitleFunctionWord(string text, int start, int end)
    {
        while (end > start && text[end - 1] is ',' or '.' or ':' or ';' or '!' or '?' or '”' or '"') end--;
        foreach (var word in TitleFunctionWords)
        {
            if (word.Length == end - start && string.CompareOrdinal(text, start, word, 0, word.Length) == 0) return true;
        }
        return false;
    }

    private static bool EndsWithNamingWord(string text, int start, int last)
    {
        foreach (var word in NamingWords)
        {
            var first = last - word.Length + 1;
            if (first < start) continue;
            if (first > start && char.IsLetter(text[first - 1])) continue;
            var matches = true;
            for (var k = 0; k < word.Length && matches; k++) matches = char.ToLowerInvariant(text[first + k]) == word[k];
            if (matches) return true;
        }
        return false;
    }

    /// <summary>How many characters an export's stand-in for a closing double mark takes at <paramref name="i"/>, or 0:
    /// two apostrophes or acute accents ('' ´´ ’’) or a double prime (″) where a closing mark stands (“the travel advisory''
    /// was issued”, “many issues,´´ Ai told”). They only close what a double mark opened: alone, two apostrophes are
    /// <see cref="SingleQuotedStatements"/>' business and a double prime is a measure (5″).</summary>
    private static int ExportedClosingMarkLength(string text, TextSpan block, int i)
    {
        var length = text[i] == '″' ? 1 : IsDoubledApostrophe(text, block, i) ? 2 : 0;
        if (length == 0 || i == block.Start || char.IsWhiteSpace(text[i - 1])) return 0;
        // Still shaped like a closer after the stand-in: a space, punctuation or the end, never a letter ('''s).
        var after = i + length;
        return after >= block.End || !char.IsLetterOrDigit(text[after]) ? length : 0;
    }

    private static bool IsDoubledApostrophe(string text, TextSpan block, int i) =>
        text[i] is '\'' or '´' or '’' && i + 1 < block.End && text[i + 1] == text[i];

    /// <summary>Shaped like an opening mark: at the start of the block or after a space, bracket, dash or colon, and
    /// followed by something visible.</summary>
    private static bool IsOpeningShaped(string text, TextSpan block, int i, int markLength = 1) =>
        (i == block.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or ':')
        && i + markLength < block.End && !char.IsWhiteSpace(text[i + markLength]);

    /// <summary>True when only spaces stand between the mark and a full stop, question or exclamation mark.</summary>
    private static bool FollowsSentenceEnd(string text, TextSpan block, int i)
    {
        var before = i - 1;
        while (before >= block.Start && char.IsWhiteSpace(text[before])) before--;
        return before < i - 1 && before >= block.Start && text[before] is '.' or '?' or '!' or '…';
    }

    /// <summary>The end of an HTML or XML tag starting at <paramref name="i"/> (&lt;tweet id="…"&gt;, &lt;/p&gt;, &lt;!-- … --&gt;);
    /// <paramref name="i"/> itself when none does.</summary>
    private static int TagEnd(string text, int i, int end)
    {
        if (i + 1 >= end || !(char.IsLetter(text[i + 1]) || text[i + 1] is '/' or '!')) return i;
        var limit = Math.Min(end, i + MaximumTagLength);
        for (var j = i + 1; j < limit; j++)
        {
            if (text[j] == '>') return j + 1;
            if (text[j] == '<' || text[j] == '\n') return i;
        }
        return i;
    }

    /// <summary>The end of the token that is no prose and holds <paramref name="position"/>, or 0. The cursor
    /// <paramref name="token"/> only moves forward: the block is read once, and its tokens with it.</summary>
    private static int NonProseEnd(TokenList tokens, ref int token, int position)
    {
        while (token < tokens.Count && tokens[token].Span.End <= position) token++;
        return token < tokens.Count && tokens[token].IsNonProse && tokens[token].Span.Start <= position ? tokens[token].Span.End : 0;
    }

    /// <summary>True when the last quotation found so far is still open at the end of the previous block (only blanks between).</summary>
    private static bool RunsOnFromPreviousBlock(string text, TextSpan block, int paragraphIndex, List<Quotation> quotations)
    {
        if (quotations.Count == 0) return false;
        var previous = quotations[quotations.Count - 1];
        return !previous.IsClosed && previous.ParagraphIndex == paragraphIndex - 1 && BlankText.IsBlank(text, previous.Span.End, block.Start);
    }

    private static int FirstVisible(string text, TextSpan block)
    {
        var i = block.Start;
        while (i < block.End && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}

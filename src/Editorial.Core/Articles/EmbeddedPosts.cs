using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Social posts an article embeds in its running text, as an embed leaves them when the page is exported: the post's
/// words, then its signature, a dash, the author's name, the handle in brackets and the date ("… pic.twitter.com/x —
/// Ana Ruiz (@anaruiz) March 14, 2022"). The signature is where a post ends; where it starts is not marked, so the post is
/// taken back to the first sentence that starts within a post's length (280 characters) before the signature, and no
/// further than a lead-in's colon ("Here is what she wrote:"), the previous post's signature or the paragraph start. A post
/// whose signature the export dropped ends at its picture link (pic.twitter.com/…) or its short link (t.co/…), where it has
/// one, or else at the end of a sentence that carries a post's own marks: an emoji, a handle the sentence addresses
/// ("@POTUS and I will meet"), or a line break the export dropped between two of its sentences ("It's back!Watch it
/// tonight"). A reader's comment on a saved page is signed the same way after its text, with its writer's name and when
/// it was posted ("… by jim Jun 5, 2008 3:13 PM").
/// </summary>
internal static class EmbeddedPosts
{
    /// <summary>The longest post the embeds carry: a tweet's 280 characters.</summary>
    private const int MaximumPostLength = 280;

    /// <summary>How many words an author's display name may run to.</summary>
    private const int MaximumNameWords = 8;

    /// <summary>The posts' spans, in text order, each from its first word to the year of its signature (or its picture link).</summary>
    public static List<TextSpan> Find(TokenList tokens, List<Sentence> sentences, List<Paragraph> paragraphs)
    {
        var posts = new List<TextSpan>();
        var previousEnd = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            int first, last;
            if (IsDash(tokens[k]) && SignatureEnd(tokens, k + 1) is { } year) (first, last) = (PostStart(tokens, sentences, k, previousEnd), year);
            // A copy that kept no characters beyond ASCII lost the signature's dash, not the rest: "… Ana Ruiz (@anaruiz) March
            // 14, 2022". The handle in brackets and the date after it mark it alone.
            else if (tokens[k].IsPunctuation('(') && k > 0 && tokens[k - 1].IsWord && HandleAndDateEnd(tokens, k) is { } dashless)
                (first, last) = (PostStart(tokens, sentences, k, previousEnd), dashless);
            // A reader's comment on a saved page, signed after its text with its writer's name and when it was posted ("… by
            // jim Jun 5, 2008 3:13 PM"). A signature that opens its paragraph may be the article's byline ("by Jane Roe" over
            // "July 24, 2012 5:14 AM PDT"): only one that ends a sentence's paragraph signs a comment.
            else if (CommentSignatureEnd(tokens, k) is { } posted && tokens[k - 1].IsSentenceStop
                     && sentences[tokens[k - 1].SentenceIndex].ParagraphIndex == sentences[tokens[k].SentenceIndex].ParagraphIndex)
                (first, last) = (PostStart(tokens, sentences, k, previousEnd), posted);
            // An export that dropped the signature leaves the post's picture link as its end ("… pic.twitter.com/x Next …"), or
            // the shortened link the network wrote into the post's words, standing after the post's last sentence or before the
            // article's next one or a dash ("… a lasting peace. https://t.co/x The EU …"): only a post's text carries one. Marks
            // after it in its sentence (an emoji, a hashtag, a picture link) belong to the post and find it whole.
            else if ((IsPictureLink(tokens[k]) || IsShortenedPostLink(tokens[k]) && EndsPostText(tokens, k))
                     && SignatureEnd(tokens, k + 1 < tokens.Count && IsDash(tokens[k + 1]) ? k + 2 : k + 1) is null)
                (first, last) = (PostStart(tokens, sentences, k, previousEnd), k);
            // An export that dropped both leaves only the post's own marks, and its sentence as its end.
            else if (IsPostMark(tokens, k)) (first, last) = (MarkedPostStart(tokens, sentences, k, previousEnd), sentences[tokens[k].SentenceIndex].LastToken);
            // A post's lines, run together where the export dropped its line breaks, end on the sentence after the break.
            else if (IsDroppedLineBreak(tokens, k) && DroppedBreakPost(tokens, sentences, paragraphs, k, previousEnd) is var (start, end)) (first, last) = (start, end);
            else continue;
            posts.Add(TextSpan.FromBounds(tokens[first].Span.Start, tokens[last].Span.End));
            previousEnd = tokens[last].Span.End;
            k = last;
        }
        return posts;
    }

    /// <summary>The link a post's attached picture leaves in its text (pic.twitter.com/…): only posts carry one.</summary>
    private static bool IsPictureLink(Token token) =>
        token.IsNonProse && token.Text.StartsWith("pic.twitter.com/", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A mark that only a post leaves in running text, outside quotation marks and headlines: an emoji (a flag, a pictograph,
    /// a dingbat), which no outlet's own prose uses; or a handle written as a word of the sentence ("@POTUS and I", "Thank
    /// you @NATO"). A handle the article names as an account is its own reference: in brackets after a name ("Kai Tamm
    /// (@kaitamm)") or after a word that introduces an account ("on @NATO", "the account @kyivpost").
    /// </summary>
    private static bool IsPostMark(TokenList tokens, int k)
    {
        var token = tokens[k];
        if (token.Kind != TokenKind.Punctuation || token.IsInQuotation || token.IsInHeading) return false;
        if (!token.IsNonProse) return IsEmoji(token.Text[0]);
        if (token.Text[0] != '@') return false;
        if (k == 0) return true;
        var previous = tokens[k - 1];
        return !previous.IsPunctuation('(') && !(previous.IsWord && AccountIntroductions.Contains(previous.Text));
    }

    /// <summary>
    /// A sentence's end run into the next sentence's first word, with no space between ("it's back!Servant of the People
    /// is", "negotiations?Sec. of State"): a post's line break that the page export dropped, where the article's own
    /// paragraphs were joined with a space. The word before is in lower case and no abbreviation ("p.m."), and the word after
    /// capitalised and at least two letters long, so that no abbreviation ("U.S.A.") or domain reads as one.
    /// </summary>
    private static bool IsDroppedLineBreak(TokenList tokens, int k)
    {
        var end = tokens[k];
        if (k == 0 || k + 1 >= tokens.Count || !end.IsSentenceStop) return false;
        if (end.IsInQuotation || end.IsInHeading) return false;
        var before = tokens[k - 1];
        var after = tokens[k + 1];
        var abbreviation = before.Text.IndexOf('.') >= 0 || k >= 2 && tokens[k - 2].IsPunctuation('.') && tokens[k - 2].Span.End == before.Span.Start;
        return before.IsWord && before.Span.End == end.Span.Start && char.IsLower(before.Text[before.Text.Length - 1]) && !abbreviation
               && after.IsWord && after.Span.Start == end.Span.End && after.Text.Length >= 2 && char.IsUpper(after.Text[0]) && char.IsLower(after.Text[1]);
    }

    /// <summary>The first and last tokens of the post whose dropped line break is at <paramref name="k"/>: from where its
    /// marked sentence starts (<see cref="MarkedPostStart"/>) to the end of the sentence after the break. Null when the
    /// two sentences run longer than a post in a paragraph of the article's own (no merged page, whose sentences run on
    /// through its posts' lines): they are the article's, one a space short ("… not illegal.It’s just that …").</summary>
    private static (int First, int Last)? DroppedBreakPost(TokenList tokens, List<Sentence> sentences, List<Paragraph> paragraphs, int k, int previousEnd)
    {
        var first = MarkedPostStart(tokens, sentences, k, previousEnd);
        var last = sentences[tokens[k + 1].SentenceIndex].LastToken;
        var fitsAPost = tokens[last].Span.End - tokens[first].Span.Start <= MaximumPostLength;
        return fitsAPost || paragraphs[sentences[tokens[k].SentenceIndex].ParagraphIndex].IsMergedPage ? (first, last) : null;
    }

    // Words after which a handle is the article naming an account, not a post addressing it.
    private static readonly HashSet<string> AccountIntroductions = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "at", "on", "to", "from", "by", "via", "follow", "account", "handle", "user", "username", "page", "channel",
    };

    /// <summary>Pictographs and flags (the astral planes' U+1F000–U+1FBFF, whose UTF-16 high surrogates are U+D83C–U+D83E),
    /// and the miscellaneous symbols and dingbats of U+2600–U+27BF ("✅", "❤").</summary>
    private static bool IsEmoji(char c) => c is >= '\uD83C' and <= '\uD83E' or >= '\u2600' and <= '\u27BF';

    /// <summary>True when the short link at <paramref name="k"/> stands after a sentence's stop, or before a capitalised word, a
    /// dash or the end: where the post's text ends and the article's next sentence or the post's signature begins. After a
    /// colon and before an emoji or a hashtag ("response: https://t.co/x🇺🇦 #StandWithUkraine"), the post's words go on.</summary>
    private static bool EndsPostText(TokenList tokens, int k) =>
        k > 0 && tokens[k - 1].IsSentenceStop || k + 1 >= tokens.Count || IsDash(tokens[k + 1])
        || tokens[k + 1].IsWord && !tokens[k + 1].IsNonProse && char.IsUpper(tokens[k + 1].Text[0]);

    /// <summary>The link a network shortens into a post's own words (https://t.co/…): an article that links a page writes
    /// the page's address, and only a post's text, copied from its embed, carries the network's short link.</summary>
    private static bool IsShortenedPostLink(Token token) =>
        token.IsNonProse && (token.Text.StartsWith("https://t.co/", System.StringComparison.OrdinalIgnoreCase)
                             || token.Text.StartsWith("http://t.co/", System.StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Where a post found only by its marks starts. Nothing marks it, and the article's own sentence before it must not be
    /// taken for the post's: it is the marked sentence, or its whole paragraph when that is no longer than a post (a post
    /// the export left on a line of its own), and never before the previous post's end.
    /// </summary>
    private static int MarkedPostStart(TokenList tokens, List<Sentence> sentences, int mark, int previousEnd)
    {
        var sentence = sentences[tokens[mark].SentenceIndex];
        var earliest = tokens[mark].Span.Start - MaximumPostLength;
        var start = sentence.FirstToken;
        for (var s = sentence.Index - 1; ; s--)
        {
            if (s < 0 || sentences[s].ParagraphIndex != sentence.ParagraphIndex)
            {
                start = sentences[s + 1].FirstToken;
                break;
            }
            if (sentences[s].Span.Start < earliest) break;
        }
        if (tokens[start].Span.Start < earliest) start = sentence.FirstToken;
        while (start < mark && tokens[start].Span.Start < previousEnd) start++;
        return start;
    }

    /// <summary>A dash, or what a wrong decoding leaves of one: an em or en dash read as Latin-1 ends in the control character
    /// U+0094 or U+0093 ("â\u0080\u0094", see <see cref="Mojibake"/>), which real text never holds.</summary>
    private static bool IsDash(Token token) =>
        token.IsPunctuation('—') || token.IsPunctuation('–') || token.IsPunctuation('-') || token.IsPunctuation('\u0094') || token.IsPunctuation('\u0093');

    /// <summary>The index of the signature's last token (the year), reading the name from <paramref name="k"/>; null when
    /// the tokens there are no "Name (@handle) Month d, yyyy".</summary>
    private static int? SignatureEnd(TokenList tokens, int k)
    {
        var words = 0;
        while (k < tokens.Count && words <= MaximumNameWords && (tokens[k].IsWord || tokens[k].IsPunctuation('.')))
        {
            if (tokens[k].IsWord) words++;
            k++;
        }
        return words == 0 ? null : HandleAndDateEnd(tokens, k);
    }

    /// <summary>How many words a comment's signature gives its writer's name: a user name, or a first and last name.</summary>
    private const int MaximumCommenterNameWords = 3;

    /// <summary>The index of the signature's last token (AM or PM) when the tokens from <paramref name="k"/> are a reader's
    /// comment signature, "by jim Jun 5, 2008 3:13 PM": "by", the commenter's name as typed, in any case, and the day and time
    /// the comment was posted. Null when they are not.</summary>
    internal static int? CommentSignatureEnd(TokenList tokens, int k)
    {
        if (k < 1 || k >= tokens.Count || !tokens[k].IsWord || tokens[k].Text != "by") return null;
        var month = k + 1;
        while (month < tokens.Count && month - k - 1 <= MaximumCommenterNameWords && tokens[month].IsWord && !CalendarWords.Months.Contains(tokens[month].Text)) month++;
        var names = month - k - 1;
        if (names is 0 or > MaximumCommenterNameWords || month + 5 >= tokens.Count || !CalendarWords.Months.Contains(tokens[month].Text)) return null;
        var (day, comma, year, time, noon) = (tokens[month + 1], tokens[month + 2], tokens[month + 3], tokens[month + 4], tokens[month + 5]);
        var signed = day.Kind == TokenKind.Number && comma.IsPunctuation(',') && IsYear(year) && year.Text.Length == 4
                     && time.Kind == TokenKind.Number && time.Text.IndexOf(':') > 0 && noon.IsWord && noon.Text.ToUpperInvariant() is "AM" or "PM";
        return signed ? month + 5 : null;
    }

    /// <summary>The index of the year when the tokens from <paramref name="k"/> are a signature's "(@handle) Month d, yyyy";
    /// null when they are not.</summary>
    private static int? HandleAndDateEnd(TokenList tokens, int k)
    {
        if (k + 6 >= tokens.Count) return null;
        var handle = tokens[k + 1];
        var year = tokens[k + 6];
        var isSignature = tokens[k].IsPunctuation('(') && handle.IsNonProse && handle.Text[0] == '@' && tokens[k + 2].IsPunctuation(')')
                          && tokens[k + 3].IsWord && CalendarWords.Months.Contains(tokens[k + 3].Text) && tokens[k + 4].Kind == TokenKind.Number
                          && tokens[k + 5].IsPunctuation(',') && IsYear(year);
        return isSignature ? k + 6 : null;
    }

    /// <summary>A year of four digits, or one that a copy without line breaks ran into the next sentence's first word
    /// ("2022Readers replied"): the tokenizer reads a letter after digits as a unit's ("15km"), so the word is the token's end.</summary>
    private static bool IsYear(Token token)
    {
        var text = token.Text;
        if (token.Kind != TokenKind.Number || text.Length < 4 || text.Length > 4 && !char.IsUpper(text[4])) return false;
        for (var i = 0; i < 4; i++)
        {
            if (!char.IsDigit(text[i])) return false;
        }
        return true;
    }

    /// <summary>The index of the post's first token: the first sentence start within a post's length before the dash at
    /// <paramref name="dash"/>, after any lead-in colon, or the first token after an earlier post's signature, in the dash's paragraph (or the one before, when the
    /// signature stands on a line of its own); the dash itself when none.</summary>
    private static int PostStart(TokenList tokens, List<Sentence> sentences, int dash, int previousEnd)
    {
        var paragraph = sentences[tokens[dash].SentenceIndex].ParagraphIndex;
        // A signature on a line of its own signs the paragraph before it.
        if (dash > 0 && sentences[tokens[dash - 1].SentenceIndex].ParagraphIndex != paragraph) paragraph--;
        var earliest = tokens[dash].Span.Start - MaximumPostLength;
        var start = dash;
        for (var k = dash - 1; k >= 0; k--)
        {
            var token = tokens[k];
            if (token.Span.Start < earliest || sentences[token.SentenceIndex].ParagraphIndex < paragraph) break;
            // Posts embedded one after another: the previous one's signature ends it, and whatever follows starts the next
            // post, though the sentence splitter may run the signature's date on into the next post's first sentence.
            if (token.Span.Start < previousEnd) return k + 1 < dash ? k + 1 : dash;
            // "Here is what she wrote: …": the post starts after the lead-in, in the lead-in's sentence.
            if (token.IsPunctuation(':')) return k + 1 < dash ? k + 1 : dash;
            if (k == 0 || tokens[k - 1].SentenceIndex != token.SentenceIndex) start = k;
        }
        return start;
    }
}

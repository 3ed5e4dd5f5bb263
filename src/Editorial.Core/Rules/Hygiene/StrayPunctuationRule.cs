using System;
using System.Collections.Generic;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Lexicon;
using Editorial.Rules.Spelling;
using Editorial.Text;

namespace Editorial.Rules.Hygiene;

/// <summary>
/// ED4003: doubled or stray punctuation: a second full stop after a sentence's end ("said. ."), a doubled full stop or
/// comma ("ended..", ",,"), a space before a comma or full stop ("Kyiv ,"), and a full stop followed by a lowercase
/// fragment ("can be delivered. in."). A name that opens with a dot is no mark ("in .NET"), and a sentence may start with a code
/// span ("as shown. `map` returns"). Ellipses ("...", ". . ."), decimal points, URLs and dotted abbreviations ("U.S.",
/// "a.m.") are not stray marks: the tokenizer keeps numbers, URLs and abbreviations whole, and runs of three dots are skipped.
/// A table's cell is no sentence of the copy: a note there may go on in lower case after a stop ("optional. the default is on").
/// </summary>
public sealed class StrayPunctuationRule : ArticleRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.StrayPunctuation, "Doubled or stray punctuation", "{0}", RuleCategory.Hygiene, Severity.Warning,
        "A mark doubled or left behind by an edit: two full stops, a full stop after the end of a sentence, a space before a comma, "
        + "or a full stop that cuts a sentence before a lowercase fragment.", offersFix: true, fix: "removes the stray mark or space; none for a broken sentence");

    /// <summary>Lowercase abbreviations that end in a full stop and are followed by more of the sentence, among them the
    /// naming of species and plant varieties ("Pithovirus spp. and", "Rosa canina var. lutetiana") and clipped nouns of
    /// organisations and schools ("as often as orgs. at the bottom", "if Big Tech cos. back one side", "PhDs, grad.
    /// students"), and a report's shorthand ("a nice perf. win", "Doctor X feat. the choir", "the parser and co. structures",
    /// "wrt. empty paths", "on prem. for now", "env. variables", "lang. items", "the equiv. of each"), and measures ("1 tsp. nut butter", "4.9 million bbl.
    /// of oil", "3 cents per cwt. on all milk", "a volume over 600 ml. or a cell type", "an essay typed in 12 pt. font", "preparing ppt. slides", "the temp. was 10 C", "0.6 fl. oz of alcohol", "the 1 ms. time slice"), a columnist's "a mature app. that" and a crossword's "admin. tool", a menu's "mixed veg. and tea", a student society's "the spons. team", a citation's "et seq. or its successor" and a court filing's
    /// ("id. at 4", "art. 38.22", "arts. 1 and 2", "pet. filed": 11 warnings judged wrong in a district attorney's pleadings), and a song's credits ("(ASCAP) adm. by Kobalt Music").</summary>
    private static readonly HashSet<string> LowercaseAbbreviations = new(StringComparer.Ordinal)
    {
        "etc", "approx", "incl", "esp", "cf", "al", "vs", "viz", "ca", "min", "max", "est", "ft", "lb", "lbs", "oz", "yd", "mi",
        "pp", "vol", "ed", "eds", "ch", "fig", "no", "nos", "op", "cit", "ibid", "govt", "dept", "misc", "sq", "tel", "jr", "sr",
        "sp", "spp", "subsp", "ssp", "var", "cv", "ie", "eg", "aka", "sec", "calc", "resp", "ex", "hr", "hrs", "yr", "yrs", "wk", "wks",
        "org", "orgs", "cos", "grad", "grads", "univ", "intl", "natl", "assn", "assoc", "mgmt", "perf", "feat", "co", "wrt",
        "prem", "env", "lang", "tsp", "tbsp", "bbl", "gal", "qt", "seq", "adm", "equiv", "ml", "mg", "mcg", "kg", "km", "cm", "mm",
        "pt", "ppt", "veg", "temp", "spons", "cwt", "fl", "ms", "admin", "app", "apps", "id", "art", "arts", "pet",
    };

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        var article = context.Article;
        var tokens = article.Tokens;
        // Read once, when the first broken sentence is in question: most articles have none.
        PageHabits? habits = null;
        // Read for a paragraph when its first spaced mark is in question.
        Dictionary<int, bool>? dataParagraphs = null;
        bool IsData(int paragraph) => paragraph >= 0 && ((dataParagraphs ??= []).TryGetValue(paragraph, out var data) ? data
            : dataParagraphs[paragraph] = DataParagraphs.IsData(article, paragraph) || ListsItemsBetweenDots(article, paragraph));
        for (var k = 1; k < tokens.Count; k++)
        {
            var mark = tokens[k];
            if (!mark.IsPunctuation('.') && !mark.IsPunctuation(',')) continue;
            var previous = tokens[k - 1];
            if (ParagraphOf(article, previous) != ParagraphOf(article, mark) || IsInLinkedTitle(article, tokens, mark)) continue;
            // "bbeehhaallff.." and "SSaakkaaii,,": a PDF's bold type doubles the marks of the words it prints twice too. (After a
            // word a wrong character set garbled, "f*ckingÂ .", the space may still stand where a word is missing.)
            if (FollowsWordPrintedTwice(tokens, k)) continue;
            if (IsInDotRun(tokens, k) || IsSpacedDotPair(article.Text, tokens, k)) continue;
            var touching = previous.Span.End == mark.Span.Start;
            var markText = mark.Text;
            // Only white space may stand between the two in the file: in Markdown, markup between them is no stray space.
            var spaceBefore = SpaceBefore(article.Text, mark.Span.Start);
            var spaced = !touching && spaceBefore.Start == previous.Span.End;
            if (spaced && k + 1 < tokens.Count && tokens[k + 1].IsPunctuation(markText[0]) && tokens[k + 1].Span.Start == mark.Span.End)
            {
                // " ..again", "! ,,": one doubled mark, reported once on its second mark, not also as a space before a mark or a
                // stray one. Which pause the writer meant ("late… again", "late. Again") is theirs to say: no fix. An open
                // range (" ..b,"), a number (" ..2") or a line that opens with the pair is none.
                if (!IsCodeDots(article, tokens, k + 1) && !StartsNumber(tokens, k + 1) && !BreaksLine(article.Text, spaceBefore) && !(markText == "." && OpensLine(article.Text, mark))
                    && !IsInWrittenQuotation(context, mark) && !IsOnLineOfSigns(article, mark) && !IsOnLineOfLeaders(article, mark))
                {
                    context.Report(Descriptor, tokens[k + 1].Span, [markText == "." ? "Doubled full stop '..'" : "Doubled comma ',,'"]);
                }
                k++;
                continue;
            }

            // A table's rows run into one paragraph, a dot standing for an empty cell or between row groups (" 18 80 3 . Gallup
            // 12/1 …"): data, where a mark between spaces is the table's.
            if (spaced && IsData(ParagraphOf(article, mark))) continue;
            // "Ann Lee, Ph. D. , of the board": a comma goes on with the sentence, so the point before it closed an abbreviation,
            // and the space is what strays, not the comma.
            var closesAbbreviation = markText == "," && k >= 2 && previous.IsPunctuation('.') && SentenceSplitter.IsAbbreviation(tokens[k - 2], previous);
            if (spaced && previous.IsSentenceStop && !closesAbbreviation && !IsInDotRun(tokens, k - 1) && !StartsNumber(tokens, k)
                && !IsOnLineOfSigns(article, mark))
            {
                Report(context, mark, $"Stray '{markText}' after the end of the sentence", TextSpan.FromBounds(spaceBefore.Start, mark.Span.End));
            }
            else if (touching && (previous.IsPunctuation(markText[0]) || (markText == "." && previous.IsWord && previous.Text.EndsWith(".", StringComparison.Ordinal)))
                     && !IsCodeDots(article, tokens, k) && !IsEmptyDataField(article, tokens, k) && !(previous.IsPunctuation('.') && IsLeader(article.Text, previous, mark))
                     && !IsInWrittenQuotation(context, mark) && !IsOnLineOfSigns(article, mark) && !IsOnLineOfLeaders(article, mark))
            {
                Report(context, mark, markText == "." ? "Doubled full stop '..'" : "Doubled comma ',,'", mark.Span);
            }
            else if (spaced && (previous.Kind != TokenKind.Punctuation || closesAbbreviation) && !StartsNumber(tokens, k) && !(k + 1 < tokens.Count && IsCodeDots(article, tokens, k + 1)) && !BreaksLine(article.Text, spaceBefore)
                     && !IsNamedCharacter(article, tokens, k) && !IsDotFileName(article, tokens, k) && !EndsEmoticon(tokens, k - 1))
            {
                if (previous.Text.EndsWith(markText, StringComparison.Ordinal))
                {
                    // "the U.K. ." : closing the space would double the stop the abbreviation already ends with; the mark goes.
                    Report(context, mark, $"Stray '{markText}' after '{previous.Text}'", TextSpan.FromBounds(spaceBefore.Start, mark.Span.End));
                }
                else if (mark.Span.End < article.Text.Length && char.IsLetterOrDigit(article.Text[mark.Span.End]))
                {
                    // "U .S.": closing the space would make a new word ("U.S."), whose spelling the writer decides: no fix.
                    context.Report(Descriptor, mark.Span, [$"Space before '{markText}'"]);
                }
                else Report(context, mark, $"Space before '{markText}'", spaceBefore);
            }
            else if (touching && markText == "." && IsLowercaseWord(previous) && k + 1 < tokens.Count && !IsInTableCell(article, mark) && !IsInchesOfNumber(tokens, k - 1))
            {
                var next = tokens[k + 1];
                // A link's label keeps the case its writer gave it ("… processes. [docs](…)"): it names the link's target.
                // "a library called lolcat. lolcat is a command": the term just named opens the next sentence in its own case.
                // "… the proper steps to take. by Winston Jun 17, 2008 8:50 AM": a comment ends and its signature follows.
                if (IsLowercaseLetters(next) && IsOrdinaryWord(next.Text) && next.Text != previous.Text && !IsPanelLetter(article, tokens, k + 1) && !IsListLetter(tokens, k + 1) && !IsNoteNumeral(article.Text, tokens, k + 1) && !IsLetterGluedToMark(article.Text, next) && !IsTypedBullet(article.Text, next) && !next.StartsLabel && next.SentenceIndex == mark.SentenceIndex && next.Span.Start > mark.Span.End
                    && EmbeddedPosts.CommentSignatureEnd(tokens, k + 1) is null
                    && !Mojibake.IsGarbled(article, next) && !IsSteppedEmphasis(tokens, k) && !IsUncapitalisedWriting(article, tokens, k)
                    && !ClosesLinkLabel(article.Text, mark, next) && !StandsOnALineOfItsOwn(article.Text, mark, next) && !LabelsAnAddress(article.Text, tokens, k + 1)
                    && !(habits ??= PageHabits.Of(article)).Allow(article, tokens, k)
                    // "the drake R package. drake resolves …": a package's name that the page's code or addresses write in
                    // lower case opens the sentence in its own case. Code's comments write the words that open sentences too
                    // ("the", "and"), which stay broken sentences.
                    && !(WordsOutsideProse.Of(context.Analyzed).Contains(next.Text) && !SentenceOpeners.Words.Contains(next.Text)))
                {
                    // Which mark is wrong, the stop or what follows it, is the writer's call: no fix.
                    context.Report(Descriptor, mark.Span,
                        [$"Full stop before the lowercase fragment '{next.Text}': a broken sentence ('{previous.Text}. {next.Text}')"],
                        quotationSensitive: true);
                }
            }
        }
    }

    private static void Report(ArticleContext context, Token mark, string message, TextSpan removed) =>
        context.Report(Descriptor, mark.Span, [message], fix: new Fix("Remove the stray mark", new TextEdit(removed, "")));

    /// <summary>True when the paragraph sets short items apart with full stops between spaces, at least
    /// <see cref="MinimumSeparatingDots"/> of them ("Schrödinger's cat . Elsewhen . dark energy . entropy ." on a book's
    /// cover copy), or two between three items when the last item takes none ("LOW UNEMPLOYMENT . STRONG HOUSING MARKET .
    /// HIGH CONSUMER CONFIDENCE" under a release's headline): a list's separators, set on purpose (five such warnings were
    /// judged wrong), where a lost link or footnote leaves one space before the stop of a long sentence.</summary>
    private static bool ListsItemsBetweenDots(Article article, int paragraph)
    {
        var (text, tokens, sentences) = (article.Text, article.Tokens, article.Sentences);
        var p = article.Paragraphs[paragraph];
        var (dots, wordsSinceDot) = (0, 0);
        for (var t = sentences[p.FirstSentence].FirstToken; t < sentences[p.LastSentence].EndToken; t++)
        {
            var token = tokens[t];
            if (token.IsWord)
            {
                if (++wordsSinceDot > MaximumItemWords) return false;
                continue;
            }
            var end = token.Span.End;
            if (!token.IsPunctuation('.') || token.Span.Start == 0 || text[token.Span.Start - 1] != ' ' || end < text.Length && !char.IsWhiteSpace(text[end])) continue;
            dots++;
            wordsSinceDot = 0;
        }
        return dots >= MinimumSeparatingDots || dots == MinimumSeparatingDots - 1 && wordsSinceDot > 0 && tokens[sentences[p.LastSentence].LastToken].IsWord;
    }

    /// <summary>The fewest spaced full stops that set a paragraph's items apart.</summary>
    private const int MinimumSeparatingDots = 3;

    /// <summary>The most words an item between separating dots runs to ("The Death of the Sun and The End of the Universe").</summary>
    private const int MaximumItemWords = 12;

    private static int ParagraphOf(Article article, Token token) =>
        token.SentenceIndex < 0 ? -1 : article.Sentences[token.SentenceIndex].ParagraphIndex;

    /// <summary>A mark alone between spaces that a table's cell names ("name with . and spaces"), or a full stop so before a
    /// word in lower case ("suggest to use . instead of `::`"): a character the text names, not punctuation of a sentence. A
    /// stop cut loose from its sentence is followed by the next sentence's capital ("per task order . In general").</summary>
    private static bool IsNamedCharacter(Article article, TokenList tokens, int k)
    {
        var mark = tokens[k];
        if (mark.IsPunctuation('.') && IsFolderWithExtras(article.Text, mark.Span.End)) return true;
        if (mark.Span.End >= article.Text.Length || article.Text[mark.Span.End] != ' ') return false;
        return IsInTableCell(article, mark) || mark.IsPunctuation('.') && (k + 1 < tokens.Count && IsLowercaseLetters(tokens[k + 1]) || IsOption(article.Text, mark.Span.End + 1));
    }

    /// <summary>True when a command's option starts at <paramref name="position"/>: a hyphen or two glued to a letter ("-maxdepth",
    /// "--all"). A full stop between spaces before one is the current folder the command is given ("find . -type f").</summary>
    private static bool IsOption(string text, int position)
    {
        var i = position;
        while (i < text.Length && i - position < 2 && text[i] == '-') i++;
        return i > position && i < text.Length && char.IsLetter(text[i]);
    }

    /// <summary>True when a bracketed word in lower case, no space inside, is glued to the full stop before
    /// <paramref name="position"/>: a package in the current folder with its extras, as a command installs it ("pip install -e
    /// .[test]", ".[dev,docs]"). A note in brackets after a stray stop ("rose .[citation needed]", ".[1]") is none.</summary>
    private static bool IsFolderWithExtras(string text, int position)
    {
        if (position + 2 >= text.Length || text[position] != '[' || !char.IsLower(text[position + 1])) return false;
        for (var i = position + 2; i < text.Length; i++)
        {
            if (text[i] == ']') return true;
            if (!char.IsLetterOrDigit(text[i]) && text[i] is not ',' and not '-' and not '_') return false;
        }
        return false;
    }

    /// <summary>
    /// A full stop glued to a capitalised word that is no English word, which the article writes nowhere else without the stop
    /// and which no other capitalised word follows: a file's name that opens with a dot ("my .Rprofile file", "list it in
    /// .Rbuildignore", "convert .Rd files"). A sentence run on after a stray space has the same shape, but opens with a word of
    /// its own, a name the article writes elsewhere ("the gas tax .Biden plans", "Biden said") or the first of a longer
    /// name (".De Wit said").
    /// </summary>
    private static bool IsDotFileName(Article article, TokenList tokens, int k)
    {
        if (!tokens[k].IsPunctuation('.') || k + 1 >= tokens.Count) return false;
        var name = tokens[k + 1];
        if (!name.IsWord || name.Span.Start != tokens[k].Span.End || name.Text.Length < 2 || !char.IsUpper(name.Text[0])
            || CommonWords.ContainsLowered(name.Text)) return false;
        if (k + 2 < tokens.Count && tokens[k + 2] is { IsWord: true } after && after.Text.Length > 1 && char.IsUpper(after.Text[0])
            && after.SentenceIndex == name.SentenceIndex && SpellingText.OnlySpacesBetween(article.Text, name.Span, after.Span)) return false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i != k + 1 && tokens[i].IsWord && string.Equals(tokens[i].Text, name.Text, StringComparison.Ordinal)
                && !(i > 0 && tokens[i - 1].IsPunctuation('.') && tokens[i - 1].Span.End == tokens[i].Span.Start)) return false;
        }
        return true;
    }

    private static bool IsInTableCell(Article article, Token token) => ParagraphOf(article, token) is >= 0 and var paragraph && article.Paragraphs[paragraph].IsTableCell;

    /// <summary>True when the mark's line holds a run of <see cref="LeaderDots"/> full stops or more: dot leaders, which lay out a
    /// table's rows or a list of contents ("Discount Corp........7.75......6.25......7.50.."), where two dots are the layout's
    /// too, not a doubled stop (thirteen findings in a wire story's forecast table, judged wrong). An ellipsis is three.</summary>
    private static bool IsOnLineOfLeaders(Article article, Token mark)
    {
        if (!mark.IsPunctuation('.')) return false;
        var line = LineOf(article, mark);
        var run = 0;
        for (var i = line.Start; i < line.End; i++)
        {
            run = article.Text[i] == '.' ? run + 1 : 0;
            if (run == LeaderDots) return true;
        }
        return false;
    }

    private const int LeaderDots = 5;

    /// <summary>True when the line the mark stands on holds no letter or digit as it reads: Morse code (".... --- ..-"), a rule
    /// of dots, a drawing in characters, whose marks are signs, not a sentence's punctuation.</summary>
    private static bool IsOnLineOfSigns(Article article, Token mark) => !article.HasWordCharacter(LineOf(article, mark));

    /// <summary>The line <paramref name="mark"/> stands on, without the white space around it.</summary>
    private static TextSpan LineOf(Article article, Token mark) => article.Lines.GetTrimmedLine(article.Text, article.Lines.GetLineIndex(mark.Span.Start));

    /// <summary>True for a full stop that is part of an ellipsis, written "..." or ". . .": it has a full stop on each side, or
    /// two on one. A run that opens with the ellipsis character is one too ("wait….."): a publishing system turns the first
    /// three of a writer's five dots into "…".</summary>
    private static bool IsInDotRun(TokenList tokens, int k)
    {
        if (!tokens[k].IsPunctuation('.')) return false;
        var before = 0;
        for (var i = k - 1; i >= 0 && tokens[i].IsPunctuation('.') && before < 2; i--) before++;
        if (before < 2 && k - before - 1 >= 0 && tokens[k - before - 1].IsPunctuation('…') && tokens[k - before - 1].Span.End == tokens[k - before].Span.Start) return true;
        var after = 0;
        for (var i = k + 1; i < tokens.Count && tokens[i].IsPunctuation('.') && after < 2; i++) after++;
        return before + after >= 2;
    }

    /// <summary>True for a full stop of a pair set off by spaces, each from the next ("Holland and . . are to disappear", "or a
    /// Sikh, or . ., I am"): an ellipsis typed short, not a stop with a stray space and a stray stop after it.</summary>
    private static bool IsSpacedDotPair(string text, TokenList tokens, int k)
    {
        if (!tokens[k].IsPunctuation('.')) return false;
        var first = k > 0 && tokens[k - 1].IsPunctuation('.') && IsOneSpaceBetween(text, tokens[k - 1], tokens[k]) ? k - 1 : k;
        var second = first + 1;
        if (second >= tokens.Count || !tokens[second].IsPunctuation('.') || !IsOneSpaceBetween(text, tokens[first], tokens[second])) return false;
        var start = tokens[first].Span.Start;
        return start > 0 && text[start - 1] == ' ' && first > 0 && tokens[first - 1].IsWord;
    }

    private static bool IsOneSpaceBetween(string text, Token left, Token right) => right.Span.Start == left.Span.End + 1 && text[left.Span.End] == ' ';

    /// <summary>True when the white space <paramref name="space"/> holds a line break: a mark that opens a line is no mark set
    /// off by a stray space.</summary>
    private static bool BreaksLine(string text, TextSpan space) => text.IndexOf('\n', space.Start, space.Length) >= 0;

    /// <summary>True when the token at <paramref name="index"/> is the mouth of a smiley that its eyes touch (":D", ":-P", ";p"):
    /// a space keeps it apart from the stop after it ("docked :D ."), which would otherwise read as its nose or its chin.</summary>
    private static bool EndsEmoticon(TokenList tokens, int index)
    {
        if (index < 1 || tokens[index].Text is not ("D" or "P" or "p" or "O" or "o")) return false;
        var eyes = index - 1;
        if (tokens[eyes].IsPunctuation('-') && eyes > 0 && tokens[eyes].Span.End == tokens[index].Span.Start) eyes--;
        var touching = tokens[eyes].Span.End == tokens[eyes + 1].Span.Start;
        return touching && (tokens[eyes].IsPunctuation(':') || tokens[eyes].IsPunctuation(';'));
    }

    /// <summary>The run of white space that ends at <paramref name="position"/>.</summary>
    private static TextSpan SpaceBefore(string text, int position)
    {
        var start = position;
        while (start > 0 && char.IsWhiteSpace(text[start - 1])) start--;
        return TextSpan.FromBounds(start, position);
    }

    /// <summary>".5" starts a number; a space before it is no stray space.</summary>
    private static bool StartsNumber(TokenList tokens, int k) =>
        k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Number && tokens[k + 1].Span.Start == tokens[k].Span.End;

    /// <summary>
    /// "every. single. day.": single words each closed by a full stop, for emphasis. True when the word before the mark at
    /// <paramref name="k"/> stands alone after another full stop, or the word after it stands alone before one and the
    /// text goes on in lower case.
    /// </summary>
    private static bool IsSteppedEmphasis(TokenList tokens, int k)
    {
        var wordBeforeStandsAlone = k >= 2 && tokens[k - 2].IsPunctuation('.');
        var wordAfterStandsAlone = k + 3 < tokens.Count && tokens[k + 2].IsPunctuation('.') && tokens[k + 3].IsWord && char.IsLower(tokens[k + 3].Text[0]);
        return wordBeforeStandsAlone || wordAfterStandsAlone;
    }

    /// <summary>
    /// Two commas with a value on either side and no space after them: an empty field of comma-separated data quoted in a page
    /// ("TRUE,,Hello World"). Prose that doubles a comma goes on after a space ("permission,, see").
    /// </summary>
    private static bool IsEmptyDataField(Article article, TokenList tokens, int k)
    {
        if (k < 2 || !tokens[k].IsPunctuation(',') || !tokens[k - 1].IsPunctuation(',')) return false;
        var after = tokens[k].Span.End;
        var next = after < article.Text.Length ? article.Text[after] : ' ';
        return tokens[k - 2].Span.End == tokens[k - 1].Span.Start && !char.IsWhiteSpace(next) && next is not ('"' or '”' or '’' or '\'' or ')');
    }

    /// <summary>
    /// Writing that does not capitalise, a post, message or prompt quoted as it was typed ("i guess. that's troubling", "please
    /// excuse him. he's 75. we have fun here", "a cube made of felt. a cube with the texture of felt."): a lower-case "i"
    /// between the sentence ends on either side of the full stop at <paramref name="k"/>, or a lower-case word after one of
    /// those ends too, the paragraph's own start being the first end. Its lower-case starts are its writer's style; a broken
    /// sentence is one cut in copy that capitalises around it.
    /// </summary>
    private static bool IsUncapitalisedWriting(Article article, TokenList tokens, int k)
    {
        var paragraph = ParagraphOf(article, tokens[k]);
        bool InParagraph(int i) => i >= 0 && i < tokens.Count && ParagraphOf(article, tokens[i]) == paragraph;
        bool LowercaseAfter(int i) => InParagraph(i + 1) && IsLowercaseLetters(tokens[i + 1]);
        var start = k - 1;
        while (InParagraph(start) && !tokens[start].IsSentenceStop) start--;
        var end = k + 1;
        while (InParagraph(end) && !tokens[end].IsSentenceStop) end++;
        if (InParagraph(start) && LowercaseAfter(start) || InParagraph(end) && LowercaseAfter(end)) return true;
        // The paragraph's first word, past the marks that may open it (a list's dash, a quotation mark), opens in lower case.
        var first = start + 1;
        while (first < k && tokens[first].Kind == TokenKind.Punctuation && !tokens[first].IsNonProse) first++;
        if (!InParagraph(start) && first < k && IsLowercaseLetters(tokens[first]) && IsOrdinaryWord(tokens[first].Text)) return true;
        if (LineAfterHardBreakOpensInLowerCase(article, tokens, k)) return true;
        for (var i = start + 1; i < end && i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && IsLowercasePronounI(tokens[i].Text)) return true;
        }
        return false;
    }

    /// <summary>
    /// In Markdown, a line after a hard break (<see cref="Article.FollowsHardBreak"/>) is a line of its own, and the way it
    /// opens is its writer's: a version history's lines start in lower case after their label ("3.5.0 - deprecated. now returns
    /// an empty array"). A line of a hard-wrapped paragraph goes on with its sentence and says nothing so.
    /// </summary>
    private static bool LineAfterHardBreakOpensInLowerCase(Article article, TokenList tokens, int k)
    {
        var lineStart = tokens[k].Span.Start == 0 ? 0 : article.Text.LastIndexOf('\n', tokens[k].Span.Start - 1) + 1;
        if (!article.FollowsHardBreak(lineStart)) return false;
        var first = k;
        while (first > 0 && tokens[first - 1].Span.Start >= lineStart) first--;
        // The line's label: a version or a number and a dash or colon ("3.5.0 - ", "2019: ").
        if (tokens[first].Kind == TokenKind.Number && first + 2 < k && (tokens[first + 1].IsPunctuation('-') || tokens[first + 1].IsPunctuation('–') || tokens[first + 1].IsPunctuation(':'))) first += 2;
        return first < k && IsLowercaseLetters(tokens[first]) && IsOrdinaryWord(tokens[first].Text);
    }

    /// <summary>
    /// The full stop ends a link's label, whose own mark it is: the label is a title the sentence goes on after ("[**Dates lose
    /// a digit in a rule.**](…) reported by …"). The label's end, a Markdown "]" or an HTML "&lt;/a&gt;", stands between it and the
    /// next word in the file. A stop that only closes an emphasis ("is *wrong.* it names") still cuts the sentence.
    /// </summary>
    private static bool ClosesLinkLabel(string text, Token mark, Token next)
    {
        var between = text.Substring(mark.Span.End, next.Span.Start - mark.Span.End);
        return between.IndexOf(']') >= 0 || between.IndexOf("</a", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>
    /// What a page's own writing allows after a full stop, read once per page. A compound its writer keeps in lower case wherever
    /// it stands, a tool's or a person's handle ("rust-analyzer", "compiler-errors"): hyphenated, no word list's whole, and written
    /// the same way at least twice in the page, may open a sentence with the name's own case. And a writer who puts each sentence
    /// on a line of its own and starts it in lower case ("… on the problem itself.", then "we think …" on the next line) does so
    /// by style where a full stop ends its line before a lower-case word of the same paragraph more than once in the page: a
    /// sentence cut by mistake rarely ends exactly at a line's end, and twice. Notes written in lower case (meeting minutes'
    /// items: "we were converging on a proposal. but need a prototype") open most of their paragraphs and list items that way:
    /// in a page where at least <see cref="LowercaseOpeningsOfNotes"/> and half of them do, a lower-case word after a full stop
    /// is the notes' style. A list of phrases in lower case ("1. open participation") in a page of prose is not. And a name
    /// styled with a stop inside ("real issues. this week", a newsletter's), written so in a heading and again elsewhere in
    /// the page: a sentence cut by mistake is not set as a headline and repeated word for word.
    /// </summary>
    private sealed class PageHabits
    {
        private readonly HashSet<string> _lowercaseNames = new(StringComparer.Ordinal);
        /// <summary>The words on either side of each full stop before a lower-case word, with how often the page writes them
        /// and whether a heading does.</summary>
        private readonly Dictionary<(string Before, string After), (int Count, bool InHeading)> _stopsBeforeLowercase = new();
        private int _lineEndBreaks;
        private int _openings;
        private int _lowercaseOpenings;

        private const int LowercaseOpeningsOfNotes = 3;

        public static PageHabits Of(Article article)
        {
            var habits = new PageHabits();
            var tokens = article.Tokens;
            var hyphenated = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < tokens.Count; k++)
            {
                var text = tokens[k].Text;
                if (tokens[k].IsWord && text.IndexOf('-') >= 0 && !hyphenated.Add(text) && !CommonWords.Contains(text)) habits._lowercaseNames.Add(text);
                if (EndsLineBeforeLowercase(article, tokens, k)) habits._lineEndBreaks++;
                if (k > 0 && k + 1 < tokens.Count && tokens[k].IsPunctuation('.') && IsLowercaseLetters(tokens[k + 1]))
                {
                    var words = (tokens[k - 1].Text, tokens[k + 1].Text);
                    var (count, inHeading) = habits._stopsBeforeLowercase.TryGetValue(words, out var seen) ? seen : (0, false);
                    habits._stopsBeforeLowercase[words] = (count + 1, inHeading || tokens[k].IsInHeading);
                }
                if (OpeningWord(article, tokens, k) is not { } opening) continue;
                habits._openings++;
                // A name English capitalises, written in lower case at a paragraph's start ("amarillo, april 7 - slaughter steers
                // were firm", a market report's dateline), shows the page's habit as an ordinary word does.
                if (IsLowercaseLetters(opening) && (IsOrdinaryWord(opening.Text) || ProperNames.Contains(opening.Text))) habits._lowercaseOpenings++;
            }
            return habits;
        }

        /// <summary>True when the lower-case word after the full stop at <paramref name="k"/> opens its sentence by the page's
        /// habit, not by a cut.</summary>
        public bool Allow(Article article, TokenList tokens, int k) =>
            _lowercaseNames.Contains(tokens[k + 1].Text) || (_lineEndBreaks >= 2 && EndsLineBeforeLowercase(article, tokens, k))
            || _lowercaseOpenings >= LowercaseOpeningsOfNotes && _lowercaseOpenings * 2 >= _openings
            || _stopsBeforeLowercase.TryGetValue((tokens[k - 1].Text, tokens[k + 1].Text), out var styled) && styled is { Count: >= 2, InHeading: true };

        /// <summary>The word that opens a paragraph or list item of prose at <paramref name="k"/>, not a heading's nor a link's
        /// label (a list of changes linked by their titles, which their authors wrote), or null.</summary>
        private static Token? OpeningWord(Article article, TokenList tokens, int k)
        {
            var paragraph = ParagraphOf(article, tokens[k]);
            return paragraph >= 0 && (k == 0 || ParagraphOf(article, tokens[k - 1]) != paragraph) && !article.Paragraphs[paragraph].IsHeading
                   && tokens[k].IsWord && !tokens[k].StartsLabel ? tokens[k] : null;
        }

        private static bool EndsLineBeforeLowercase(Article article, TokenList tokens, int k)
        {
            if (!tokens[k].IsPunctuation('.') || k + 1 >= tokens.Count || !IsLowercaseLetters(tokens[k + 1])
                || ParagraphOf(article, tokens[k]) != ParagraphOf(article, tokens[k + 1]))
            {
                return false;
            }
            var between = tokens[k + 1].Span.Start - tokens[k].Span.End;
            return between > 0 && article.Text.IndexOf('\n', tokens[k].Span.End, between) >= 0;
        }
    }

    /// <summary>"i", "i'm", "i’ve": the first person written in lower case.</summary>
    private static bool IsLowercasePronounI(string word) =>
        word == "i" || word.Length > 2 && word[0] == 'i' && word[1] is '\'' or '’' && word.Substring(2) is "m" or "ve" or "ll" or "d";

    /// <summary>True when an identifier or number starts at <paramref name="start"/> and a comma, bracket or semicolon ends it.</summary>
    private static bool IsBoundClosed(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_')) end++;
        return end > start && end < text.Length && text[end] is ',' or ']' or ')' or ';';
    }

    /// <summary>True when the bound that ends at <paramref name="last"/> is one letter or a number standing alone ("a", "10").</summary>
    private static bool IsLoneBound(string text, int last)
    {
        if (char.IsDigit(text[last]))
        {
            while (last > 0 && char.IsDigit(text[last - 1])) last--;
        }
        else if (!char.IsLower(text[last])) return false;
        return last == 0 || !char.IsLetterOrDigit(text[last - 1]);
    }

    /// <summary>
    /// Two dots that are code, not a full stop doubled: a range or a loop between lower-case words, digits or variables, a
    /// capital standing alone ("for..of", "1..10", "0..N", "N..M", an inclusive range "0..=2"), a range against a code span
    /// or a template tag ("`let`..`else`", "{{ $from }}..{{ $to }}" in a page's template) or opening a slice ("[..6]", "(..=5)"), the rest of a pattern's fields ("foo(..)") or words left out of a quotation
    /// ("[..]", escaped in Markdown as "\[..\]"), dots that open a name with a number ("argument \"..2\" is missing", R's
    /// ..N), or a path standing alone, white space before it past any quotation mark or
    /// bracket and none of the sentence after it (`".."`, "with . and .. paths"). "Bruce..Caitlyn" and "“..if you" are marks
    /// doubled.
    /// </summary>
    private static bool IsCodeDots(Article article, TokenList tokens, int k)
    {
        if (!tokens[k].IsPunctuation('.') || !tokens[k - 1].IsPunctuation('.') || tokens[k - 1].Span.End != tokens[k].Span.Start) return false;
        var text = article.Text;
        var before = tokens[k - 1].Span.Start - 1;
        var after = tokens[k].Span.End;
        var next = after < text.Length ? text[after] : ' ';
        // Against a code span on either side: the code's range ("`let`..`else`", "`a`..b"); before a template tag, or a code span
        // or an address the tokenizer set apart, glued to the dots: a range's bound ("{{ $from }}..{{ $to }}"). A stop doubled
        // after an address ("example.org..") has none.
        if (next == '`' || before >= 0 && text[before] == '`') return true;
        if (k + 1 < tokens.Count && tokens[k + 1].IsNonProse && tokens[k + 1].Span.Start == after) return true;
        // An open range among others or in a slice: "..b," and "[T, ..n]" before their bound, "a..," after a bound of one
        // letter or a number. A comma or bracket closes the bound, where an ellipsis's dots go on into words ("..and few")
        // and a doubled stop follows a word ("etc..)").
        if (char.IsLetterOrDigit(next) && before >= 0 && (char.IsWhiteSpace(text[before]) || text[before] is ',' or '[' or '(') && IsBoundClosed(text, after)) return true;
        if (next is ',' or ']' or ')' or ';' && before >= 0 && IsLoneBound(text, before)) return true;
        // "..=": an inclusive range's operator, which no doubled stop runs into; "..$xs": a splice or a spread of a variable
        // (Scala's quasiquotes, "f(..$args)"), where a stop doubled before an amount goes on into its number ("..$5").
        if (next == '=') return true;
        if (next == '$' && after + 1 < text.Length && (char.IsLetter(text[after + 1]) || text[after + 1] is '_' or '{')) return true;
        if (char.IsLower(next) || char.IsDigit(next) || after < text.Length && IsLoneCapital(text, after))
        {
            // Before a digit, glued to what comes before them or with no word there, they open a name ("..2", R's argument), a
            // range's bound or the rest of an identifier ("2011PNAS..108.1815W", a bibliographic code): a sentence doubling its
            // stop does not go on into a number without a space.
            return before >= 0 && (char.IsLower(text[before]) || char.IsDigit(text[before]) || IsLoneCapital(text, before) || char.IsDigit(next));
        }
        if (char.IsLetter(next)) return false;
        if (next is ')' or ']' or '\\' && before >= 0 && text[before] is '(' or '[') return true;
        while (before >= 0 && text[before] is '"' or '\'' or '“' or '‘' or '(' or '[' or '`') before--;
        return before < 0 || char.IsWhiteSpace(text[before]);
    }

    /// <summary>A capital with no letter or digit on either side: a variable ("N"), not the first letter of a word.</summary>
    private static bool IsLoneCapital(string text, int at) =>
        char.IsUpper(text[at]) && (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + 1 == text.Length || !char.IsLetterOrDigit(text[at + 1]));

    /// <summary>
    /// An English word (<see cref="CommonWords"/>; a contraction or a compound by its first part): a sentence cut by a
    /// full stop goes on with one ("delivered. in", "reasons. the job"). A lower-case word the dictionary does not know is a
    /// name that keeps its case ("rustfmt", "npm", a user's handle) and may start a sentence.
    /// </summary>
    private static bool IsOrdinaryWord(string word)
    {
        var end = word.IndexOfAny(['\'', '’', '-']);
        return CommonWords.Contains(end > 0 ? word.Substring(0, end) : word);
    }

    /// <summary>One letter glued to a slash or a closing parenthesis, or to a full stop before a capital: a name that keeps its
    /// case ("z/OS"), a shorthand ("h/t", "w/o") or the label of a list run into a paragraph ("… two ways. a) by ferry, b) by
    /// air", "… rising temperatures. a. First, we …"), which the lists know as a letter, not a word that goes on with a cut
    /// sentence. A letter standing alone may be a word cut short ("n this file photo").</summary>
    private static bool IsLetterGluedToMark(string text, Token word)
    {
        if (word.Text.Length != 1 || word.Span.End >= text.Length) return false;
        var end = word.Span.End;
        if (text[end] is '/' or ')') return true;
        return text[end] == '.' && end + 2 < text.Length && text[end + 1] == ' ' && char.IsUpper(text[end + 2]);
    }

    /// <summary>An "o" that a word processor's second-level bullet became when its document was turned into text, opening
    /// the next item of a list run into the paragraph ("… for aged care workers.   o $8.4 million for staff"): spaces after
    /// it, and no word in lower case, which "o" as a word would go on with.</summary>
    private static bool IsTypedBullet(string text, Token word)
    {
        if (word.Text != "o") return false;
        var i = word.Span.End;
        if (i >= text.Length || text[i] != ' ') return false;
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length && !char.IsLower(text[i]);
    }

    /// <summary>A word of lower-case letters only: "iOS", "eBay" and "v18" are names and versions that keep their case.</summary>
    private static bool IsLowercaseLetters(Token token)
    {
        if (!token.IsWord) return false;
        foreach (var c in token.Text)
        {
            if (!char.IsLower(c) && c is not ('-' or '\'' or '’')) return false;
        }
        return true;
    }

    /// <summary>True when the two dots <paramref name="first"/> and <paramref name="second"/> lead from one line to the next: they
    /// open their line ("- ..a clear rationale?"), or end it before a line that opens with two dots ("Does the message
    /// have..").</summary>
    private static bool IsLeader(string text, Token first, Token second)
    {
        if (OpensLine(text, first)) return true;
        var end = second.Span.End;
        while (end < text.Length && text[end] is ' ' or '\t' or '\r') end++;
        if (end >= text.Length || text[end] != '\n') return false;
        var next = end + 1;
        while (next < text.Length && (char.IsWhiteSpace(text[next]) || IsLineOpeningMark(text[next]))) next++;
        return next + 1 < text.Length && text[next] == '.' && text[next + 1] == '.';
    }

    /// <summary>True when <paramref name="mark"/> stands in a quotation whose sentence, outside its quoted words, or the
    /// sentence before or after it in the paragraph, says the words were written (the profile's <c>writing-verbs</c>: "Gone
    /// Girl,,," he posted; posting a photo, adding "… this route.. Think …"), in a post the article embeds, signed with its author's
    /// handle (<see cref="Article.EmbeddedPostSpans"/>), or in a document the article reproduces (a block quote, a page's
    /// embedded post in its own markup, a transcript): a post or a letter reproduced as its author typed it (two doubled
    /// stops in BuzzFeed News's tweets, judged wrong). Asked of doubled marks only: a space before a mark in a pasted post
    /// ("2016 .@Toure", "cocaine ,") was judged right four times in the evaluation's copy.</summary>
    private static bool IsInWrittenQuotation(ArticleContext context, Token mark)
    {
        if (mark.IsInReproducedText || Sorted.AnyContains(context.Article.EmbeddedPostSpans, mark.Span)) return true;
        if (!mark.IsInQuotation || mark.SentenceIndex < 0) return false;
        var article = context.Article;
        var verbs = AttributionLexicon.Of(context.Profile).WritingVerbs;
        var sentence = article.Sentences[mark.SentenceIndex];
        // The quotation's own sentence, or one beside it in its paragraph: a quotation of several sentences names its writer
        // before or after them ("“… Or fatphobic.. I’ve never heard …,” Lizzo wrote.").
        for (var i = Math.Max(0, sentence.Index - 1); i <= Math.Min(article.Sentences.Count - 1, sentence.Index + 1); i++)
        {
            if (article.Sentences[i].ParagraphIndex == sentence.ParagraphIndex && SaysWritten(article, article.Sentences[i], verbs)) return true;
        }
        return false;

        static bool SaysWritten(Article article, Sentence sentence, PhraseList verbs)
        {
            var tokens = article.Tokens;
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (!tokens[k].IsInQuotation && verbs.MatchAt(tokens, k, sentence.EndToken) > 0) return true;
            }
            return false;
        }
    }

    /// <summary>True when the token at <paramref name="index"/> is a note's marker that a PDF's extraction set after a sentence's
    /// stop: a roman numeral in lower case ("… by the Rudd government. iii", "… other countries. v  Many"), at the end of its
    /// line or before a capitalised word, where the superscript stood.</summary>
    private static bool IsNoteNumeral(string text, TokenList tokens, int index)
    {
        if (!IsRomanNumeral(tokens[index].Text)) return false;
        if (index + 1 >= tokens.Count) return true;
        var next = tokens[index + 1];
        return text.IndexOf('\n', tokens[index].Span.End, next.Span.Start - tokens[index].Span.End) >= 0 || next.IsWord && char.IsUpper(next.Text[0]);
    }

    /// <summary>True for a roman numeral in lower case, one to thirty-nine ("i", "iv", "xiii").</summary>
    private static bool IsRomanNumeral(string word)
    {
        var k = 0;
        while (k < word.Length && k < 3 && word[k] == 'x') k++;
        var rest = word.Substring(k);
        return (rest is "" or "i" or "ii" or "iii" or "iv" or "v" or "vi" or "vii" or "viii" or "ix") && (k > 0 || rest.Length > 0);
    }

    /// <summary>True for a letter that labels an item of a list run into a paragraph ("a. £231 donations b. £11.50 wishing
    /// well. c. £96.00 fee"): a single letter with its full stop or bracket, then a space.</summary>
    private static bool IsListLetter(TokenList tokens, int index) =>
        tokens[index].Text.Length == 1 && index + 1 < tokens.Count && (tokens[index + 1].IsPunctuation('.') || tokens[index + 1].IsPunctuation(')'))
        && tokens[index + 1].Span.Start == tokens[index].Span.End && (index + 2 >= tokens.Count || tokens[index + 2].Span.Start > tokens[index + 1].Span.End);

    /// <summary>True when the token at <paramref name="index"/> is a figure's panel letter in its caption ("Fig. 2 The vertebrae.
    /// a Cervical vertebrae in dorsal view; b …", "a–d Nanostructures …"): a letter alone, before a capitalised word or a range
    /// of letters, in a paragraph that opens with "Fig." or "Figure" and its number.</summary>
    private static bool IsPanelLetter(Article article, TokenList tokens, int index)
    {
        var letter = tokens[index];
        if (letter.Text.Length != 1 || index + 1 >= tokens.Count) return false;
        var after = tokens[index + 1];
        var opensPanel = after.IsWord && char.IsUpper(after.Text[0])
                         || (after.IsPunctuation('–') || after.IsPunctuation('-')) && after.Span.Start == letter.Span.End;
        if (!opensPanel) return false;
        var paragraphIndex = ParagraphOf(article, letter);
        if (paragraphIndex < 0) return false;
        var first = tokens.FirstStartingAt(article.Paragraphs[paragraphIndex].Span.Start);
        return first + 1 < tokens.Count && tokens[first].Text is "Fig" or "Fig." or "Figure" && tokens[first + 1].Kind == TokenKind.Number
               || first + 2 < tokens.Count && tokens[first].Text == "Fig" && tokens[first + 1].IsPunctuation('.') && tokens[first + 2].Kind == TokenKind.Number;
    }

    /// <summary>The fewest words of a link's text that make it the title of what it links to, as its author wrote it: a pull
    /// request's ("[Support vi mode ; and , motions](…)", "[feat(rm)!: use arg. spans for I/O errors](…)"), a video's, another
    /// article's. Its marks are that author's, not the writer's. A shorter link's text is the writer's words ("see [the
    /// report](…)").</summary>
    private const int MinimumTitleWords = 5;

    /// <summary>True when the word at <paramref name="k"/> labels the e-mail address after its colon ("… an award-winning
    /// filmmaker. email: jane.roe@example.org"): a contact line run on after a biography's last sentence, not a sentence cut
    /// short.</summary>
    private static bool LabelsAnAddress(string text, TokenList tokens, int k) =>
        k + 1 < tokens.Count && tokens[k + 1].IsPunctuation(':') && Tokenizer.LeadsToEmailAddress(text, tokens[k + 1].Span.End);

    /// <summary>True when the lowercase word ends its line and is no sentence cut short: a line break parts it from the stop and
    /// it is all its line holds ("… once the professor is appointed." over "ends", a release's closing mark; a sign-off), or it
    /// is that closing mark run on after the release's last sentence ("… Mr Tritt concluded. ends").</summary>
    private static bool StandsOnALineOfItsOwn(string text, Token mark, Token next)
    {
        var end = next.Span.End;
        while (end < text.Length && text[end] is ' ' or '\t' or '\r') end++;
        if (end < text.Length && text[end] != '\n') return false;
        return text.IndexOf('\n', mark.Span.End, next.Span.Start - mark.Span.End) >= 0 || next.Text == ReleaseClosingMark;
    }

    /// <summary>The word a press release closes with, under or after its last sentence.</summary>
    private const string ReleaseClosingMark = "ends";

    /// <summary>True when <paramref name="mark"/> stands inside a link's text of <see cref="MinimumTitleWords"/> words or more.</summary>
    private static bool IsInLinkedTitle(Article article, TokenList tokens, Token mark)
    {
        if (article.LinkTextSpans.Count == 0 || article.LinkTextContaining(mark.Span) is not { } link) return false;
        var words = 0;
        for (var k = tokens.FirstStartingAt(link.Start); k < tokens.Count && tokens[k].Span.End <= link.End && words < MinimumTitleWords; k++)
        {
            if (tokens[k].IsWord) words++;
        }
        return words >= MinimumTitleWords;
    }

    /// <summary>True when <paramref name="token"/> is the first of its line, past white space and the marks that open a list item,
    /// a quotation block or emphasis: two dots there lead on from the line before ("Does the message have..", then "- ..a
    /// clear rationale?"), no doubled full stop.</summary>
    private static bool OpensLine(string text, Token token)
    {
        for (var i = token.Span.Start - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (!char.IsWhiteSpace(text[i]) && !IsLineOpeningMark(text[i])) return false;
        }
        return true;
    }

    private static bool IsLineOpeningMark(char c) => c is '*' or '-' or '+' or '>' or '_';

    /// <summary>True when the word before the mark at <paramref name="k"/>, past the marks touching it, has each letter written
    /// twice (<see cref="Mojibake.IsEachLetterDoubled"/>).</summary>
    private static bool FollowsWordPrintedTwice(TokenList tokens, int k)
    {
        var word = k - 1;
        while (word >= 0 && tokens[word].Kind == TokenKind.Punctuation && tokens[word].Span.End == tokens[word + 1].Span.Start) word--;
        return word >= 0 && tokens[word].IsWord && Mojibake.IsEachLetterDoubled(tokens[word].Text);
    }

    /// <summary>True when the token at <paramref name="index"/> is "in" joined by a hyphen to the number before it ("a 30-in.
    /// display"): the unit's abbreviation. Alone, "in." ends a sentence as often as not ("the crews came in."), so it is not
    /// among <see cref="LowercaseAbbreviations"/>.</summary>
    private static bool IsInchesOfNumber(TokenList tokens, int index) =>
        index >= 2 && tokens[index].Text == "in" && tokens[index - 1].IsPunctuation('-') && tokens[index - 2].Kind == TokenKind.Number
        && tokens[index - 2].Span.End == tokens[index - 1].Span.Start && tokens[index - 1].Span.End == tokens[index].Span.Start;

    private static bool IsLowercaseWord(Token token)
    {
        if (!token.IsWord || token.Text.Length < 2 || LowercaseAbbreviations.Contains(token.Text)) return false;
        foreach (var c in token.Text)
        {
            if (!char.IsLower(c)) return false;
        }
        return true;
    }
}

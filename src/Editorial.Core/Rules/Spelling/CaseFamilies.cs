using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Lexicon;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1001 for a name written against its acronym: "Nasa" twice in an article that writes "NASA" twelve times, "NATO" once
/// where its own text writes "Nato" three times. A word's case forms (lower case, capitalised, in capitals, with an inner
/// capital) are one family, and the form the article writes at least twice as often as another decides. Only a name against
/// its acronym is reported, either way, and nothing when the word is mostly written in lower case (an acronym beside an
/// ordinary word is another word: "WHO" / "who"). "FaceBook" / "Facebook" are one name's spellings, <see cref="NameVariants"/>';
/// a word lowered is <see cref="LowercaseProperNounRule"/>'s; a capital on an ordinary word the article writes in lower case
/// was tried and left out: on published copy it is mostly a sentence the splitter missed ("the waters Cyberattacks against",
/// a run-in subhead) or a name shortened ("the Foundation", "the Government").
/// <para>
/// A form's case says nothing in a headline or a line in title case, inside a longer name, beside other capitals (shouted
/// text), or as a caption's label or a photo credit ("FILE -", "AP Photo/File"); someone else's words keep their case; a word
/// the outlet's profile spells is the outlet's, a title <see cref="StandaloneTitles"/>', and a name particle is lowered in a
/// name and capitalised opening a sentence ("Von der Leyen"). A word in capitals is reported only between words in lower case
/// ("joining NATO as well"), not in a dateline or a newsletter's convention ("--CLINTON on"), and an ordinary word of five
/// letters or more in capitals is the writer's emphasis ("really, REALLY good"), no acronym.
/// </para>
/// </summary>
internal static class CaseFamilies
{
    private enum Shape { Lower, Capitalised, Capitals, InnerCapital }

    private readonly record struct Written(int Token, Shape Shape);

    /// <summary>Shorter words in capitals are mostly other words' acronyms ("US" beside "us", "IT" beside "it").</summary>
    private const int MinimumLetters = 3;

    public static void Report(ArticleContext context, DiagnosticDescriptor descriptor, List<TextSpan> reported)
    {
        var article = context.Article;
        var tokens = article.Tokens;
        var titleCaseLines = new TitleCaseLines(article);
        var particles = NameParticles.Of(context.Profile);
        // Only a name departs from its acronym and back (WritesNameAndAcronym): the families of the words the article writes in
        // capitals are read first, and a capitalised word's shape only where it is one of theirs. Capitalised words are a good
        // part of an article, and reading the shape of each, and a family for each, was most of what this check cost an edit.
        Dictionary<string, List<Written>>? families = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !SpellingText.IsAllCaps(tokens[i].Text) || IsEmphasis(tokens[i].Text) || ShapeAt(article, i, titleCaseLines) != Shape.Capitals) continue;
            families ??= new Dictionary<string, List<Written>>(StringComparer.OrdinalIgnoreCase);
            if (!families.TryGetValue(tokens[i].Text, out var family)) families[tokens[i].Text] = family = [];
            family.Add(new Written(i, Shape.Capitals));
        }
        if (families is null) return;
        for (var i = 0; i < tokens.Count; i++)
        {
            // A word in lower case has no other shape, nor has any word opening with a lower-case letter ("iPhone" has none): their
            // checks are made only for the families read below.
            if (!tokens[i].IsWord || char.IsLower(tokens[i].Text[0]) || SpellingText.IsAllLower(tokens[i].Text) || !families.TryGetValue(tokens[i].Text, out var family)) continue;
            if (ShapeAt(article, i, titleCaseLines) is { } shape && shape is Shape.Capitalised or Shape.InnerCapital) family.Add(new Written(i, shape));
        }
        // A family written only in capitals reports nothing whatever its lower case, which is read for the others alone (most
        // articles have none). Each family's forms are put back in the article's order, as its findings are made in it.
        Dictionary<string, List<Written>>? compared = null;
        foreach (var pair in families)
        {
            if (!WritesNameAndAcronym(pair.Value)) continue;
            pair.Value.Sort((a, b) => a.Token.CompareTo(b.Token));
            compared ??= new Dictionary<string, List<Written>>(StringComparer.OrdinalIgnoreCase);
            compared[pair.Key] = pair.Value;
        }
        if (compared is null) return;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || !SpellingText.IsAllLower(token.Text) || !compared.TryGetValue(token.Text, out var family)) continue;
            if (ShapeAt(article, i, titleCaseLines) == Shape.Lower) family.Add(new Written(i, Shape.Lower));
        }
        foreach (var family in compared.Values)
        {
            var counts = new int[4];
            foreach (var written in family) counts[(int)written.Shape]++;
            var majority = (Shape)Array.IndexOf(counts, counts.Max());
            // Most families are a name written in one shape, or in shapes that do not depart from each other: nothing more is read of them.
            if (counts[(int)majority] < MinimumMajority || !HasDeparture(counts, majority)) continue;
            var word = tokens[family[0].Token].Text.ToLowerInvariant();
            // "the Resource Management Act" beside the party "ACT": capitalised, an English word is a name's word of its own, and
            // the capitals are an acronym that spells it by chance (judged wrong 7 times in 8, "Aids" beside "AIDS" alike).
            if (CommonWords.ContainsLowered(word)) continue;
            if (particles.Contains(word) || StandaloneTitles.IsTitle(context.Profile, word) || SpellingGates.IsOutletsSpelling(context, word)) continue;
            var model = family.First(w => w.Shape == majority);
            var everywhere = CountShapesWithNames(article, word, titleCaseLines);
            // The places of the majority's shape, made for the first finding only: most families report none.
            IReadOnlyList<Location>? related = null;
            foreach (var written in family)
            {
                if (!Departs(written.Shape, majority) || counts[(int)majority] < MinimumMajority * everywhere[(int)written.Shape]) continue;
                if (written.Shape == Shape.Capitals && !IsAmongLowerCaseWords(article, written.Token)) continue;
                var span = tokens[written.Token].Span;
                if (reported.Any(r => r.OverlapsWith(span))) continue;
                var text = tokens[written.Token].Text;
                var replacement = tokens[model.Token].Text;
                related ??= SpellingText.Related(article, family.Where(w => w.Shape == majority).Select(w => tokens[w.Token].Span));
                context.Report(descriptor, span, [text, replacement], related, SpellingText.Use(replacement, span, "as elsewhere in this article"));
                reported.Add(span);
            }
        }
    }

    /// <summary>
    /// How often the article writes <paramref name="word"/> in each shape where its case is the writer's choice, in longer
    /// names too: the form a name departs from has to outnumber the name there as well. A release that prints "Senator CRAIG"
    /// twice, as the Congressional Record does, and "Senator Craig" six times writes the capitals as the odd ones, though only
    /// one "then-Chairman Craig" stands outside a longer name.
    /// </summary>
    private static int[] CountShapesWithNames(Article article, string word, TitleCaseLines titleCaseLines)
    {
        var counts = new int[4];
        for (var i = 0; i < article.Tokens.Count; i++)
        {
            if (article.Tokens[i].Text.Equals(word, StringComparison.OrdinalIgnoreCase) && ShapeAt(article, i, titleCaseLines, inNames: true) is { } shape) counts[(int)shape]++;
        }
        return counts;
    }

    /// <summary>An ordinary English word of <see cref="MinimumEmphasisLetters"/> letters or more in capitals ("It is really, REALLY
    /// good"): the writer's emphasis, no acronym, so no spelling of a name it could depart from or be departed from.</summary>
    private static bool IsEmphasis(string capitals) => capitals.Length >= MinimumEmphasisLetters && CommonWords.ContainsLowered(capitals);

    /// <summary>Shorter words in capitals that are also English words are mostly acronyms ("WHO", "AIDS", "NATO" is none).</summary>
    private const int MinimumEmphasisLetters = 5;

    /// <summary>How often, at least, the article writes the form that decides, and how many times as often as the form departing from it.</summary>
    private const int MinimumMajority = 2;

    /// <summary>True when the family is written both in capitals and capitalised (or with an inner capital): the shapes that
    /// depart from each other (<see cref="Departs"/>).</summary>
    private static bool WritesNameAndAcronym(List<Written> family) =>
        family.Any(w => w.Shape == Shape.Capitals) && family.Any(w => w.Shape is Shape.Capitalised or Shape.InnerCapital);

    /// <summary>True when the family writes a shape that departs from <paramref name="majority"/> (<see cref="Departs"/>).</summary>
    private static bool HasDeparture(int[] counts, Shape majority)
    {
        for (var shape = 0; shape < counts.Length; shape++)
        {
            if (counts[shape] > 0 && Departs((Shape)shape, majority)) return true;
        }
        return false;
    }

    /// <summary>A name against its acronym, either way.</summary>
    private static bool Departs(Shape written, Shape majority) => (written, majority) switch
    {
        (Shape.Capitalised or Shape.InnerCapital, Shape.Capitals) => true,
        (Shape.Capitals, Shape.Capitalised or Shape.InnerCapital) => true,
        _ => false,
    };

    /// <summary>The case form of the word at <paramref name="index"/> when its case is the writer's choice: a word of letters
    /// in the article's own running text, not in a headline or a line in title case; a capital not first in its sentence (unless the
    /// word is no ordinary word), nor inside a longer name unless <paramref name="inNames"/>; capitals not beside other capitals.
    /// Null for any other token.</summary>
    private static Shape? ShapeAt(Article article, int index, TitleCaseLines titleCaseLines, bool inNames = false)
    {
        var token = article.Tokens[index];
        var text = token.Text;
        if (!token.IsWord || text.Length < MinimumLetters || token.IsInHeading || !SpellingText.IsLetters(text)) return null;
        Shape shape;
        if (SpellingText.IsAllLower(text)) shape = Shape.Lower;
        else if (SpellingText.IsCapitalized(text)) shape = Shape.Capitalised;
        else if (SpellingText.IsAllCaps(text)) shape = Shape.Capitals;
        // "NGOs", "NASAMs": an acronym's plural, not a name written in another case.
        else if (char.IsUpper(text[0]) && !(text[text.Length - 1] == 's' && SpellingText.IsAllCaps(text.Substring(0, text.Length - 1)))) shape = Shape.InnerCapital;
        else return null;
        // A sentence's first word is capitalised whatever it is: only a word no list knows in lower case, opening a sentence
        // of prose ("Nasa has said", not "Who said", nor a quoted post's "”Isis declares" or a link's "Related: Himars:"), is a
        // name written so.
        if (token.IsSentenceStart && (shape == Shape.Lower || shape == Shape.Capitalised && (CommonWords.ContainsLowered(text) || !OpensProse(article, index)))) return null;
        if (!inNames && shape is Shape.Capitalised or Shape.InnerCapital && LowercaseProperNounRule.IsInsideLongerName(article, index)) return null;
        if (shape == Shape.Capitals && (IsBesideCapitals(article, index) || IsLabelOrCredit(article, token) || IsAloneInItsSentence(article, token))) return null;
        // "Cantwell's ENRON Act": capitals that head a longer name are that name's, a bill's or a body's title in its own style.
        if (!inNames && shape == Shape.Capitals && VariantIndex.IsInsideLongerName(article, index, index)) return null;
        if (shape is Shape.Capitalised or Shape.InnerCapital && IsBesideSlash(article, token)) return null;
        if (SpellingGates.IsTranscribed(article, token) || Mojibake.IsGarbled(article, token)) return null;
        return shape != Shape.Lower && titleCaseLines.Contains(token.SentenceIndex, index, index) ? null : shape;
    }

    /// <summary>
    /// A word in capitals with a word in lower case, or capitalised, on either side in its sentence ("joining NATO as well"): an
    /// acronym of running text. Capitals beside other capitals are shouted ("WHO IS MAX VERSTAPPEN?", "TRUMP! TRUMP!"), and
    /// capitals first or last in a sentence open a wire dateline ("WASHINGTON —"), a photo credit or a caption's "FILE".
    /// </summary>
    private static bool IsAmongLowerCaseWords(Article article, int index)
    {
        var tokens = article.Tokens;
        var (previous, next) = (SpellingText.PreviousWord(article, index), SpellingText.NextWord(article, index));
        return previous >= 0 && next >= 0 && HasLowerCase(tokens[previous]) && HasLowerCase(tokens[next])
               && SpellingText.OnlySpacesBetween(article.Text, tokens[previous].Span, tokens[index].Span)
               && SpellingText.OnlySpacesBetween(article.Text, tokens[index].Span, tokens[next].Span);

        static bool HasLowerCase(Token token) => token.Text.Any(char.IsLower);
    }

    /// <summary>The word at <paramref name="index"/> opens a paragraph or follows a sentence's closing point, and a word in lower
    /// case follows it with only spaces between.</summary>
    private static bool OpensProse(Article article, int index)
    {
        var (text, tokens) = (article.Text, article.Tokens);
        var k = tokens[index].Span.Start - 1;
        while (k >= 0 && text[k] is ' ' or '\u00A0') k--;
        var next = SpellingText.NextWord(article, index);
        return (k < 0 || text[k] is '.' or '!' or '?' or '\n') && next >= 0 && SpellingText.IsAllLower(tokens[next].Text)
               && SpellingText.OnlySpacesBetween(text, tokens[index].Span, tokens[next].Span);
    }

    /// <summary>"chanted ORBAN ORBAN", "WHO IS MAX VERSTAPPEN?": a word in capitals beside another in its sentence is shouted. So
    /// is an abbreviation in capitals before a name in capitals, though its point ends a sentence for the tokenizer: a
    /// transcript's speaker label ("REP. ANN LEE, D-N.Y.: …").</summary>
    private static bool IsBesideCapitals(Article article, int index)
    {
        var tokens = article.Tokens;
        var previous = SpellingText.PreviousWord(article, index);
        var next = SpellingText.NextWord(article, index);
        bool Shouted(int k) => k >= 0 && SpellingText.IsAllCaps(tokens[k].Text);
        return Shouted(previous) && tokens[previous].SentenceIndex == tokens[index].SentenceIndex
               || Shouted(next) && (tokens[next].SentenceIndex == tokens[index].SentenceIndex || IsAbbreviationBefore(article, index, next));
    }

    /// <summary>The word at <paramref name="index"/> ends in a point glued to it, and a space alone parts it from the word at
    /// <paramref name="next"/>: "REP. ANN".</summary>
    private static bool IsAbbreviationBefore(Article article, int index, int next)
    {
        var tokens = article.Tokens;
        var point = index + 1;
        return point < next && tokens[point].IsPunctuation('.') && tokens[point].Span.Start == tokens[index].Span.End
               && SpellingText.OnlySpacesBetween(article.Text, tokens[point].Span, tokens[next].Span);
    }

    /// <summary>"FILE - A soldier", "UPDATE -Bitcoin", "REUTERS/Ammar Awad": capitals before a dash or a colon, or beside a
    /// slash, label a caption or a live post, or credit a photo.</summary>
    private static bool IsLabelOrCredit(Article article, Token token) =>
        IsBesideSlash(article, token) || NextCharacter(article, token) is '-' or '–' or '—' or ':' or '|';

    /// <summary>A word alone in its sentence, no other word before or after it: a grid's or a list's label (a speakers' grid
    /// prints each surname in capitals on a line of its own, "SHAN" over "CTS"), set in capitals for show.</summary>
    private static bool IsAloneInItsSentence(Article article, Token token)
    {
        var sentence = article.Sentences[token.SentenceIndex];
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (article.Tokens[k].IsWord && article.Tokens[k].Span != token.Span) return false;
        }
        return true;
    }

    /// <summary>"(AP Photo/File)": a word beside a slash is a credit's or a path's.</summary>
    private static bool IsBesideSlash(Article article, Token token) =>
        NextCharacter(article, token) == '/' || token.Span.Start > 0 && article.Text[token.Span.Start - 1] == '/';

    /// <summary>The first character after the token that is not a space, or a line break's.</summary>
    private static char NextCharacter(Article article, Token token)
    {
        var text = article.Text;
        var k = token.Span.End;
        while (k < text.Length && text[k] is ' ' or '\u00A0') k++;
        return k < text.Length ? text[k] : '\n';
    }
}

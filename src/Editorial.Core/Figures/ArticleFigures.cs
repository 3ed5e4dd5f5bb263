using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Lexicon;
using Editorial.Profiles;
using Editorial.Text;

namespace Editorial.Figures;

/// <summary>
/// The figures of one article and what each counts: computed once per article (through
/// <see cref="AnalyzedArticle.GetShared{T}"/>) and shared by every rule that needs numbers.
/// </summary>
public sealed class ArticleFigures
{
    internal ArticleFigures(IReadOnlyList<Figure> figures, IReadOnlyList<CountedFigure> counted, Figure? firstUnread)
    {
        FirstUnread = firstUnread;
        Figures = figures;
        Counted = counted;
    }

    /// <summary>Every figure of the prose, in text order, of every kind.</summary>
    public IReadOnlyList<Figure> Figures { get; }
    /// <summary>The counts and series ordinals whose key is sure, in text order; only these are ever compared.</summary>
    public IReadOnlyList<CountedFigure> Counted { get; }

    /// <summary>
    /// How many figures an article's quantities are read for at most. A news story holds a few dozen figures and a long
    /// report a few hundred; past this the text is a table, a data dump or a generated list, whose figures are not claims
    /// that can contradict each other, and reading what each one counts would cost seconds. ED9009 says where reading stopped.
    /// </summary>
    public const int MaximumFiguresRead = 5000;

    /// <summary>The first figure whose quantity was not read, in an article of more than <see cref="MaximumFiguresRead"/>.</summary>
    public Figure? FirstUnread { get; }

    public static ArticleFigures Of(AnalyzedArticle article) => article.GetShared(a => Analyze(a.Article, a.Profile));

    /// <summary>Reads an article's figures with the hedges and reporting verbs of <paramref name="profile"/> (the built-in
    /// default profile when none is given).</summary>
    public static ArticleFigures Analyze(Article article, OutletProfile? profile = null)
    {
        var outlet = profile ?? ProfileSet.BuiltIn.Default;
        var lexicon = FigureLexicon.Of(outlet);
        var figures = FigureExtractor.Extract(article, lexicon);
        var generalNames = QuantityKeyReader.GeneralNames(article);
        var reportingVerbs = AttributionLexicon.Of(outlet).ReportingVerbs;
        var read = Math.Min(figures.Count, MaximumFiguresRead);
        var counted = Read(new ArticleReading(article, figures, generalNames, reportingVerbs, lexicon), read);
        TakeBodyHedges(counted);
        if (SaysTollMayRise(article)) OpenTollsUpwards(counted);
        return new ArticleFigures(figures, counted, read < figures.Count ? figures[read] : null);
    }

    /// <summary>The counted figures among the first <paramref name="count"/> of the article's figures. What a sentence's figures
    /// count is kept with what reading them asked of the rest of the article (<see cref="FigureLexicon.CountedSentences"/>),
    /// and taken for a sentence of the same key whose article answers the same.</summary>
    private static List<CountedFigure> Read(ArticleReading reading, int count)
    {
        var (article, figures) = (reading.Article, reading.Figures);
        var counted = new List<CountedFigure>();
        for (var first = 0; first < count;)
        {
            var sentence = article.Sentences[figures[first].SentenceIndex];
            var end = first + 1;
            while (end < figures.Count && figures[end].SentenceIndex == sentence.Index) end++;
            if (end > count)
            {
                // The sentence where reading stops is read up to the last figure read, and not kept.
                for (var i = first; i < count; i++)
                {
                    if (ReadKeyed(reading, figures[i]) is { } keyed) counted.Add(keyed);
                }
                break;
            }
            var start = article.Tokens[sentence.FirstToken].Span.Start;
            var (from, to) = (first, end);
            var kept = reading.Lexicon.CountedSentences.GetOrRead(article, sentence, (_, _) => [CountedSentence.Read(reading, sentence, from, to)],
                values => values[0].Asked.HoldFor(reading, sentence))[0];
            foreach (var one in kept.Counts) counted.Add(one.PlacedAt(figures[first + one.Ordinal], start));
            first = end;
        }
        foreach (var keyed in counted)
        {
            keyed.IsInOpening = IsInOpening(article, keyed.Figure.SentenceIndex);
            keyed.IsInHeadline = article.Paragraphs[article.Sentences[keyed.Figure.SentenceIndex].ParagraphIndex].IsHeading;
        }
        return counted;
    }

    /// <summary>What <paramref name="figure"/> counts and how its clause gives it; null when it is not keyed.</summary>
    internal static CountedFigure? ReadKeyed(ArticleReading reading, Figure figure)
    {
        if (QuantityKeyReader.Read(reading, figure) is not { } keyed) return null;
        keyed.Mode = QuantityKeyReader.Mode(reading, figure);
        return keyed;
    }

    /// <summary>Words that say a toll is not final: "the death toll is expected to rise", "the toll may well increase".</summary>
    private static readonly HashSet<string> RiseVerbs = new(StringComparer.OrdinalIgnoreCase) { "rise", "increase", "climb", "grow", "mount" };

    private static readonly HashSet<string> Expectations = new(StringComparer.OrdinalIgnoreCase)
    {
        "may", "might", "could", "will", "would", "expected", "likely", "feared", "set",
    };

    /// <summary>True when a sentence of the article says its toll may rise: "The death toll is expected to rise", "officials fear
    /// the toll could climb". Such an article gives the toll known so far.</summary>
    private static bool SaysTollMayRise(Article article)
    {
        var tokens = article.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !string.Equals(tokens[i].Text, "toll", StringComparison.OrdinalIgnoreCase)) continue;
            for (var k = i + 1; k < tokens.Count && k <= i + 6 && tokens[k].SentenceIndex == tokens[i].SentenceIndex; k++)
            {
                if (!RiseVerbs.Contains(tokens[k].Text)) continue;
                for (var e = k - 1; e > i; e--)
                {
                    if (Expectations.Contains(tokens[e].Text)) return true;
                }
            }
        }
        return false;
    }

    /// <summary>The dead and wounded of an article that says its toll may rise are at least what it gives: a later, higher
    /// count elsewhere is the toll grown, not a conflict. A lower count still conflicts.</summary>
    private static void OpenTollsUpwards(List<CountedFigure> counted)
    {
        foreach (var figure in counted)
        {
            if (figure.Key.Event is not ("killed" or "wounded") || figure.Key.IsSeries) continue;
            if (double.IsPositiveInfinity(figure.Interval.High)) continue;
            figure.Interval = new Interval(figure.Interval.Low, double.PositiveInfinity, figure.Interval.LowInclusive, highInclusive: false);
        }
    }

    /// <summary>A headline's bare number takes the hedge that the article's opening gives the same number of the same
    /// quantity: "Five dead" over "At least five people are dead" is at least five, not a conflict with a later "seven".</summary>
    private static void TakeBodyHedges(List<CountedFigure> counted)
    {
        // The opening's hedged figures by value and quantity, found once: a headline of thousands of figures is read in linear time.
        var hedged = new Dictionary<(double, string, string), Interval>();
        foreach (var body in counted)
        {
            if (body.IsInHeadline || !body.IsInOpening || body.Figure.Hedge == Hedge.None || body.Key.IsSeries) continue;
            var key = (body.Figure.Value, body.Key.Counted, body.Key.Event);
            if (!hedged.ContainsKey(key)) hedged[key] = body.Figure.Interval;
        }
        if (hedged.Count == 0) return;
        foreach (var headline in counted)
        {
            if (!headline.IsInHeadline || headline.Figure.Hedge != Hedge.None) continue;
            if (hedged.TryGetValue((headline.Figure.Value, headline.Key.Counted, headline.Key.Event), out var interval)) headline.Interval = interval;
        }
    }

    /// <summary>How many body sentences open an article, where it gives the figures of its own event (a roundup's other
    /// tolls and a list of past events come later).</summary>
    public const int OpeningSentences = 3;

    private static bool IsInOpening(Article article, int sentenceIndex)
    {
        var sentences = article.Sentences;
        if (article.Paragraphs[sentences[sentenceIndex].ParagraphIndex].IsHeading) return true;
        var bodySentencesBefore = 0;
        for (var i = 0; i < sentenceIndex && bodySentencesBefore < OpeningSentences; i++)
        {
            if (!article.Paragraphs[sentences[i].ParagraphIndex].IsHeading) bodySentencesBefore++;
        }
        return bodySentencesBefore < OpeningSentences;
    }
}

/// <summary>What the counts of one sentence's figures count (<see cref="KeptCount"/>, spans from the sentence's start), and what
/// reading them asked of the rest of the article.</summary>
internal sealed record CountedSentence(KeptCount[] Counts, ArticleQuestions Asked)
{
    /// <summary>Reads the figures <paramref name="first"/> to <paramref name="end"/> of the article, those of <paramref name="sentence"/>.</summary>
    public static CountedSentence Read(ArticleReading reading, Sentence sentence, int first, int end)
    {
        var asked = reading.Asked = new ArticleQuestions(sentence);
        var start = reading.Article.Tokens[sentence.FirstToken].Span.Start;
        var counts = new List<KeptCount>();
        for (var i = first; i < end; i++)
        {
            if (ArticleFigures.ReadKeyed(reading, reading.Figures[i]) is { } keyed) counts.Add(KeptCount.Of(keyed, i - first, start));
        }
        reading.Asked = null;
        return new CountedSentence(counts.ToArray(), asked);
    }
}

/// <summary>What a count of a sentence counts, its phrase's span from the sentence's start: the <paramref name="Ordinal"/>-th
/// figure of its sentence.</summary>
internal sealed record KeptCount(int Ordinal, QuantityKey Key, int PhraseStart, int PhraseLength, string PhraseText, string? Source, FigureTiming Timing,
    string Text, Interval Interval, FigureMode Mode)
{
    public static KeptCount Of(CountedFigure counted, int ordinal, int sentenceStart) =>
        new(ordinal, counted.Key, counted.Phrase.Start - sentenceStart, counted.Phrase.Length, counted.PhraseText, counted.Source, counted.Timing,
            counted.Text, counted.Interval, counted.Mode);

    /// <summary>The count of <paramref name="figure"/>, in a sentence that starts at <paramref name="sentenceStart"/>.</summary>
    public CountedFigure PlacedAt(Figure figure, int sentenceStart) =>
        new(figure, Key, new TextSpan(sentenceStart + PhraseStart, PhraseLength), PhraseText, Source, Timing) { Text = Text, Interval = Interval, Mode = Mode };
}

/// <summary>What reading one figure needs of its article: the text, every figure (years and clock times tell occasions and
/// updates apart), the names too general to anchor a figure, the reporting verbs that introduce a source, and the profile's
/// figure lexicon (what an amount of money or a measure can be of). What the reading asks of the article beyond the
/// sentence it reads is asked through the methods here, each a question of <see cref="ArticleQuestions"/>, so that a
/// sentence's reading can be kept with its answers.</summary>
internal sealed record ArticleReading(Article Article, IReadOnlyList<Figure> Figures, IReadOnlyCollection<string> GeneralNames, PhraseList ReportingVerbs,
    FigureLexicon Lexicon)
{
    /// <summary>The clauses read so far, by their first and end token: each is read once, however many figures it holds.</summary>
    public Dictionary<(int Start, int End), QuantityKeyReader.Clause> Clauses { get; } = new();

    /// <summary>The sentence whose clauses <see cref="Clauses"/> holds.</summary>
    public int ClausesOfSentence { get; set; } = -1;

    /// <summary>What reading the current sentence's figures has asked of the rest of the article; null when nothing keeps it.</summary>
    public ArticleQuestions? Asked { get; set; }

    /// <summary>True when the article writes <paramref name="word"/> in lower case somewhere: in a headline in title case
    /// ("Tram Derails, Killing at Least 7") such a word is no name, whatever its capital.</summary>
    public bool WritesInLowerCase(string word) => Ask(ArticleQuestions.Question.WrittenInLowerCase, word).Number != 0;

    /// <summary>True when the body writes <paramref name="word"/> capitalised inside a sentence, as a name. A headline's capitals
    /// say little of names ("21 Schoolgirls Abducted By Boko Haram Released"): the names that tie a headline's figure to an
    /// event are those its body writes as names.</summary>
    public bool IsBodyName(string word) => Ask(ArticleQuestions.Question.BodyName, word).Number != 0;

    /// <summary>True when <paramref name="stem"/> is one of the names the article keeps coming back to (<see cref="GeneralNames"/>).</summary>
    public bool IsGeneralName(string stem) => Ask(ArticleQuestions.Question.GeneralName, stem).Number != 0;

    /// <summary>True when the article writes <paramref name="word"/> as a name alone ("Roe said"; <see cref="QuantityKeyReader.PersonNameIndex"/>).</summary>
    public bool IsNamedAlone(string word) => Ask(ArticleQuestions.Question.NamedAlone, word).Number != 0;

    /// <summary>The given name, stemmed, that the article writes before <paramref name="surname"/>, when it writes one only.</summary>
    public string? OnlyGivenName(string surname) => (string?)Ask(ArticleQuestions.Question.OnlyGivenName, surname).Value;

    /// <summary>True when the article introduces more than one person of <paramref name="noun"/> by age ("a 12-year-old boy and
    /// a 14-year-old boy").</summary>
    public bool IntroducesSeveral(string noun) => Ask(ArticleQuestions.Question.IntroducesSeveral, noun).Number != 0;

    /// <summary>True when the article introduces more than one thing of <paramref name="noun"/> by its count of
    /// <paramref name="part"/> ("a 157-count indictment" and "a 38-count indictment").</summary>
    public bool IntroducesSeveralByParts(string part, string noun) =>
        Ask(ArticleQuestions.Question.IntroducesSeveralByParts, part + " " + noun).Number != 0;

    /// <summary>The one noun of the data file's person nouns that the article writes before the sentence read, in the singular
    /// or the plural ("boy" after "A Chinese boy was found"); null when it writes none or several ("a boy … his father").</summary>
    public string? PersonNounBefore => (string?)Ask(ArticleQuestions.Question.PersonNounBefore, "").Value;

    /// <summary>True when the article's text holds <paramref name="characters"/>.</summary>
    public bool TextHas(string characters) => Ask(ArticleQuestions.Question.TextHas, characters).Number != 0;

    /// <summary>The year and month of the article's date; null when it gives none.</summary>
    public (int Year, int Month)? DateMonth => DateDay is { } day ? (day.Year, day.Month) : null;

    /// <summary>The article's date, to the day; null when it gives none.</summary>
    public DateTime? DateDay => Ask(ArticleQuestions.Question.Date, "").Number is > 0 and var day ? new DateTime(day / 10000, day / 100 % 100, day % 100) : null;

    /// <summary>True when the token at <paramref name="token"/> is a comma (false before the first token).</summary>
    public bool IsCommaAt(int token)
    {
        if (Asked is not { } asked || (token >= asked.Sentence.FirstToken && token < asked.Sentence.EndToken)) return IsComma(token);
        return Ask(ArticleQuestions.Question.CommaAt, "", token - asked.Sentence.FirstToken).Number != 0;
    }

    private bool IsComma(int token) => token >= 0 && token < Article.Tokens.Count && Article.Tokens[token].IsPunctuation(',');

    /// <summary>Says that the reading looks at <paramref name="token"/>; past the sentence read, no question keeps what it
    /// saw there, and the sentence's reading is not kept. Always true, to stand in a condition before the look.</summary>
    public bool Sees(int token)
    {
        if (Asked is { } asked && (token < asked.Sentence.FirstToken || token >= asked.Sentence.EndToken)) asked.NotKeepable();
        return true;
    }

    /// <summary>The sentence before <paramref name="sentence"/>, whether it stands in the same paragraph, and whether the
    /// paragraph it ends is a heading; null for the article's first sentence.</summary>
    public (Sentence Sentence, bool SameParagraph, bool AfterHeading)? SentenceBefore(Sentence sentence)
    {
        var answer = Ask(ArticleQuestions.Question.SentenceBefore, "", sentence: sentence);
        if (answer.Number == 0) return null;
        // A sentence that has no key (too long to keep) cannot be compared with the one read before: the reading is not kept.
        if (answer.Value is null) Asked?.NotKeepable();
        return (Article.Sentences[sentence.Index - 1], answer.Number == 1, answer.Number == 2);
    }

    private ArticleQuestions.Answer Ask(ArticleQuestions.Question question, string argument, int token = 0, Sentence? sentence = null)
    {
        var answer = Answer(question, argument, sentence ?? Asked?.Sentence, token);
        Asked?.Add(question, argument, token, answer);
        return answer;
    }

    /// <summary>The article's answer to <paramref name="question"/> about <paramref name="argument"/>, for a reading of
    /// <paramref name="sentence"/> (<paramref name="token"/> counted from its first token).</summary>
    internal ArticleQuestions.Answer Answer(ArticleQuestions.Question question, string argument, Sentence? sentence, int token)
    {
        switch (question)
        {
            case ArticleQuestions.Question.WrittenInLowerCase: return ArticleQuestions.Answer.Of(LowerCaseWords.Contains(argument));
            case ArticleQuestions.Question.BodyName: return ArticleQuestions.Answer.Of(BodyNames.Contains(argument));
            case ArticleQuestions.Question.GeneralName: return ArticleQuestions.Answer.Of(GeneralNames.Contains(argument));
            case ArticleQuestions.Question.NamedAlone: return ArticleQuestions.Answer.Of(PersonNames.NamedAlone.Contains(argument));
            case ArticleQuestions.Question.OnlyGivenName:
                return PersonNames.GivenNames.TryGetValue(argument, out var given) && given.Count == 1 ? new(1, given.First()) : ArticleQuestions.Answer.No;
            case ArticleQuestions.Question.IntroducesSeveral: return ArticleQuestions.Answer.Of(QuantityKeyReader.Introductions(this, argument) > 1);
            case ArticleQuestions.Question.IntroducesSeveralByParts:
                var space = argument.IndexOf(' ');
                return ArticleQuestions.Answer.Of(QuantityKeyReader.IntroductionsByParts(this, argument.Substring(0, space), argument.Substring(space + 1)) > 1);
            case ArticleQuestions.Question.PersonNounBefore:
                return QuantityKeyReader.OnlyPersonNounBefore(this, sentence!.FirstToken) is { } noun ? new(1, noun) : ArticleQuestions.Answer.No;
            case ArticleQuestions.Question.TextHas: return ArticleQuestions.Answer.Of(Article.Text.IndexOf(argument, StringComparison.Ordinal) >= 0);
            case ArticleQuestions.Question.Date: return new(Date is { } date ? date.Year * 10000 + date.Month * 100 + date.Day : 0);
            case ArticleQuestions.Question.CommaAt: return ArticleQuestions.Answer.Of(IsComma(sentence!.FirstToken + token));
            case ArticleQuestions.Question.SentenceBefore:
                if (sentence!.Index == 0) return ArticleQuestions.Answer.No;
                var before = Article.Sentences[sentence.Index - 1];
                var relation = before.ParagraphIndex == sentence.ParagraphIndex ? 1 : Article.Paragraphs[before.ParagraphIndex].IsHeading ? 2 : 3;
                return new(relation, SentenceKey.Of(Article, before));
            default: throw new ArgumentOutOfRangeException(nameof(question));
        }
    }

    private (bool Read, DateTime? Value) _date;

    /// <summary>The article's date (<see cref="Article.Date"/>, read from its front matter once).</summary>
    private DateTime? Date
    {
        get
        {
            if (!_date.Read) _date = (true, Article.Date);
            return _date.Value;
        }
    }

    private HashSet<string>? _lowerCaseWords;

    /// <summary>The words the article writes in lower case somewhere.</summary>
    internal HashSet<string> LowerCaseWords => _lowerCaseWords ??=
        WordsWhere(token => token.Text.Length > 0 && char.IsLower(token.Text[0]), StringComparer.OrdinalIgnoreCase);

    private QuantityKeyReader.PersonNameIndex? _personNames;

    /// <summary>The given names the article writes before each surname ("Jane" of "Jane Roe") and the names it writes alone: a
    /// person's age is keyed by the surname and the given name.</summary>
    private QuantityKeyReader.PersonNameIndex PersonNames => _personNames ??= QuantityKeyReader.ReadPersonNames(this);

    private HashSet<string>? _bodyNames;

    /// <summary>The words the body writes capitalised inside a sentence.</summary>
    private HashSet<string> BodyNames => _bodyNames ??=
        WordsWhere(token => token.StartsUpper && !token.IsSentenceStart && !token.IsInHeading, StringComparer.Ordinal);

    /// <summary>The texts of the article's words that <paramref name="keeps"/> takes.</summary>
    private HashSet<string> WordsWhere(Func<Token, bool> keeps, StringComparer comparer)
    {
        var words = new HashSet<string>(comparer);
        foreach (var token in Article.Tokens)
        {
            if (token.Kind == TokenKind.Word && keeps(token)) words.Add(token.Text);
        }
        return words;
    }
}

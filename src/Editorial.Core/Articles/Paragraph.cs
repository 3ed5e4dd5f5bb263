using Editorial.Text;

namespace Editorial.Articles;

/// <summary>A paragraph, headline or subheading. <see cref="FirstSentence"/> and <see cref="SentenceCount"/> index <see cref="Article.Sentences"/>.</summary>
public sealed record Paragraph(int Index, TextSpan Span, bool IsHeading, int FirstSentence, int SentenceCount)
{
    /// <summary>Part of a document the article reproduces at length (see <see cref="TokenFlags.InReproducedText"/>).</summary>
    public bool IsReproduced { get; init; }

    /// <summary>The whole text of a table's cell (an HTML td or th holding no other block, a Markdown table's cell): a value
    /// of the table's data, not a line or a sentence of the copy.</summary>
    public bool IsTableCell { get; init; }

    /// <summary>The paragraph repeats the article's title word for word, as a release prints its title again over its text: a
    /// line still checked as the copy is, but its capitals are the title's, no evidence of a name.</summary>
    public bool RepeatsTitle { get; init; }

    /// <summary>What the paragraph's prose reads as (<see cref="ArticleLanguage.Tally.Reading"/>). One in another language, such as a
    /// translation the article gives after its English text, is read by no rule (<see cref="Rules.DiagnosticSink"/>).</summary>
    public ProseLanguage Language { get; init; }

    /// <summary>The paragraph reads as another language than English.</summary>
    public bool IsInAnotherLanguage => Language == ProseLanguage.Other;

    /// <summary>The index of the paragraph's last sentence (one before <see cref="FirstSentence"/> when it has none).</summary>
    public int LastSentence => FirstSentence + SentenceCount - 1;

    /// <summary>News paragraphs run to a few sentences; one of this many is a page merged onto one line.</summary>
    private const int MergedPageSentences = 10;

    /// <summary>A paragraph of <see cref="MergedPageSentences"/> sentences or more: a whole page that an export merged onto one
    /// line, joining its paragraphs, captions and embedded posts with spaces.</summary>
    public bool IsMergedPage => SentenceCount >= MergedPageSentences;
}

/// <summary>A sentence. <see cref="FirstToken"/> and <see cref="TokenCount"/> index <see cref="Article.Tokens"/>.</summary>
public sealed record Sentence(int Index, TextSpan Span, int ParagraphIndex, int FirstToken, int TokenCount)
{
    /// <summary>The index just past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>The index of the sentence's last token.</summary>
    public int LastToken => FirstToken + TokenCount - 1;
}

/// <summary>A direct quotation: <see cref="Span"/> includes the marks, <see cref="ContentSpan"/> does not.</summary>
/// <param name="IsClosed">False when the paragraph ends before the closing mark (the multi-paragraph convention, or an error).</param>
public sealed record Quotation(TextSpan Span, TextSpan ContentSpan, int ParagraphIndex, char OpeningMark, bool IsClosed)
{
    /// <summary>True when this quotation opens its paragraph and the previous paragraph ended inside a quotation: the
    /// multi-paragraph convention, where one quotation runs on with no closing mark before the next opening one.</summary>
    public bool ContinuesPrevious { get; init; }

    /// <summary>True for quoted words that are nobody's statement: a title, a nickname, a "so-called" term, or a
    /// fragment of fewer than four words woven into a sentence (Russia's “special operation”, “hard” talks).</summary>
    public bool IsTerm { get; init; }
}

/// <summary>A problem met while reading an article, reported as a configuration diagnostic of its kind.</summary>
public sealed record ArticleProblem(TextSpan Span, string Message, ArticleProblemKind Kind = ArticleProblemKind.FrontMatter);

public enum ArticleProblemKind
{
    /// <summary>The YAML front matter cannot be read or is not closed (ED9007); its metadata is ignored.</summary>
    FrontMatter,
    /// <summary>The Markdown cannot be read as Markdown (ED9008); the article is read as plain text instead.</summary>
    Markup,
}

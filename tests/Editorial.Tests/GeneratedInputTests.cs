using System.Text;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Text;

namespace Editorial.Tests;

/// <summary>
/// Articles made from newsroom sentences and damaged the way real files are (characters of every plane, odd line ends, broken
/// markup of each format), a few hundred of them from a fixed seed, checked by the whole engine under several outlets: no rule or
/// reader fails, and no finding or fix lies outside the text, splits a character or loses text. A failure names the article's
/// index and shows its text: <see cref="Generate"/> of that index makes it again.
/// </summary>
public class GeneratedInputTests
{
    private const int Seed = 20261203;
    private const int Articles = 320;
    /// <summary>Articles checked together, so that the cross-article rules compare damaged articles of one story too.</summary>
    private const int BatchSize = 8;

    private static readonly string[] Outlets = ["ap", "guardian", "bbc", "reuters"];

    private static readonly string[] Sentences =
    [
        "The harbour authority said 1,200 passengers were stranded on Tuesday.",
        "Port officials later said 1,400 passengers had been stranded.",
        "\"We will not go back to work until the pay offer changes,\" said Maria Kovalenko, a crane driver.",
        "“The ferries are full and the queues are longer every hour,” one driver told reporters.",
        "According to police, about 40 people were arrested near the terminal.",
        "The strike has cost the port an estimated $4.5 million (£3.6m) so far.",
        "Mr. Hughes, the mayor, called the dispute \"a disaster for the town\".",
        "Mr Hughes said the council would organise buses for those waiting.",
        "The council will organize extra buses, a spokesperson said.",
        "Unions say 85 per cent of members backed the walkout; managers put the figure at 70 percent.",
        "The terminal lies 20km (12 miles) from the city centre.",
        "Talks resumed at 10:30 am and ended at 6.15pm without agreement.",
        "President Zelensky's office said the the ferry to Odesa was cancelled.",
        "President Zelenskyy thanked the crews in a televised address.",
        "Sources close to the talks said a deal was \"very close\".",
        "It is understood that the the company has offered a 3% rise.",
        "Some 2,000 lorries -- many carrying fresh food -- waited on the motorway...",
        "The colour of the flags at the gate was changed overnight.",
        "Dr. Amira Haddad , a historian at the university, said strikes of this length were rare .",
        "The company's chief executive, Jonas Lindqvist, declined to comment.",
        "Twelve ships were anchored offshore, six more than on Monday.",
        "In 1984 the port was closed for 11 weeks.",
        "The minister said: 'Nobody wins from this.'",
        "Click here to subscribe. Advertisement",
        "By Jane Okafor, Transport Correspondent",
        "LONDON (AP) — Dock workers walked out for a third day on Wednesday.",
        "“📘 We are ready to talk,” said Ana Silva 👍🏽, the union's negotiator.",
        "The 🇺🇦 flag flew over 1,500 homes and 12 ships in the harbour.",
        "Its colour, the color of rust, was chosen by the Labour council and the Labor party.",
        "‘We have offered what we can,’ the company said in a statement.",
        "ÉMILE Okafor and émile okafor spoke at 3pm, 3 p.m. and 15:00 GMT.",
        "It cost €3bn, or about $3.2 billion, officials said; the temperature hit 40C (104F).",
        "The port handled 9.5 million tonnes last year, up from 8 million, the ministry said.",
        "Officials said 300 people were evacuated. Later, officials said 350 people were evacuated.",
        "\"It is over,\" he said. \"It is over,\" he said again.",
        "Mr Hughes, Mr. Hughes and Dr Haddad met Prof. Lindqvist at 10.30am.",
    ];

    private static readonly string[] Headlines =
    [
        "Ferry Strike Enters Third Day As Talks Stall",
        "Port strike: what we know so far",
        "📘 Ferry strike — live updates",
        "Dockers reject 3% offer",
    ];

    private static readonly string[] Captions =
    [
        "Photo: Dock workers gather at the gate on Tuesday (Reuters)",
        "Lorries queue on the M20. Photograph: Jane Okafor/PA",
        "Image caption, Passengers waited for hours",
    ];

    private static readonly string[] ListItems = ["12 schools closed", "three hospitals on alert", "about 40 arrests", "2,000 lorries waiting"];

    /// <summary>What real files hold between and inside words: characters of every plane, marks, controls and line breaks.</summary>
    private static readonly string[] Oddities =
    [
        "📘", "👩‍👩‍👧", "🇺🇦", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "👍🏽", "🏽", "\u200D", "e\u0301", "\u0301", "\u0308\u0323", "北京", "東京の港", "한국", "مرحبا بكم", "שלום",
        "\u200F", "\u200E", "\u202E", "\u2066", "\u00A0", "\u202F", "\u200B", "\u2060", "\u2028", "\u2029", "\u00AD", "\uFEFF",
        "\uE000", "\U000F0000", "\uD83D", "\uDC00", "\uDBFF\uD800", "\t", "\r", "\r\n", "\n", "\n\n", "\n\n\uE000\u200B\n\n", "\u0000", "\u001B", "\u0085",
        "𝐁𝐨𝐥𝐝", "𝒜", "\uFFFD", "\uFFFF", "\uFFFE", "…", "—", "’", "«", "»", "„", "‹", "\"", "'", "*", "_", "`", "<", ">", "&", "[", "]",
        "(", ")", "{", "}", "|", "#", "\\", "$", "%", "1", "٣", "½", "²", "Ⅻ", "ﬁ", "İ", "ß", "Σ",
    ];

    [Fact]
    public void Generated_articles_fail_no_rule_and_every_finding_and_fix_keeps_to_whole_characters_of_the_text()
    {
        var engine = new EditorialEngine();
        var problems = new List<string>();
        for (var first = 0; first < Articles; first += BatchSize)
        {
            var batch = Enumerable.Range(first, Math.Min(BatchSize, Articles - first)).Select(Generate).ToList();
            var texts = batch.ToDictionary(article => article.Path, article => article.Text, StringComparer.Ordinal);
            // Each batch under the default profile and one outlet's, in turn: every outlet sees a quarter of the articles.
            foreach (var outlet in new[] { null, Outlets[first / BatchSize % Outlets.Length] })
            {
                var settings = new ArticleSettings(defaultOutlet: outlet);
                var findings = engine.Check(batch.Select(article => new ArticleInput(article.Path, article.Text, settings)).ToList());
                foreach (var finding in findings)
                {
                    var problem = ProblemWith(finding, texts);
                    if (problem is not null) problems.Add($"outlet {outlet ?? "(none)"}: {finding}: {problem}\n{Shown(texts, finding.Location.Path)}");
                }
                foreach (var (path, text) in texts)
                {
                    var problem = ProblemWithFixes(text, findings.Where(finding => finding.Fix is not null && finding.Location.Path == path).ToList());
                    if (problem is not null) problems.Add($"outlet {outlet ?? "(none)"}: fixes of {path}: {problem}\n{Shown(texts, path)}");
                }
            }
        }
        // One failure is usually many findings of one cause: the first few show it.
        problems.ShouldBeEmpty(string.Join("\n\n", problems.Take(5)) + $"\n\n({problems.Count} in all)");
    }

    [Fact]
    public void The_same_seed_makes_the_same_articles()
    {
        Generate(17).ShouldBe(Generate(17));
        Generate(17).Text.ShouldNotBe(Generate(18).Text);
    }

    private static string Shown(IReadOnlyDictionary<string, string> texts, string path) =>
        texts.TryGetValue(path, out var text) ? $"{path} (GeneratedInputTests.Generate of its number), as a C# string:\n\"{Escaped(text)}\"" : path;

    /// <summary>The text as a C# literal's contents: what is not printable ASCII as an escape, so that it can be pasted into a test.</summary>
    private static string Escaped(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || c > '~' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    /// <summary>What is wrong with one finding, or null: a failure, a location outside its text or between the halves of a
    /// character, lines and columns that are not its span's.</summary>
    private static string? ProblemWith(Diagnostic finding, IReadOnlyDictionary<string, string> texts)
    {
        if (finding.Id == "ED9000") return "a rule or reader failed";
        foreach (var location in finding.RelatedLocations.Prepend(finding.Location))
        {
            if (!texts.TryGetValue(location.Path, out var text)) return $"{location} is in no checked article";
            if (ProblemWithSpan(text, location.Span) is { } spanProblem) return $"{location}: {spanProblem}";
            var expected = LineSpanOf(text, location.Span);
            if (location.LineSpan != expected) return $"{location}: lines and columns {location.LineSpan} are not its span {location.Span}'s {expected}";
        }
        return null;
    }

    private static string? ProblemWithSpan(string text, TextSpan span)
    {
        if (span.End > text.Length) return $"span {span} ends past the text ({text.Length} characters)";
        if (SplitsPair(text, span.Start) || SplitsPair(text, span.End)) return $"span {span} splits a surrogate pair";
        return null;
    }

    /// <summary>Whether <paramref name="offset"/> falls between the two halves of a character beyond the first plane.</summary>
    private static bool SplitsPair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    /// <summary>Lines and columns counted here, apart from the engine's <see cref="LineMap"/>: LF, CRLF and a lone CR end a line.</summary>
    private static LinePositionSpan LineSpanOf(string text, TextSpan span)
    {
        (int Line, int Column) PositionOf(int offset)
        {
            var (line, lineStart) = (1, 0);
            for (var i = 0; i < offset; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    line++;
                    lineStart = i + 1;
                }
            }
            return (line, offset - lineStart + 1);
        }
        var (startLine, startColumn) = PositionOf(span.Start);
        var (endLine, endColumn) = PositionOf(span.End);
        return new LinePositionSpan(startLine, startColumn, endLine, endColumn);
    }

    /// <summary>What is wrong with an article's fixes, or null: each edit keeps to whole characters of the text and makes none
    /// of its own, and applying them all as <see cref="EditOverlaps"/> chooses keeps every character outside the edits.</summary>
    private static string? ProblemWithFixes(string text, IReadOnlyList<Diagnostic> fixable)
    {
        foreach (var finding in fixable)
        {
            var edit = finding.Fix!.Edit;
            if (ProblemWithSpan(text, edit.Span) is { } spanProblem) return $"{finding}: its fix's {spanProblem}";
            if (LoneSurrogates(edit.NewText) > LoneSurrogates(text.Substring(edit.Span.Start, edit.Span.Length)))
            {
                return $"{finding}: its fix writes half a character: \"{Escaped(edit.NewText)}\" at {edit.Span}";
            }
        }
        var made = EditOverlaps.Choose(fixable, finding => finding.Fix!.Edit)
            .Where(choice => choice.Choice == EditChoice.Made).Select(choice => choice.Item.Fix!.Edit).ToList();
        var result = new StringBuilder();
        var position = 0;
        foreach (var edit in made)
        {
            if (edit.Span.Start < position) return $"the edit at {edit.Span} overlaps the one before it, which ends at {position}";
            result.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }
        result.Append(text, position, text.Length - position);
        // Read back: every stretch between the edits is in the result, in order, where the edits before it put it.
        var (read, kept) = (0, 0);
        foreach (var edit in made)
        {
            var keptLength = edit.Span.Start - kept;
            if (string.CompareOrdinal(result.ToString(), read, text, kept, keptLength) != 0) return $"text before {edit.Span} was lost";
            read += keptLength + edit.NewText.Length;
            kept = edit.Span.End;
        }
        return string.CompareOrdinal(result.ToString(), read, text, kept, text.Length - kept) == 0 && result.Length - read == text.Length - kept
            ? null : "text after the last edit was lost";
    }

    private static int LoneSurrogates(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) count++;
        }
        return count;
    }

    public sealed record GeneratedArticle(string Path, string Text);

    /// <summary>Article number <paramref name="index"/>: its own random sequence, so that each can be made again alone.</summary>
    public static GeneratedArticle Generate(int index)
    {
        var random = new Random(Seed + index);
        var extension = new[] { ".txt", ".md", ".mdx", ".html" }[random.Next(4)];
        var paragraphs = Enumerable.Range(0, random.Next(2, 7)).Select(_ => Paragraph(random)).ToList();
        var text = extension switch
        {
            ".md" => Markdown(random, paragraphs, mdx: false),
            ".mdx" => Markdown(random, paragraphs, mdx: true),
            ".html" => Html(random, paragraphs),
            _ => PlainText(random, paragraphs),
        };
        text = Damaged(random, text);
        return new GeneratedArticle($"generated/{index:D3}{extension}", text);
    }

    private static string Pick(Random random, IReadOnlyList<string> items) => items[random.Next(items.Count)];

    private static string Paragraph(Random random) =>
        string.Join(" ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(random, Sentences)));

    private static string PlainText(Random random, List<string> paragraphs)
    {
        var text = new StringBuilder();
        // A lone private-use or zero-width character is a paragraph with no sentence, and may be all the article holds.
        if (random.Next(10) == 0) return random.Next(2) == 0 ? "\uE000\n" : Pick(random, Headlines) + "\n\n\u200B\n";
        text.Append(Pick(random, Headlines)).Append("\n\n");
        if (random.Next(2) == 0) text.Append(Pick(random, Captions)).Append('\n');
        foreach (var paragraph in paragraphs) text.Append(paragraph).Append("\n\n");
        if (random.Next(3) == 0) text.Append(string.Concat(ListItems.Select(item => "* " + item + "\n")));
        return text.ToString();
    }

    private static string Markdown(Random random, List<string> paragraphs, bool mdx)
    {
        var text = new StringBuilder();
        text.Append(Pick(random, FrontMatters));
        if (mdx) text.Append(Pick(random, MdxPreambles));
        text.Append("# ").Append(Pick(random, Headlines)).Append("\n\n");
        foreach (var paragraph in paragraphs)
        {
            text.Append(random.Next(3) == 0 ? Pick(random, MarkdownBlocks) : Pick(random, MarkdownInlines).Replace("{0}", paragraph)).Append("\n\n");
            if (mdx && random.Next(3) == 0) text.Append(Pick(random, MdxBlocks)).Append("\n\n");
        }
        return text.ToString();
    }

    private static readonly string[] FrontMatters =
    [
        "",
        "---\ntitle: Ferry strike\noutlet: ap\nstory: ferry-strike\ndate: 2024-05-01\n---\n",
        "---\ntitle: \"📘 Ferry strike\"\ntags: [port, strike]\n---\n\n",
        "---\r\ntitle: Ferry strike\r\n---\r\n",
        "---\n---\n",
        "---\ntitle: never closed\n\n",
        "+++\ntitle = \"Ferry strike\"\n+++\n",
        "\uFEFF---\ntitle: after a BOM\n---\n",
        "---\ndate: the day after the vote\nstory: [a, b\n---\n",
        "---\ntitle: |\n  A block\n  of text\nauthor: @desk\n---\n",
        "---\nda\u2028te: the vote\n📘story: [a, b\n---\n",
        "---\ntitle: \"Ferry\u0085strike\"\ndate: 2024-05-01\u2028\n---\n",
    ];

    private static readonly string[] MarkdownInlines =
    [
        "{0}",
        "**{0}**",
        "*{0}* and _more_",
        "> {0}\n> > {0}",
        "- {0}\n  - {0}\n    1. {0}",
        "1. {0}\n2. second\n   > quoted inside",
        "{0} [the report][ref] and [^1].\n\n[ref]: https://example.org/report \"Report\"\n[^1]: A footnote: {0}",
        "{0} <https://example.org/a_b> and `code the the` and ~~struck~~.",
        "| Place | Ships |\n| --- | ---: |\n| Dover | 12 |\n| {0} | 6 |",
        "## {0}",
        "Setext heading {0}\n----",
        "***{0}*** __*x*__ *_ **a** _* ** unclosed",
        "![Photo: {0}](photo.jpg) [link](https://example.org/\"quoted\")",
        "{0}  \nhard break\\\nthen more",
    ];

    private static readonly string[] MarkdownBlocks =
    [
        "```\nthe the code that never closes\n",
        "~~~python\nprint('the the')\n~~~",
        "<div class=\"aside\">\n<p>Inside HTML the the.</p>\n</div>",
        "<!-- a comment that\nspans lines -->",
        "    indented code the the",
        "---",
        "<details><summary>More</summary>\n\nHidden text.\n\n</details>",
        "[^note]: a footnote with no reference",
        "| broken | table\n|---\n| a |",
        "$$\nx = 1,200\n$$",
    ];

    private static readonly string[] MdxPreambles =
    [
        "",
        "import Aside from '../components/Aside.astro';\nimport { Tabs } from '@astrojs/starlight/components';\n\n",
        "export const meta = { title: 'Ferry 📘', ships: 12 };\n\n",
    ];

    private static readonly string[] MdxBlocks =
    [
        "<Aside type=\"note\">\nThe the port stays shut.\n</Aside>",
        "{props.ships} ships and {/* a comment */} more",
        "<Tabs>\n  <TabItem label=\"📗 Vue\">\n  Vue text.\n  </TabItem>\n</Tabs>",
        "<Component prop={{ a: 1, b: '}' }} />",
        "<Unclosed attribute=\"x",
        "{unclosed expression",
    ];

    private static string Html(Random random, List<string> paragraphs)
    {
        var text = new StringBuilder();
        if (random.Next(2) == 0) text.Append("<!DOCTYPE html>\n<html><head><title>").Append(Pick(random, Headlines)).Append("</title><meta name=\"date\" content=\"2024-05-01\"></head><body>\n");
        text.Append("<h1>").Append(Pick(random, Headlines)).Append("</h1>\n");
        foreach (var paragraph in paragraphs) text.Append(Pick(random, HtmlBlocks).Replace("{0}", paragraph)).Append('\n');
        if (random.Next(2) == 0) text.Append("</body></html>\n");
        return text.ToString();
    }

    private static readonly string[] HtmlBlocks =
    [
        "<p>{0}</p>",
        "<p>{0}",
        "<p>{0} &amp; &nbsp;&mdash; &#x1F4D8; &#xD83D; &#0; &bogus; &#99999999; &rsquo;</p>",
        "<table><tr><th>Place</th><th>Ships</th></tr><tr><td>{0}</td><td>12</td></tr></table>",
        "<blockquote><p>{0}</blockquote></p>",
        "<figure><img src=\"a.jpg\" alt=\"the the\"><figcaption>{0}</figcaption></figure>",
        "<ul><li>{0}<li>second item</ul>",
        "<script>var s = \"the the\";</script><p>{0}</p>",
        "<p><b><i>{0}</b></i></p><!-- unclosed comment",
        "<pre>{0}\n  the the</pre>",
        "<div data-x='{0}'>{0}</div>",
        "<p>{0}<br/>\n<a href=\"https://example.org/?a=1&b=2\">link",
    ];

    /// <summary>The text with its damage: odd characters inside and between words, line ends of one kind or several,
    /// a very long word or line, a paragraph whose spaces are no-break spaces.</summary>
    private static string Damaged(Random random, string text)
    {
        var damaged = new StringBuilder(text);
        for (var i = random.Next(0, 9); i > 0; i--) Damage(random, damaged);
        switch (random.Next(6))
        {
            case 0:
                damaged.Insert(random.Next(damaged.Length + 1), new string('w', random.Next(200, 3000)));
                break;
            case 1:
                damaged.Insert(random.Next(damaged.Length + 1), string.Concat(Enumerable.Repeat("the port 📘 ", random.Next(100, 600))));
                break;
            case 2:
                var start = random.Next(damaged.Length + 1);
                var length = Math.Min(random.Next(300), damaged.Length - start);
                damaged.Replace(' ', '\u00A0', start, length);
                break;
        }
        var result = damaged.ToString();
        return random.Next(5) switch
        {
            0 => result.Replace("\r\n", "\n").Replace("\n", "\r\n"),
            1 => result.Replace("\r\n", "\n").Replace('\n', '\r'),
            2 => MixedLineEnds(random, result),
            _ => result,
        };
    }

    /// <summary>One slip of the kind a file holds: an odd character put in anywhere or at the edge of a word, or in place of
    /// a character; a character lost (half an emoji, once); a stretch copied elsewhere; the text cut short.</summary>
    private static void Damage(Random random, StringBuilder text)
    {
        var at = random.Next(text.Length + 1);
        switch (random.Next(10))
        {
            case < 4:
                text.Insert(at, Pick(random, Oddities));
                break;
            case < 7:
                // At the start or end of the word the position falls in, or beside it: where the word's tokens and spans end.
                while (at < text.Length && char.IsLetterOrDigit(text[at])) at++;
                if (random.Next(2) == 0) while (at > 0 && char.IsLetterOrDigit(text[at - 1])) at--;
                text.Insert(at, Pick(random, Oddities));
                break;
            case 7 when at < text.Length:
                text.Remove(at, 1);
                if (random.Next(2) == 0) text.Insert(at, Pick(random, Oddities));
                break;
            case 8 when at < text.Length:
                var length = Math.Min(random.Next(1, 200), text.Length - at);
                var copy = text.ToString(at, length);
                text.Insert(random.Next(text.Length + 1), copy);
                break;
            case 9 when random.Next(4) == 0:
                text.Length = at;
                break;
        }
    }

    private static string MixedLineEnds(Random random, string text)
    {
        var mixed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\n') mixed.Append(Pick(random, ["\n", "\r\n", "\r", "\u2028"]));
            else mixed.Append(c);
        }
        return mixed.ToString();
    }
}

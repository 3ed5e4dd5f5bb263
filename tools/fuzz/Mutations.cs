using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Editorial.Fuzz;

/// <summary>One generated input: the file name (its extension picks the format), its bytes, the outlet it is checked for
/// (null: the default profile) and the charset declared for it (null: detected).</summary>
public sealed record FuzzInput(string Path, byte[] Bytes, string? Outlet, string? Charset);

/// <summary>
/// Deterministic mutations of sample articles, the same for a given <see cref="Random"/> seed on every machine: a slice of a
/// sample (a few words to the whole text), then a few of: byte flips, quotation marks, digits, dashes, style-sensitive words,
/// front matter, Markdown nesting, markup (Markdown, HTML, MDX), and finally an encoding; read as plain text, Markdown, MDX or HTML. Shared by <c>tools/fuzz</c> and the seeded property tests.
/// </summary>
public static class Mutations
{
    public static readonly string?[] Outlets = [null, "ap", "reuters", "bbc", "guardian", "afp", "aljazeera"];

    private static readonly string[] QuotationMarks = ["“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‚", "‹", "›", "``", "''"];
    private static readonly string[] Digits = ["0", "7", "12", "1,000", "3.5", "٣", "١٩:٣٠", "²", "½", "10 percent", "5 per cent", "$4 million", "1990s", "2,000,000", "7 pm", "19:30", "4:30 p.m."];
    private static readonly string[] Dashes = ["—", "–", "-", "--", " - ", " — ", "―", "…", "...", ". . ."];
    private static readonly string[] Words =
    [
        "Kiev", "Kyiv", "kyiv", "KIEV", "U.N.", "UN", "U.S.", "US", "U.K.", "UK", "per cent", "percent", "Mr", "Mr.", "Dr.",
        "colour", "color", "organise", "organize", "the the", "said said", "Zelensky", "Zelenskyy", "Ms", "Mrs.", "a.m.",
        "said.", "said ,", " .", "..", ",,", "according to officials", "sources said", "killed", "wounded", "at least",
        "JavaScript", "Javascript", "St.", "Gen.", "Sept.", "September", "twelve", "Hide Caption 3 of 12", "Photo: AP",
        "www.example.org", "report.pdf", "“he said.”", "she said:", "\t", "\u00a0", "\u200b", "\r\n", "\n\n", "\r",
    ];
    private static readonly string[] FrontMatters =
    [
        "---\noutlet: ap\n---\n", "---\noutlet: reuters\nstory: talks\n---\n", "---\n---\n---\n", "---\noutlet: [ap\nstory: talks\n",
        "---\ntitle: \"unclosed\n---\n", "---\ndate: 2019-13-45\n---\n", "---\noutlet: bbc\n", "+++\noutlet = \"ap\"\n+++\n",
        "---\r\noutlet: guardian\r\n---\r\n", "---\n- a\n- b\n---\n",
    ];
    private static readonly string[] Markup =
    [
        "> ", "- ", "  - ", "1. ", "# ", "## ", "```\n", "    ", "[a](", "[link](http://example.org)", "![image](a.png)", "<div>", "</div>",
        "<p>text</p>", "<!-- ", " -->", "**", "_", "`", "|a|b|\n|-|-|\n", "\\", "&amp;", "&#8220;", "[^1]", "[^1]: note\n",
        // HTML as a CMS exports it, and MDX's JSX, expressions and module lines.
        "<p>", "</p>", "<br>", "<head><meta name=\"date\" content=\"2024-13-01\"></head>", "<script>var a = \"<p>\";</script>",
        "<blockquote class=\"twitter-tweet\"><p>", "</blockquote>", "<figure><img src=\"a.jpg\"><figcaption>", "</figcaption></figure>",
        "<a href=\"https://example.org\">", "</a>", "&nbsp;", "&#x2014;", "<table><tr><td>", "</td></tr></table>",
        "{/* note */}", "import Chart from './chart'\n", "export const meta = {a: 1}\n", "<Chart data={[1, 2]} />", "{props.title}", "<Aside>",
    ];

    /// <summary>The file names an input is read as: each extension picks a format's reader.</summary>
    private static readonly string[] Paths = ["article.txt", "article.txt", "article.txt", "article.txt", "article.txt", "article.md", "article.md", "article.mdx", "article.html"];

    /// <summary>The next input from <paramref name="samples"/>, all choices drawn from <paramref name="random"/>.</summary>
    public static FuzzInput Next(IReadOnlyList<string> samples, Random random)
    {
        var text = Slice(samples[random.Next(samples.Count)], random);
        var mutations = 1 + random.Next(4);
        for (var i = 0; i < mutations; i++) text = Mutate(text, random);
        var path = Pick(Paths, random);
        var outlet = Outlets[random.Next(Outlets.Length)];
        var (bytes, charset) = Encode(text, random);
        if (random.Next(50) == 0) FlipBytes(bytes, random);
        return new FuzzInput(path, bytes, outlet, charset);
    }

    /// <summary>A piece of the sample: mostly a sentence or a paragraph, sometimes a few words, sometimes all of it.</summary>
    public static string Slice(string sample, Random random)
    {
        // Whole articles are rarer: they cost the most and the mutations reach the same code in less text.
        var length = random.Next(10) switch
        {
            < 3 => random.Next(10, 80),
            < 6 => random.Next(80, 400),
            < 9 => random.Next(400, 2000),
            _ => sample.Length,
        };
        length = Math.Min(length, sample.Length);
        var start = random.Next(sample.Length - length + 1);
        return sample.Substring(start, length);
    }

    /// <summary>One mutation at a random place in <paramref name="text"/>.</summary>
    public static string Mutate(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        switch (random.Next(9))
        {
            case 0: return Insert(text, at, Pick(QuotationMarks, random), random);
            case 1: return Insert(text, at, Pick(Digits, random), random);
            case 2: return Insert(text, at, Pick(Dashes, random), random);
            case 3:
            case 4: return Insert(text, WordBoundary(text, at), Pick(Words, random), random);
            case 5: return Pick(FrontMatters, random) + text;
            case 6: return Insert(text, LineStart(text, at), Nest(random), random);
            case 7: return Insert(text, at, Pick(Markup, random), random);
            default:
                // A character of the text itself moved elsewhere: duplicates, reorders and splits words and marks.
                return text.Length == 0 ? text : Insert(text, at, text[random.Next(text.Length)].ToString(), random);
        }
    }

    private static string Nest(Random random)
    {
        var depth = random.Next(8) == 0 ? random.Next(60, 200) : random.Next(1, 6);
        return random.Next(2) == 0 ? string.Concat(Enumerable.Repeat("> ", depth)) : string.Concat(Enumerable.Repeat("  ", depth)) + "- ";
    }

    /// <summary>Inserts <paramref name="piece"/> at <paramref name="at"/>, or replaces the next few characters with it.</summary>
    private static string Insert(string text, int at, string piece, Random random)
    {
        var replaced = random.Next(2) == 0 ? 0 : Math.Min(random.Next(1, 8), text.Length - at);
        return string.Concat(text.AsSpan(0, at), piece, text.AsSpan(at + replaced));
    }

    private static int WordBoundary(string text, int at)
    {
        while (at > 0 && char.IsLetterOrDigit(text[at - 1])) at--;
        return at;
    }

    private static int LineStart(string text, int at) => at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];

    /// <summary>The text's bytes: mostly UTF-8, sometimes with a BOM, UTF-16 either way round with or without one, or Latin-1
    /// with the charset declared as .editorconfig would (or not declared, to be detected or refused).</summary>
    private static (byte[] Bytes, string? Charset) Encode(string text, Random random)
    {
        switch (random.Next(12))
        {
            case 0: return (Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), null);
            case 1: return (Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(), null);
            case 2: return (Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(), null);
            case 3: return (Encoding.Unicode.GetBytes(text), random.Next(2) == 0 ? "utf-16le" : null);
            case 4: return (Encoding.Latin1.GetBytes(text), random.Next(2) == 0 ? "latin1" : null);
            default: return (Encoding.UTF8.GetBytes(text), null);
        }
    }

    private static void FlipBytes(byte[] bytes, Random random)
    {
        if (bytes.Length == 0) return;
        var flips = 1 + random.Next(4);
        for (var i = 0; i < flips; i++) bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
    }
}

using System.Collections.Generic;
using System.Text;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Rules.Hygiene;

/// <summary>
/// ED4009: characters garbled by a wrong encoding (mojibake). Text saved as UTF-8 and read back as Windows-1252 or
/// Latin-1 turns each character beyond ASCII into two to four: "donâ€™t" for "don’t", "cafÃ©" for "café", "Â£5" for "£5",
/// or, where the middle bytes became control characters, "donâ\u0080\u0099t"; read so twice, more ("Ã¢Â€Â™"). A run of
/// such characters is reported where its bytes read back as UTF-8 give other characters, which are the fix. Letters of
/// other languages do not read back ("SÃO PAULO", "Târgu Mureș", "José"), nor do runs that mix garbled and real letters.
/// </summary>
public sealed class GarbledCharactersRule : ArticleRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.GarbledCharacters, "Garbled characters", "Garbled characters '{0}' where '{1}' was meant: text read in the wrong encoding{2}",
        RuleCategory.Hygiene, Severity.Warning,
        "Text saved as UTF-8 was read as Windows-1252 or Latin-1 somewhere between the writer and the file (a paste, an export, a "
        + "database), so each character beyond ASCII became two to four ('â€™' for '’', 'Ã©' for 'é'). One finding per article, at the "
        + "first place, with the count and the next places; its fix restores every place.", offersFix: true, fix: "the characters meant, everywhere");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    /// <summary>How many times a run may have been garbled: read wrongly once, or once more after that.</summary>
    private const int MaximumReadings = 3;

    public override void Analyze(ArticleContext context)
    {
        var article = context.Article;
        var text = article.Text;
        List<StyleDeparture>? garbled = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (ByteOf(text[i]) < 0x80) continue;
            var end = i + 1;
            while (end < text.Length && ByteOf(text[end]) >= 0x80) end++;
            // Most runs are a curly quotation mark or an accented letter, which no UTF-8 lead byte opens: nothing is made for them.
            if (Utf8Length(ByteOf(text[i])) is 0 || end - i < 2)
            {
                i = end - 1;
                continue;
            }
            var run = text.Substring(i, end - i);
            var meant = run;
            for (var reading = 0; reading < MaximumReadings && ReadAsUtf8(meant) is { } decoded; reading++) meant = decoded;
            var span = TextSpan.FromBounds(i, end);
            if (meant != run && IsProse(article, span)) (garbled ??= []).Add(new StyleDeparture(span, span, meant));
            i = end - 1;
        }
        if (garbled is null) return;
        var first = garbled[0];
        // An editor restores the article's encoding once, not at each of its sixty apostrophes.
        StyleMinority.Report(context, Descriptor, garbled,
            count => [Shown(text.Substring(first.Span.Start, first.Span.Length)), Shown(first.Replacement!), StyleMinority.Places(count)],
            "Restore the characters meant");
    }

    /// <summary>The byte that Windows-1252 (or, for the control characters it leaves undefined, Latin-1) writes
    /// <paramref name="c"/> as; -1 for a character neither writes in one byte, and the ASCII code below 0x80.</summary>
    private static int ByteOf(char c)
    {
        if (c <= 0xFF) return c;
        return c switch
        {
            '€' => 0x80, '‚' => 0x82, 'ƒ' => 0x83, '„' => 0x84, '…' => 0x85, '†' => 0x86, '‡' => 0x87, 'ˆ' => 0x88, '‰' => 0x89, 'Š' => 0x8A,
            '‹' => 0x8B, 'Œ' => 0x8C, 'Ž' => 0x8E, '‘' => 0x91, '’' => 0x92, '“' => 0x93, '”' => 0x94, '•' => 0x95, '–' => 0x96, '—' => 0x97,
            '˜' => 0x98, '™' => 0x99, 'š' => 0x9A, '›' => 0x9B, 'œ' => 0x9C, 'ž' => 0x9E, 'Ÿ' => 0x9F,
            _ => -1,
        };
    }

    /// <summary>How many bytes the UTF-8 sequence that <paramref name="lead"/> opens holds; 0 for a byte that opens none.</summary>
    private static int Utf8Length(int lead) => lead switch
    {
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 0,
    };

    /// <summary>The characters that <paramref name="run"/>'s bytes spell in UTF-8, or null when they are no UTF-8 (a letter of
    /// another language, a curly quotation mark) or spell only ASCII.</summary>
    private static string? ReadAsUtf8(string run)
    {
        var builder = new StringBuilder(run.Length);
        var i = 0;
        while (i < run.Length)
        {
            var lead = ByteOf(run[i]);
            var length = Utf8Length(lead);
            if (length == 0 || i + length > run.Length) return null;
            var value = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
            for (var k = 1; k < length; k++)
            {
                var next = ByteOf(run[i + k]);
                if (next is < 0x80 or > 0xBF) return null;
                value = (value << 6) | (next & 0x3F);
            }
            // Overlong forms and surrogates are no UTF-8.
            if (length == 3 && (value < 0x800 || value is >= 0xD800 and <= 0xDFFF) || length == 4 && value is < 0x10000 or > 0x10FFFF) return null;
            builder.Append(char.ConvertFromUtf32(value));
            i += length;
        }
        return builder.ToString();
    }

    /// <summary>True when a prose token of the article lies within or around <paramref name="span"/>: not code, not an address.</summary>
    private static bool IsProse(Article article, TextSpan span)
    {
        var tokens = article.Tokens;
        var k = tokens.FirstStartingAt(span.Start);
        if (k > 0 && tokens[k - 1].Span.End > span.Start) k--;
        var any = false;
        for (; k < tokens.Count && tokens[k].Span.Start < span.End; k++)
        {
            if (tokens[k].IsNonProse) return false;
            any = true;
        }
        return any;
    }

    /// <summary>The characters as a message shows them: control, space and private-use characters (a symbol font's bullet),
    /// which cannot be seen, as escapes.</summary>
    private static string Shown(string characters)
    {
        var builder = new StringBuilder(characters.Length);
        foreach (var c in characters)
        {
            if (c is < ' ' or (>= '\u007F' and <= '\u00A0') or (>= '\uE000' and <= '\uF8FF')) builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.ToString();
    }
}

using System;
using System.IO;
using System.Text;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// An article file decoded exactly: in the charset its .editorconfig declares, or else UTF-8 with or without BOM, UTF-16 with
/// or without a BOM, or UTF-32 with a BOM. The encoding and BOM are kept so that a fix writes the file back byte for byte as it was, apart from the
/// edit. Files that are not text, do not decode or are too large are not decoded: the caller gets a diagnostic instead, at the
/// line and column of the fault where there is one, and nothing is ever rewritten.
/// </summary>
public sealed class ArticleFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private ArticleFile(string path, string text, Encoding encoding, byte[] preamble)
    {
        Path = path;
        _read = new Lazy<(string, Encoding, byte[])>(() => (text, encoding, preamble));
    }

    private ArticleFile(string path, Func<ArticleFile> read)
    {
        Path = path;
        _read = new Lazy<(string, Encoding, byte[])>(() =>
        {
            var file = read();
            return (file.Text, file.Encoding, file.Preamble);
        });
    }

    /// <summary>A file a host has read before and knows unchanged (a results cache that records its size and time): it is read by
    /// <paramref name="read"/> only when its text is first asked for, if ever.</summary>
    public static ArticleFile ReadWhenAsked(string path, Func<ArticleFile> read) => new(path, read);

    private readonly Lazy<(string Text, Encoding Encoding, byte[] Preamble)> _read;

    public string Path { get; }
    public string Text => _read.Value.Text;
    public Encoding Encoding => _read.Value.Encoding;
    /// <summary>The byte order mark the file began with; empty when it had none.</summary>
    public byte[] Preamble => _read.Value.Preamble;

    /// <summary>
    /// Decodes the bytes of the article <paramref name="path"/> names (read from its file by the host, or piped on standard
    /// input) in the <c>.editorconfig</c> <paramref name="charset"/> (latin1, utf-8, utf-8-bom, utf-16le, utf-16be), or as
    /// <see cref="Decode"/> detects it when there is none. Returns null and sets <paramref name="problem"/> when the bytes are not
    /// text or more than <paramref name="maxChars"/> characters.
    /// </summary>
    public static ArticleFile? FromBytes(string path, byte[] bytes, int maxChars, out Diagnostic? problem, string? charset = null)
    {
        var file = Decode(path, bytes, out problem, charset);
        if (file is not null && MeasuredLength(path, file.Text, maxChars) is var length && length > maxChars)
        {
            problem = TooLarge(path, length, maxChars);
            return null;
        }
        return file;
    }

    /// <summary>How much larger than the limit an HTML page may be, scripts and styles included, before it is measured at all.</summary>
    public const int PageScriptAllowance = 5;

    /// <summary>The largest file, in characters, that can fit <paramref name="maxChars"/> as <see cref="MeasuredLength"/>
    /// measures it: an HTML page may be <see cref="PageScriptAllowance"/> times larger, for its scripts and styles.</summary>
    public static long RawLimit(string path, int maxChars) =>
        ArticleFormats.FromPath(path) == ArticleFormat.Html ? (long)maxChars * PageScriptAllowance : maxChars;

    /// <summary>The length the size limit <paramref name="maxChars"/> holds <paramref name="text"/> to: its characters, but for an
    /// HTML page within <see cref="RawLimit"/>, whose scripts and styles do not count (<see cref="HtmlLayout.CharactersOutsideScripts"/>):
    /// a saved page is mostly those, and they are skipped at next to no cost.</summary>
    public static long MeasuredLength(string path, string text, int maxChars) =>
        // Only an HTML page's raw limit is above the limit itself.
        text.Length > maxChars && text.Length <= RawLimit(path, maxChars) ? HtmlLayout.CharactersOutsideScripts(text) : text.Length;

    /// <summary>
    /// An article whose text an editor holds (not yet saved): checked as the file would be, with the same limit and the same
    /// refusal of binary text. It is encoded as UTF-8 without a byte order mark, should a host write it.
    /// </summary>
    public static ArticleFile? FromText(string path, string text, int maxChars, out Diagnostic? problem)
    {
        problem = MeasuredLength(path, text, maxChars) is var length && length > maxChars ? TooLarge(path, length, maxChars)
            : Binary(path, text) ?? FeedNamedAsPage(path, text);
        return problem is null ? new ArticleFile(path, text, StrictUtf8, []) : null;
    }

    /// <summary>ED9003 for an article of <paramref name="characters"/> characters, past the limit.</summary>
    public static Diagnostic TooLarge(string path, long characters, int maxChars) =>
        At(path, ConfigurationDescriptors.FileTooLarge, path, characters, maxChars);

    /// <summary>ED9001 for a file or folder that cannot be read.</summary>
    public static Diagnostic Unreadable(string path, string reason) => At(path, ConfigurationDescriptors.UnreadableFile, path, reason);

    /// <summary>
    /// Decodes <paramref name="bytes"/> in <paramref name="charset"/>. Without one: UTF-8, UTF-16 or UTF-32 by their byte order mark, else
    /// UTF-8, else UTF-16 without a BOM when the bytes have its pattern (see <see cref="Utf16WithoutBom"/>), else, for an HTML page,
    /// the encoding it declares (<see cref="HtmlLayout.DeclaredEncoding"/>: a CMS export in Windows-1252 with its
    /// <c>&lt;meta charset&gt;</c> is read as a browser reads it, and a fix writes it back in that encoding). Text that holds a NUL
    /// character is binary, and bytes that do not decode are ED9002 at the line and column where they stand.
    /// </summary>
    public static ArticleFile? Decode(string path, byte[] bytes, out Diagnostic? problem, string? charset = null)
    {
        problem = null;
        var (encoding, preambleLength) = Charset(charset, bytes) ?? DetectEncoding(bytes);
        var declaredByPage = false;
        if (!TryDecode(bytes, encoding, preambleLength, out var text, out var badByte)
            && charset is null && preambleLength == 0 && ArticleFormats.FromPath(path) == ArticleFormat.Html)
        {
            if (HtmlLayout.DeclaredEncoding(bytes) is { } declared && declared.CodePage != encoding.CodePage)
            {
                (encoding, declaredByPage) = (declared, true);
                TryDecode(bytes, encoding, 0, out text, out badByte);
            }
            else declaredByPage = encoding is UTF8Encoding && HtmlLayout.DeclaresUtf8(bytes);
        }
        if (text is null)
        {
            // The bytes before the first bad one give its line and column, unless a NUL among them comes first.
            var valid = DecodedBefore(encoding, bytes, preambleLength, Math.Max(0, Math.Min(badByte, bytes.Length - preambleLength)));
            problem = Binary(path, valid)
                ?? AtEnd(path, valid, ConfigurationDescriptors.NotText, path, Undecodable(path, encoding, charset, declaredByPage, preambleLength > 0));
            return null;
        }
        problem = Binary(path, text) ?? FeedNamedAsPage(path, text);
        if (problem is not null) return null;
        var preamble = new byte[preambleLength];
        Array.Copy(bytes, preamble, preambleLength);
        return new ArticleFile(path, text, encoding, preamble);
    }

    /// <summary>The text of <paramref name="bytes"/> after the preamble in <paramref name="encoding"/>, whose decoder throws on
    /// a byte it cannot read; or null and the index of that byte.</summary>
    private static bool TryDecode(byte[] bytes, Encoding encoding, int preambleLength, out string? text, out int badByte)
    {
        try
        {
            text = encoding.GetString(bytes, preambleLength, bytes.Length - preambleLength);
            badByte = -1;
            return true;
        }
        catch (DecoderFallbackException exception)
        {
            text = null;
            badByte = exception.Index;
            return false;
        }
    }

    /// <summary>
    /// The text of the <paramref name="count"/> bytes from <paramref name="start"/>, which end where the decoder found a bad byte.
    /// The decoders do not say alike where that is: UTF-16's points past a lone high surrogate, so the bytes can end with it.
    /// A character those bytes leave unfinished is left out, not decoded again to throw: the text ends before the fault.
    /// </summary>
    private static string DecodedBefore(Encoding encoding, byte[] bytes, int start, int count)
    {
        var lenient = (Encoding)encoding.Clone();
        lenient.DecoderFallback = DecoderFallback.ReplacementFallback;
        var decoder = lenient.GetDecoder();
        var chars = new char[decoder.GetCharCount(bytes, start, count, flush: false)];
        return new string(chars, 0, decoder.GetChars(bytes, start, count, chars, 0, flush: false));
    }

    /// <summary>Encodes <paramref name="text"/> as this file was encoded, with the same byte order mark.</summary>
    public byte[] Encode(string text)
    {
        var body = Encoding.GetBytes(text);
        var bytes = new byte[Preamble.Length + body.Length];
        Preamble.CopyTo(bytes, 0);
        body.CopyTo(bytes, Preamble.Length);
        return bytes;
    }

    private static (Encoding Encoding, int PreambleLength) DetectEncoding(byte[] bytes)
    {
        if (HasPreamble(bytes, Utf8Preamble)) return (StrictUtf8, 3);
        // UTF-32's little-endian mark begins with UTF-16's: read as UTF-16, its text would hold a NUL and pass for binary.
        if (HasPreamble(bytes, Utf32LePreamble)) return (StrictUtf32(bigEndian: false), 4);
        if (HasPreamble(bytes, Utf32BePreamble)) return (StrictUtf32(bigEndian: true), 4);
        if (HasPreamble(bytes, Utf16LePreamble)) return (StrictUtf16(bigEndian: false), 2);
        if (HasPreamble(bytes, Utf16BePreamble)) return (StrictUtf16(bigEndian: true), 2);
        if (Array.IndexOf(bytes, (byte)0) >= 0 && Utf16WithoutBom(bytes) is { } utf16) return (utf16, 0);
        return (StrictUtf8, 0);
    }

    /// <summary>The values of <c>charset</c> that editorconfig defines, as a message lists them.</summary>
    public const string CharsetNames = "latin1, utf-8, utf-8-bom, utf-16be and utf-16le";

    /// <summary>Whether <paramref name="charset"/> is one of editorconfig's charsets (<see cref="CharsetNames"/>).</summary>
    public static bool IsCharset(string charset) => Charset(charset, []) is not null;

    /// <summary>The encoding an <c>.editorconfig</c> <c>charset</c> names, keeping a byte order mark the file has; null for none or a value
    /// editorconfig does not define, which leaves the encoding to <see cref="DetectEncoding"/>.</summary>
    private static (Encoding Encoding, int PreambleLength)? Charset(string? charset, byte[] bytes)
    {
        switch (charset?.Trim().ToLowerInvariant())
        {
            case "latin1":
                return (Encoding.GetEncoding("iso-8859-1", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), 0);
            case "utf-8":
            case "utf-8-bom":
                return (StrictUtf8, HasPreamble(bytes, Utf8Preamble) ? 3 : 0);
            case "utf-16le":
                return (StrictUtf16(bigEndian: false), HasPreamble(bytes, Utf16LePreamble) ? 2 : 0);
            case "utf-16be":
                return (StrictUtf16(bigEndian: true), HasPreamble(bytes, Utf16BePreamble) ? 2 : 0);
            default:
                return null;
        }
    }

    /// <summary>
    /// UTF-16 without a byte order mark, as a file of mostly Latin text in UTF-16 shows it: an even length, and the high byte of
    /// more than half its code units NUL (so NUL bytes at every other position), in one byte order, and it decodes cleanly.
    /// Binary files rarely have that pattern, and text in UTF-8 or Latin-1 has no NUL bytes.
    /// </summary>
    private static Encoding? Utf16WithoutBom(byte[] bytes)
    {
        if (bytes.Length % 2 != 0) return null;
        foreach (var bigEndian in new[] { false, true })
        {
            var nulHighBytes = 0;
            for (var i = bigEndian ? 0 : 1; i < bytes.Length; i += 2)
            {
                if (bytes[i] == 0) nulHighBytes++;
            }
            if (nulHighBytes * 2 <= bytes.Length / 2) continue;
            var encoding = StrictUtf16(bigEndian);
            try
            {
                encoding.GetString(bytes);
                return encoding;
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The characters of an article too large to hold whole, read from <paramref name="stream"/> and decoded as
    /// <see cref="FromBytes"/> would decode it (invalid bytes count as one character each).</summary>
    public static long CountCharacters(Stream stream, string? charset)
    {
        var start = new byte[4];
        var read = stream.Read(start, 0, start.Length);
        var head = new byte[read];
        Array.Copy(start, head, read);
        var (strict, preambleLength) = Charset(charset, head) ?? DetectEncoding(head);
        stream.Position = preambleLength;
        var encoding = Encoding.GetEncoding(strict.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false);
        var buffer = new char[81920];
        long count = 0;
        for (int chunk; (chunk = reader.Read(buffer, 0, buffer.Length)) > 0;) count += chunk;
        return count;
    }

    private static string Undecodable(string path, Encoding encoding, string? charset, bool declaredByPage, bool byByteOrderMark)
    {
        var name = NameOf(encoding);
        if (Charset(charset, []) is not null) return $"it is not valid {name}, the charset its .editorconfig declares";
        if (declaredByPage && encoding is UTF8Encoding)
        {
            // The page says UTF-8 and all but a few bytes are: a byte of another encoding pasted in, or a page saved in another
            // encoding under a template's declaration.
            return "it is not valid UTF-8, the charset its <meta> declares: the bytes here are another encoding's; save them as UTF-8, "
                   + $"or, if the whole page is in another encoding, declare that in its <meta> or in .editorconfig: [*{System.IO.Path.GetExtension(path)}] charset = latin1";
        }
        if (declaredByPage) return $"it is neither UTF-8 nor valid {name}, the charset its <meta> declares";
        // The file says its encoding itself: another charset is no way out, the bytes at the place given are damaged.
        if (byByteOrderMark) return $"it is not valid {name}, the encoding its byte order mark declares: the bytes here are damaged";
        var extension = System.IO.Path.GetExtension(path);
        // A page can say what it is as a browser reads it; any article can say it in .editorconfig.
        var inPage = ArticleFormats.FromPath(path) == ArticleFormat.Html ? "in the page (<meta charset=\"windows-1252\">) or " : "";
        return $"it is not valid {name}; if it is in another encoding, declare it {inPage}in .editorconfig: [*{extension}] charset = latin1";
    }

    /// <summary>
    /// ED9002 for a page whose bytes are in <paramref name="declared"/>, the charset its <c>&lt;meta&gt;</c> declares, but that a
    /// host (the compiler) decoded as <paramref name="decodedWith"/> and gives only as that text: the characters from the end of
    /// <paramref name="before"/> on are not the page's, so neither its findings nor a fix written back would be right.
    /// </summary>
    public static Diagnostic DecodedOtherwise(string path, string before, Encoding declared, Encoding decodedWith) =>
        AtEnd(path, before, ConfigurationDescriptors.NotText, path,
            $"it is {NameOf(declared)}, the charset its <meta> declares, and the compiler decoded it as {NameOf(decodedWith)}; "
            + "save it as UTF-8, or check it with the build's task (EditorialUseAnalyzer = false) or the CLI, which read it as it declares");

    private static string NameOf(Encoding encoding) => encoding is UTF8Encoding ? "UTF-8" : encoding.WebName.ToUpperInvariant();

    private static Diagnostic? Binary(string path, string text)
    {
        var nul = text.IndexOf('\0');
        return nul < 0 ? null : AtEnd(path, text.Substring(0, nul), ConfigurationDescriptors.NotText, path, "it holds a NUL character, so it is binary");
    }

    /// <summary>
    /// ED9002 for a file named as an HTML page that is a news feed, RSS or Atom (a feed saved from a browser as "feed.html"):
    /// its items are other pages' links and summaries, not one article, and read as a page its links would pass for addresses
    /// left in the copy. It is told by its root element, the first tag the HTML tokenizer reads (<see cref="HtmlLayout.FeedRoot"/>).
    /// </summary>
    private static Diagnostic? FeedNamedAsPage(string path, string text)
    {
        if (ArticleFormats.FromPath(path) != ArticleFormat.Html) return null;
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF')) start++;
        // Most pages open with a doctype or <html>: only a document that opens as XML or with a feed's tag is read further.
        if (string.CompareOrdinal(text, start, "<?xml", 0, 5) != 0 && string.CompareOrdinal(text, start, "<rss", 0, 4) != 0
            && string.CompareOrdinal(text, start, "<feed", 0, 5) != 0) return null;
        if (HtmlLayout.FeedRoot(text) is not { } root) return null;
        var kind = root.Equals("feed", StringComparison.OrdinalIgnoreCase) ? "an Atom feed" : "an RSS feed";
        var at = text.IndexOf("<" + root, StringComparison.OrdinalIgnoreCase);
        return AtEnd(path, text.Substring(0, Math.Max(0, at)), ConfigurationDescriptors.NotText, path,
            $"it is {kind} (its root element is <{root}>), not an HTML page: its items are other pages' links and summaries; check the articles it lists");
    }

    private static readonly byte[] Utf8Preamble = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LePreamble = [0xFF, 0xFE];
    private static readonly byte[] Utf16BePreamble = [0xFE, 0xFF];
    private static readonly byte[] Utf32LePreamble = [0xFF, 0xFE, 0x00, 0x00];
    private static readonly byte[] Utf32BePreamble = [0x00, 0x00, 0xFE, 0xFF];

    private static bool HasPreamble(byte[] bytes, byte[] preamble)
    {
        if (bytes.Length < preamble.Length) return false;
        for (var i = 0; i < preamble.Length; i++)
        {
            if (bytes[i] != preamble[i]) return false;
        }
        return true;
    }

    private static UnicodeEncoding StrictUtf16(bool bigEndian) => new(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);

    private static UTF32Encoding StrictUtf32(bool bigEndian) => new(bigEndian, byteOrderMark: false, throwOnInvalidCharacters: true);

    private static Diagnostic At(string path, DiagnosticDescriptor descriptor, params object?[] arguments) =>
        new(descriptor, Location.StartOf(path), descriptor.DefaultSeverity, arguments);

    /// <summary>A diagnostic just after <paramref name="before"/>, the text that precedes the problem.</summary>
    private static Diagnostic AtEnd(string path, string before, DiagnosticDescriptor descriptor, params object?[] arguments)
    {
        var (line, column) = new LineMap(before).GetPosition(before.Length);
        return new(descriptor, new Location(path, new TextSpan(before.Length, 0), new LinePositionSpan(line, column, line, column)), descriptor.DefaultSeverity, arguments);
    }
}

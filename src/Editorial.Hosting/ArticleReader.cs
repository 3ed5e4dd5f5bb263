using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Editorial.Articles;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Profiles;

namespace Editorial.Hosting;

/// <summary>
/// From a path or a buffer to an article's text, for every host: the CLI, the MSBuild task and the language server (through
/// <see cref="CheckRun"/>) and the analyzer. It decides whether the article is checked at all (<c>editorial.exclude</c>), how
/// its bytes decode (the <c>.editorconfig</c> <c>charset</c>), whether it is text and whether it fits the size limit; a
/// refusal is ED9001, ED9002 or ED9003 at the line and column of the fault. Hosts only convert what they are given and what
/// comes back.
/// </summary>
public static class ArticleReader
{
    /// <summary>The article at <paramref name="path"/>, read from <paramref name="content"/> when a host holds it and from its
    /// file otherwise; null when it is excluded (<paramref name="problem"/> null) or refused (<paramref name="problem"/> says why).</summary>
    public static ArticleFile? Read(string path, ArticleSettings settings, ArticleContent? content, out Diagnostic? problem)
    {
        problem = null;
        if (EditorialOptions.IsExcluded(settings)) return null;
        var maxChars = EditorialOptions.MaxArticleCharsOf(settings);
        var charset = settings.Get(EditorialOptions.Charset);
        return content is null ? ReadFile(path, maxChars, out problem, charset) : content.Load(path, maxChars, charset, out problem);
    }

    /// <summary>
    /// The file at <paramref name="path"/>, decoded in <paramref name="charset"/> as <see cref="ArticleFile.FromBytes"/> decodes
    /// bytes; null, with <paramref name="problem"/> saying why, when it cannot be read (ED9001), is not article text (ED9002) or is
    /// too large (ED9003). A file of size 0 is never opened: a named pipe and a device have size 0 too, and opening one would
    /// wait for a writer or read without end, so a check or a build would hang on it; nor is a link to one. It is checked as
    /// the empty article an empty file is.
    /// </summary>
    public static ArticleFile? ReadFile(string path, int maxChars, out Diagnostic? problem, string? charset = null)
    {
        problem = null;
        byte[] bytes;
        try
        {
            var length = SizeOf(path);
            // No encoding takes fewer than one byte or more than 3 bytes per UTF-16 code unit: larger files cannot fit the limit,
            // and their characters are counted without holding the file.
            if (length > ArticleFile.RawLimit(path, maxChars) * 3)
            {
                using var stream = File.OpenRead(path);
                problem = ArticleFile.TooLarge(path, ArticleFile.CountCharacters(stream, charset), maxChars);
                return null;
            }
            bytes = length == 0 ? [] : File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            problem = ArticleFile.Unreadable(path, UnreadableReason(path, exception));
            return null;
        }
        return ArticleFile.FromBytes(path, bytes, maxChars, out problem, charset);
    }

    /// <summary>
    /// Why a file or folder could not be read, for ED9001. .NET reads names on Unix as UTF-8 and gives a byte that is not UTF-8
    /// as U+FFFD, a name it then cannot open: its "Could not find file" beside a file the listing shows would mislead.
    /// </summary>
    internal static string UnreadableReason(string path, Exception exception) =>
        exception is FileNotFoundException or DirectoryNotFoundException && Path.GetFileName(path).IndexOf('\uFFFD') >= 0
            ? "its name is not valid UTF-8 (U+FFFD stands for the bytes that are not), and .NET opens files by UTF-8 names only; rename it"
            : exception.Message;

    /// <summary>The size of the file, through symbolic links: a link's own size is the length of its target's name, and a
    /// link to a named pipe or a device would be opened for it.</summary>
    private static long SizeOf(string path)
    {
        var file = new FileInfo(path);
        if ((file.Attributes & FileAttributes.ReparsePoint) != 0 && ResolveLinkTarget?.Invoke(file, true) is FileInfo target) return target.Length;
        return file.Length;
    }

    /// <summary>
    /// <c>FileSystemInfo.ResolveLinkTarget(bool returnFinalTarget)</c>, found in the runtime by name as the code pages are:
    /// .NET 6 and later have it, the .NET Standard this library is built for does not, and .NET Framework (MSBuild on
    /// Windows) needs none. Null where the runtime lacks it; a link's target may then be opened.
    /// </summary>
    private static readonly Func<FileSystemInfo, bool, FileSystemInfo?>? ResolveLinkTarget =
        typeof(FileSystemInfo).GetMethod("ResolveLinkTarget", [typeof(bool)]) is { } method
            // A delegate, not MethodInfo.Invoke: the IOException of a link that leads to itself must come through unwrapped.
            ? (Func<FileSystemInfo, bool, FileSystemInfo?>)Delegate.CreateDelegate(typeof(Func<FileSystemInfo, bool, FileSystemInfo?>), method)
            : null;

    /// <summary>The outlet profiles in <paramref name="paths"/>, read as articles are; a file that cannot be read is a problem in
    /// <paramref name="diagnostics"/>.</summary>
    public static IEnumerable<ProfileSource> ReadProfiles(IEnumerable<string> paths, ICollection<Diagnostic> diagnostics)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                diagnostics.Add(ArticleFile.Unreadable(path, "the folder holds no profile (*.yml, *.yaml)"));
                continue;
            }
            var file = ReadFile(path, EditorialOptions.DefaultMaxArticleChars, out var problem);
            if (problem is not null) diagnostics.Add(problem);
            if (file is not null) yield return new ProfileSource(path, file.Text);
        }
    }
}

/// <summary>An article a host holds instead of its file: bytes (piped on standard input), decoded with the charset of the
/// article's path as its file would be; text an editor holds unsaved; text the compiler decoded from the file itself; or
/// the reason the host could not read it. Whichever, the size limit and the refusal of binary text apply as for a file.</summary>
public sealed class ArticleContent
{
    private readonly byte[]? _bytes;
    private readonly string? _text;
    private readonly bool _compilerDecoded;
    private readonly Encoding? _decodedWith;
    private readonly string? _unreadable;

    private ArticleContent(byte[]? bytes, string? text, bool compilerDecoded = false, Encoding? decodedWith = null, string? unreadable = null) =>
        (_bytes, _text, _compilerDecoded, _decodedWith, _unreadable) = (bytes, text, compilerDecoded, decodedWith, unreadable);

    public static ArticleContent FromBytes(byte[] bytes) => new(bytes, null);

    public static ArticleContent FromText(string text) => new(null, text);

    /// <summary>
    /// Text the compiler decoded from the article's file with <paramref name="encoding"/> (null: text that never was bytes).
    /// The compiler decodes an additional file itself: NUL bytes come through as NUL characters, and a file that is not valid
    /// UTF-8 is decoded again with a fallback encoding (the system's ANSI code page, or UTF-8 that replaces each invalid byte
    /// with U+FFFD on systems whose code page is UTF-8). The bytes it read are recovered from the text and its encoding and
    /// judged as a file's bytes are, so the analyzer reports ED9002 on the same files as the CLI, at the same place.
    /// </summary>
    public static ArticleContent FromCompilerText(string text, Encoding? encoding) => new(null, text, compilerDecoded: true, encoding);

    /// <summary>An article its host could not read (the compiler gave no text for it), for <paramref name="reason"/>: ED9001.</summary>
    public static ArticleContent Unreadable(string reason) => new(null, null, unreadable: reason);

    internal ArticleFile? Load(string path, int maxChars, string? charset, out Diagnostic? problem)
    {
        if (_unreadable is not null)
        {
            problem = ArticleFile.Unreadable(path, _unreadable);
            return null;
        }
        if (_bytes is not null) return ArticleFile.FromBytes(path, _bytes, maxChars, out problem, charset);
        if (_compilerDecoded && NotText(path, _text!, _decodedWith) is { } notText)
        {
            problem = notText;
            return null;
        }
        return ArticleFile.FromText(path, _text!, maxChars, out problem);
    }

    /// <summary>ED9002 for compiler-decoded text whose bytes are not text, as <see cref="ArticleFile.Decode"/> finds it; null for text.</summary>
    private static Diagnostic? NotText(string path, string text, Encoding? encoding)
    {
        byte[] bytes;
        string? charset = null;
        if (encoding is UTF8Encoding && encoding.GetPreamble().Length == 0 && encoding.DecoderFallback is not DecoderExceptionFallback
            && text.IndexOf('\uFFFD') is var replaced and >= 0)
        {
            // The strict UTF-8 reading failed at the first replacement character; an invalid byte stands there again.
            bytes = [.. Encoding.UTF8.GetBytes(text.Substring(0, replaced)), 0xFF];
        }
        else if (encoding is null or UTF8Encoding or UnicodeEncoding or UTF32Encoding)
        {
            if (text.IndexOf('\0') < 0) return null;
            var used = encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            bytes = [.. used.GetPreamble(), .. used.GetBytes(text)];
            // Bytes rebuilt from UTF-8 text are UTF-8: read without a charset, their NULs could pass for UTF-16 without a BOM.
            if (used is UTF8Encoding) charset = "utf-8";
        }
        else
        {
            bytes = encoding.GetBytes(text);
        }
        var file = ArticleFile.Decode(path, bytes, out var problem, charset);
        // A page that declares its charset decodes in it, which the compiler does not know of: its text is then not the page's.
        if (file is not null && FirstDifference(file.Text, text) is var differs and >= 0)
            problem = ArticleFile.DecodedOtherwise(path, text.Substring(0, differs), file.Encoding, encoding ?? Encoding.UTF8);
        return problem;
    }

    private static int FirstDifference(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i]) return i;
        }
        return a.Length == b.Length ? -1 : length;
    }
}

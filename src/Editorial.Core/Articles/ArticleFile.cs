using System;
using System.IO;
using System.Text;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// An article file decoded exactly: UTF-8 with or without BOM, or UTF-16 with a BOM. The encoding and BOM are kept so
/// that a fix writes the file back byte for byte as it was, apart from the edit. Files that are not text, not valid
/// UTF-8 or too large are not decoded: the caller gets a diagnostic instead, and nothing is ever rewritten.
/// </summary>
public sealed class ArticleFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private ArticleFile(string path, string text, Encoding encoding, byte[] preamble)
    {
        Path = path;
        Text = text;
        Encoding = encoding;
        Preamble = preamble;
    }

    public string Path { get; }
    public string Text { get; }
    public Encoding Encoding { get; }
    /// <summary>The byte order mark the file began with; empty when it had none.</summary>
    public byte[] Preamble { get; }

    /// <summary>Reads and decodes <paramref name="path"/>. Returns null and sets <paramref name="problem"/> when it cannot.</summary>
    public static ArticleFile? Read(string path, int maxChars, out Diagnostic? problem)
    {
        problem = null;
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            // UTF-8 takes at most 3 bytes per UTF-16 code unit: larger files cannot fit the limit.
            if (length > (long)maxChars * 3)
            {
                problem = At(path, ConfigurationDescriptors.FileTooLarge, path, length, maxChars);
                return null;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            problem = At(path, ConfigurationDescriptors.UnreadableFile, path, exception.Message);
            return null;
        }
        var file = Decode(path, bytes, out problem);
        if (file is not null && file.Text.Length > maxChars)
        {
            problem = At(path, ConfigurationDescriptors.FileTooLarge, path, file.Text.Length, maxChars);
            return null;
        }
        return file;
    }

    public static ArticleFile? Decode(string path, byte[] bytes, out Diagnostic? problem)
    {
        problem = null;
        var (encoding, preambleLength) = DetectEncoding(bytes);
        if (encoding is UTF8Encoding)
        {
            var nul = Array.IndexOf(bytes, (byte)0);
            if (nul >= 0)
            {
                problem = At(path, ConfigurationDescriptors.NotText, path, $"it holds a NUL byte at byte {nul}, so it is binary");
                return null;
            }
        }
        try
        {
            var text = encoding.GetString(bytes, preambleLength, bytes.Length - preambleLength);
            var preamble = new byte[preambleLength];
            Array.Copy(bytes, preamble, preambleLength);
            return new ArticleFile(path, text, encoding, preamble);
        }
        catch (DecoderFallbackException exception)
        {
            problem = At(path, ConfigurationDescriptors.NotText, path,
                $"it is not valid {(encoding is UTF8Encoding ? "UTF-8" : encoding.WebName)} (invalid byte at {exception.Index + preambleLength}); save it as UTF-8");
            return null;
        }
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
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return (StrictUtf8, 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        return (StrictUtf8, 0);
    }

    private static Diagnostic At(string path, DiagnosticDescriptor descriptor, params object?[] arguments) =>
        new(descriptor, new Location(path, new TextSpan(0, 0), new LinePositionSpan(1, 1, 1, 1)), descriptor.DefaultSeverity, arguments);
}

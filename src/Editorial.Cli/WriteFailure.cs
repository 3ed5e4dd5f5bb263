using System.Text.RegularExpressions;

namespace Editorial.Cli;

/// <summary>Why a file the CLI writes (a fixed article, the report) could not be written, in the user's words and without the
/// file's name, which the caller gives: .NET's own messages name the file, or the temporary file beside it.</summary>
internal static partial class WriteFailure
{
    public static string Describe(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "permission denied",
        ArgumentOutOfRangeException => "the file would be larger than the file system allows",
        PathTooLongException => "the name of a temporary file beside it would be too long",
        DirectoryNotFoundException => "its folder does not exist",
        // A file kept in a single-byte charset (latin1) cannot hold every character a fix may put in ("Đoković").
        System.Text.EncoderFallbackException => "a fix puts in characters that its charset cannot hold",
        _ => NamedFile().Replace(exception.Message, "").TrimEnd('.'),
    };

    /// <summary>The path .NET puts in or after an I/O message: " : '/news/a.txt'" or " '/news/a.txt'".</summary>
    [GeneratedRegex(@" :? ?'(?:/|[A-Za-z]:\\)[^']*'")]
    private static partial Regex NamedFile();
}

using System.Text;

namespace Editorial.Cli;

/// <summary>
/// The <c>--output</c> file, there whole or not at all: the report is written to a temporary file beside it and moved into
/// place once complete, so a disk that fills up halfway leaves the previous report (or no file), never a report cut short
/// that reads as complete. What is not a plain file (<c>/dev/stdout</c>, a named pipe, a device) or what a rename would
/// change (a file with other hard links, or another user's) is written in place, as before.
/// </summary>
internal sealed class ReportFile : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _target;
    private string? _temporary;

    private ReportFile(string target, string? temporary, TextWriter writer) => (_target, _temporary, Writer) = (target, temporary, writer);

    /// <summary>Where the report goes.</summary>
    public TextWriter Writer { get; }

    /// <summary>Opens the report for <paramref name="path"/> (through a symbolic link, for its target).</summary>
    public static ReportFile Open(string path)
    {
        var fullPath = Path.GetFullPath(path);
        // Through links: /dev/stdout leads to a pipe or a terminal. Where statx is not available (Windows, other systems), an
        // existing file cannot be told from a device and is written in place.
        if (FileOwnership.Of(fullPath) is { } status ? !status.IsRegularFile || status.Links > 1 : File.Exists(fullPath)) return InPlace(fullPath);
        var target = RealPath.Of(fullPath);
        var replacing = File.Exists(target);
        // A report the user may not write is not replaced either: opened for writing, and left untouched, it fails as before.
        if (replacing) new FileStream(target, FileMode.Open, FileAccess.Write).Dispose();
        var temporary = Hosting.TemporaryFile.Beside(target);
        FileStream stream;
        try
        {
            stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
        }
        catch (Exception exception) when (replacing && exception is IOException or UnauthorizedAccessException)
        {
            // A folder that takes no new file (a read-only folder): the report it holds is still written.
            return InPlace(target);
        }
        if (replacing && FileOwnership.Of(target) is { } old && FileOwnership.Of(temporary) is { } made && (old.User, old.Group) != (made.User, made.Group))
        {
            stream.Dispose();
            File.Delete(temporary);
            return InPlace(target);
        }
        return new ReportFile(target, temporary, new StreamWriter(stream, Utf8));
    }

    private static ReportFile InPlace(string path) => new(path, null, new StreamWriter(path, append: false, Utf8));

    /// <summary>Puts the whole report in place.</summary>
    public void Complete()
    {
        Writer.Flush();
        if (_temporary is null) return;
        // On disk before the rename makes it the report: otherwise a crash could leave the renamed file empty.
        ((FileStream)((StreamWriter)Writer).BaseStream).Flush(flushToDisk: true);
        Writer.Dispose();
        if (!OperatingSystem.IsWindows() && File.Exists(_target)) File.SetUnixFileMode(_temporary, File.GetUnixFileMode(_target));
        File.Move(_temporary, _target, overwrite: true);
        _temporary = null;
    }

    public void Dispose()
    {
        try
        {
            Writer.Dispose();
        }
        catch (Exception exception) when (exception is IOException or ArgumentOutOfRangeException)
        {
            // What the writer still held could not be written either; a temporary report, incomplete, is removed below.
        }
        if (_temporary is not null && File.Exists(_temporary)) File.Delete(_temporary);
    }
}

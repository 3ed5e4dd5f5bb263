using System.Runtime.InteropServices;

namespace Editorial.Cli;

/// <summary>
/// The rewrite of one article in two steps, so that a run of <c>fix</c> writes all its files or none: <see cref="Prepare"/>
/// does what can fail (find the file behind a symbolic link, check that it still holds what the check read, write the new
/// contents beside it, or check that it can be opened for writing), <see cref="Commit"/> puts the new contents in place.
/// A save between the two steps, a moment apart, is not seen.
/// <para>
/// The new contents replace the file in one rename where that keeps what the file is, so a crash or a full disk leaves the
/// old file or the new one, never half of each. A rename makes a new inode, owned by whoever runs <c>fix</c>: a file with
/// more than one hard link, or owned by another user or group, is instead overwritten in place. That keeps its links and
/// owner but gives up the crash safety: an interruption in the middle of that write can leave the file half written.
/// </para>
/// </summary>
internal sealed class FileRewrite : IDisposable
{
    private readonly string _target;
    private readonly byte[] _contents;
    private string? _temporary;
    private UnixFileMode? _modeToRestore;

    private FileRewrite(string target, byte[] contents)
    {
        _target = target;
        _contents = contents;
    }

    /// <summary>Prepares the rewrite of <paramref name="path"/> (through a symbolic link, of its target), whose fixes were made
    /// for the bytes <paramref name="read"/>. A file without write permission is made writable until <see cref="Dispose"/> when
    /// it must be written in place: the caller has been told to.</summary>
    /// <exception cref="ChangedSinceReadException">The file no longer holds <paramref name="read"/>: someone saved it while the
    /// check ran, and the new contents would lose what they wrote.</exception>
    public static FileRewrite Prepare(string path, byte[] read, byte[] contents)
    {
        var target = RealPath.Of(path);
        if (!File.ReadAllBytes(target).AsSpan().SequenceEqual(read)) throw new ChangedSinceReadException();
        var rewrite = new FileRewrite(target, contents);
        try
        {
            rewrite.PrepareWrite();
            return rewrite;
        }
        catch
        {
            rewrite.Dispose();
            throw;
        }
    }

    private void PrepareWrite()
    {
        if (OperatingSystem.IsWindows())
        {
            // File.Replace keeps the replaced file's attributes and access list; Windows has no owner change to fear here.
            WriteTemporary();
            return;
        }
        var original = FileOwnership.Of(_target);
        if (original is { Links: 1 })
        {
            WriteTemporary();
            File.SetUnixFileMode(_temporary!, File.GetUnixFileMode(_target));
            var replacement = FileOwnership.Of(_temporary!);
            if (replacement is { } made && made.User == original.Value.User && made.Group == original.Value.Group) return;
            File.Delete(_temporary!);
            _temporary = null;
        }
        // In place: the file must open for writing now, not halfway through the run.
        var mode = File.GetUnixFileMode(_target);
        if (!mode.HasFlag(UnixFileMode.UserWrite))
        {
            File.SetUnixFileMode(_target, mode | UnixFileMode.UserWrite);
            _modeToRestore = mode;
        }
        using (new FileStream(_target, FileMode.Open, FileAccess.Write)) { }
    }

    private void WriteTemporary()
    {
        _temporary = Hosting.TemporaryFile.Beside(_target);
        try
        {
            using var stream = new FileStream(_temporary, FileMode.CreateNew, FileAccess.Write);
            stream.Write(_contents);
            // On disk before the rename makes it the file: otherwise a crash could leave the renamed file empty.
            stream.Flush(flushToDisk: true);
        }
        catch (IOException exception) when (exception is not PathTooLongException)
        {
            // The user knows the article, not the temporary file (a full disk names the file it was writing).
            throw new IOException(exception.Message.Replace(_temporary, _target, StringComparison.Ordinal), exception);
        }
    }

    public void Commit()
    {
        if (_temporary is not null)
        {
            if (OperatingSystem.IsWindows()) File.Replace(_temporary, _target, destinationBackupFileName: null);
            else File.Move(_temporary, _target, overwrite: true);
            _temporary = null;
            return;
        }
        using var stream = new FileStream(_target, FileMode.Open, FileAccess.Write);
        stream.Write(_contents);
        stream.SetLength(_contents.Length);
        stream.Flush(flushToDisk: true);
    }

    public void Dispose()
    {
        if (_temporary is not null && File.Exists(_temporary)) File.Delete(_temporary);
        if (_modeToRestore is { } mode && !OperatingSystem.IsWindows()) File.SetUnixFileMode(_target, mode);
    }
}

/// <summary>A file to fix that changed after the check read it.</summary>
internal sealed class ChangedSinceReadException() : IOException("it changed after editorial read it; run 'editorial fix' again");

/// <summary>The owner, group, hard-link count and type of a file (through symbolic links), which .NET does not expose: from
/// statx(2) on Linux.</summary>
internal readonly record struct FileOwnership(uint User, uint Group, uint Links, ushort Mode)
{
    /// <summary>A plain file: not a named pipe, a device, a socket or a folder.</summary>
    public bool IsRegularFile => (Mode & FileTypeMask) == RegularFileType;

    /// <summary>Null where statx is not available (other systems, old kernels): then the caller cannot tell and writes in place.</summary>
    public static FileOwnership? Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        // struct statx has a fixed layout on every architecture: stx_nlink at 16, stx_uid at 20, stx_gid at 24, stx_mode (16 bits)
        // at 28; 256 bytes in all.
        var buffer = new byte[256];
        try
        {
            if (Statx(AtCurrentDirectory, path, flags: 0, StatxType | StatxMode | StatxNlink | StatxUid | StatxGid, buffer) != 0) return null;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        return new FileOwnership(BitConverter.ToUInt32(buffer, 20), BitConverter.ToUInt32(buffer, 24), BitConverter.ToUInt32(buffer, 16), BitConverter.ToUInt16(buffer, 28));
    }

    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1, StatxMode = 0x2, StatxNlink = 0x4, StatxUid = 0x8, StatxGid = 0x10;
    private const int FileTypeMask = 0xF000, RegularFileType = 0x8000;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}

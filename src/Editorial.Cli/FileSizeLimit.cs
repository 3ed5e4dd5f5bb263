using System.Runtime.InteropServices;

namespace Editorial.Cli;

/// <summary>
/// A file-size limit (<c>ulimit -f</c>) answers a write past it with SIGXFSZ, whose default action ends the process at once:
/// no message, the report lost, a temporary file left behind. Ignored, as <c>trap '' XFSZ</c> would, the signal is never
/// delivered and the write fails instead (EFBIG), which each writer reports as it reports a full disk: the cache is skipped,
/// an <c>--output</c> report is refused with exit 2. Ignored rather than handled: a handler (.NET's PosixSignalRegistration)
/// runs on another thread, and a signal still waiting for it when the process exits takes the default action after all.
/// </summary>
internal static class FileSizeLimit
{
    /// <summary>SIGXFSZ: 25 on Linux and macOS alike.</summary>
    private const int FileSizeLimitExceeded = 25;

    private static readonly IntPtr Ignore = 1;

    public static void FailWritesPastIt()
    {
        if (OperatingSystem.IsWindows()) return;
        try
        {
            Signal(FileSizeLimitExceeded, Ignore);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without signal(): the limit ends the process as it did before.
        }
    }

    [DllImport("libc", EntryPoint = "signal")]
    private static extern IntPtr Signal(int signal, IntPtr handler);
}

using System;
using System.IO;

namespace Editorial.Hosting;

/// <summary>The exceptions a write of a file ends with when the file system refuses it, as opposed to a fault of the code.</summary>
public static class WriteFailures
{
    /// <summary>An I/O error or a refusal; <see cref="ArgumentOutOfRangeException"/> is .NET's for EFBIG, a file past the size
    /// the file system or the process's limit (<c>ulimit -f</c>) allows; <see cref="System.Text.EncoderFallbackException"/>, text
    /// that the file's charset cannot hold.</summary>
    public static bool IsWriteFailure(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException or System.Text.EncoderFallbackException;
}

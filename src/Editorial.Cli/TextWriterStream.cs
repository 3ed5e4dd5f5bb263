using System;
using System.IO;
using System.Text;

namespace Editorial.Cli;

/// <summary>
/// A write-only stream that decodes the UTF-8 a JSON or SARIF writer gives it onto a <see cref="TextWriter"/> (the standard
/// output or the --output file), a buffer at a time. A report of a hundred thousand findings is never held whole: written
/// to memory first and turned into one string, it took ten times its own size.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    // Keeps a character cut in two between buffers until its last byte comes.
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private char[] _chars = [];

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var needed = _decoder.GetCharCount(buffer, flush: false);
        if (_chars.Length < needed) _chars = new char[needed];
        var written = _decoder.GetChars(buffer, _chars, flush: false);
        writer.Write(_chars, 0, written);
    }

    public override void Flush() => writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}

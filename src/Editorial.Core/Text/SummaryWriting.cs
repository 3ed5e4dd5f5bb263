using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Editorial.Text;

/// <summary>The writer of a summary's head, with the stream of what its codecs put aside (<see cref="SummaryWriting.WriteAside"/>).</summary>
internal sealed class SummaryWriter(Stream head, Stream aside) : BinaryWriter(head, Encoding.UTF8, leaveOpen: true)
{
    public Stream Aside { get; } = aside;
}

/// <summary>The reader of a summary's head, which reads what was put aside (<see cref="SummaryWriting.ReadAside"/>) from where
/// the host keeps the summary, when asked.</summary>
internal sealed class SummaryReader(Stream head, Func<int, int, ArraySegment<byte>> aside) : BinaryReader(head, Encoding.UTF8)
{
    public ArraySegment<byte> ReadAside(int offset, int count) => aside(offset, count);
}

/// <summary>The pieces summaries are made of, written the same way by every codec.</summary>
internal static class SummaryWriting
{
    public static void WriteSpan(this BinaryWriter writer, TextSpan span)
    {
        writer.Write(span.Start);
        writer.Write(span.Length);
    }

    public static TextSpan ReadSpan(this BinaryReader reader) => new(reader.ReadInt32(), reader.ReadInt32());

    /// <summary>A span in compact numbers (<see cref="WriteCompact"/>).</summary>
    public static void WriteCompactSpan(this BinaryWriter writer, TextSpan span)
    {
        writer.WriteCompact(span.Start);
        writer.WriteCompact(span.Length);
    }

    public static TextSpan ReadCompactSpan(this BinaryReader reader) => new(reader.ReadCompact(), reader.ReadCompact());

    public static void WriteOptional(this BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }

    public static string? ReadOptional(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    /// <summary>Strings in their enumeration order; read back as an ordinal set enumerating them in that order.</summary>
    public static void WriteStrings(this BinaryWriter writer, IReadOnlyCollection<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values) writer.Write(value);
    }

    public static HashSet<string> ReadStringSet(this BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < count; k++) set.Add(reader.ReadString());
        return set;
    }

    /// <summary>A non-negative number in as few bytes as it needs, seven bits a byte: most counts and lengths of a summary
    /// are small, and an outlet's article holds hundreds of them.</summary>
    public static void WriteCompact(this BinaryWriter writer, int value)
    {
        var remaining = (uint)value;
        while (remaining >= 0x80)
        {
            writer.Write((byte)(remaining | 0x80));
            remaining >>= 7;
        }
        writer.Write((byte)remaining);
    }

    public static int ReadCompact(this BinaryReader reader)
    {
        var value = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var next = reader.ReadByte();
            value |= (uint)(next & 0x7F) << shift;
            if (next < 0x80) return checked((int)value);
        }
        throw new FormatException("A compact number runs past five bytes.");
    }

    /// <summary>The next <paramref name="length"/> bytes of a reader over a summary's bytes, as a part of them rather than a copy
    /// (a codec's reader is one over the summary: <see cref="SummaryCodec"/>).</summary>
    public static ArraySegment<byte> ReadSegment(this BinaryReader reader, int length)
    {
        if (reader.BaseStream is not MemoryStream stream || !stream.TryGetBuffer(out var buffer))
            throw new InvalidOperationException("A segment is read from a summary's own bytes only.");
        var start = (int)stream.Position;
        if (length < 0 || length > buffer.Count - start) throw new EndOfStreamException();
        stream.Position = start + length;
        return new ArraySegment<byte>(buffer.Array!, buffer.Offset + start, length);
    }

    /// <summary>Puts <paramref name="count"/> bytes of <paramref name="bytes"/> at the end of the summary, after its head, and writes
    /// where: a restored article reads them from where its host keeps the summary only when <see cref="ReadAside"/>'s reader is
    /// called. For what is large and seldom read (an outlet article's variant occurrences).</summary>
    public static void WriteAside(this BinaryWriter writer, byte[] bytes, int count)
    {
        if (writer is not SummaryWriter summary) throw new InvalidOperationException("Bytes are put aside in a summary only.");
        summary.Flush();
        writer.WriteCompact(checked((int)summary.Aside.Position));
        writer.WriteCompact(count);
        summary.Aside.Write(bytes, 0, count);
    }

    /// <summary>What <see cref="WriteAside"/> put aside, read from the host's summary the first time it is asked for.</summary>
    public static Lazy<ArraySegment<byte>> ReadAside(this BinaryReader reader)
    {
        if (reader is not SummaryReader summary) throw new InvalidOperationException("Bytes put aside are read from a summary only.");
        var (offset, count) = (reader.ReadCompact(), reader.ReadCompact());
        return new Lazy<ArraySegment<byte>>(() => summary.ReadAside(offset, count));
    }

    public static void WriteOptionalDate(this BinaryWriter writer, DateTime? date)
    {
        writer.Write(date.HasValue);
        if (date is { } value) writer.Write(value.ToBinary());
    }

    public static DateTime? ReadOptionalDate(this BinaryReader reader) => reader.ReadBoolean() ? DateTime.FromBinary(reader.ReadInt64()) : null;
}
